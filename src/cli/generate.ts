/** `relgraph generate <models> [--out file]`: the models' GraphQL schema as SDL. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { configure } from '../session/configure.js';
import { buildSchema, printSchemaSdl } from '../schema/index.js';
import { loadModelsModule } from './loadModels.js';
import { parseArgs } from './parseArgs.js';
import { commandUsage } from './usage.js';
import { UsageError } from './UsageError.js';

export async function generate(args: readonly string[]): Promise<number> {
  const { flags, positionals } = parseArgs(args, 'generate', { out: { type: 'string' }, help: { type: 'boolean' } });
  if (flags.get('help')) {
    process.stdout.write(`${commandUsage('generate')}\n`);
    return 0;
  }
  const models = onlyModels(positionals, 'generate');
  const { base, inflection } = await loadModelsModule(models);
  const sdl = printSchemaSdl(buildSchema(configure(base), inflection ? { inflection } : {}));
  const out = flags.get('out');
  if (typeof out === 'string') {
    await mkdir(path.dirname(path.resolve(out)), { recursive: true });
    await writeFile(out, sdl);
    process.stderr.write(`relgraph: wrote ${out}\n`);
  } else {
    process.stdout.write(sdl);
  }
  return 0;
}

/** The one positional argument a command takes: the models module. */
export function onlyModels(positionals: readonly string[], command: string): string {
  if (positionals.length === 1) return positionals[0]!;
  throw new UsageError(
    positionals.length === 0
      ? `Give the models module: "relgraph ${command} <models module>".`
      : `"relgraph ${command}" takes one models module, but got ${positionals.length} arguments: ${positionals.map((p) => `"${p}"`).join(', ')}.`,
  );
}
