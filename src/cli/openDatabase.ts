/**
 * Opens the database for a command, turning what can go wrong into the CLI's two kinds of
 * failure: a URL that can never work is a usage error (exit 2), a database that does not answer
 * is a startup error (exit 1). Messages name the setting the URL came from and never hold the
 * password. With a wait, a database that is down is retried with backoff until the deadline.
 */
import { createDriver, type CreateDriverOptions, type Driver } from '../dialect/index.js';
import { DatabaseUnavailableError } from '../errors/DatabaseUnavailableError.js';
import { DatabaseUrlError } from '../errors/DatabaseUrlError.js';
import { StartupError, UsageError } from './UsageError.js';

/**
 * @example
 * const driver = await openDatabase(process.env.DATABASE_URL!, 'DATABASE_URL');
 * const patient = await openDatabase(url, '--db', {}, { waitMs: 60_000, onRetry: (e, ms) => log.warn(...) });
 */
export async function openDatabase(
  url: string,
  from: string,
  options: CreateDriverOptions = {},
  wait: {
    readonly waitMs?: number;
    readonly onRetry?: (message: string, delayMs: number) => void;
  } = {},
): Promise<Driver> {
  const deadline = Date.now() + (wait.waitMs ?? 0);
  for (let delay = 500; ; delay = Math.min(delay * 2, 5000)) {
    try {
      return await createDriver(url, options);
    } catch (error) {
      const failure = classify(error, from);
      if (failure instanceof UsageError || Date.now() + delay > deadline) throw failure;
      wait.onRetry?.(failure.message, delay);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

function classify(error: unknown, from: string): UsageError | StartupError {
  // Both name the setting themselves ("The database URL (--db or DATABASE_URL) ...") and hide
  // the password.
  if (error instanceof DatabaseUrlError || error instanceof TypeError) return new UsageError(error.message.split('\n')[0]!);
  if (error instanceof DatabaseUnavailableError) return new StartupError(error.message.split('\n')[0]!);
  const message = error instanceof Error ? error.message : String(error);
  return new StartupError(`Could not open the database (${from}): ${message.split('\n')[0]}`);
}
