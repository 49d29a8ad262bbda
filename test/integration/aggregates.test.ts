/**
 * Aggregates (`…Aggregate` beside every list, issue 14), on every dialect, each operation under
 * both executors, which must answer the same JSON (`twoExecutors.ts`):
 *
 * - count, and sum / avg / min / max over Integer, BigInteger, Float, Numeric(10, 2), String,
 *   Date and DateTime columns, with and without `where`, at the root and per parent; a parent
 *   without rows gets count 0 and nulls; the values match what the rows say.
 * - The GraphQL types: a sum of Int is a BigInt (decimal string), an average a Float, a Decimal
 *   stays a Decimal string; min and max keep the column's type; booleans, enums and JSON take no
 *   aggregate, and a model without numeric columns has no sum or avg. `sum { name }` on a text
 *   column is a validation error.
 * - One statement at the root, one GROUP BY statement per level of parents, whatever their number.
 * - Under a policy: an aggregate of a hidden column is FORBIDDEN, so is a `where` on it; a row
 *   filter applies to count, the column aggregates and totalCount.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isNonNullType, isObjectType, type GraphQLObjectType } from 'graphql';
import {
  BigInteger,
  Boolean as Bool,
  Column,
  Date as DateType,
  DateTime,
  Enum,
  Float,
  ForeignKey,
  Integer,
  JSON as Json,
  Numeric,
  String as Str,
  Table,
  declarativeBase,
  relationship,
} from '../../src/declare/index.js';
import { definePolicy } from '../../src/policy/index.js';
import AssociationProxyBase from '../../examples/seed/association-proxy.js';
import { DIALECTS, insertRows } from '../support/index.js';
import { expectStatementCount, onlyError, openApis, type Apis } from './twoExecutors.js';

const Base = declarativeBase();
const shopTag = Table(
  'shop_tag',
  Base.metadata,
  Column('shop_id', Integer, ForeignKey('shop.id'), { primaryKey: true }),
  Column('tag_id', Integer, ForeignKey('tag.id'), { primaryKey: true }),
);
Base.model('Shop', {
  tableName: 'shop',
  id: Column(Integer, { primaryKey: true }),
  name: Column(Str(20), { nullable: false }),
  sales: relationship('Sale', { backPopulates: 'shop' }),
  tags: relationship('Tag', { secondary: shopTag, backref: 'shops' }),
});
Base.model('Sale', {
  tableName: 'sale',
  id: Column(Integer, { primaryKey: true }),
  shop_id: Column(Integer, ForeignKey('shop.id')),
  qty: Column(Integer),
  serial: Column(BigInteger),
  ratio: Column(Float),
  price: Column(Numeric(10, 2)),
  label: Column(Str(20)),
  day: Column(DateType),
  at: Column(DateTime),
  // Taking no aggregate:
  paid: Column(Bool),
  kind: Column(Enum(['retail', 'bulk'])),
  note: Column(Json),
  // Under the policy: `cost` only for admins; `hidden` rows only for admins.
  cost: Column(Integer),
  hidden: Column(Bool, { nullable: false, default: false }),
  shop: relationship('Shop', { backPopulates: 'sales' }),
});
Base.model('Tag', { tableName: 'tag', id: Column(Integer, { primaryKey: true }), weight: Column(Float) });
/** No numeric column: min and max, but no sum or avg. */
Base.model('Code', { tableName: 'code', code: Column(Str(10), { primaryKey: true }), flag: Column(Bool), data: Column(Json) });

const policy = definePolicy<{ role: string }>({
  Shop: { read: true },
  Tag: { read: true },
  Code: { read: true },
  Sale: {
    read: (viewer) => (viewer.role === 'admin' ? true : { hidden: { eq: false } }),
    fields: { cost: (viewer) => viewer.role === 'admin' },
  },
});

interface Sale {
  readonly id: number;
  readonly shop_id: number | null;
  readonly qty: number | null;
  readonly serial: string | null;
  readonly ratio: number | null;
  readonly price: string | null;
  readonly label: string | null;
  readonly day: string | null;
  readonly at: string | null;
  readonly cost: number | null;
  readonly hidden: boolean;
}

