// Many clinicians at once, each a real browser session against a running RehabRx: sign in, search the caseload
// as they type, open a patient, change the programme's goal and save it as a new version, download the handout.
// Every step waits until Vaadin has no request in flight, so the next click sees the server's answer.
//
//   node clinician-load.mjs --url http://localhost:8090 --sessions 100 --iterations 3 \
//        --user 'clinician%03d' --password '…' [--clinicians 100] [--think-ms 1000-3000] [--ramp-ms 150]
//        [--hold-file FILE]
//
// With --hold-file, the sessions stay signed in after their last step until that file exists (so that the heap
// can be measured with every session open), then sign out. Prints one JSON summary on stdout.
import { chromium } from 'playwright-core';
import { SEARCH_DELAY_MS, clinicianDay, failedSessions, failures, next, options, searchText, sessionsOut, sleep,
  steps, summarise, think, timed, username } from './common.mjs';

let conflicts = 0;         // optimistic-lock refusals: another clinician saved the same programme first

const vaadinIdle = page => page.waitForFunction(() => {
  const clients = window.Vaadin?.Flow?.clients;
  return clients && Object.values(clients).every(client => !client.isActive());
}, null, { timeout: 60000, polling: 25 });

async function signIn(page, user) {
  await page.goto(options.url + '/login');
  await page.fill('#vaadinLoginUsername input', user);
  await page.fill('#vaadinLoginPassword input', options.password);
  await page.click('vaadin-button[slot=submit]');
  await page.waitForURL(options.url + '/patients', { timeout: 60000 });
  await page.locator('vaadin-grid').waitFor();
  await vaadinIdle(page);
}

async function searchAndOpen(page, session) {
  const grid = page.locator('vaadin-grid.patient-caseload-grid');
  await timed(session, 'search', async () => {
    await page.getByLabel('Search').fill(searchText());
    await page.waitForTimeout(SEARCH_DELAY_MS + 50);   // the field sends its value after a pause in typing
    await vaadinIdle(page);
    await page.waitForFunction(() => !document.querySelector('vaadin-grid.patient-caseload-grid')?.hasAttribute('loading'),
      null, { timeout: 60000, polling: 25 });
  });
  const firstPatient = grid.locator('.patient-caseload-name').first();
  if (await firstPatient.count() === 0) return false;
  await think();
  await timed(session, 'open patient', async () => {
    await firstPatient.click();
    await page.waitForURL(options.url + '/patients/**', { timeout: 60000 });
    await vaadinIdle(page);
  });
  return true;
}

async function editAndSave(page, session) {
  const edit = page.getByText('Edit programme').first();
  if (await edit.count() === 0) return;
  await timed(session, 'open editor', async () => {
    await edit.click();
    await page.waitForURL('**/edit', { timeout: 60000 });
    await vaadinIdle(page);
  });
  await think();
  const goal = page.getByLabel('Goal');
  await goal.fill(`Walk without forefoot pain, review ${Math.floor(next() * 1e6)}`);
  await goal.blur();
  await vaadinIdle(page);
  const save = page.locator('vaadin-button').filter({ hasText: /Save as version \d+|Save draft/ }).first();
  await timed(session, 'save version', async () => {
    await save.click();
    await vaadinIdle(page);
  });
  const outcome = page.getByText(/^(Saved as version \d+\.|Draft saved\.)$|changed by someone else/).first();
  await outcome.waitFor({ timeout: 10000 });
  if (/someone else/.test(await outcome.textContent())) {
    conflicts++;            // the stale-edit dialog: leave without saving, as a clinician would after copying
    return page.goto(options.url + '/patients').then(() => vaadinIdle(page));
  }
  await page.getByText('Back to the patient page').first().click();
  await page.waitForURL(options.url + '/patients/**');
  await vaadinIdle(page);
}

async function downloadHandout(page, session) {
  const link = page.locator('a').filter({ hasText: /^Download PDF$/ }).first();
  if (await link.count() === 0) return;
  await timed(session, 'download PDF', async () => {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), link.click()]);
    const failure = await download.failure();
    if (failure) throw new Error('download failed: ' + failure);
  });
}

async function clinician(browser, session) {
  // a ramp-up: clinicians arrive one after another, each opening their browser only then
  await sleep(session * Number(options['ramp-ms']));
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-US', acceptDownloads: true });
  const page = await context.newPage();
  try {
    await clinicianDay(session, {
      signIn: () => signIn(page, username(session % Number(options.clinicians) + 1)),
      openCaseload: async () => {
        await page.goto(options.url + '/patients');
        await vaadinIdle(page);
      },
      searchAndOpen: () => searchAndOpen(page, session),
      editAndSave: () => editAndSave(page, session),
      downloadHandout: () => downloadHandout(page, session),
      signOut: async () => {
        await page.getByText('Sign out').last().click();
        await page.waitForURL(options.url + '/login**', { timeout: 60000 });
      },
    });
  } finally {
    await context.close();
  }
}

const browser = await chromium.launch({
  executablePath: options.chromium,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync', '--disable-extensions'],
});
const started = Date.now();
const sessions = Number(options.sessions);
const holding = setInterval(() => {
  if (options['hold-file'] && sessionsOut() > 0) console.error(`${sessionsOut()}/${sessions} sessions done, ${failedSessions.size} failed`);
}, 5000);
await Promise.all(Array.from({ length: sessions }, (_, session) => clinician(browser, session)));
clearInterval(holding);
await browser.close();

console.log(JSON.stringify({ sessions, seconds: Math.round((Date.now() - started) / 1000), steps: summarise(steps), conflicts,
  failedSessions: failedSessions.size, failures: failures.length, firstFailures: failures.slice(0, 5) }, null, 2));
process.exitCode = failures.length === 0 ? 0 : 1;
