// The scale test's client (Node 20, no packages): run by scripts/test-scale.sh, which starts
// PostgreSQL, two backends (A and B) on it and nginx (LB) in front of them.
//
//   node scripts/test-scale.mjs replicas   races, imports, audit, same answers, then backend A killed mid-load
//   node scripts/test-scale.mjs compare X Y   the same answers from the backends at X and Y (after a restore)
//
// Environment: SCALE_A, SCALE_B, SCALE_LB (base URLs), SCALE_KILL_PID (backend A's pid),
// KEYCLOAK_URL (the realm's token endpoint host). Exits non-zero at the first broken promise.
import { readFileSync } from 'node:fs';

const A = process.env.SCALE_A;
const B = process.env.SCALE_B;
const LB = process.env.SCALE_LB;
const KEYCLOAK = process.env.KEYCLOAK_URL ?? 'http://localhost:8180';
const MANCHESTER = 'E08000003';
const PARTNERSHIP = ['E08000003', 'E08000008', 'E08000010', 'E06000049'];
const summary = [];

function check(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

function note(line) {
  summary.push(line);
  console.log(`  ${line}`);
}

async function token(username) {
  const response = await fetch(`${KEYCLOAK}/realms/sendhub/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ client_id: 'sendhub-cli', grant_type: 'password', username, password: 'demo' }),
  });
  check(response.ok, `Keycloak refused a token for ${username}: ${response.status}`);
  return (await response.json()).access_token;
}

let adminToken;

/** One API call; never throws for an HTTP status, and turns a network error into status 0. */
async function call(base, method, path, { body, ifMatch, contentType } = {}) {
  const headers = { Authorization: `Bearer ${adminToken}`, Accept: 'application/json' };
  if (ifMatch) headers['If-Match'] = ifMatch;
  if (body !== undefined) headers['Content-Type'] = contentType ?? 'application/json';
  try {
    const response = await fetch(`${base}/api/v1${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    let json;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, etag: response.headers.get('etag'), text, json };
  } catch (error) {
    return { status: 0, text: String(error.cause ?? error), json: undefined, etag: null };
  }
}

async function ok(base, method, path, options, expected = [200]) {
  const answer = await call(base, method, path, options);
  check(expected.includes(answer.status), `${method} ${base}${path}: ${answer.status} ${answer.text.slice(0, 300)}`);
  return answer;
}

/** Every item of a list, page by page. */
async function all(base, path) {
  const items = [];
  const joiner = path.includes('?') ? '&' : '?';
  for (let page = 0; ; page++) {
    const { json } = await ok(base, 'GET', `${path}${joiner}size=500&page=${page}`);
    items.push(...json.items);
    if (items.length >= json.total || json.items.length === 0) return items;
  }
}

const priorityInput = (p, changes = {}) => ({
  strategyId: p.strategyId, number: p.number, title: p.title, description: p.description,
  rationale: p.rationale, status: p.status, lead: p.lead, actions: p.actions, measures: p.measures,
  outcomeIds: p.outcomeIds, ...changes,
});

// ------------------------------------------------------------------------------ same answers

/** The reads whose answers both backends must give alike: lists, records, values, audit, reports. */
async function readsToCompare(base) {
  const priorities = await all(base, `/areas/${MANCHESTER}/priorities?includeArchived=true`);
  const indicators = await all(base, '/indicators?includeArchived=true');
  const paths = ['/areas', '/indicators?includeArchived=true&size=500'];
  for (const area of PARTNERSHIP) {
    for (const list of ['strategies', 'priorities', 'outcomes', 'services', 'coproduction']) {
      paths.push(`/areas/${area}/${list}?includeArchived=true&size=500`);
    }
    paths.push(`/areas/${area}/dashboard`, `/areas/${area}/audit?size=500`, `/areas/${area}/gap-analysis`);
  }
  for (const p of priorities.slice(0, 5).concat(priorities.slice(-3))) {
    paths.push(`/areas/${MANCHESTER}/priorities/${p.id}`, `/areas/${MANCHESTER}/priorities/${p.id}/history`);
  }
  for (const i of indicators.slice(0, 3)) {
    paths.push(`/indicators/${i.code}`, `/indicator-values?indicator=${i.code}&size=500`);
  }
  paths.push(`/indicator-values?area=${MANCHESTER}&size=500`);
  return paths;
}

async function sameAnswers(x, y, label) {
  const paths = await readsToCompare(x);
  for (const path of paths) {
    const [one, two] = await Promise.all([ok(x, 'GET', path), ok(y, 'GET', path)]);
    check(one.etag === two.etag, `${label}: ${path} has ETag ${one.etag} on one, ${two.etag} on the other`);
    check(one.text === two.text, `${label}: ${path} answers differently:\n${one.text.slice(0, 300)}\n${two.text.slice(0, 300)}`);
  }
  note(`${label}: ${paths.length} reads answered alike (bodies and ETags)`);
}

// ------------------------------------------------------------------------------ the scenarios

async function demoDataLoadedOnce() {
  const demo = JSON.parse(readFileSync(new URL('../backend/src/main/resources/demo/demo-data.json', import.meta.url)));
  for (const area of PARTNERSHIP) {
    const creates = (await all(LB, `/areas/${area}/audit?entityType=area`)).filter((e) => e.action === 'create');
    check(creates.length === 1, `area ${area} was created ${creates.length} times: the demo data loaded more than once`);
    const inFile = demo.strategies.filter((s) => s.areaCode === area).flatMap((s) => s.priorities ?? []).length;
    const listed = (await ok(LB, 'GET', `/areas/${area}/priorities?includeArchived=true&size=1`)).json.total;
    check(listed === inFile, `area ${area} has ${listed} priorities, the demo file ${inFile}`);
  }
  note('demo data loaded once by two backends started together (each area created once, priorities as in the file)');
}

async function racingEdits() {
  const [first] = await all(LB, `/areas/${MANCHESTER}/priorities`);
  const path = `/areas/${MANCHESTER}/priorities/${first.id}`;
  const before = (await all(LB, `/areas/${MANCHESTER}/audit?entityType=priority&entityId=${first.id}`)).length;
  const rounds = 8;
  const writers = 9;
  const winners = [];
  let refused = 0;
  for (let round = 0; round < rounds; round++) {
    const current = await ok(LB, 'GET', path);
    const answers = await Promise.all(Array.from({ length: writers }, (_, w) => {
      const title = `${first.title} (round ${round}, writer ${w})`;
      return call([A, B, LB][w % 3], 'PUT', path, { ifMatch: current.etag, body: priorityInput(current.json, { title }) })
        .then((answer) => ({ ...answer, title }));
    }));
    const won = answers.filter((a) => a.status === 200);
    const lost = answers.filter((a) => a.status === 412);
    check(won.length === 1 && lost.length === writers - 1,
      `round ${round}: ${won.length} edits won and ${lost.length} got 412 of ${writers} (statuses ${answers.map((a) => a.status)})`);
    check(lost.every((a) => a.json?.currentVersion === current.json.version + 1 && a.json.current?.title === won[0].title),
      `round ${round}: a 412 did not carry the record as the winner left it`);
    const now = await ok(LB, 'GET', path);
    check(now.json.title === won[0].title && now.json.version === current.json.version + 1,
      `round ${round}: the record is "${now.json.title}" v${now.json.version}, not the winner's`);
    winners.push(won[0].title);
    refused += lost.length;
  }
  const audit = await all(LB, `/areas/${MANCHESTER}/audit?entityType=priority&entityId=${first.id}`);
  const updates = audit.slice(0, audit.length - before);
  check(updates.length === rounds, `${rounds} edits won but the audit gained ${updates.length} entries`);
  check(winners.every((title) => updates.filter((e) => e.after?.title === title).length === 1),
    'an edit that won has no audit entry of its own, or more than one');
  note(`concurrent edits of one priority: ${rounds} rounds x ${writers} writers over A, B and the balancer -> ` +
    `${rounds} won, ${refused} got 412, ${updates.length} audit entries`);
  return first;
}

async function racingArchives(strategyId) {
  const created = await ok(LB, 'POST', `/areas/${MANCHESTER}/priorities`,
    { body: { strategyId, title: `Scale test: archived twice at once ${Date.now()}` } }, [201]);
  const path = `/areas/${MANCHESTER}/priorities/${created.json.id}`;
  const archives = await Promise.all(Array.from({ length: 6 }, (_, w) =>
    call([A, B][w % 2], 'DELETE', path, { ifMatch: created.etag })));
  const statuses = archives.map((a) => a.status).sort();
  check(statuses.filter((s) => s === 200).length === 1 && statuses.filter((s) => s === 412).length === 5,
    `six archives of one version: statuses ${statuses}`);
  const archived = await ok(LB, 'GET', path);
  check(archived.json.archived === true, 'the record is not archived');
  await ok(B, 'POST', `${path}/restore`);
  const restored = await ok(A, 'GET', path);
  // An edit and an archive of the same version, on different backends: one of them, not both.
  const [edit, archive] = await Promise.all([
    call(A, 'PUT', path, { ifMatch: restored.etag, body: priorityInput(restored.json, { title: `${restored.json.title} edited` }) }),
    call(B, 'DELETE', path, { ifMatch: restored.etag }),
  ]);
  check([edit.status, archive.status].sort().join() === '200,412', `an edit and an archive raced: ${edit.status}, ${archive.status}`);
  const audit = await all(LB, `/areas/${MANCHESTER}/audit?entityType=priority&entityId=${created.json.id}`);
  check(audit.length === 4, `create, archive, restore and one more change should be 4 audit entries, not ${audit.length}`);
  note(`concurrent archives: 6 of one version -> 1 archived, 5 got 412; an edit racing an archive -> one of them (${edit.status === 200 ? 'the edit' : 'the archive'}) won`);
}

function csvFile(code, rows) {
  const header = 'indicator_code,indicator_name,area_code,area_name,period,period_start,breakdown,category,value,numerator,denominator,lower_ci,upper_ci,unit,note,suppression';
  return [header, ...rows.map((r) => [code, '', r.area, '', r.year, `${r.year}-01-01`, r.breakdown, r.category, r.value, '', '', '', '', 'count', '', ''].join(','))].join('\n') + '\n';
}

function rowsOf(breakdown, category, value) {
  const rows = [];
  for (const area of PARTNERSHIP) {
    for (let year = 1995; year < 2020; year++) rows.push({ area, year, breakdown, category, value });
  }
  return rows;
}

async function concurrentImports() {
  const code = `scale_${Date.now() % 1e9}`;
  await ok(LB, 'POST', '/indicators', {
    body: { code, name: 'Scale test figures', unit: 'count', polarity: 'no_judgement', breakdowns: ['file'] },
  }, [201]);
  const auditBefore = (await ok(LB, 'GET', `/areas/${MANCHESTER}/audit?entityType=indicator_values&size=1`)).json.total;
  const disjoint = [1, 2, 3, 4].map((n) => csvFile(code, rowsOf('file', `file${n}`, n)));
  // Two files of the same keys with different figures: the one imported second replaces them all.
  const overlapping = [5, 6].map((n) => csvFile(code, rowsOf('total', 'total', n)));
  const bad = rowsOf('file', 'file7', 7);
  bad[50].value = 'seven';
  const files = [...disjoint, ...overlapping, csvFile(code, bad)];
  const started = Date.now();
  const answers = await Promise.all(files.map((body, n) =>
    call([A, B, LB][n % 3], 'POST', '/indicator-values/import', { body, contentType: 'text/csv' })));
  const took = Date.now() - started;
  const rowsPerFile = PARTNERSHIP.length * 25;
  answers.slice(0, 4).forEach((a, n) => check(a.status === 200 && a.json.inserted === rowsPerFile,
    `file ${n + 1}: ${a.status} ${a.text.slice(0, 200)}`));
  const [five, six] = answers.slice(4, 6);
  check(five.status === 200 && six.status === 200, `overlapping files: ${five.status}, ${six.status}`);
  const first = five.json.inserted === rowsPerFile ? five : six;
  const second = first === five ? six : five;
  check(first.json.inserted === rowsPerFile && first.json.updated === 0 && second.json.inserted === 0
    && second.json.updated === rowsPerFile, `overlapping files were not taken in turn: ${five.text} / ${six.text}`);
  check(answers[6].status === 422, `the file with a bad row answered ${answers[6].status}, not 422`);
  const values = await all(LB, `/indicator-values?indicator=${code}`);
  check(values.length === 5 * rowsPerFile, `${values.length} values stored, not ${5 * rowsPerFile}`);
  check(!values.some((v) => v.category === 'file7'), 'a row of the rejected file was stored');
  const lastValue = second === five ? 5 : 6;
  check(values.filter((v) => v.breakdown === 'total').every((v) => Number(v.value) === lastValue),
    'the overlapping keys do not all hold the figures of the file imported last');
  for (let n = 1; n <= 4; n++) {
    check(values.filter((v) => v.category === `file${n}`).every((v) => Number(v.value) === n), `file ${n}'s figures changed`);
  }
  const auditAfter = (await ok(LB, 'GET', `/areas/${MANCHESTER}/audit?entityType=indicator_values&size=1`)).json.total;
  check(auditAfter - auditBefore === 6, `6 imports succeeded but the audit gained ${auditAfter - auditBefore} entries`);
  note(`concurrent imports: 7 files at once over A, B and the balancer in ${took} ms -> 6 imported (${values.length} values), ` +
    'the bad one rejected whole, the two overlapping taken in turn (second replaced all of the first), 6 audit entries');
  return code;
}

/** Backend A is killed (-9) while clients work through the balancer and on B directly. */
async function killOneMidLoad(strategyId, indicator) {
  const seconds = 8;
  const killAfterMs = 2500;
  const mine = await Promise.all(Array.from({ length: 6 }, (_, w) => ok(LB, 'POST', `/areas/${MANCHESTER}/priorities`,
    { body: { strategyId, title: `Scale test: writer ${w}` } }, [201]).then((a) => a.json)));
  const tally = {};
  const count = (kind, status) => {
    tally[kind] ??= {};
    tally[kind][status] = (tally[kind][status] ?? 0) + 1;
  };
  const sentTitles = new Map(mine.map((p) => [p.id, []]));
  const answered200 = [];
  const createdTitles = [];
  const answered201 = [];
  const deadline = Date.now() + seconds * 1000;
  let killedAt;
  const killer = new Promise((resolve) => setTimeout(() => {
    process.kill(Number(process.env.SCALE_KILL_PID), 'SIGKILL');
    killedAt = Date.now();
    resolve();
  }, killAfterMs));

  const writer = async (p, w, base) => {
    for (let n = 0; Date.now() < deadline; n++) {
      const path = `/areas/${MANCHESTER}/priorities/${p.id}`;
      const current = await call(base, 'GET', path);
      count(`GET one (${base === B ? 'B' : 'balancer'})`, current.status);
      if (current.status !== 200) continue;
      const title = `Scale test: writer ${w}, change ${n}`;
      sentTitles.get(p.id).push(title);
      const put = await call(base, 'PUT', path, { ifMatch: current.etag, body: priorityInput(current.json, { title }) });
      count(`PUT (${base === B ? 'B' : 'balancer'})`, put.status);
      if (put.status === 200) answered200.push(title);
    }
  };
  const reader = async (base) => {
    for (let n = 0; Date.now() < deadline; n++) {
      const path = n % 2 ? `/areas/${MANCHESTER}/priorities?size=50` : `/indicator-values?indicator=${indicator}&size=100`;
      count(`GET list (${base === B ? 'B' : 'balancer'})`, (await call(base, 'GET', path)).status);
    }
  };
  const creator = async (c) => {
    for (let n = 0; Date.now() < deadline; n++) {
      const title = `Scale test: created by ${c}, number ${n}`;
      createdTitles.push(title);
      const post = await call(LB, 'POST', `/areas/${MANCHESTER}/priorities`, { body: { strategyId, title } });
      count('POST (balancer)', post.status);
      if (post.status === 201) answered201.push(title);
    }
  };
  await Promise.all([
    ...mine.map((p, w) => writer(p, w, w === 5 ? B : LB)),
    reader(LB), reader(LB), reader(B), creator(0), creator(1), killer,
  ]);

  // What the clients saw: reads always answered (nginx retried them on B); writes answered, or
  // refused cleanly by nginx (502) when A died holding them; on B directly, nothing but success.
  const allowed = {
    'GET one (balancer)': [200], 'GET list (balancer)': [200], 'GET one (B)': [200], 'GET list (B)': [200],
    'PUT (B)': [200], 'PUT (balancer)': [200, 412, 502], 'POST (balancer)': [201, 502],
  };
  for (const [kind, statuses] of Object.entries(tally)) {
    for (const status of Object.keys(statuses)) {
      check(allowed[kind].includes(Number(status)), `${kind} answered ${status} ${statuses[status]} time(s) (tally ${JSON.stringify(tally)})`);
    }
  }
  check((await call(A, 'GET', '/areas')).status === 0, 'backend A still answers after kill -9');

  // No write lost or made twice: each record's audit has each change sent at most once, each
  // change answered 200 exactly once, nothing not sent, and one entry per version.
  let writes = 0;
  const audited = [];
  for (const p of mine) {
    const audit = await all(LB, `/areas/${MANCHESTER}/audit?entityType=priority&entityId=${p.id}`);
    const updates = audit.filter((e) => e.action === 'update');
    const sent = sentTitles.get(p.id);
    check(updates.every((e) => sent.includes(e.after.title)), `an audit entry of ${p.title} is for a change nobody sent`);
    check(new Set(updates.map((e) => e.after.title)).size === updates.length, `a change to ${p.title} was made twice`);
    const now = await ok(LB, 'GET', `/areas/${MANCHESTER}/priorities/${p.id}`);
    check(now.json.version === p.version + updates.length,
      `${p.title} went from version ${p.version} to ${now.json.version} with ${updates.length} audited changes`);
    writes += updates.length;
    audited.push(...updates.map((e) => e.after.title));
  }
  const okPuts = answered200.length;
  check(answered200.every((title) => audited.includes(title)), 'a change answered 200 is not in its record\'s audit');
  const listed = await all(LB, `/areas/${MANCHESTER}/priorities?q=${encodeURIComponent('Scale test: created by')}`);
  const createdOk = tally['POST (balancer)']?.[201] ?? 0;
  for (const title of createdTitles) {
    check(listed.filter((p) => p.title === title).length <= 1, `"${title}" was created twice`);
  }
  check(answered201.every((title) => listed.some((p) => p.title === title)), 'a create answered 201 made no record');
  const createAudit = (await all(LB, `/areas/${MANCHESTER}/audit?entityType=priority`))
    .filter((e) => e.action === 'create' && e.after?.title?.startsWith('Scale test: created by'));
  check(createAudit.length === listed.length, `${listed.length} records created but ${createAudit.length} audited`);
  const total = Object.values(tally).flatMap((s) => Object.values(s)).reduce((x, y) => x + y, 0);
  note(`backend A killed -9 after ${killedAt - (deadline - seconds * 1000)} ms of ${seconds} s of load (${total} requests, 11 clients): ` +
    `${JSON.stringify(tally)}`);
  note(`after the kill: ${writes} changes in the audit for ${okPuts} answered 200, ${listed.length} records created ` +
    `for ${createdOk} answered 201; none lost, none twice; B and the balancer answer`);
}

async function replicas() {
  adminToken = await token('admin');
  await demoDataLoadedOnce();
  await sameAnswers(A, B, 'A and B after start');
  const first = await racingEdits();
  await racingArchives(first.strategyId);
  const indicator = await concurrentImports();
  await sameAnswers(A, B, 'A and B after the races');
  await killOneMidLoad(first.strategyId, indicator);
}

async function compare(x, y) {
  adminToken = await token('admin');
  await sameAnswers(x, y, 'the original and the restored database');
}

const [command, ...args] = process.argv.slice(2);
const started = Date.now();
try {
  if (command === 'replicas') await replicas();
  else if (command === 'compare') await compare(args[0], args[1]);
  else throw new Error('usage: test-scale.mjs replicas | compare URL URL');
  console.log(`${command}: ${summary.length} passed, 0 failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
} catch (error) {
  console.error(`\nFAILED: ${error.message}`);
  console.log(`${command}: ${summary.length} passed, 1 failed`);
  process.exit(1);
}
