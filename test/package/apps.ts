/**
 * The user code that `package.test.ts` writes into the temp projects: a JavaScript app, a
 * TypeScript app, and the seed's models as CommonJS. Each imports only 'relgraph' (and Node).
 */

/** The seed's many-to-many (`examples/seed/many-to-many-back-populates.ts`) as a CommonJS module. */
export const commonJsModels = `const { Column, ForeignKey, Integer, String, Table, declarativeBase, relationship } = require('relgraph');

const Base = declarativeBase();

const association = Table('association', Base.metadata,
  Column('left_id', Integer, ForeignKey('left.id')),
  Column('right_id', Integer, ForeignKey('right.id')),
);

Base.model('Parent', {
  tableName: 'left',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(50)),
  children: relationship('Child', { secondary: association, backPopulates: 'parents' }),
});

Base.model('Child', {
  tableName: 'right',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(50)),
  parents: relationship('Parent', { secondary: association, backPopulates: 'children' }),
});

module.exports = Base;
`;

/**
 * A plain JavaScript app: declares Parent/Child over a \`secondary\`, creates the tables in the
 * SQLite file named by its argument, serves relgraph over node:http on a free port, sends three
 * operations and prints their responses as one JSON array.
 */
export const javaScriptApp = `import http from 'node:http';
import { once } from 'node:events';
import { Column, ForeignKey, Integer, String, Table, configure, createAll, createDriver, createHandler, declarativeBase, relationship } from 'relgraph';

const Base = declarativeBase();

const association = Table('association', Base.metadata,
  Column('left_id', Integer, ForeignKey('left.id')),
  Column('right_id', Integer, ForeignKey('right.id')),
);

Base.model('Parent', {
  tableName: 'left',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(50)),
  children: relationship('Child', { secondary: association, backPopulates: 'parents' }),
});

Base.model('Child', {
  tableName: 'right',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(50)),
  parents: relationship('Parent', { secondary: association, backPopulates: 'children' }),
});

const mapping = configure(Base);
const driver = await createDriver(\`sqlite:\${process.argv[2]}\`);
await createAll(mapping, driver);
const server = http.createServer(createHandler(mapping, { driver, logging: false }));
server.listen(0, '127.0.0.1');
await once(server, 'listening');

async function graphql(query) {
  const response = await fetch(\`http://127.0.0.1:\${server.address().port}/graphql\`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, ...(await response.json()) };
}

const responses = [
  await graphql('mutation { createParent(input: { name: "Ada", children: { create: [{ name: "Bo" }, { name: "Cy" }] } }) { id } createChild(input: { name: "Di" }) { id } }'),
  await graphql('mutation { addParentChild(id: 1, childId: 3) { name children { name } } }'),
  await graphql('{ parents { name children { name parents { name } } } }'),
];
server.close();
await driver.close();
process.stdout.write(JSON.stringify(responses));
`;

/**
 * A TypeScript app over the public API, for \`tsc --noEmit\` only. \`option\` is the line of
 * createHandler's options that the wrong variant misspells.
 */
export function typeScriptApp(option: string): string {
  return `import http from 'node:http';
import {
  Column, ForeignKey, Integer, MappingError, Session, String, Table, configure, createAll, createDriver, createHandler,
  declarativeBase, definePolicy, relationship, type Driver, type MappingProblemCode, type RelgraphServer,
} from 'relgraph';

const Base = declarativeBase();

const association = Table('association', Base.metadata,
  Column('left_id', Integer, ForeignKey('left.id')),
  Column('right_id', Integer, ForeignKey('right.id')),
);

export const Parent = Base.model('Parent', {
  tableName: 'left',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(50)),
  children: relationship('Child', { secondary: association, backPopulates: 'parents' }),
});

export const Child = Base.model('Child', {
  tableName: 'right',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(50)),
  parents: relationship('Parent', { secondary: association, backPopulates: 'children' }),
});

interface Viewer {
  readonly role: 'reader' | 'editor';
}

const policy = definePolicy<Viewer>({
  Parent: { read: true, link: (viewer) => viewer.role === 'editor' },
  Child: { read: true },
});

export async function start(url: string, port: number): Promise<{ server: http.Server; driver: Driver }> {
  const mapping = configure(Base);
  const driver = await createDriver(url);
  await createAll(mapping, driver);
  const yoga: RelgraphServer = createHandler(mapping, {
    driver,
    ${option}
    limits: { maxLimit: 50 },
    policy,
    viewer: (): Viewer => ({ role: 'reader' }),
  });
  return { server: http.createServer(yoga).listen(port), driver };
}

export async function rename(driver: Driver, id: number, name: string): Promise<void> {
  const session = new Session({ mapping: configure(Base), executor: driver, dialect: driver.dialect });
  const parent = await session.get(Parent, id);
  if (parent) parent.name = name;
  await session.commit();
}

export function problemCodes(error: unknown): MappingProblemCode[] {
  return error instanceof MappingError ? error.problems.map((problem) => problem.code) : [];
}
`;
}

/** The TypeScript app's tsconfig: strict, NodeNext, Node 20's types. */
export function typeScriptConfig(file: string, options: { skipLibCheck: boolean }): string {
  return `${JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        lib: ['ES2023'],
        types: ['node'],
        strict: true,
        skipLibCheck: options.skipLibCheck,
        noEmit: true,
      },
      files: [file],
    },
    null,
    2,
  )}\n`;
}

/**
 * A script that passes createHandler a policy naming a model that does not exist, on the
 * database named by its argument, prints the MappingError's problems as JSON, then closes the
 * driver and lets Node exit by itself.
 */
export const wrongPolicyApp = `import { Column, Integer, MappingError, configure, createDriver, createHandler, declarativeBase, definePolicy } from 'relgraph';

const Base = declarativeBase();
Base.model('Parent', { tableName: 'parent', id: Column(Integer, { primaryKey: true }) });

const driver = await createDriver(process.argv[2]);
try {
  createHandler(configure(Base), { driver, policy: definePolicy({ Parnt: { read: true } }) });
  process.stdout.write('accepted');
} catch (error) {
  if (!(error instanceof MappingError)) throw error;
  process.stdout.write(JSON.stringify(error.problems));
} finally {
  await driver.close();
}
`;
