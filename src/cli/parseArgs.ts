/**
 * Splits a command line into flags and positionals, for the flags one command accepts: `--name
 * value`, `--name=value`, booleans as `--name` / `--no-name`, repeatable flags, `-h`. Any other
 * flag is a usage error with a did-you-mean. (node:util's parseArgs has no `--no-` negation
 * on Node 20.)
 */
import { didYouMean } from '../util/didYouMean.js';
import { UsageError } from './UsageError.js';

export interface FlagSpec {
  readonly type: 'string' | 'boolean';
  readonly multiple?: boolean;
}

export interface ParsedArgs {
  /** Flag name (without `--`) to its value(s): a string, strings, or a boolean. */
  readonly flags: ReadonlyMap<string, string | boolean | readonly string[]>;
  readonly positionals: readonly string[];
}

/**
 * @example
 * parseArgs(['m.ts', '--port=80', '--no-graphiql'], 'serve', { port: { type: 'string' }, graphiql: { type: 'boolean' } })
 * // { flags: Map { port → '80', graphiql → false }, positionals: ['m.ts'] }
 */
export function parseArgs(args: readonly string[], command: string, specs: Readonly<Record<string, FlagSpec>>): ParsedArgs {
  const flags = new Map<string, string | boolean | string[]>();
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '-h') {
      flags.set('help', true);
      continue;
    }
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      if (arg.startsWith('-') && arg.length > 1)
        throw new UsageError(`Unknown option "${arg}" for "relgraph ${command}". Run "relgraph ${command} --help" for its options.`);
      positionals.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    let name = equals === -1 ? arg.slice(2) : arg.slice(2, equals);
    const inline = equals === -1 ? undefined : arg.slice(equals + 1);
    let negated = false;
    if (!(name in specs) && name.startsWith('no-') && specs[name.slice(3)]?.type === 'boolean') {
      name = name.slice(3);
      negated = true;
    }
    const spec = specs[name];
    if (!spec) {
      const hint = didYouMean(name, Object.keys(specs)).replace(/"([^"]+)"/g, '"--$1"');
      throw new UsageError(
        `Unknown option "--${name}" for "relgraph ${command}".${hint} Run "relgraph ${command} --help" for its options.`,
      );
    }
    if (spec.type === 'boolean') {
      if (negated && inline !== undefined) throw new UsageError(`"--no-${name}" takes no value.`);
      flags.set(name, negated ? false : inline === undefined ? true : parseBooleanFlag(name, inline));
      continue;
    }
    const value = inline ?? args[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
      throw new UsageError(`"--${name}" needs a value, as in "--${name} <value>" or "--${name}=<value>".`);
    }
    if (spec.multiple) flags.set(name, [...((flags.get(name) as string[] | undefined) ?? []), value]);
    else if (flags.has(name)) throw new UsageError(`"--${name}" is given twice; give it once.`);
    else flags.set(name, value);
  }
  return { flags, positionals };
}

function parseBooleanFlag(name: string, value: string): boolean {
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new UsageError(`"--${name}" is on or off: write "--${name}" or "--no-${name}" (or "--${name}=true|false"), but got "${value}".`);
}
