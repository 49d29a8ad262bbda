/** `relgraph create-tables <models> --db <url>`: CREATE TABLE for the declared tables that are missing. */
import { createAll } from '../dialect/index.js';
import { configure } from '../session/configure.js';
import { openDatabase } from './openDatabase.js';
import { onlyModels } from './generate.js';
import { loadModels } from './loadModels.js';
import { parseArgs } from './parseArgs.js';
import { commandUsage } from './usage.js';
import { UsageError } from './UsageError.js';

export async function createTables(args: readonly string[]): Promise<number> {
  const { flags, positionals } = parseArgs(args, 'create-tables', { db: { type: 'string' }, help: { type: 'boolean' } });
  if (flags.get('help')) {
    process.stdout.write(`${commandUsage('create-tables')}\n`);
    return 0;
  }
  const models = onlyModels(positionals, 'create-tables');
  const url = (flags.get('db') as string | undefined) ?? process.env['DATABASE_URL'];
  if (!url)
    throw new UsageError(
      'Give the database URL with --db <url> or DATABASE_URL (e.g. "sqlite:app.db" or "mysql://user:password@host:3306/db").',
    );
  const mapping = configure(await loadModels(models));
  const driver = await openDatabase(url, flags.has('db') ? '--db' : 'DATABASE_URL');
  try {
    const created = await createAll(mapping, driver);
    process.stderr.write(`relgraph: ${created.length === 0 ? 'every table exists already' : `created ${created.join(', ')}`}.\n`);
  } finally {
    await driver.close();
  }
  return 0;
}
