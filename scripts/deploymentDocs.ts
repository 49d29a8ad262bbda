/**
 * The pages of docs/deployment/: one per setting of `relgraph serve`, and an index, all made
 * from `src/server/settings.ts` so that the docs, `--help` and the parser never disagree.
 * `npm run generate:docs` writes them; a test fails when the committed pages are stale.
 */
import { settings, type Setting } from '../src/server/settings.js';

/** File name (inside docs/deployment/) to content. */
export function deploymentPages(): Map<string, string> {
  const pages = new Map<string, string>();
  for (const setting of settings) pages.set(`${setting.flag}.md`, settingPage(setting));
  pages.set('README.md', indexPage());
  return pages;
}

function settingPage(setting: Setting): string {
  const flag = setting.kind === 'boolean' ? `\`--${setting.flag}\` / \`--no-${setting.flag}\`` : `\`--${setting.flag} <${setting.kind}>\``;
  const envValue =
    setting.key === 'production'
      ? 'production'
      : setting.kind === 'origins'
        ? `${setting.example},https://admin.example.com`
        : setting.kind === 'urls'
          ? `${setting.example},${setting.example.replace('replica1', 'replica2')}`
          : setting.example;
  const configValue = configExample(setting);
  return `# ${setting.flag}

${setting.summary}

| | |
| --- | --- |
| flag | ${flag}${setting.key === 'models' ? ' (or the first argument)' : ''} |
| environment | \`${setting.env}\` |
| config file key | \`${setting.key}\` |
| accepts | ${accepts(setting)} |
| default | ${setting.defaultText ?? '—'} |

${setting.details}

## Example

\`\`\`sh
${base(setting)} ${commandLine(setting)}
${setting.env}=${/[\s&?]/.test(envValue) ? `'${envValue}'` : envValue} ${base(setting)}
\`\`\`

\`\`\`json
{ "${setting.key}": ${configValue} }
\`\`\`

A flag wins over the environment variable, which wins over the config file. See [all settings](README.md).
`;
}

/** The rest of a command line, without the setting itself. */
function base(setting: Setting): string {
  if (setting.key === 'models') return 'relgraph serve --db "$DATABASE_URL"';
  if (setting.key === 'db') return 'relgraph serve models.ts';
  return 'relgraph serve models.ts --db "$DATABASE_URL"';
}

function commandLine(setting: Setting): string {
  if (setting.kind === 'boolean') return setting.example === 'false' ? `--no-${setting.flag}` : `--${setting.flag}`;
  return `--${setting.flag} ${/[\s&?]/.test(setting.example) ? `'${setting.example}'` : setting.example}`;
}

function configExample(setting: Setting): string {
  switch (setting.kind) {
    case 'integer':
      return setting.example;
    case 'boolean':
      return setting.key === 'production' ? 'true' : setting.example;
    case 'origins':
    case 'urls':
      return JSON.stringify([setting.example]);
    default:
      return JSON.stringify(setting.example);
  }
}

function accepts(setting: Setting): string {
  switch (setting.kind) {
    case 'integer':
      return `an integer from ${setting.min ?? 0} to ${setting.max ?? 'any'}`;
    case 'boolean':
      return setting.key === 'production'
        ? 'flag: on/off; environment: `NODE_ENV=production` turns it on; config: true or false'
        : 'flag: on/off; environment: true/false, 1/0, yes/no, on/off; config: true or false';
    case 'duration':
      return 'a duration with a unit: `500ms`, `30s`, `2m`, `1h` (config: also milliseconds as a number)';
    case 'enum':
      return setting.values!.map((value) => `\`${value}\``).join(', ');
    case 'origins':
      return 'web origins (`scheme://host[:port]`) or `*`; repeat the flag, comma-separate in the environment, a list in the config file';
    case 'url':
      return 'a database URL (see below)';
    case 'urls':
      return 'database URLs ([`docs/database-urls.md`](../database-urls.md)); repeat the flag, comma-separate in the environment, a list in the config file';
    case 'path':
      return 'a file path';
    default:
      return 'a string';
  }
}

