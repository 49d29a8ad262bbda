/**
 * The server's and the CLI's logger: pino, one JSON object per line on stderr, or one readable
 * line per event for a terminal (`format: 'pretty'`). pino because it is the Node ecosystem's
 * structured logger (Fastify's, and what log shippers expect: `level`, `time`, `msg` and
 * fields), it is fast enough to leave on, and a user can hand relgraph their own pino instance.
 */
import { pino, type DestinationStream, type Logger as PinoLogger } from 'pino';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
export type LogFormat = 'json' | 'pretty';

/** A pino logger; relgraph logs through `debug`, `info`, `warn` and `error` with fields first. */
export type Logger = PinoLogger;

export const logLevels: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];
export const logFormats: readonly LogFormat[] = ['json', 'pretty'];

export interface LoggerOptions {
  /** `json` (default): a JSON object per line. `pretty`: `time level message key=value…`. */
  readonly format?: LogFormat;
  /** Where lines go; default stderr, written synchronously so that nothing is lost on exit. */
  readonly destination?: DestinationStream;
}

/**
 * @example
 * const log = createLogger('info');
 * log.info({ operation: 'Books', durationMs: 12.5 }, 'request');
 * // {"level":"info","time":"2026-12-06T21:00:00.000Z","operation":"Books","durationMs":12.5,"msg":"request"}
 */
export function createLogger(level: LogLevel = 'info', options: LoggerOptions = {}): Logger {
  const stderr = options.destination ?? pino.destination({ fd: 2, sync: true });
  const destination = options.format === 'pretty' ? prettyLines(stderr) : stderr;
  return pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}

export function isLogLevel(value: string): value is LogLevel {
  return (logLevels as readonly string[]).includes(value);
}

/**
 * Rewrites pino's JSON lines as `2026-12-06T21:00:00.000Z info request operation=Books
 * durationMs=12.5`, for a person at a terminal. A line that is not JSON passes through.
 */
function prettyLines(target: DestinationStream): DestinationStream {
  return {
    write(line: string) {
      let entry: Record<string, unknown>;
      try {
        entry = JSON.parse(line) as Record<string, unknown>;
      } catch {
        target.write(line);
        return;
      }
      const { time, level, msg, ...fields } = entry;
      const rest = Object.entries(fields).map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
      target.write(`${[time, level, msg, ...rest].filter((part) => part !== undefined && part !== '').join(' ')}\n`);
    },
  };
}
