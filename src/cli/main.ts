/**
 * `relgraph generate | create-tables | serve | introspect | check | diagram`: picks the command and turns every failure into a
 * short message and an exit code (0 success, 1 runtime error, 2 usage error). Nothing imports
 * this folder.
 */
import { createRequire } from 'node:module';
import { MappingError } from '../errors/MappingError.js';
import { check } from './check.js';
import { createTables } from './createTables.js';
import { diagram } from './diagram.js';
import { generate } from './generate.js';
import { introspect } from './introspect.js';
import { serve } from './serve.js';
import { commandUsage, commands, mainUsage, type Command } from './usage.js';
import { StartupError, UsageError } from './UsageError.js';
import { didYouMean } from '../util/didYouMean.js';

/** The package's version, from its package.json (two levels up from src/cli and dist/cli alike). */
export const version = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

const run: Record<Command, (args: readonly string[]) => Promise<number>> = {
  generate,
  'create-tables': createTables,
  serve,
  introspect,
  check,
  diagram,
};

/**
 * @example
 * process.exit(await main(process.argv.slice(2)));
 */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined) {
      process.stderr.write(`${mainUsage(version)}\n`);
      return 2;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      const topic = rest[0];
      process.stdout.write(`${isCommand(topic) ? commandUsage(topic) : mainUsage(version)}\n`);
      return 0;
    }
    if (command === '--version' || command === '-v') {
      process.stdout.write(`${version}\n`);
      return 0;
    }
    if (!isCommand(command)) {
      throw new UsageError(
        `Unknown command "${command}".${didYouMean(command, commands)} Commands: ${commands.join(', ')}; "relgraph --help" says more.`,
      );
    }
    return await run[command](rest);
  } catch (error) {
    return report(error, command);
  }
}

function isCommand(value: string | undefined): value is Command {
  return (commands as readonly (string | undefined)[]).includes(value);
}

/** One line for what the user can fix; every problem for declarations; the stack only for a bug. */
function report(error: unknown, command: string | undefined): number {
  const write = (text: string) => process.stderr.write(`relgraph: ${text}\n`);
  if (error instanceof UsageError) {
    write(error.message);
    return 2;
  }
  if (error instanceof StartupError) {
    write(error.message);
    return 1;
  }
  if (error instanceof MappingError) {
    write(`the declarations have problems.\n${error.message}`);
    return 1;
  }
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  write(`${command ?? 'relgraph'} failed: ${message}`);
  if (process.env['RELGRAPH_DEBUG'] && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  else process.stderr.write('(set RELGRAPH_DEBUG=1 to print the stack)\n');
  return 1;
}