function indexPage(): string {
  const rows = settings.map(
    (setting) =>
      `| [\`${setting.key}\`](${setting.flag}.md) | \`--${setting.flag}\` | \`${setting.env}\` | ${setting.defaultText ?? '—'} | ${setting.summary.replace(/\|/g, '\\|')} |`,
  );
  return `# Deploying relgraph

\`relgraph serve\` runs the GraphQL server from the installed package:

\`\`\`sh
npm install relgraph
npx relgraph serve models.ts --db "$DATABASE_URL"
\`\`\`

It is stateless: run as many processes as you need behind a load balancer, all on one database.
Each setting below is a flag, an environment variable, and a key of a config file
(\`relgraph.config.ts\`, \`.mts\`, \`.mjs\`, \`.js\` or \`.json\` in the working directory, or
\`--config <file>\`). A flag wins over the environment, which wins over the config file, which
wins over the default. A bad value, an unknown name or two settings that contradict each other
stop the process before it listens, with one line naming the setting and what it accepts, and
exit code 2.

| setting | flag | environment | default | what it does |
| --- | --- | --- | --- | --- |
${rows.join('\n')}

A config file, typed:

\`\`\`ts
// relgraph.config.ts
import { defineConfig } from 'relgraph';

export default defineConfig({
  models: './models.ts',
  port: 8080,
  corsOrigins: ['https://app.example.com'],
  logLevel: 'info',
  shutdownTimeoutMs: '25s',
});
\`\`\`

## Exit codes

| code | meaning |
| --- | --- |
| 0 | success; \`serve\` exits 0 after a clean shutdown on SIGTERM or SIGINT |
| 1 | a runtime error: declarations with problems, a database that cannot be reached (after \`--wait-for-database\`, if given), a port in use |
| 2 | a usage error: an unknown command or option, a bad value, conflicting settings, a database URL that can never work |

## Endpoints

| path | answers |
| --- | --- |
| \`/graphql\` | GraphQL over HTTP: POST with JSON, and queries (never mutations) over GET with a CSRF header such as \`x-graphql-csrf: 1\` ([details](../graphql-over-http.md)); GraphiQL for a browser when it is on |
| \`/health\` | 200 while the process runs (liveness) |
| \`/ready\` | 200 when the database answers \`SELECT 1\` within 2 s; 503 with \`Retry-After\` when it does not, while waiting for the database, and while shutting down (readiness) |
| \`/metrics\` | Prometheus text (see [metrics](metrics.md)); keep it off your public route |

## Logs

JSON lines on stderr through pino (\`level\`, \`time\`, \`msg\`, and fields). At the default level
\`info\` a healthy server logs its start, its shutdown and nothing per request. Each request has an
id: the client's \`x-request-id\` when it is short and plain, or a new UUID, echoed in the
\`x-request-id\` response header. Lines with it:

- \`error\`: every unexpected error, with \`requestId\`, \`operation\` (e.g. \`query Books\`), the
  field path and the error; the client gets \`Unexpected error.\` with the same \`requestId\`;
- \`warn\`: requests slower than [\`--slow-request\`](slow-request.md), with \`operation\`,
  \`durationMs\` and \`statements\` (SQL statements the request sent);
- \`info\` with [\`--access-log\`](access-log.md), else \`debug\`: every request;
- \`debug\`: every SQL statement, without parameter values unless [\`--log-sql-params\`](log-sql-params.md).

Passwords in database URLs are never logged or printed.

## Shutdown

On SIGTERM (or SIGINT) relgraph stops accepting connections, answers \`/ready\` with 503, lets the
requests and transactions in flight finish for up to [\`--shutdown-timeout\`](shutdown-timeout.md),
closes the database pool and exits 0. A second signal exits at once with 1.

## The database

- [Database URLs](../database-urls.md): the URL forms and the connection options a MySQL/MariaDB URL takes.
- A database that cannot be reached while serving answers \`DATABASE_UNAVAILABLE\` with HTTP 503 and
  \`Retry-After\`; the same process recovers when the database is back.
- Inside an existing Node server instead: [mounting relgraph](../mounting.md).
`;
}
