/**
 * `ChildAggregate { count sum avg min max }`: what an aggregate field answers. `sum` and `avg`
 * list the numeric columns, `min` and `max` also the text and date ones (`aggregatableColumns`);
 * a function with no column to take is left out, as GraphQL allows no empty object type.
 */
import { GraphQLFloat, GraphQLInt, GraphQLNonNull, GraphQLObjectType, type GraphQLFieldConfigMap, type GraphQLOutputType } from 'graphql';
import { isIntegerKind, type TableColumn } from '../declare/index.js';
import { aggregatableColumns, aggregateFunctions, type AggregateFunction, type MappedModel } from '../mapper/index.js';
import { columnType } from './columnTypes.js';
import { GraphQLBigInt, GraphQLDecimal } from './scalars.js';
import { modelOrigin, scalarOrigin, type SchemaContext } from './SchemaContext.js';
import type { FieldOrigin } from './SchemaResolvers.js';

const summaries: Record<AggregateFunction, string> = {
  sum: 'The sum of each numeric column over the rows; null when there are none.',
  avg: 'The average of each numeric column over the rows; null when there are none.',
  min: 'The smallest value of each column; null when there are no rows or only NULLs.',
  max: 'The largest value of each column; null when there are no rows or only NULLs.',
};

export function aggregateType(context: SchemaContext, model: MappedModel): GraphQLObjectType {
  const { inflection, resolvers } = context;
  const name = inflection.aggregateType(model);
  return context.memo(
    name,
    modelOrigin(model, 'model, its aggregate'),
    () =>
      new GraphQLObjectType({
        name,
        description: `Counts and column aggregates over ${model.name} rows.`,
        fields: () => {
          const fields: GraphQLFieldConfigMap<unknown, unknown> = {
            count: {
              type: new GraphQLNonNull(GraphQLInt),
              description: 'How many rows match.',
              ...(resolvers ? { resolve: resolvers.parts.aggregate('count') } : {}),
              extensions: { relgraph: { kind: 'aggregatePart', part: 'count' } satisfies FieldOrigin },
            },
          };
          for (const fn of aggregateFunctions) {
            if (aggregatableColumns(model, fn).length === 0) continue;
            fields[fn] = {
              type: new GraphQLNonNull(functionType(context, model, fn)),
              description: summaries[fn],
              ...(resolvers ? { resolve: resolvers.parts.aggregate(fn) } : {}),
              extensions: { relgraph: { kind: 'aggregatePart', part: fn } satisfies FieldOrigin },
            };
          }
          return fields;
        },
      }),
  );
}

function functionType(context: SchemaContext, model: MappedModel, fn: AggregateFunction): GraphQLObjectType {
  const { inflection, resolvers } = context;
  const name = inflection.aggregateFieldsType(model, fn);
  return context.memo(
    name,
    modelOrigin(model, `model, its ${fn} aggregate`),
    () =>
      new GraphQLObjectType({
        name,
        fields: () =>
          Object.fromEntries(
            aggregatableColumns(model, fn).map((column) => [
              inflection.fieldName(column.attribute),
              {
                type: resultType(context, model, fn, column),
                ...(resolvers ? { resolve: resolvers.parts.aggregateColumn(model, column) } : {}),
                extensions: { relgraph: { kind: 'aggregateColumn', fn, model, attribute: column.attribute } satisfies FieldOrigin },
              },
            ]),
          ),
      }),
  );
}

/**
 * `min` and `max` keep the column's type. A sum of Int (any narrower integer too) is a BigInt (it may pass 2^31), of
 * BigInt a Decimal (it may pass 2^63); averages are Float, except of Decimal columns.
 */
function resultType(context: SchemaContext, model: MappedModel, fn: AggregateFunction, column: TableColumn): GraphQLOutputType {
  if (fn === 'min' || fn === 'max') return columnType(context, model, column);
  const { kind } = column.type;
  const scalar =
    kind === 'numeric' || (fn === 'sum' && kind === 'bigInteger')
      ? GraphQLDecimal
      : fn === 'sum' && isIntegerKind(kind)
        ? GraphQLBigInt
        : GraphQLFloat;
  context.names.register(scalar.name, scalarOrigin(scalar.name));
  return scalar;
}
