/**
 * The bookstore's committed artefacts stay true: `schema/schema.graphql` matches the models,
 * `schema/generated/` matches a fresh GraphQL Code Generator run, and that output compiles
 * under strict settings with the types a client expects. No database is involved.
 */
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Codegen from '@graphql-codegen/cli';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Base from '../../examples/bookstore/models.js';
import { buildSchema, configure, printSchemaSdl } from '../../src/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The CommonJS build, as the `graphql-codegen` binary loads it. The ESM build fails to link:
 * `@graphql-tools/merge` imports `isDangerousObjectKey`, which the `@graphql-tools/utils`
 * version pinned by package.json's `overrides` does not export (CommonJS only meets the
 * missing name if it is called, and codegen never calls it).
 */
const { generate, loadCodegenConfig } = createRequire(import.meta.url)('@graphql-codegen/cli') as typeof Codegen;

interface GeneratedFile {
  readonly filename: string;
  readonly content: string;
}

/** Runs codegen.yml as `npm run codegen` does, but returns the files instead of writing them. */
async function runCodegen(): Promise<GeneratedFile[]> {
  const { config } = await loadCodegenConfig({ configFilePath: join(root, 'codegen.yml') });
  const files = (await generate({ ...config, cwd: root, silent: true }, false)) as GeneratedFile[];
  return files.map(({ filename, content }) => ({ filename, content }));
}

/**
 * Compiled together with the generated files. Every `@ts-expect-error` must meet an error, or
 * the compiler reports the directive as unused, so the wrong assignments are checked too.
 */
const typeChecks = `
import type { BookPageQuery, MyAccountQuery, OrderStatus, PlaceOrderMutationVariables } from './operations.js';
import type { Resolvers } from './resolvers.js';

type Order = NonNullable<MyAccountQuery['customer']>['orders'][number];

export const account: MyAccountQuery = {
  customer: {
    id: 7,
    fullName: 'Ada Okafor',
    email: 'ada.okafor@example.com',
    newsletter: true,
    createdAt: '2024-03-02T10:15:00.000Z',
    preferences: { favouriteGenres: ['fantasy'] },
    orders: [{
      id: 31,
      status: 'shipped',
      placedAt: '2025-11-20T18:02:11.000Z',
      shippedOn: '2025-11-22',
      total: '42.97',
      paymentRef: '9007199254740993',
      shippingAddress: null,
      lines: [{ position: 1, quantity: 2, unitPrice: '14.99', book: { id: 3, title: 'The Salt Road' } }],
    }],
    wishlistBooks: [],
  },
};

export const missing: MyAccountQuery = { customer: null };

export const order: PlaceOrderMutationVariables = {
  customerId: 7,
  total: '14.99',
  lines: [{ position: 1, bookId: 3, unitPrice: '14.99' }],
};

export const statuses: OrderStatus[] = ['pending', 'paid', 'shipped', 'delivered', 'cancelled'];

export const resolvers: Resolvers = {
  Query: {
    book: (_parent, args) => {
      const id: number = args.id;
      return id > 0 ? null : null;
    },
  },
};

// @ts-expect-error Decimal travels as a string, not a number.
export const numericTotal: Order['total'] = 42.97;

// @ts-expect-error DateTime travels as an ISO string, not a Date.
export const datePlacedAt: Order['placedAt'] = new Date();

// @ts-expect-error "refunded" is not an OrderStatus.
export const refunded: OrderStatus = 'refunded';

// @ts-expect-error BookPage selects no Book.wishlistedBy.
export type Unselected = NonNullable<BookPageQuery['book']>['wishlistedBy'];

// @ts-expect-error Customer.email is non-null in the schema, so the result always has it.
export const withoutEmail: NonNullable<MyAccountQuery['customer']> = { id: 1, fullName: 'x', newsletter: false, createdAt: '', preferences: null, orders: [], wishlistBooks: [] };

// @ts-expect-error PlaceOrder needs the order total.
export const withoutTotal: PlaceOrderMutationVariables = { customerId: 7, lines: [] };
`;

/** The project's own strictness, and more: generated code must not lean on lax settings. */
const strictOptions: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ['lib.es2023.d.ts'],
  types: [],
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noImplicitReturns: true,
  noImplicitOverride: true,
  noFallthroughCasesInSwitch: true,
  noPropertyAccessFromIndexSignature: true,
  isolatedModules: true,
  verbatimModuleSyntax: true,
  noEmit: true,
  skipLibCheck: true,
};

/** Diagnostics as `tsc` prints them, with paths relative to the temporary directory. */
function compile(directory: string, files: readonly string[]): string {
  const program = ts.createProgram(files, strictOptions);
  const diagnostics = ts.getPreEmitDiagnostics(program);
  return ts.formatDiagnostics(diagnostics, {
    getCanonicalFileName: (name) => name,
    getCurrentDirectory: () => directory,
    getNewLine: () => '\n',
  });
}

describe('bookstore: schema and codegen', () => {
  let generated: GeneratedFile[];
  let directory: string;

  beforeAll(async () => {
    generated = await runCodegen();
    // A package of its own (ESM, like the project) that resolves `graphql` from the project.
    directory = await mkdtemp(join(tmpdir(), 'relgraph-codegen-'));
    await writeFile(join(directory, 'package.json'), '{ "type": "module" }\n');
    await symlink(join(root, 'node_modules'), join(directory, 'node_modules'), 'dir');
    for (const file of generated) await writeFile(join(directory, basename(file.filename)), file.content);
    await writeFile(join(directory, 'check.ts'), typeChecks);
  }, 60_000);

  afterAll(async () => {
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  it('keeps schema/schema.graphql in step with examples/bookstore/models.ts', async () => {
    const committed = await readFile(join(root, 'schema/schema.graphql'), 'utf8');
    // On failure, run `npm run generate:schema` and review the diff.
    expect(committed).toBe(printSchemaSdl(buildSchema(configure(Base))));
  });

  it('generates resolvers.ts and operations.ts identical to the committed ones', async () => {
    expect(generated.map((file) => file.filename).sort()).toEqual(['schema/generated/operations.ts', 'schema/generated/resolvers.ts']);
    for (const file of generated) {
      const committed = await readFile(join(root, file.filename), 'utf8');
      // On failure, run `npm run codegen` and review the diff.
      expect(committed, file.filename).toBe(file.content);
    }
  });

  it('compiles the generated files under strict settings with zero diagnostics', () => {
    const files = generated.map((file) => join(directory, basename(file.filename)));
    expect(compile(directory, files)).toBe('');
  }, 60_000);

  it('types client results as the operations select them, and rejects wrong ones', () => {
    const files = [...generated.map((file) => join(directory, basename(file.filename))), join(directory, 'check.ts')];
    expect(compile(directory, files)).toBe('');
  }, 60_000);

  it('reports a wrong assignment to a generated type (the check itself can fail)', async () => {
    const wrong = join(directory, 'wrong.ts');
    await writeFile(
      wrong,
      `import type { ShipOrderMutationVariables } from './operations.js';\nexport const v: ShipOrderMutationVariables = { id: 1, shippedOn: 20251122 };\n`,
    );
    const output = compile(directory, [join(directory, 'operations.ts'), wrong]);
    expect(output).toContain("wrong.ts(2,55): error TS2322: Type 'number' is not assignable to type 'string'.");
  }, 60_000);
});