const empty = { qty: null, serial: null, ratio: null, price: null, label: null, day: null, at: null, cost: null };
const sales: Sale[] = [
  {
    id: 1,
    shop_id: 1,
    qty: 1,
    serial: '9007199254740993',
    ratio: 0.5,
    price: '12.50',
    label: 'pear',
    day: '2026-01-05',
    at: '2026-01-05T10:00:00.000Z',
    cost: 100,
    hidden: false,
  },
  {
    id: 2,
    shop_id: 1,
    qty: 4,
    serial: '1',
    ratio: 1.25,
    price: '0.10',
    label: 'apple',
    day: '2025-12-31',
    at: '2025-12-31T23:59:59.999Z',
    cost: 200,
    hidden: true,
  },
  { id: 3, shop_id: 1, ...empty, hidden: false },
  {
    id: 4,
    shop_id: 1,
    qty: 7,
    serial: '2',
    ratio: -2,
    price: '0.20',
    label: 'zucchini',
    day: '2026-03-01',
    at: '2026-03-01T00:00:00.001Z',
    cost: 50,
    hidden: false,
  },
  {
    id: 5,
    shop_id: 1,
    qty: 3,
    serial: '3',
    ratio: 0.125,
    price: '99.99',
    label: 'fig',
    day: '2026-02-14',
    at: '2026-02-14T12:30:00.000Z',
    cost: 10,
    hidden: true,
  },
  {
    id: 6,
    shop_id: 2,
    qty: 10,
    serial: '10',
    ratio: 3.5,
    price: '5.55',
    label: 'kiwi',
    day: '2024-06-01',
    at: '2024-06-01T06:00:00.000Z',
    cost: 1,
    hidden: false,
  },
  {
    id: 7,
    shop_id: 2,
    qty: 20,
    serial: '9007199254740993',
    ratio: 0.25,
    price: '1.00',
    label: 'lime',
    day: '2024-06-02',
    at: '2024-06-02T06:00:00.000Z',
    cost: 2,
    hidden: false,
  },
  {
    id: 8,
    shop_id: 2,
    qty: -5,
    serial: '-4',
    ratio: 7.75,
    price: '-3.33',
    label: 'date',
    day: '2023-01-01',
    at: '2023-01-01T00:00:00.000Z',
    cost: 3,
    hidden: true,
  },
  {
    id: 9,
    shop_id: null,
    qty: 2,
    serial: '5',
    ratio: 1,
    price: '2.22',
    label: 'melon',
    day: '2026-12-31',
    at: '2026-12-31T23:00:00.000Z',
    cost: 4,
    hidden: false,
  },
  // Shop 4's only sale is hidden: for a reader, shop 4 has none. Shop 3 has none at all.
  {
    id: 10,
    shop_id: 4,
    qty: 6,
    serial: '6',
    ratio: 2,
    price: '6.66',
    label: 'plum',
    day: '2022-02-22',
    at: '2022-02-22T22:22:22.222Z',
    cost: 5,
    hidden: true,
  },
];
const shops = [1, 2, 3, 4];

/** The aggregate fields the tests select, by function. */
const selection =
  'count sum { qty serial ratio price } avg { qty serial ratio price } min { qty serial ratio price label day at } max { qty serial ratio price label day at }';

