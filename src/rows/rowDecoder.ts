/**
 * Row decoders compiled once per dialect and model: a function that builds a row object with
 * every attribute in one object literal, checking each value's type inline and calling the
 * dialect's `decode` only for what needs converting (a MySQL `TINYINT` to a boolean, a DECIMAL to
 * its string, …). On a wide read this is most of the per-row work, and a literal gives V8 one
 * object shape, allocated whole, instead of a property added at a time.
 */
import { decodeColumnValue } from '../dialect/columnValues.js';
import type { Dialect } from '../dialect/Dialect.js';
import type { ColumnKind, ColumnType } from '../declare/index.js';
import type { MappedModel } from '../mapper/index.js';
import type { Row } from './Row.js';

type Raw = Record<string, unknown>;
export type RowDecoder = (raw: Raw) => Record<string, unknown>;

/** Kinds whose values both drivers hand over as the JavaScript type relgraph keeps. */
const numberKinds: ReadonlySet<ColumnKind> = new Set(['integer', 'smallInteger', 'tinyInteger', 'year', 'float']);
const stringKinds: ReadonlySet<ColumnKind> = new Set(['string', 'text', 'enum', 'time']);

const compiled = new WeakMap<Dialect, WeakMap<MappedModel, Map<string, RowDecoder>>>();

/**
 * The decoder of `model`'s rows as `dialect` returns them, reading each attribute from the
 * column aliased `prefix + attribute` (`''` for the row itself, `_rg_j0_` for a joined row).
 *
 * @example
 * rowDecoder(dialect, Parent, '')({ id: 1, name: 'a', _rg_k0: 1 }) // { id: 1, name: 'a' }
 */
export function rowDecoder(dialect: Dialect, model: MappedModel, prefix: string): RowDecoder {
  let byModel = compiled.get(dialect);
  if (!byModel) compiled.set(dialect, (byModel = new WeakMap()));
  let byPrefix = byModel.get(model);
  if (!byPrefix) byModel.set(model, (byPrefix = new Map()));
  let decoder = byPrefix.get(prefix);
  if (!decoder) byPrefix.set(prefix, (decoder = compile(dialect, model, prefix)));
  return decoder;
}

function compile(dialect: Dialect, model: MappedModel, prefix: string): RowDecoder {
  const { columns } = model;
  const types: ColumnType[] = columns.map((column) => column.type);
  // An attribute named __proto__ would set the literal's prototype: such a model gets the loop.
  if (columns.some((column) => column.attribute === '__proto__')) return loop(dialect, model, prefix);
  const ownDecoder = dialect.decode === decodeColumnValue;
  const fields = columns.map((column, i) => {
    const read = `v = raw[${JSON.stringify(prefix + column.attribute)}]`;
    const slow = `decode(types[${i}], v)`;
    // With relgraph's own decoder, a value already of the right JavaScript type is kept as it is
    // (what `decodeColumnValue` would return); anything else goes through the dialect.
    const fast = !ownDecoder
      ? slow
      : numberKinds.has(column.type.kind)
        ? `typeof v === 'number' ? v : ${slow}`
        : stringKinds.has(column.type.kind)
          ? `typeof v === 'string' ? v : ${slow}`
          : slow;
    return `${JSON.stringify(column.attribute)}: (${read}, v === null || v === undefined ? null : ${fast})`;
  });
  const source = `return function decode${model.name.replace(/\W/g, '_')}Row(raw) { let v; return { ${fields.join(', ')} }; };`;
  return new Function('decode', 'types', source)(dialect.decode.bind(dialect), types) as RowDecoder;
}

function loop(dialect: Dialect, model: MappedModel, prefix: string): RowDecoder {
  return (raw) => {
    const row: Record<string, unknown> = {};
    for (const column of model.columns) row[column.attribute] = dialect.decode(column.type, raw[prefix + column.attribute]);
    return row;
  };
}

/** One row, decoded as `rowDecoder(dialect, model, '')` decodes it: a row read outside the loaders. */
export function decodeRow(dialect: Dialect, model: MappedModel, raw: Record<string, unknown>): Row {
  return rowDecoder(dialect, model, '')(raw);
}
