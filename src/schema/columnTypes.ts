/** The GraphQL type of a column, per the contract's type table. */
import {
  GraphQLBoolean,
  GraphQLEnumType,
  GraphQLFloat,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLString,
  type GraphQLScalarType,
} from 'graphql';
import type { ColumnKind, TableColumn } from '../declare/index.js';
import type { MappedModel } from '../mapper/index.js';
import { GraphQLBase64, GraphQLBigInt, GraphQLDate, GraphQLDateTime, GraphQLDecimal, GraphQLJSON, GraphQLTime } from './scalars.js';
import { modelOrigin, scalarOrigin, type SchemaContext } from './SchemaContext.js';

/** A column's own type: a scalar or an enum. A `Set` column is a list of its enum (`columnValueType`). */
export type ColumnGraphQLType = GraphQLScalarType | GraphQLEnumType;

/** The type of one value of the column: a `Set` column's members are values of its enum. */
export function columnType(context: SchemaContext, model: MappedModel, column: TableColumn): ColumnGraphQLType {
  const { kind } = column.type;
  if (kind === 'enum' || kind === 'set') return enumType(context, model, column);
  const scalar = scalarType(kind);
  context.names.register(scalar.name, scalarOrigin(scalar.name));
  return scalar;
}

/** The type of the column's field: `columnType`, or `[Enum!]` for a `Set` column. */
export function columnValueType(
  context: SchemaContext,
  model: MappedModel,
  column: TableColumn,
): ColumnGraphQLType | GraphQLList<GraphQLNonNull<GraphQLEnumType>> {
  const type = columnType(context, model, column);
  return column.type.kind === 'set' ? new GraphQLList(new GraphQLNonNull(type as GraphQLEnumType)) : type;
}

function scalarType(kind: Exclude<ColumnKind, 'enum' | 'set'>): GraphQLScalarType {
  switch (kind) {
    case 'integer':
    case 'smallInteger':
    case 'tinyInteger':
    case 'year':
      return GraphQLInt;
    case 'bigInteger':
      return GraphQLBigInt;
    case 'string':
    case 'text':
      return GraphQLString;
    case 'boolean':
      return GraphQLBoolean;
    case 'float':
      return GraphQLFloat;
    case 'numeric':
      return GraphQLDecimal;
    case 'dateTime':
      return GraphQLDateTime;
    case 'date':
      return GraphQLDate;
    case 'time':
      return GraphQLTime;
    case 'largeBinary':
      return GraphQLBase64;
    case 'json':
      return GraphQLJSON;
  }
}

function enumType(context: SchemaContext, model: MappedModel, column: TableColumn): GraphQLEnumType {
  const name = context.inflection.enumType(model, column);
  const values = column.type.values ?? [];
  // One named Enum may be shared by several columns: the origin is its list of values.
  const shown = column.type.graphqlNames ? ` as [${column.type.graphqlNames.join(', ')}]` : '';
  const origin = column.type.enumName ? `enum ${name} [${values.join(', ')}]${shown}` : modelOrigin(model, `column ${column.attribute}`);
  return context.memo(
    name,
    origin,
    () =>
      new GraphQLEnumType({
        name,
        // The name clients see, the database's value inside (`PG_13` ↔ 'PG-13').
        values: Object.fromEntries(values.map((value, i) => [column.type.graphqlNames?.[i] ?? value, { value }])),
      }),
  );
}

/** `Int!` for a NOT NULL column, `Int` otherwise. */
export function outputColumnType(context: SchemaContext, model: MappedModel, column: TableColumn) {
  const type = columnValueType(context, model, column);
  return column.nullable ? type : new GraphQLNonNull(type);
}

/** Whether the database fills the column when an insert leaves it out. */
export function hasDefault(column: TableColumn): boolean {
  return column.autoincrement || column.default !== undefined || column.serverDefault !== undefined || column.nullable;
}
