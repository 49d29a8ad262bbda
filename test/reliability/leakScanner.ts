/**
 * S1 of `docs/reliability.md` §4.4: no stack, SQL, driver detail, table name or host in what
 * a client gets back. The scan runs over the response minus what the client itself sent.
 */
import type { Reply } from './http.js';

export interface LeakPattern {
  readonly kind: string;
  readonly pattern: RegExp;
}

/** The patterns of §4.4 S1, plus this suite's schema name and the MariaDB port. */
export function leakPatterns(databasePort: number): LeakPattern[] {
  return [
    { kind: 'stack', pattern: /stack/i },
    { kind: 'stack frame', pattern: /at .*\(.*:\d+:\d+\)/ },
    { kind: 'code path', pattern: /node_modules|\.ts:\d+|\.js:\d+/ },
    { kind: 'originalError', pattern: /originalError/ },
    { kind: 'driver detail', pattern: /errno|sqlState|sqlMessage|\bER_[A-Z_]{3,}/ },
    { kind: 'SQL text', pattern: /\b(SELECT|INSERT INTO|UPDATE .* SET|DELETE FROM)\b/ },
    {
      kind: 'MariaDB message',
      pattern: /Duplicate entry|foreign key constraint fails|Deadlock found|Lock wait timeout|doesn't exist|command denied/i,
    },
    { kind: 'table name', pattern: /\bparent_tag\b|\bchild\b|`(parent|child|tag)`|\bghost\b/ },
    { kind: 'constraint name', pattern: /_ibfk_\d|\bfk_[a-z_]+|PRIMARY/ },
    {
      kind: 'schema or host',
      pattern: new RegExp(
        `MariaDB|mysql|rg_rel|rg_nopk|127\\.0\\.0\\.1:${databasePort}|:${databasePort}\\b|ECONN|EPIPE|PROTOCOL_|'app'@`,
        'i',
      ),
    },
  ];
}

/**
 * The findings for one response: `kind: excerpt` for every pattern that matches the response
 * after removing the client's echoes (error `path`s and `locations`, quoted names that the request
 * holds, data values the request holds). Headers are scanned whole.
 *
 * One allowance (§4.4 footnote 1): yoga's answer to a body that is not JSON may carry
 * `originalError` with the JSON parser's message about the client's own body.
 */
export function findLeaks(reply: Reply, requestText: string, patterns: readonly LeakPattern[]): string[] {
  const scanned = [...Object.entries(reply.headers).map(([name, value]) => `${name}: ${value}`), withoutEchoes(reply, requestText)];
  const findings: string[] = [];
  for (const text of scanned) {
    for (const { kind, pattern } of patterns) {
      const match = pattern.exec(text);
      if (match) findings.push(`${kind}: …${text.slice(Math.max(0, match.index - 30), match.index + match[0].length + 30)}…`);
    }
  }
  return findings;
}

function withoutEchoes(reply: Reply, requestText: string): string {
  if (!reply.body) return reply.text;
  const echoed = (value: string) => value.length > 0 && requestText.includes(value);
  const errors = (reply.body.errors ?? []).map((error) => {
    const { path: _path, locations: _locations, ...rest } = error as typeof error & { locations?: unknown };
    const message = String(rest.message ?? '').replace(/"([^"]*)"/g, (whole, inner: string) => (echoed(inner) ? '"<echo>"' : whole));
    const extensions = { ...(rest.extensions ?? {}) } as Record<string, unknown>;
    if (isJsonParserEcho(extensions, reply)) delete extensions['originalError'];
    return { ...rest, message, extensions };
  });
  const data = JSON.stringify(reply.body.data ?? null, (_key, value: unknown) =>
    typeof value === 'string' && echoed(value) ? '<echo>' : value,
  )
    // Keys of `data` are the client's own field names and aliases.
    .replace(/"([A-Za-z_][A-Za-z0-9_]*)":/g, (whole, key: string) => (echoed(key) ? '"<echo>":' : whole));
  const rest = Object.fromEntries(Object.entries(reply.body).filter(([key]) => key !== 'data' && key !== 'errors'));
  return JSON.stringify({ ...rest, errors }) + data;
}

/** yoga's 400 for a body that does not parse: `originalError: { name: 'SyntaxError', message }` and nothing else. */
function isJsonParserEcho(extensions: Record<string, unknown>, reply: Reply): boolean {
  const original = extensions['originalError'] as { name?: unknown; message?: unknown; stack?: unknown } | undefined;
  return (
    reply.status === 400 &&
    !!original &&
    original.name === 'SyntaxError' &&
    original.stack === undefined &&
    Object.keys(original).every((key) => key === 'name' || key === 'message')
  );
}
