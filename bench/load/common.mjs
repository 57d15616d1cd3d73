// What both load drivers share: the command line, the clinicians' names, searches and pauses, and the record of
// how long each step took a clinician and which step failed.
const parse = (args, defaults) => {
  const parsed = { ...defaults };
  for (let i = 0; i < args.length; i += 2) parsed[args[i].replace(/^--/, '')] = args[i + 1];
  return parsed;
};

export const options = parse(process.argv.slice(2), {
  url: 'http://localhost:8080', sessions: '10', iterations: '3', user: 'clinician%03d', password: '',
  clinicians: '100', 'think-ms': '1000-3000', 'ramp-ms': '150', 'hold-file': '', seed: '42', chromium: '/usr/bin/chromium',
  fragments: 'son,mar,ann,lee,ez,ma,ro,li,an,el,ber,ch,RX-2',
});
export const SEARCH_DELAY_MS = 300;  // CaseloadFilters.SEARCH_DELAY_MS: the field sends its value after a pause in typing

const [thinkMin, thinkMax] = options['think-ms'].split('-').map(Number);
const fragments = options.fragments.split(',');
let random = Number(options.seed);
export const next = () => (random = (random * 1103515245 + 12345) % 2147483648) / 2147483648;
export const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
export const think = () => sleep(thinkMin + next() * (thinkMax - thinkMin));
export const searchText = () => fragments[Math.floor(next() * fragments.length)];

export const steps = {};          // step name -> durations in ms, as the clinician waits for them
export const failures = [];       // { session, step, message }

export function username(n) {
  return options.user.replace(/%0(\d)d/, (_, width) => String(n).padStart(Number(width), '0'));
}

export async function timed(session, name, action) {
  const started = performance.now();
  try {
    const result = await action();
    (steps[name] ??= []).push(performance.now() - started);
    return result;
  } catch (error) {
    failures.push({ session, step: name, message: String(error.message).split('\n')[0] });
    throw error;
  }
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)];
};

/** Count, median, p95 and maximum of each list of durations, in whole ms. */
export const summarise = table => Object.fromEntries(Object.entries(table).map(([name, values]) => [name, {
  count: values.length, median: Math.round(percentile(values, 50)), p95: Math.round(percentile(values, 95)),
  max: Math.round(Math.max(...values)),
}]));
