// What both load drivers share: the command line, a clinician's day from sign-in to sign-out, their names,
// searches and pauses, and the record of how long each step took a clinician and which step failed.
import { existsSync } from 'node:fs';

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
export const failedSessions = new Set();

// The steady window, in which every clinician is signed in and at work: it opens once the last one has signed in
// and closes when the first one is out, finished or failed. run.sh reads the server's times between the two
// moments, printed in whole epoch seconds rounded inwards.
let signedIn = 0;
let out = 0;             // sessions that finished their steps or failed
export const sessionsOut = () => out;

/**
 * One clinician's day, the same in both drivers: sign in, go through the flow --iterations times, then, with
 * --hold-file, stay signed in until that file exists (so that the heap can be measured with every session
 * open), and sign out. A failure ends the day and is recorded once for the session.
 */
export async function clinicianDay(session, day) {
  let left = false;
  const leave = () => {
    if (left) return;
    left = true;
    if (++out === 1) console.error(`first out at ${Math.floor(Date.now() / 1000)}`);
  };
  try {
    await timed(session, 'sign in', day.signIn);
    if (++signedIn === Number(options.sessions)) console.error(`all signed in at ${Math.ceil(Date.now() / 1000)}`);
    for (let i = 0; i < Number(options.iterations); i++) {
      await think();
      if (i > 0) await timed(session, 'caseload', day.openCaseload);
      if (!await day.searchAndOpen()) continue;
      await think();
      await day.editAndSave();
      await think();
      await day.downloadHandout();
    }
    leave();
    if (options['hold-file']) while (!existsSync(options['hold-file'])) await sleep(500);
    await timed(session, 'sign out', day.signOut);
  } catch (error) {
    // a step that failed in timed() has already said why
    if (!error.recorded) failures.push({ session, step: 'flow', message: String(error.message).split('\n')[0] });
    failedSessions.add(session);
    leave();
  }
}

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
    error.recorded = true;
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
