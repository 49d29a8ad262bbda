/**
 * S2 of §4.4, "every SQL statement is parameterized": canaries through every kind of argument,
 * then MariaDB's general log must show each only in `Execute` rows (a bound value), never in
 * `Prepare` (statement text) or `Query` (client-side interpolation) rows. The log checks run
 * over everything the app user sent during the run, so they cover tiers A and C as well.
 */
import { canary, literal, sentinel } from './canary.js';
import { sqlErrorLog, SCHEMA, type RelgraphProcess } from './harness.js';
import { gql, outcome, type Reply } from './http.js';
import { scan, reportScans, type Suite } from './suite.js';

const TIER = 'S2';

/** Mutations and reads that put canaries into every argument kind, and what each must read back. */
export async function sendCanaries(suite: Suite, server: RelgraphProcess): Promise<void> {
  const { report } = suite;
  const failures: string[] = [];
  let sent = 0;
  const run = async (query: string, variables?: Record<string, unknown>, check?: (data: any) => string | undefined) => {
    sent += 1;
    const reply: Reply = await gql(server.url, query, variables);
    scan(suite, TIER, reply, JSON.stringify({ query, variables }));
    if (outcome(reply) !== 'OK') {
      failures.push(`${outcome(reply)} for ${query.slice(0, 80)}: ${reply.text.slice(0, 200)}`);
      return undefined;
    }
    const wrong = check?.(reply.body?.data);
    if (wrong) failures.push(`${wrong} (${query.slice(0, 80)})`);
    return reply.body?.data as any;
  };

  // Writes: column values, nested create inputs, explicit keys, link arguments.
  const pid = sentinel();
  const name = canary();
  const owner = canary();
  const childName = canary();
  const secret = sentinel();
  const created = await run(
    `mutation { createParent(input: { id: ${pid}, name: ${literal(name)}, owner: ${literal(owner)}, children: { create: [{ name: ${literal(childName)}, secret: ${secret} }] } }) { id name owner children { id name secret } } }`,
    undefined,
    (d) =>
      d.createParent.name === name &&
      d.createParent.owner === owner &&
      d.createParent.children[0]?.name === childName &&
      d.createParent.children[0]?.secret === secret
        ? undefined
        : 'createParent did not read back its canaries verbatim',
  );
  const newChild = created?.createParent.children[0]?.id as number | undefined;
  const v = { name: canary(), owner: canary() };
  await run(
    'mutation ($id: Int!, $name: String!, $owner: String) { updateParent(id: $id, input: { name: $name, owner: $owner }) { name owner } }',
    { id: pid, ...v },
    (d) =>
      d.updateParent.name === v.name && d.updateParent.owner === v.owner
        ? undefined
        : 'updateParent (variables) did not read back its canaries',
  );
  const tagLabel = canary();
  const tag = await run(
    `mutation { createTag(input: { id: ${sentinel()}, label: ${literal(tagLabel)}, parents: { connect: [{ id: ${pid} }] } }) { id label parents { id } } }`,
    undefined,
    (d) => (d.createTag.label === tagLabel && d.createTag.parents[0]?.id === pid ? undefined : 'createTag did not read back'),
  );
  const tid = tag?.createTag.id as number | undefined;
  const childLabel = canary();
  const child = await run(
    `mutation { createChild(input: { id: ${sentinel()}, name: ${literal(childLabel)}, secret: ${sentinel()}, parent: { create: { id: ${sentinel()}, name: ${literal(canary())}, owner: ${literal(canary())} } } }) { id name parent { id name } } }`,
    undefined,
    (d) => (d.createChild.name === childLabel ? undefined : 'createChild did not read back'),
  );
  const cid = child?.createChild.id as number | undefined;
  const otherParent = child?.createChild.parent?.id as number | undefined;
  if (cid !== undefined && tid !== undefined && otherParent !== undefined && newChild !== undefined) {
    await run(`mutation { updateChild(id: ${cid}, input: { name: ${literal(canary())}, secret: ${sentinel()} }) { id } }`);
    await run(`mutation { updateTag(id: ${tid}, input: { label: ${literal(canary())} }) { id } }`);
    await run(`mutation { addParentChild(id: ${pid}, childId: ${cid}) { children { id } } }`, undefined, (d) =>
      d.addParentChild.children.some((c: { id: number }) => c.id === cid) ? undefined : 'addParentChild payload lacks the child',
    );
    await run(`mutation { setChildParent(id: ${cid}, parentId: ${otherParent}) { parent { id } } }`);
    await run(`mutation { removeParentChild(id: ${otherParent}, childId: ${cid}) { id } }`);
    await run(
      `mutation { removeParentTag(id: ${pid}, tagId: ${tid}) { id } a: addParentTag(id: ${otherParent}, tagId: ${tid}) { id } b: addTagParent(id: ${tid}, parentId: ${pid}) { id } }`,
    );
    await run(
      `mutation { updateParent(id: ${otherParent}, input: { name: ${literal(canary())}, children: { connect: [{ id: ${cid} }], disconnect: [{ id: ${newChild} }], create: [{ name: ${literal(canary())}, secret: ${sentinel()} }] }, tags: { set: [{ id: ${tid} }] } }) { id } }`,
    );
  } else {
    failures.push('the creates failed, so the link mutations were not sent');
  }

  // Reads: every filter operator that takes a value, on strings and ints, nested, and in variables.
  const s = () => literal(canary());
  await run(`{ parents(where: { name: { eq: ${s()} }, owner: { ne: ${s()} } }) { id } }`);
  await run(
    `{ parents(where: { name: { in: [${s()}, ${s()}] }, OR: [{ name: { notIn: [${s()}] } }, { owner: { lt: ${s()} } }] }, limit: 1) { id } }`,
  );
  await run(`{ children(where: { name: { gt: ${s()}, lte: ${s()} }, NOT: { name: { gte: ${s()} } } }) { id } }`);
  await run(`{ tags(where: { label: { like: ${literal(`%${canary()}%`)} } }) { id } }`);
  await run(
    `{ parents(where: { children: { some: { name: { eq: ${s()} } }, none: { name: { eq: ${s()} } } }, tags: { every: { label: { ne: ${s()} } } } }, limit: 2) { id } }`,
  );
  await run(
    `{ parents(where: { id: { in: [${sentinel()}, ${sentinel()}] }, children: { some: { secret: { eq: ${sentinel()} } } } }) { id } }`,
  );
  await run(`{ parent(id: ${pid}) { children(where: { name: { ne: ${s()} } }) { id } tags(where: { label: { eq: ${s()} } }) { id } } }`);
  await run('query ($n: String, $i: Int) { children(where: { name: { eq: $n }, secret: { ne: $i } }) { id } }', {
    n: canary(),
    i: sentinel(),
  });
  await run(`{ parents(where: { name: { eq: ${literal(name)} } }) { id } }`, undefined, () => undefined);
  const readBack = await run(`{ parents(where: { name: { eq: ${literal(v.name)} } }) { id name } }`);
  if (readBack && (readBack.parents.length !== 1 || readBack.parents[0].name !== v.name))
    failures.push('an exact-match filter on a stored canary did not find exactly its row');

  report.add(
    TIER,
    'canaries in every argument kind are stored and read back verbatim',
    `${sent} requests, canaries and sentinel ints`,
    failures.length === 0,
    failures.slice(0, 4).join(' | '),
  );
  reportScans(suite, TIER);
  const [row] = await suite.db.rows<{ n: number }>(`SELECT COUNT(*) AS n FROM ${SCHEMA}.parent WHERE name LIKE 'rgcanary%'`);
  report.add(
    TIER,
    'canary rows exist in the database (the sends reached it)',
    'SELECT COUNT(*) ... LIKE rgcanary%',
    Number(row?.n) > 0,
    `${row?.n} parents`,
  );
}

