// Many clinicians at once at the protocol level: each virtual clinician is a cookie jar and a Vaadin UI driven
// through the same HTTP requests a browser sends (bootstrap page, v-r=init, UIDL round trips, heartbeats, the
// unload beacon on leaving a page, the handout download), with none of the browser's rendering, so that 100 sessions cost the client little CPU.
// The flow is that of clinician-load.mjs: sign in, search the caseload, open the first patient found, open the
// programme editor, change the goal and save a new version, go back to the patient page, download the handout.
//
//   node protocol-load.mjs --url http://localhost:8090 --sessions 100 --iterations 3 \
//        --user 'clinician%03d' --password '…' [--clinicians 100] [--think-ms 3000-8000] [--ramp-ms 150]
//        [--hold-file FILE]
//
// The client keeps a model of each UI's state tree from the server's changes, and finds what it clicks the way
// a person does: the field labelled Search, the button reading "Save as version N", the link to the handout.
// It leaves out the browser's own chatter (property echoes after a render, such as "opened-changed") and loads
// only the bootstrap page's own scripts and styles, not the modules they import.
// With --hold-file, every session stays signed in (with heartbeats) after its last step until that file exists.
// Prints one JSON summary on stdout; progress on stderr ("n/N sessions done" once a session is done), and the
// steady window's opening and closing moments (common.mjs).
import { SEARCH_DELAY_MS, clinicianDay, failedSessions, failures, next, options, searchText, sessionsOut, sleep,
  steps, summarise, think, timed, username } from './common.mjs';

const HEARTBEAT_MS = 60000;   // vaadin.heartbeatInterval
const requests = {};          // request kind -> durations in ms, one HTTP round trip each
let conflicts = 0;            // optimistic-lock refusals: another clinician saved the same programme first

const CLICK = { 'event.shiftKey': false, 'event.metaKey': false, 'event.detail': 1, 'event.ctrlKey': false,
  'event.clientX': 60, 'event.clientY': 40, 'event.altKey': false, 'event.button': 0, 'event.screenY': 120,
  'event.screenX': 70 };
const TYPED = { 1: 1, for: 'trailing' };   // the debounced input event's trailing phase, as the client sends it

/** One browser's worth of HTTP: cookies, and the page (Vaadin UI) it has open. */
class Visitor {
  cookies = new Map();
  nodes = new Map();       // state node id -> { tag, props, attrs, listeners, children, classes, text }
  gridItems = new Map();   // grid node id -> the items of its last $connector.set
  gridConfirms = [];       // [grid node, update id] waiting for the client's confirmUpdate
  assetsLoaded = false;

  constructor(base) {
    this.base = base;
  }

