/**
 * The end of the cluster test: SQL on every Galera node, after the load and the faults, against
 * what the clients were told. Each node is read as the reliability suite's `Database`, so its
 * state readers (`test/reliability/seed.ts`) and oracle apply unchanged.
 */
import { createConnection, type Connection, type RowDataPacket } from 'mysql2/promise';
import type { Database } from '../reliability/harness.js';
import { parentMatches } from '../reliability/oracle.js';
import { childParents, danglingReferences, duplicateLinks, linkSet } from '../reliability/seed.js';
import type { GaleraNode } from '../support/galeraCluster.js';
import { NESTED_CHILDREN, type Workload } from './workload.js';

export const SCHEMA = 'rg_cluster';
const TABLES = ['parent', 'child', 'tag', 'parent_tag'];

/** A Galera node as the reliability harness's `Database`: root through the node's socket. */
export async function nodeDatabase(node: GaleraNode): Promise<Database> {
  const connectRoot = () => createConnection({ socketPath: node.socket, user: 'root' });
  let root: Connection = await connectRoot();
  return {
    server: {
      adminUrl: node.adminUrl,
      appUrl: node.appUrl,
      port: node.port,
      dataDir: node.dataDir,
      socket: node.socket,
      errorLog: node.errorLog,
      get pid() {
        return node.pid;
      },
      async restart(how) {
        await (how === 'kill' ? node.kill() : node.stop());
        await node.start();
      },
      stop: () => node.stop(),
    },
    get root() {
      return root;
    },
    appUrl: (schema) => `${node.appUrl}/${schema}`,
    // A node killed and started again closed the connection: connect again, once.
    async rows<T>(sql: string, params: unknown[] = []) {
      try {
        return (await root.query<RowDataPacket[]>(sql, params))[0] as T[];
      } catch (error) {
        if ((error as { fatal?: unknown }).fatal !== true && !String(error).includes('closed state')) throw error;
        await root.end().catch(() => undefined);
        root = await connectRoot();
        return (await root.query<RowDataPacket[]>(sql, params))[0] as T[];
      }
    },
    connectRoot,
    async reconnect() {
      await root.end().catch(() => undefined);
      root = await connectRoot();
    },
    async stop() {
      await root.end().catch(() => undefined);
    },
  };
}

export interface Finding {
  readonly check: string;
  readonly tried: string;
  readonly held: boolean;
  readonly detail: string;
}

export interface Figures {
  /** Acknowledged creates and deletes, and acknowledged link and parent changes. */
  acknowledged: number;
  /** Acknowledged writes whose effect is missing on some node. */
  lost: number;
  /** Rows written twice (a created parent present more than once). */
  duplicated: number;
}