/** Decimal strings as exact integers of cents (or of units), so sums are exact. */
const cents = (price: string) => Math.round(Number(price) * 100);
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What the aggregates of `rows` must be, computed here from the fixture. */
function expectedOf(rows: readonly Sale[]) {
  const present = <K extends keyof Sale>(key: K) =>
    rows.map((row) => row[key]).filter((value): value is NonNullable<Sale[K]> => value !== null);
  const qty = present('qty');
  const serial = present('serial').map(BigInt);
  const ratio = present('ratio');
  const price = present('price').map(cents);
  const extreme = <T>(values: readonly T[], compare: (a: T, b: T) => number, sign: 1 | -1) =>
    values.length === 0 ? null : [...values].sort((a, b) => sign * compare(a, b))[0]!;
  const total = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
  const bigTotal = serial.reduce((a, b) => a + b, 0n);
  const byNumber = (a: number, b: number) => a - b;
  const byBig = (a: bigint, b: bigint) => (a < b ? -1 : a > b ? 1 : 0);
  const money = (value: number | null) => (value === null ? null : (value / 100).toFixed(2));
  const of = (sign: 1 | -1) => ({
    qty: extreme(qty, byNumber, sign),
    serial: extreme(serial, byBig, sign)?.toString() ?? null,
    ratio: extreme(ratio, byNumber, sign),
    price: money(extreme(price, byNumber, sign)),
    label: extreme(present('label'), compareText, sign),
    day: extreme(present('day'), compareText, sign),
    at: extreme(present('at'), compareText, sign),
  });
  return {
    count: rows.length,
    sum: {
      qty: qty.length ? String(total(qty)) : null,
      serial: serial.length ? bigTotal.toString() : null,
      ratio: ratio.length ? total(ratio) : null,
      price: price.length ? money(total(price)) : null,
    },
    avg: {
      qty: qty.length ? total(qty) / qty.length : null,
      serial: serial.length ? Number(bigTotal) / serial.length : null,
      ratio: ratio.length ? total(ratio) / ratio.length : null,
      price: price.length ? total(price) / 100 / price.length : null,
    },
    min: of(1),
    max: of(-1),
  };
}

type Aggregate = ReturnType<typeof expectedOf>;

/**
 * Checks an answered aggregate against `expectedOf`: exact where the value is exact (counts,
 * integer and decimal sums, min and max), within rounding for averages and float sums — SQLite
 * averages a decimal in floating point, MariaDB answers it with four more decimals.
 */
function expectAggregate(actual: any, expected: Aggregate, what: string): void {
  expect(actual.count, what).toBe(expected.count);
  expect(actual.min, what).toEqual(expected.min);
  expect(actual.max, what).toEqual(expected.max);
  expect({ ...actual.sum, ratio: null }, what).toEqual({ ...expected.sum, ratio: null });
  const close = (value: unknown, want: number | null, digits: number, label: string) => {
    if (want === null) expect(value, label).toBeNull();
    else expect(Number(value), label).toBeCloseTo(want, digits);
  };
  close(actual.sum.ratio, expected.sum.ratio, 9, `${what}: sum.ratio`);
  // Four decimals here; the full precision of an integer average has a test of its own.
  close(actual.avg.qty, expected.avg.qty, 3, `${what}: avg.qty`);
  if (expected.avg.serial === null) expect(actual.avg.serial).toBeNull();
  else expect(Math.abs(actual.avg.serial / expected.avg.serial - 1), `${what}: avg.serial`).toBeLessThan(1e-12);
  close(actual.avg.ratio, expected.avg.ratio, 9, `${what}: avg.ratio`);
  close(actual.avg.price, expected.avg.price, 4, `${what}: avg.price`);
  // The JSON types of the GraphQL types: BigInt and Decimal are strings, Float a number.
  if (expected.count > 0 && expected.sum.qty !== null) {
    expect(typeof actual.sum.qty, `${what}: sum.qty is a BigInt string`).toBe('string');
    expect(typeof actual.sum.serial).toBe('string');
    expect(actual.sum.price, `${what}: sum.price keeps two decimals`).toMatch(/^-?\d+\.\d{2}$/);
    expect(typeof actual.avg.qty).toBe('number');
    expect(typeof actual.avg.price, `${what}: avg.price is a Decimal string`).toBe('string');
    expect(typeof actual.sum.ratio).toBe('number');
  }
}