  async http(kind, method, path, { body, type } = {}) {
    const headers = { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
    if (type) headers['content-type'] = type;
    const started = performance.now();
    const response = await fetch(this.base + path, { method, headers, body, redirect: 'manual' });
    const text = await response.text();
    (requests[kind] ??= []).push(performance.now() - started);
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    if (response.status >= 400) throw new Error(`${method} ${kind}: HTTP ${response.status}`);
    return { status: response.status, location: response.headers.get('location'), text };
  }

  /** A full page load of a route, as typing its address: bootstrap page, init, then the first navigation. */
  async open(route) {
    await this.leave();
    const page = await this.http('page', 'GET', '/' + route);
    if (page.status === 302) return this.open(new URL(page.location, this.base).pathname.slice(1));
    this.csrfForm = /<meta name="_csrf" content="([^"]+)"/.exec(page.text)?.[1];
    if (!this.assetsLoaded) {      // a new browser fetches the page's scripts and styles once, then caches them
      const assets = [...page.text.matchAll(/(?:src|href)="\.\/((?:VAADIN|lumo|styles)\/[^"]+)"/g)].map(m => m[1]);
      await Promise.all(assets.map(asset => this.http('static', 'GET', '/' + asset)));
      this.assetsLoaded = true;
    }
    const init = JSON.parse((await this.http('init', 'GET',
      `/?v-r=init&location=${encodeURIComponent(route)}&query=&v-sh=860&v-sw=1280&v-wh=860&v-ww=1280&v-bh=860&v-bw=1280`
      + `&v-curdate=${Date.now()}&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-wn=v-${Math.random()}`
      + '&v-td=false&v-pr=1&v-np=Linux&v-cs=light&v-pv=VISIBLE&v-tn=lumo')).text).appConfig;
    this.uiId = init['v-uiId'];
    this.nodes.clear();
    this.gridItems.clear();
    this.gridConfirms = [];
    this.clientId = 0;
    this.apply(init.uidl);
    this.csrf = init.uidl['Vaadin-Security-Key'];
    this.history = 0;
    await this.rpc('navigate', [{ type: 'event', node: 1, event: 'ui-navigate', data: { route: '/' + route,
      query: '', appShellTitle: 'RehabRx', historyState: { idx: 0 }, trigger: '' } }]);
  }

  /** Leaving a page, the browser sends a beacon that lets the server close its UI at once. */
  async leave() {
    const left = this.uiId;
    if (left === undefined) return;
    this.uiId = undefined;
    await this.http('unload', 'POST', `/?v-r=uidl&v-uiId=${left}`, { type: 'application/json; charset=UTF-8',
      body: JSON.stringify({ csrfToken: this.csrf, rpc: [], syncId: this.syncId, clientId: this.clientId, UNLOAD: true }) });
  }

  /** A router link's click: the client asks the server to navigate within the same UI. */
  async follow(href) {
    return this.rpc('navigate', [{ type: 'event', node: 1, event: 'ui-navigate', data: { route: href, query: '',
      appShellTitle: 'RehabRx', historyState: { usr: null, key: Math.random().toString(36).slice(2, 10),
        idx: ++this.history }, trigger: 'client' } }]);
  }

  async rpc(kind, invocations, { ends = false } = {}) {
    const body = JSON.stringify({ csrfToken: this.csrf, rpc: invocations, syncId: this.syncId, clientId: this.clientId });
    const { text } = await this.http(kind, 'POST', `/?v-r=uidl&v-uiId=${this.uiId}`,
      { body, type: 'application/json; charset=UTF-8' });
    if (ends) return text;     // signing out ends the session: the answer says it expired
    const message = JSON.parse(text);
    if (message.meta?.sessionExpired || message.meta?.appError) {
      throw new Error(`${kind}: ${JSON.stringify(message.meta).slice(0, 200)}`);
    }
    this.apply(message);
    await this.confirmGridUpdates();
    return text;
  }

  async heartbeat() {
    const beating = this.uiId;
    if (beating === undefined) return;
    try {
      await this.http('heartbeat', 'POST', `/?v-r=heartbeat&v-uiId=${beating}`);
    } catch (error) {
      // a page left while the heartbeat was on its way has no UI any more (a browser cancels such a request)
      if (this.uiId === beating) throw error;
    }
  }

  apply(message) {
    if (message.syncId !== undefined) this.syncId = message.syncId;
    if (message.clientId !== undefined) this.clientId = message.clientId;
    for (const change of message.changes ?? []) this.change(change);
    for (const call of message.execute ?? []) {    // [arguments…, script]; $0 is the grid in both
      const script = call[call.length - 1];
      if (script === 'return $0.$connector.set($1,$2)') this.gridItems.set(call[0]['@v-node'], call[2]);
      if (script === 'return $0.$connector.confirm($1)') this.gridConfirms.push([call[0]['@v-node'], call[1]]);
    }
  }

  change({ node: id, type, feat, key, value, index, remove, addNodes, add }) {
    if (type === 'detach') return this.nodes.delete(id);
    let node = this.nodes.get(id);
    if (!node) this.nodes.set(id, node = { tag: '', props: {}, attrs: {}, listeners: {}, children: [], classes: [], text: '' });
    if (type === 'put') {
      if (feat === 0 && key === 'tag') node.tag = value;
      else if (feat === 1) node.props[key] = value;
      else if (feat === 3) node.attrs[key] = value;
      else if (feat === 4) node.listeners[key] = value;
      else if (feat === 7 && key === 'text') node.text = value;
    } else if (type === 'splice' && (feat === 2 || feat === 11)) {
      const list = feat === 2 ? node.children : node.classes;
      list.splice(index, remove ?? 0, ...(addNodes ?? add ?? []));
    } else if (type === 'clear' && feat === 2) {
      node.children = [];
    }
  }

  /** The text a person reads inside an element: its text nodes, in order. */
  textOf(id, depth = 0) {
    const node = this.nodes.get(id);
    if (!node || depth > 30) return '';
    return node.text + node.children.map(child => this.textOf(child, depth + 1)).join('');
  }

  find(description, matches) {
    for (const [id, node] of this.nodes) if (matches(node, id)) return id;
    throw new Error(`not on the page: ${description}`);
  }

  hrefs(pattern) {
    return [...this.nodes.values()].map(node => node.attrs.href).filter(href => pattern.test(href ?? ''));
  }

  async confirmGridUpdates() {
    while (this.gridConfirms.length > 0) {
      const [grid, update] = this.gridConfirms.shift();
      await this.rpc('grid confirm', [{ type: 'publishedEventHandler', node: grid,
        templateEventMethodName: 'confirmUpdate', templateEventMethodArgs: [update], promise: 0 }]);
    }
  }

  event(node, event, data = {}) {
    if (!this.nodes.get(node)?.listeners[event]) throw new Error(`node ${node} does not listen to ${event}`);
    return { type: 'event', node, event, data };
  }

  typed(node, value) {
    return [{ type: 'mSync', node, feature: 1, property: 'value', value }, this.event(node, 'input', TYPED)];
  }
}

