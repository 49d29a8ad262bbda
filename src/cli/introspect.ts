/**
 * `relgraph introspect <database URL> [--out models.ts]`: reads the catalog of a database that
 * exists and writes the models module a person would write for it (`introspect/`). The file is
 * written whole or not at all (a temporary file, then a rename), and an existing one only with
 * `--force`.
 */
import { access, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { inferModels } from '../introspect/inferModels.js';
import { readCatalog } from '../introspect/readCatalog.js';
import { writeModelsModule } from '../introspect/writeModelsModule.js';
import { databaseUrlSetting } from '../errors/DatabaseUrlError.js';
import { redactUrl } from '../util/redactUrl.js';
import { openDatabase } from './openDatabase.js';
import { parseArgs } from './parseArgs.js';
import { commandUsage } from './usage.js';
import { StartupError, UsageError } from './UsageError.js';

export async function introspect(args: readonly string[]): Promise<number> {
  const { flags, positionals } = parseArgs(args, 'introspect', {
    out: { type: 'string' },
    include: { type: 'string', multiple: true },
    exclude: { type: 'string', multiple: true },
    force: { type: 'boolean' },
    help: { type: 'boolean' },
  });
  if (flags.get('help')) {
    process.stdout.write(`${commandUsage('introspect')}\n`);
    return 0;
  }
  if (positionals.length > 1)
    throw new UsageError(`"relgraph introspect" takes one database URL, but got ${positionals.length} arguments.`);
  const url = positionals[0] ?? process.env['DATABASE_URL'];
  if (!url)
    throw new UsageError(
      'Give the database URL: "relgraph introspect <url>" (e.g. "mysql://user:password@host:3306/shop" or "sqlite:app.db"), or set DATABASE_URL.',
    );
  const out = flags.get('out') as string | undefined;
  if (out !== undefined && !flags.get('force') && (await exists(out))) {
    throw new UsageError(`${out} exists already; pass --force to replace it (the old file is replaced only once the new one is complete).`);
  }

  const from = positionals[0] ? 'the URL given' : 'DATABASE_URL';
  // Read only: a mistyped SQLite path is not created, and an existing file is not switched to WAL.
  const driver = await openDatabase(url, from, { readOnly: true }).catch((error: unknown) => {
    throw naming(error, from);
  });
  let catalog: Awaited<ReturnType<typeof readCatalog>>;
  try {
    catalog = await readCatalog(driver);
  } finally {
    await driver.close();
  }
  const description = inferModels(catalog, {
    include: (flags.get('include') as string[] | undefined) ?? [],
    exclude: (flags.get('exclude') as string[] | undefined) ?? [],
  });
  if (description.models.length === 0) {
    const left = description.skipped.map((table) => `${table.name} (${table.reason})`).join(', ');
    throw new StartupError(
      `${redactUrl(url)} has no table relgraph can map${left ? `: ${left}` : ' (the database is empty, or this user may see none of its tables)'}; nothing written.`,
    );
  }
  const source = writeModelsModule(description, { title: `Models of ${redactUrl(url)}, as \`relgraph introspect\` read them.` });
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const summary =
    `${count(description.models.length, 'model')}${description.tables.length > 0 ? `, ${count(description.tables.length, 'link table')}` : ''}` +
    (description.skipped.length > 0
      ? `; left out: ${description.skipped.map((table) => table.name).join(', ')} (the file's first comment says why)`
      : '');
  if (out === undefined) {
    process.stdout.write(source);
    process.stderr.write(`relgraph: ${summary}.\n`);
    return 0;
  }
  await writeWhole(out, source);
  process.stderr.write(`relgraph: wrote ${out}: ${summary}.\n`);
  return 0;
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

/** The open errors name serve's settings ("--db or DATABASE_URL"); introspect's URL comes from elsewhere. */
function naming(error: unknown, from: string): unknown {
  if (!(error instanceof UsageError || error instanceof StartupError)) return error;
  const message = error.message.replace(databaseUrlSetting, `The database URL (${from})`);
  return error instanceof UsageError ? new UsageError(message) : new StartupError(message);
}

/** Writes beside the target, then renames over it: a reader never sees half a file. */
async function writeWhole(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, text);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