/**
 * The general-log checks of S2.1 over all the app user sent so far, and S2.3's "no 1064": in
 * `sql_errlog` (every failed statement) and in relgraph's own log.
 */
export async function checkGeneralLog(suite: Suite, servers: readonly RelgraphProcess[]): Promise<void> {
  const { report, db } = suite;
  const app = "user_host LIKE 'app[app]%'";
  const [total] = await db.rows<{ n: number }>(`SELECT COUNT(*) AS n FROM mysql.general_log WHERE ${app}`);
  const canaryRows = await db.rows<{ command_type: string; argument: string }>(
    `SELECT command_type, CONVERT(argument USING utf8mb4) AS argument FROM mysql.general_log WHERE ${app} AND (argument LIKE '%rgcanary%' OR argument REGEXP '98765[0-9]{4}')`,
  );
  const notExecute = canaryRows.filter((r) => r.command_type !== 'Execute');
  report.add(
    TIER,
    'S2.1: canaries appear only in Execute rows of the general log',
    `${total?.n} app rows in the log`,
    canaryRows.length > 0 && notExecute.length === 0,
    `${canaryRows.length} canary rows, ${notExecute.length} not Execute${
      notExecute.length
        ? `: ${notExecute
            .slice(0, 2)
            .map((r) => `${r.command_type} ${r.argument.slice(0, 120)}`)
            .join(' | ')}`
        : ''
    }`,
  );
  const literals = await db.rows<{ argument: string }>(
    `SELECT CONVERT(argument USING utf8mb4) AS argument FROM mysql.general_log WHERE ${app} AND command_type = 'Prepare' AND argument LIKE '%''%'`,
  );
  report.add(
    TIER,
    'S2.1: no Prepare text holds a string literal',
    'Prepare rows with a quote',
    literals.length === 0,
    literals
      .slice(0, 2)
      .map((r) => r.argument.slice(0, 160))
      .join(' | '),
  );
  const queries = await db.rows<{ argument: string; n: number }>(
    `SELECT CONVERT(argument USING utf8mb4) AS argument, COUNT(*) AS n FROM mysql.general_log WHERE ${app} AND command_type = 'Query' GROUP BY 1`,
  );
  const allowed =
    /^(START TRANSACTION|COMMIT|ROLLBACK|SET SESSION [\s\S]*|SELECT VERSION\(\) AS `version`, @@innodb_autoinc_lock_mode AS `autoincLockMode`, @@auto_increment_increment AS `autoIncrementIncrement`)$/;
  const other = queries.filter((q) => !allowed.test(q.argument));
  report.add(
    TIER,
    'S2.1: the only Query rows are transaction control, SET SESSION and the server probe',
    `${queries.reduce((n, q) => n + Number(q.n), 0)} Query rows, ${queries.length} distinct`,
    other.length === 0,
    other
      .slice(0, 3)
      .map((q) => q.argument.slice(0, 160))
      .join(' | '),
  );
  const parseErrors = (await sqlErrorLog(db)).filter((line) => /ERROR 1064\b/.test(line));
  const relgraphLog = servers.filter((s) => /errno=1064\b/.test(s.stderr()));
  report.add(
    TIER,
    "S2.3: no 1064 parse error in sql_errlog or in relgraph's log",
    `${(await sqlErrorLog(db)).length} failed statements logged`,
    parseErrors.length === 0 && relgraphLog.length === 0,
    parseErrors.slice(0, 2).join(' | '),
  );
}