async function signIn(visitor, user) {
  await visitor.open('login');
  const form = new URLSearchParams({ _csrf: visitor.csrfForm ?? '', username: user, password: options.password });
  const answer = await visitor.http('sign in', 'POST', '/login', { body: form.toString(),
    type: 'application/x-www-form-urlencoded' });
  if (answer.status !== 302 || /error/.test(answer.location ?? '')) throw new Error(`sign in refused: ${answer.location}`);
  await visitor.open(new URL(answer.location, options.url).pathname.slice(1));
  visitor.find('the caseload grid', isCaseloadGrid);
}

function isCaseloadGrid(node) {
  return node.tag === 'vaadin-grid' && node.classes.includes('patient-caseload-grid');
}

async function searchAndOpen(visitor, session) {
  const field = visitor.find('the Search field', node => node.tag === 'vaadin-text-field' && node.props.label === 'Search');
  const grid = visitor.find('the caseload grid', isCaseloadGrid);
  visitor.gridItems.delete(grid);   // what the grid showed before the search is no answer to it
  await timed(session, 'search', async () => {
    await sleep(SEARCH_DELAY_MS);
    await visitor.rpc('search', visitor.typed(field, searchText()));
  });
  const first = visitor.gridItems.get(grid)?.[0];
  if (!first) return false;
  await think();
  await timed(session, 'open patient', () => visitor.rpc('open patient', [visitor.event(grid, 'item-click', {
    'event.detail.screenY': 415, 'event.detail.metaKey': false, 'event.detail.button': 0, 'event.detail.shiftKey': false,
    'event.detail.screenX': 553, 'event.detail.itemKey': first.key, 'event.detail.internalColumnId': 'col1',
    'event.detail.altKey': false, 'event.detail.clientX': 543, 'event.detail.detail': 1, 'event.detail.clientY': 318,
    'event.detail.ctrlKey': false })]));
  // every patient page offers a new programme; the caseload does not
  if (visitor.hrefs(/^patients\/[0-9a-f-]+\/new-programme$/).length === 0) throw new Error('the patient page did not open');
  return true;
}