/** Every check on one node; `figures` collects lost and duplicated writes over all nodes. */
export async function verifyNode(db: Database, name: string, workload: Workload, figures: Figures): Promise<Finding[]> {
  const findings: Finding[] = [];
  const add = (check: string, tried: string, problems: string[]) =>
    findings.push({
      check: `${name}: ${check}`,
      tried,
      held: problems.length === 0,
      detail: `${problems.length} problems: ${problems.slice(0, 6).join('; ')}`,
    });

  // Created parents: acknowledged ones exactly once (or gone by an acknowledged or indeterminate
  // delete), rejected ones absent, and each one present whole (all its children and its tag) or
  // absent whole, children and links too.
  const parents = await db.rows<{ id: number; name: string; children: number; tags: number; tagged: number | null }>(
    `SELECT p.id, p.name,
        (SELECT COUNT(*) FROM ${SCHEMA}.child c WHERE c.parent_id = p.id) AS children,
        (SELECT COUNT(*) FROM ${SCHEMA}.parent_tag l WHERE l.parent_id = p.id) AS tags,
        (SELECT MIN(l.tag_id) FROM ${SCHEMA}.parent_tag l WHERE l.parent_id = p.id) AS tagged
       FROM ${SCHEMA}.parent p WHERE p.name LIKE 'cl-%'`,
  );
  const byName = new Map<string, typeof parents>();
  for (const row of parents) byName.set(row.name, [...(byName.get(row.name) ?? []), row]);
  const orphans = await db.rows<{ name: string }>(
    `SELECT c.name FROM ${SCHEMA}.child c WHERE c.name LIKE 'cl-%' AND (c.parent_id IS NULL OR c.parent_id NOT IN (SELECT id FROM ${SCHEMA}.parent))`,
  );
  const exactlyOnce: string[] = [];
  const whole: string[] = [];
  let lost = 0;
  let duplicated = 0;
  for (const entry of workload.created.values()) {
    const rows = byName.get(entry.name) ?? [];
    if (rows.length > 1) {
      duplicated += 1;
      exactlyOnce.push(`${entry.name} ×${rows.length}`);
    }
    const mayBeDeleted = entry.delete === 'ACK' || entry.delete === 'INDETERMINATE';
    if (entry.create === 'ACK' && rows.length === 0 && !mayBeDeleted) {
      lost += 1;
      exactlyOnce.push(`${entry.name}: acknowledged, absent`);
    }
    if (entry.delete === 'ACK' && rows.length > 0) {
      lost += 1;
      exactlyOnce.push(`${entry.name}: delete acknowledged, present`);
    }
    if (entry.create === 'REJECT' && rows.length > 0) exactlyOnce.push(`${entry.name}: rejected, present`);
    for (const row of rows) {
      if (Number(row.children) !== NESTED_CHILDREN || Number(row.tags) !== 1 || Number(row.tagged) !== entry.tag) {
        whole.push(`${entry.name}: ${row.children} children, ${row.tags} links (tag ${row.tagged})`);
      }
    }
  }
  for (const row of orphans) whole.push(`child ${row.name} without its parent`);
  const sent = new Set(workload.created.keys());
  for (const name of byName.keys()) if (!sent.has(name)) exactlyOnce.push(`${name}: present, never sent`);
  add(
    'every acknowledged create present exactly once, every rejected one absent, every acknowledged delete applied',
    `${workload.created.size} createParent (${NESTED_CHILDREN} nested children, 1 tag each)`,
    exactlyOnce,
  );
  add(
    'every created parent whole (its children and link) or absent with them (cascade)',
    `${parents.length} created parents on the node`,
    whole,
  );

  // Shared rows: the final state of each key is the effect of an acknowledged or indeterminate write.
  const children = await childParents(db, SCHEMA);
  const links = await linkSet(db, SCHEMA);
  const shared: string[] = [];
  for (const c of workload.oracle.childKeys) {
    const actual = children.get(c) ?? null;
    if (!parentMatches(actual, workload.oracle.allowedChild(c), new Map())) {
      shared.push(`child ${c}: parent ${actual}, allowed ${workload.oracle.allowedChild(c).join('|')}`);
    }
  }
  for (const key of workload.oracle.linkKeys) {
    if (!workload.oracle.allowedLink(key).includes(links.has(key))) {
      shared.push(`link ${key}: ${links.has(key)}, allowed ${workload.oracle.allowedLink(key).join('|')}`);
    }
  }
  lost += shared.length;
  add(
    'shared rows: each link and child ends as an acknowledged or indeterminate write left it',
    `${workload.oracle.linkKeys.length} links, ${workload.oracle.childKeys.length} children written from every node`,
    shared,
  );

  const duplicates = await duplicateLinks(db, SCHEMA);
  const dangling = await danglingReferences(db, SCHEMA);
  add('association rows: no duplicates, no orphans', 'parent_tag GROUP BY both ends; references to missing rows', [
    ...duplicates.map((d) => `(${d.parent_id},${d.tag_id})×${d.n}`),
    ...(dangling ? [`${dangling} dangling references`] : []),
  ]);
  figures.lost = Math.max(figures.lost, lost);
  figures.duplicated = Math.max(figures.duplicated, duplicated + duplicates.length);
  return findings;
}

/** `CHECKSUM TABLE` of every table on one node, e.g. `parent=123 child=456 …`. */
export async function checksums(db: Database): Promise<string> {
  const rows = await db.rows<{ Table: string; Checksum: number }>(`CHECKSUM TABLE ${TABLES.map((t) => `${SCHEMA}.${t}`).join(', ')}`);
  return rows.map((r) => `${r.Table.split('.')[1]}=${r.Checksum}`).join(' ');
}

/** Galera's own counters of a node: certification failures and brute-force aborts. */
export async function conflictCounters(db: Database): Promise<{ certFailures: number; bfAborts: number }> {
  const rows = await db.rows<{ Variable_name: string; Value: string }>(
    "SHOW GLOBAL STATUS WHERE Variable_name IN ('wsrep_local_cert_failures', 'wsrep_local_bf_aborts')",
  );
  const value = (name: string) => Number(rows.find((r) => r.Variable_name === name)?.Value ?? 0);
  return { certFailures: value('wsrep_local_cert_failures'), bfAborts: value('wsrep_local_bf_aborts') };
}
