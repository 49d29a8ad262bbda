/** A small leveled logger for the server and the CLI: one line per event, to stderr. */

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

const order: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  readonly level: LogLevel;
}

/**
 * @example
 * const log = createLogger('debug');
 * log.debug('SELECT ...'); // 2026-11-25T22:51:23.587Z debug SELECT ...
 */
export function createLogger(level: LogLevel = 'info', write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Logger {
  const at = (messageLevel: Exclude<LogLevel, 'silent'>) => (message: string) => {
    if (order[messageLevel] >= order[level]) write(`${new Date().toISOString()} ${messageLevel} ${message}`);
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error'), level };
}

export function isLogLevel(value: string): value is LogLevel {
  return value in order;
}