async function editAndSave(visitor, session) {
  const edit = visitor.hrefs(/^programmes\/[0-9a-f-]+\/edit$/)[0];
  if (!edit) return;
  await timed(session, 'open editor', () => visitor.follow(edit));
  await think();
  const goal = visitor.find('the Goal field', node => /^vaadin-text-(field|area)$/.test(node.tag) && node.props.label === 'Goal');
  const save = visitor.find('the Save button', (node, id) => node.tag === 'vaadin-button'
    && /^(Save as version \d+|Save draft)$/.test(visitor.textOf(id).trim()));
  const answer = await timed(session, 'save version', () => visitor.rpc('save version', [
    ...visitor.typed(goal, `Walk without forefoot pain, review ${Math.floor(next() * 1e6)}`),
    visitor.event(save, 'click', CLICK)]));
  if (/changed by someone else/.test(answer)) {
    conflicts++;            // the stale-edit dialog: leave without saving, as a clinician would after copying
    return;
  }
  if (!/Saved as version \d+\.|Draft saved\./.test(answer)) throw new Error('the save was not confirmed');
  const back = visitor.find('Back to the patient page', (node, id) => node.tag === 'a'
    && visitor.textOf(id).includes('Back to the patient page'));
  await timed(session, 'back to patient', () => visitor.follow(visitor.nodes.get(back).attrs.href));
}

async function downloadHandout(visitor, session) {
  const handout = visitor.hrefs(/^handouts\/[0-9a-f-]+$/)[0];
  if (!handout) return;
  await timed(session, 'download PDF', async () => {
    const { text } = await visitor.http('download PDF', 'GET', '/' + handout);
    if (!text.startsWith('%PDF')) throw new Error('the handout is not a PDF');
  });
}

async function signOut(visitor) {
  const button = visitor.find('Sign out', node => node.tag === 'vaadin-button' && node.classes.includes('app-sign-out'));
  await visitor.rpc('sign out', [visitor.event(button, 'click', CLICK)], { ends: true });
  visitor.uiId = undefined;   // gone with the session
  await visitor.open('login');
  if (!visitor.csrfForm) throw new Error('the sign-in page did not come back');
}

async function clinician(session) {
  await sleep(session * Number(options['ramp-ms']));    // a ramp-up: clinicians arrive one after another
  const visitor = new Visitor(options.url);
  let beating;
  try {
    await clinicianDay(session, {
      signIn: async () => {
        await signIn(visitor, username(session % Number(options.clinicians) + 1));
        beating = setInterval(() => visitor.heartbeat().catch(error =>
          failures.push({ session, step: 'heartbeat', message: error.message })), HEARTBEAT_MS);
      },
      openCaseload: () => visitor.open('patients'),
      searchAndOpen: () => searchAndOpen(visitor, session),
      editAndSave: () => editAndSave(visitor, session),
      downloadHandout: () => downloadHandout(visitor, session),
      signOut: () => {
        clearInterval(beating);
        return signOut(visitor);
      },
    });
  } finally {
    clearInterval(beating);
  }
}

const started = Date.now();
const sessions = Number(options.sessions);
const progress = setInterval(() => {
  if (sessionsOut() > 0) console.error(`${sessionsOut()}/${sessions} sessions done, ${failedSessions.size} failed`);
}, 5000);
await Promise.all(Array.from({ length: sessions }, (_, session) => clinician(session)));
clearInterval(progress);
console.error(`${sessionsOut()}/${sessions} sessions done, ${failedSessions.size} failed`);

console.log(JSON.stringify({ sessions, seconds: Math.round((Date.now() - started) / 1000), steps: summarise(steps),
  requests: summarise(requests), conflicts, failedSessions: failedSessions.size, failures: failures.length,
  firstFailures: failures.slice(0, 5) }, null, 2));
process.exitCode = failures.length === 0 ? 0 : 1;
