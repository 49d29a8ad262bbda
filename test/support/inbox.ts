/**
 * What a subscription client's sink receives (`graphql-ws`, `graphql-sse`), awaited one by one:
 * `{ next: result }`, `{ error }` or `{ complete: true }`, or `'none'` when nothing came in time.
 */
export interface Inbox {
  readonly sink: { next(value: unknown): void; error(error: unknown): void; complete(): void };
  next(ms?: number): Promise<unknown>;
}

export function inbox(): Inbox {
  const items: unknown[] = [];
  const waiting: Array<(value: unknown) => void> = [];
  const push = (value: unknown) => {
    const resolve = waiting.shift();
    if (resolve) resolve(value);
    else items.push(value);
  };
  return {
    sink: {
      next: (value) => push({ next: value }),
      error: (error) => push({ error }),
      complete: () => push({ complete: true }),
    },
    next: (ms = 3000) => {
      if (items.length > 0) return Promise.resolve(items.shift());
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve('none'), ms);
        waiting.push((value) => {
          clearTimeout(timer);
          resolve(value);
        });
      });
    },
  };
}

/** The error code a subscription ended with: in its last result's errors (a `next`), or in an `error`. */
export function endedWith(received: unknown): string | undefined {
  const { next, error } = received as {
    next?: { errors?: Array<{ extensions?: { code?: string } }> };
    error?: Array<{ extensions?: { code?: string } }>;
  };
  return (next?.errors ?? error)?.[0]?.extensions?.code;
}