const visible = (role: string) => (sale: Sale) => role === 'admin' || !sale.hidden;

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: aggregates`, () => {
    let apis: Apis;
    const as = (role: string) => ({ authorization: `Bearer ${role}` });

    beforeAll(async () => {
      apis = await openApis(dialect, Base, {
        policy,
        viewer: ({ request }) => ({ role: request.headers.get('authorization')?.replace(/^Bearer /, '') ?? 'reader' }),
      });
      await insertRows(
        apis.driver,
        'shop',
        shops.map((id) => ({ id, name: `s${id}` })),
      );
      await insertRows(
        apis.driver,
        'sale',
        sales.map((sale) => ({
          ...sale,
          at: sale.at === null ? null : new Date(sale.at),
          hidden: sale.hidden ? 1 : 0,
          paid: 1,
          kind: 'retail',
          note: null,
        })),
      );
      await insertRows(apis.driver, 'tag', [
        { id: 1, weight: 1.5 },
        { id: 2, weight: 2.5 },
        { id: 3, weight: null },
      ]);
      await insertRows(apis.driver, 'shop_tag', [
        { shop_id: 1, tag_id: 1 },
        { shop_id: 1, tag_id: 2 },
        { shop_id: 1, tag_id: 3 },
        { shop_id: 2, tag_id: 2 },
      ]);
      await insertRows(apis.driver, 'code', [
        { code: 'b', flag: 1, data: null },
        { code: 'a', flag: 0, data: null },
      ]);
    });
    afterAll(() => apis?.drop());

    describe('types', () => {
      const typeOf = (name: string) => {
        const type = apis.handlers.plan.schema.getType(name);
        if (!type || !isObjectType(type)) throw new Error(`${name} is not an object type`);
        return type as GraphQLObjectType;
      };
      const fieldTypes = (name: string) =>
        Object.fromEntries(Object.entries(typeOf(name).getFields()).map(([field, { type }]) => [field, String(type)]));

      it('types sum and avg per numeric column: a sum of Int is a BigInt, an average a Float, a Decimal stays a Decimal', () => {
        // A sum of BigInt values is a Decimal: it can pass 2^63 (docs/graphql-surface.md).
        expect(fieldTypes('SaleSumFields')).toEqual({
          id: 'BigInt',
          shopId: 'BigInt',
          qty: 'BigInt',
          serial: 'Decimal',
          ratio: 'Float',
          price: 'Decimal',
          cost: 'BigInt',
        });
        expect(fieldTypes('SaleAvgFields')).toEqual({
          id: 'Float',
          shopId: 'Float',
          qty: 'Float',
          serial: 'Float',
          ratio: 'Float',
          price: 'Decimal',
          cost: 'Float',
        });
      });

      it('types min and max as the column, for numbers, text and dates only, all nullable', () => {
        const want = {
          id: 'Int',
          shopId: 'Int',
          qty: 'Int',
          serial: 'BigInt',
          ratio: 'Float',
          price: 'Decimal',
          label: 'String',
          day: 'Date',
          at: 'DateTime',
          cost: 'Int',
        };
        expect(fieldTypes('SaleMinFields')).toEqual(want);
        expect(fieldTypes('SaleMaxFields')).toEqual(want);
      });

      it('types count as Int!, and leaves sum and avg out of a model without numeric columns', () => {
        const aggregate = typeOf('SaleAggregate').getFields();
        expect(String(aggregate['count']!.type)).toBe('Int!');
        for (const fn of ['sum', 'avg', 'min', 'max']) expect(isNonNullType(aggregate[fn]!.type), fn).toBe(true);
        expect(Object.keys(typeOf('CodeAggregate').getFields()).sort()).toEqual(['count', 'max', 'min']);
        expect(fieldTypes('CodeMinFields')).toEqual({ code: 'String' });
      });

      it('makes sum { label } (a String column) a validation error, before any SQL', async () => {
        apis.log.clear();
        for (const [fn, type] of [
          ['sum', 'SaleSumFields'],
          ['avg', 'SaleAvgFields'],
        ] as const) {
          const { answer } = await apis.ask(`{ salesAggregate { ${fn} { label } } }`);
          const error = onlyError(answer);
          expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
          expect(error.message).toBe(`Cannot query field "label" on type "${type}".`);
          expect(answer.data).toBeUndefined();
        }
        const { answer } = await apis.ask('{ salesAggregate { min { paid } max { note } } }');
        expect(answer.errors?.map((error) => error.message)).toEqual([
          expect.stringMatching(/^Cannot query field "paid" on type "SaleMinFields"\./),
          'Cannot query field "note" on type "SaleMaxFields".',
        ]);
        expect(apis.log.sql).toEqual([]);
      });
    });

    describe('values', () => {
      it('aggregates every row at the root in one statement', async () => {
        const asked = await apis.ask<any>(`{ salesAggregate { ${selection} } }`, undefined, as('admin'));
        expectStatementCount(asked, 1);
        expectAggregate(asked.answer.data.salesAggregate, expectedOf(sales), 'every sale');
      });

      it('aggregates the rows matching where at the root', async () => {
        const wheres: Array<[string, (sale: Sale) => boolean]> = [
          ['{ qty: { gte: 3 } }', (sale) => sale.qty !== null && sale.qty >= 3],
          ['{ label: { in: ["pear", "kiwi", "melon"] } }', (sale) => ['pear', 'kiwi', 'melon'].includes(sale.label ?? '')],
          ['{ price: { isNull: true } }', (sale) => sale.price === null],
          ['{ day: { lt: "2025-01-01" } }', (sale) => sale.day !== null && sale.day < '2025-01-01'],
          ['{ id: { gt: 100 } }', () => false],
        ];
        for (const [where, matches] of wheres) {
          const asked = await apis.ask<any>(`{ salesAggregate(where: ${where}) { ${selection} } }`, undefined, as('admin'));
          expectStatementCount(asked, 1, where);
          expectAggregate(asked.answer.data.salesAggregate, expectedOf(sales.filter(matches)), where);
        }
      });

      it("averages an Integer column at a Float's precision, the same on every dialect", async () => {
        // 1, 1 and 2: 4 / 3. MariaDB's own AVG of an INT is a DECIMAL with 4 decimals (1.3333).
        const { salesAggregate } = await apis.data<any>(
          '{ salesAggregate(where: { id: { in: [1, 9] } }) { avg { qty serial } } }',
          undefined,
          as('admin'),
        );
        expect(salesAggregate.avg.qty).toBe(1.5);
        const thirds = await apis.data<any>(
          '{ shops(where: { id: { eq: 2 } }) { salesAggregate { avg { qty } } } salesAggregate(where: { id: { in: [1, 2, 7] } }) { avg { qty } } }',
          undefined,
          as('admin'),
        );
        expect(thirds.shops[0].salesAggregate.avg.qty).toBe(25 / 3);
        expect(thirds.salesAggregate.avg.qty).toBe(25 / 3);
      });

      it('answers no rows with count 0 and every other aggregate null', async () => {
        const { salesAggregate } = await apis.data<any>(
          `{ salesAggregate(where: { id: { lt: 0 } }) { ${selection} } }`,
          undefined,
          as('admin'),
        );
        expect(salesAggregate).toEqual({
          count: 0,
          sum: { qty: null, serial: null, ratio: null, price: null },
          avg: { qty: null, serial: null, ratio: null, price: null },
          min: { qty: null, serial: null, ratio: null, price: null, label: null, day: null, at: null },
          max: { qty: null, serial: null, ratio: null, price: null, label: null, day: null, at: null },
        });
      });

      it('aggregates per parent in one GROUP BY statement for the level; a parent without rows gets 0 and nulls', async () => {
        // `ne` is SQL's <>: a NULL label matches neither eq nor ne.
        for (const where of ['', '(where: { label: { ne: "pear" } })']) {
          const asked = await apis.ask<any>(`{ shops { id salesAggregate${where} { ${selection} } } }`, undefined, as('admin'));
          expectStatementCount(asked, 2, where);
          const answer = asked.answer.data.shops as Array<{ id: number; salesAggregate: unknown }>;
          expect(answer.map((shop) => shop.id)).toEqual(shops);
          for (const shop of answer) {
            const own = sales.filter(
              (sale) => sale.shop_id === shop.id && (where === '' || (sale.label !== null && sale.label !== 'pear')),
            );
            expectAggregate(shop.salesAggregate, expectedOf(own), `shop ${shop.id} ${where}`);
          }
          expect((answer[2]!.salesAggregate as Aggregate).count).toBe(0);
          expect((answer[2]!.salesAggregate as Aggregate).sum.qty).toBeNull();
        }
      });

      it('aggregates per parent through a many-to-many, and beside a connection, in one statement each', async () => {
        const asked = await apis.ask<any>(
          '{ shops { id tagsAggregate { count sum { weight } avg { weight } max { weight } } salesConnection(first: 1) { totalCount } } }',
          undefined,
          as('admin'),
        );
        expectStatementCount(asked, 4);
        expect(asked.answer.data.shops.map((shop: any) => [shop.id, shop.tagsAggregate, shop.salesConnection.totalCount])).toEqual([
          [1, { count: 3, sum: { weight: 4 }, avg: { weight: 2 }, max: { weight: 2.5 } }, 5],
          [2, { count: 1, sum: { weight: 2.5 }, avg: { weight: 2.5 }, max: { weight: 2.5 } }, 3],
          [3, { count: 0, sum: { weight: null }, avg: { weight: null }, max: { weight: null } }, 0],
          [4, { count: 0, sum: { weight: null }, avg: { weight: null }, max: { weight: null } }, 1],
        ]);
      });

      it('costs the same statements for 4 parents as for 400', async () => {
        const many = await openApis(dialect, Base);
        try {
          await insertRows(
            many.driver,
            'shop',
            Array.from({ length: 400 }, (_, i) => ({ id: i + 1, name: `s${i + 1}` })),
          );
          await insertRows(
            many.driver,
            'sale',
            Array.from({ length: 800 }, (_, i) => ({ id: i + 1, shop_id: (i % 300) + 1, qty: i, hidden: 0 })),
          );
          for (const limit of [4, 400]) {
            const asked = await many.ask<any>(
              `{ shops(limit: ${limit}) { id salesAggregate(where: { qty: { gte: 100 } }) { count sum { qty } max { qty } } tagsAggregate { count } } }`,
            );
            expectStatementCount(asked, 3, `${limit} shops`);
            for (const shop of asked.answer.data.shops) {
              const qty = Array.from({ length: 800 }, (_, i) => i).filter((i) => (i % 300) + 1 === shop.id && i >= 100);
              expect(shop.salesAggregate, `shop ${shop.id}`).toEqual({
                count: qty.length,
                sum: { qty: qty.length ? String(qty.reduce((a, b) => a + b, 0)) : null },
                max: { qty: qty.length ? Math.max(...qty) : null },
              });
            }
          }
        } finally {
          await many.drop();
        }
      });

      it('reads the functions selected through fragments, and keeps aliased aggregates with different where apart', async () => {
        const asked = await apis.ask<any>(
          `
          query { shops(where: { id: { lte: 2 } }) { id
            big: salesAggregate(where: { qty: { gte: 4 } }) { ...Sums ... on SaleAggregate { max { label } } }
            small: salesAggregate(where: { qty: { lt: 4 } }) { count ...Sums }
          } }
          fragment Sums on SaleAggregate { sum { qty } }`,
          undefined,
          as('admin'),
        );
        expectStatementCount(asked, 3);
        const of = (shop: number, matches: (qty: number) => boolean) =>
          sales.filter((sale) => sale.shop_id === shop && sale.qty !== null && matches(sale.qty));
        const sum = (rows: Sale[]) => (rows.length ? String(rows.reduce((a, sale) => a + sale.qty!, 0)) : null);
        expect(asked.answer.data.shops).toEqual(
          [1, 2].map((id) => ({
            id,
            big: { sum: { qty: sum(of(id, (q) => q >= 4)) }, max: { label: expectedOf(of(id, (q) => q >= 4)).max.label } },
            small: { count: of(id, (q) => q < 4).length, sum: { qty: sum(of(id, (q) => q < 4)) } },
          })),
        );
      });

      it('aggregates over an association proxy (examples/seed/association-proxy.ts)', async () => {
        const proxied = await openApis(dialect, AssociationProxyBase);
        try {
          await insertRows(proxied.driver, 'left', [
            { id: 1, name: 'a' },
            { id: 2, name: 'b' },
            { id: 3, name: 'c' },
          ]);
          await insertRows(proxied.driver, 'right', [
            { id: 1, name: 'x' },
            { id: 2, name: 'y' },
            { id: 3, name: 'z' },
          ]);
          await insertRows(proxied.driver, 'association', [
            { left_id: 1, right_id: 1, extra_data: 'q' },
            { left_id: 1, right_id: 3, extra_data: null },
            { left_id: 2, right_id: 2, extra_data: 'r' },
          ]);
          const asked = await proxied.ask<any>(
            '{ parents { id childrenAggregate { count sum { id } min { name } max { name } } childAssociationsAggregate { count max { extraData } } } }',
          );
          expectStatementCount(asked, 3);
          expect(asked.answer.data.parents).toEqual([
            {
              id: 1,
              childrenAggregate: { count: 2, sum: { id: '4' }, min: { name: 'x' }, max: { name: 'z' } },
              childAssociationsAggregate: { count: 2, max: { extraData: 'q' } },
            },
            {
              id: 2,
              childrenAggregate: { count: 1, sum: { id: '2' }, min: { name: 'y' }, max: { name: 'y' } },
              childAssociationsAggregate: { count: 1, max: { extraData: 'r' } },
            },
            {
              id: 3,
              childrenAggregate: { count: 0, sum: { id: null }, min: { name: null }, max: { name: null } },
              childAssociationsAggregate: { count: 0, max: { extraData: null } },
            },
          ]);
        } finally {
          await proxied.drop();
        }
      });
    });

    describe('under a policy', () => {
      it('answers an aggregate of a hidden column FORBIDDEN, for each function, and the rest of the answer stays', async () => {
        for (const fn of ['sum', 'avg', 'min', 'max']) {
          const { answer } = await apis.ask<any>(`{ salesAggregate { count ${fn} { qty cost } } }`, undefined, as('reader'));
          const error = onlyError(answer);
          expect(error.extensions?.code, fn).toBe('FORBIDDEN');
          expect(error.path).toEqual(['salesAggregate', fn, 'cost']);
          expect(answer.data.salesAggregate[fn].cost).toBeNull();
          expect(answer.data.salesAggregate.count).toBe(sales.filter(visible('reader')).length);
        }
        const perParent = await apis.ask<any>('{ shops { id salesAggregate { sum { cost } } } }', undefined, as('reader'));
        expect(perParent.answer.errors?.map((error) => [error.extensions?.code, error.path])).toEqual(
          shops.map((_, i) => ['FORBIDDEN', ['shops', i, 'salesAggregate', 'sum', 'cost']]),
        );
        // An admin may.
        const admin = await apis.data<any>('{ salesAggregate { sum { cost } max { cost } } }', undefined, as('admin'));
        expect(admin.salesAggregate).toEqual({
          sum: { cost: String(sales.reduce((a, sale) => a + (sale.cost ?? 0), 0)) },
          max: { cost: 200 },
        });
      });

      it('refuses a where on a hidden column as FORBIDDEN, before any SQL for the field', async () => {
        apis.log.clear();
        const { answer } = await apis.ask('{ salesAggregate(where: { cost: { gt: 50 } }) { count } }', undefined, as('reader'));
        expect(onlyError(answer).extensions?.code).toBe('FORBIDDEN');
        expect(apis.log.sql).toEqual([]);
      });

      it('counts and aggregates only the rows the viewer may see, at the root and per parent, and in totalCount', async () => {
        for (const role of ['reader', 'admin']) {
          const seen = sales.filter(visible(role));
          const root = await apis.ask<any>(`{ salesAggregate { ${selection} } salesConnection { totalCount } }`, undefined, as(role));
          expectAggregate(root.answer.data.salesAggregate, expectedOf(seen), `${role}, root`);
          expect(root.answer.data.salesConnection.totalCount).toBe(seen.length);
          const filtered = await apis.data<any>(
            '{ salesAggregate(where: { qty: { gte: 3 } }) { count sum { qty } } }',
            undefined,
            as(role),
          );
          expect(filtered.salesAggregate).toEqual({
            count: seen.filter((sale) => sale.qty !== null && sale.qty >= 3).length,
            sum: { qty: expectedOf(seen.filter((sale) => sale.qty !== null && sale.qty >= 3)).sum.qty },
          });
          const perParent = await apis.ask<any>(
            `{ shops { id salesAggregate { ${selection} } salesConnection(first: 1) { totalCount pageInfo { hasNextPage } } } }`,
            undefined,
            as(role),
          );
          expectStatementCount(perParent, 4, role);
          for (const shop of perParent.answer.data.shops) {
            const own = seen.filter((sale) => sale.shop_id === shop.id);
            expectAggregate(shop.salesAggregate, expectedOf(own), `${role}, shop ${shop.id}`);
            expect(shop.salesConnection, `${role}, shop ${shop.id}`).toEqual({
              totalCount: own.length,
              pageInfo: { hasNextPage: own.length > 1 },
            });
          }
        }
      });
    });
  });
}
