/** The text of `relgraph --help` and of each command's `--help`; serve's options come from the settings list. */
import { settings } from '../server/settings.js';

export const commands = ['generate', 'create-tables', 'serve', 'introspect', 'check', 'diagram'] as const;
export type Command = (typeof commands)[number];

const exitCodes = `Exit codes: 0 success, 1 runtime error (bad declarations, database unreachable, port in use),
2 usage error (unknown option, bad value, conflicting settings).`;

export function mainUsage(version: string): string {
  return `relgraph ${version}: a GraphQL API over MySQL/MariaDB or SQLite, from relationship declarations.

Usage:
  relgraph serve <models module> --db <url> [options]    serve the API (GraphiQL, /health, /ready, /metrics)
  relgraph generate <models module> [--out <file>]       print or write the GraphQL schema (SDL)
  relgraph create-tables <models module> --db <url>      create the tables that do not exist yet
  relgraph introspect <url> [--out <models.ts>]          write the models of a database that exists
  relgraph check <models module> --db <url>              compare the declarations with the database
  relgraph diagram <models module> [--format <format>]   print the entity-relationship diagram (Mermaid, SVG, DOT)
  relgraph <command> --help                              the command's options
  relgraph --version

Models modules: .ts, .mts, .js or .mjs, default-exporting the declarative base.
Database URLs: mysql://user:password@host:3306/db[?ssl=true&...], mariadb://..., sqlite:path/to/file.db, sqlite::memory:
${exitCodes}`;
}

export function commandUsage(command: Command): string {
  switch (command) {
    case 'generate':
      return `Usage: relgraph generate <models module> [--out <file.graphql>]

Prints the GraphQL schema (SDL) of the models, or writes it to --out.

Options:
  --out <file>    write the SDL to this file instead of standard output
  -h, --help      this text

${exitCodes}`;
    case 'create-tables':
      return `Usage: relgraph create-tables <models module> --db <url>

Creates the declared tables that do not exist yet (keys, foreign keys, indexes); never alters
an existing table.

Options:
  --db <url>      the database URL (default: DATABASE_URL)
  -h, --help      this text

${exitCodes}`;
    case 'introspect':
      return `Usage: relgraph introspect <url> [--out <models.ts>] [options]

Reads the catalog of an existing database and writes a models module for it: a model per
table with a primary key, relationships paired both ways from its foreign keys, link tables as
secondary or association objects. Views and tables without a primary key are listed in the
module's first comment, with why they were left out. Without --out the module goes to standard
output.

Options:
  --out <file>          write the module here (written whole, then renamed into place); the
                        text is plain JavaScript, so name it models.ts or models.mjs
  --include <pattern>   map only tables matching this glob (* and ?); repeatable
  --exclude <pattern>   leave out tables matching this glob; repeatable
  --force               replace --out if it exists
  -h, --help            this text

The URL may also come from DATABASE_URL.
${exitCodes}`;
    case 'check':
      return `Usage: relgraph check <models module> --db <url>

Compares the declarations with the database. What the declarations need and the database
lacks (a table, a column, the foreign key a passiveDeletes relationship leaves deletes to) is
printed one line each, naming the model, the column and the fix, and the exit code is 1; what
merely differs (a type, a length, nullability, a foreign key's rule) is printed as a warning.
"relgraph serve" runs the same check at start (--no-check skips it).

Options:
  --db <url>      the database URL (default: DATABASE_URL)
  -h, --help      this text

${exitCodes}`;
    case 'diagram':
      return `Usage: relgraph diagram <models module> [--format mermaid|svg|dot] [--out <file>]

Prints the entity-relationship diagram of the models: a box per model (key, foreign-key and
other columns), a box per plain secondary table, and an edge per relationship and its reverse,
labelled with both names and the cardinality (one-to-many, many-to-one, one-to-one,
many-to-many), dashed when viewonly, with delete, delete-orphan and passiveDeletes noted.
"relgraph serve" shows the same diagram at /graphql/diagram outside production.

Options:
  --format <format>   mermaid (default; renders in GitHub and GitLab Markdown), svg (laid out by
                      Graphviz, offline) or dot (Graphviz input); without it, the extension of
                      --out chooses (.svg, .dot, .gv, .mmd)
  --out <file>        write the diagram to this file instead of standard output
  -h, --help          this text

${exitCodes}`;
    case 'serve':
      return serveUsage();
  }
}

function serveUsage(): string {
  const rows = settings
    .filter((setting) => setting.key !== 'models')
    .map((setting) => {
      const flag =
        setting.kind === 'boolean' ? `--${setting.flag}, --no-${setting.flag}` : `--${setting.flag} <${placeholder(setting.kind)}>`;
      return { flag, text: `${setting.summary} [${setting.env}; default ${setting.defaultText ?? ''}]` };
    });
  rows.push({ flag: '--config <file>', text: 'A config file (default: relgraph.config.{ts,mts,mjs,js,json} here) [RELGRAPH_CONFIG]' });
  rows.push({ flag: '-h, --help', text: 'This text.' });
  return `Usage: relgraph serve <models module> --db <url> [options]

Serves the GraphQL API at /graphql (GraphiQL in a browser, and the models' diagram at
/graphql/diagram, both off in production), /health (the process is up),
/ready (the database answers) and /metrics (Prometheus). Each option can also be set by its
environment variable or in a config file; a flag wins over the environment, which wins over the
config file. Durations take a unit: 500ms, 30s, 2m.

Options:
${rows.map((row) => `  ${row.flag}\n      ${row.text}`).join('\n')}

${exitCodes}`;
}

function placeholder(kind: string): string {
  switch (kind) {
    case 'integer':
      return 'n';
    case 'duration':
      return 'duration';
    case 'origins':
      return 'origin';
    case 'urls':
      return 'url';
    case 'enum':
      return 'value';
    default:
      return kind;
  }
}
