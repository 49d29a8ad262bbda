/**
 * `relgraph check <models> --db <url>`: the declarations against the database (`checkDrift`):
 * exit 1 when the database lacks something the declarations need, 0 otherwise; differences are
 * printed as warnings either way.
 */
import { configure } from '../session/configure.js';
import { checkDrift } from '../introspect/checkDrift.js';
import { readCatalog } from '../introspect/readCatalog.js';
import { onlyModels } from './generate.js';
import { loadModels } from './loadModels.js';
import { openDatabase } from './openDatabase.js';
import { parseArgs } from './parseArgs.js';
import { commandUsage } from './usage.js';
import { UsageError } from './UsageError.js';

export async function check(args: readonly string[]): Promise<number> {
  const { flags, positionals } = parseArgs(args, 'check', { db: { type: 'string' }, help: { type: 'boolean' } });
  if (flags.get('help')) {
    process.stdout.write(`${commandUsage('check')}\n`);
    return 0;
  }
  const models = onlyModels(positionals, 'check');
  const url = (flags.get('db') as string | undefined) ?? process.env['DATABASE_URL'];
  if (!url)
    throw new UsageError(
      'Give the database URL with --db <url> or DATABASE_URL (e.g. "sqlite:app.db" or "mysql://user:password@host:3306/db").',
    );
  const mapping = configure(await loadModels(models));
  // Read only: a check changes nothing, not even a SQLite file's journal mode.
  const driver = await openDatabase(url, flags.has('db') ? '--db' : 'DATABASE_URL', { readOnly: true });
  let drift: ReturnType<typeof checkDrift>;
  try {
    drift = checkDrift(mapping, await readCatalog(driver), driver.dialect.name);
  } finally {
    await driver.close();
  }
  for (const warning of drift.warnings) process.stderr.write(`relgraph: warning: ${warning}\n`);
  for (const problem of drift.problems) process.stderr.write(`relgraph: ${problem}\n`);
  const summary =
    drift.problems.length > 0
      ? `the database lacks ${drift.problems.length} thing${drift.problems.length === 1 ? '' : 's'} the declarations need`
      : `the database has everything the declarations need${drift.warnings.length > 0 ? `, with ${drift.warnings.length} difference${drift.warnings.length === 1 ? '' : 's'}` : ''}`;
  process.stderr.write(`relgraph: ${summary}.\n`);
  return drift.problems.length > 0 ? 1 : 0;
}
