// Server-side percentiles between two scrapes of /actuator/prometheus: for each histogram named on the command
// line (with an optional label filter), the requests counted between the scrapes and their p50/p95/p99 from
// the bucket deltas, plus every HTTP status that was answered in between.
//
//   node server-times.mjs before.txt after.txt 'http_server_requests_seconds{method="POST"}' rehabrx_patient_page_seconds
import { readFileSync } from 'node:fs';

const [beforeFile, afterFile, ...histograms] = process.argv.slice(2);
const read = file => {
  const samples = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = line.match(/^([a-zA-Z_:][\w:]*)(\{[^}]*\})?\s+(\S+)$/);
    if (match) samples.set(match[1] + (match[2] ?? ''), Number(match[3]));
  }
  return samples;
};
const before = read(beforeFile);
const after = read(afterFile);
const labels = text => Object.fromEntries([...(text ?? '').matchAll(/(\w+)="([^"]*)"/g)].map(m => [m[1], m[2]]));
const delta = key => (after.get(key) ?? 0) - (before.get(key) ?? 0);

const result = {};
for (const spec of histograms) {
  const [, name, filterText] = spec.match(/^([\w:]+)(\{.*\})?$/);
  const filter = labels(filterText);
  const buckets = new Map();
  for (const key of after.keys()) {
    const [, metric, labelText] = key.match(/^([\w:]+)(\{.*\})?$/);
    if (metric !== name + '_bucket') continue;
    const l = labels(labelText);
    if (!Object.entries(filter).every(([k, v]) => l[k] === v)) continue;
    const le = l.le === '+Inf' ? Infinity : Number(l.le);
    buckets.set(le, (buckets.get(le) ?? 0) + delta(key));
  }
  const bounds = [...buckets.keys()].sort((a, b) => a - b);
  const total = buckets.get(Infinity) ?? 0;
  const quantile = q => {
    const bound = bounds.find(b => buckets.get(b) >= q * total);
    return bound === undefined || bound === Infinity ? null : Math.round(bound * 1000 * 10) / 10;
  };
  result[spec] = total === 0 ? { count: 0 }
    : { count: Math.round(total), 'p50 ≤ ms': quantile(0.5), 'p95 ≤ ms': quantile(0.95), 'p99 ≤ ms': quantile(0.99) };
}
const statuses = {};
for (const key of after.keys()) {
  if (!key.startsWith('http_server_requests_seconds_count{')) continue;
  const l = labels(key.slice(key.indexOf('{')));
  const d = delta(key);
  if (d > 0) statuses[`${l.method} ${l.status} ${l.uri}`] = (statuses[`${l.method} ${l.status} ${l.uri}`] ?? 0) + d;
}
console.log(JSON.stringify({ histograms: result, statuses }, null, 2));
