/**
 * What every pattern test checks about its seed module's schema: the committed SDL, field and
 * argument types read from the built `GraphQLSchema`, and the mapper's decisions for one
 * relationship, as plain data that reads well in `toEqual`.
 */
import { readFileSync } from 'node:fs';
import { isInputObjectType, isInterfaceType, isObjectType, type GraphQLField, type GraphQLInputField, type GraphQLSchema } from 'graphql';
import { expect } from 'vitest';
import { buildSchema, configure, printSchemaSdl, type DeclarativeBase, type Mapping } from '../../src/index.js';
import { formatCascade } from '../../src/mapper/index.js';

/**
 * Regenerates the SDL of `examples/seed/<name>.ts` and compares it with the committed
 * `examples/seed/<name>.graphql`.
 */
export function expectCommittedSdl(name: string, base: DeclarativeBase): void {
  const generated = printSchemaSdl(buildSchema(configure(base)));
  const committed = readFileSync(new URL(`../../examples/seed/${name}.graphql`, import.meta.url), 'utf8');
  expect(generated, `examples/seed/${name}.graphql is out of date. Run \`npm run generate:examples\` and review the diff.`).toBe(committed);
}

/**
 * The type of a field as GraphQL prints it, or undefined when there is no such field.
 *
 * @example
 * fieldType(schema, 'Parent.children') // '[Child!]!'
 * fieldType(schema, 'ChildCreateInput.parentId') // 'Int'
 */
export function fieldType(schema: GraphQLSchema, path: string): string | undefined {
  return findField(schema, path)?.type.toString();
}

/**
 * The arguments of a field, name to type, in order.
 *
 * @example
 * fieldArgs(schema, 'Mutation.addParentChild') // { id: 'Int!', childId: 'Int!' }
 */
export function fieldArgs(schema: GraphQLSchema, path: string): Record<string, string> | undefined {
  const field = findField(schema, path);
  if (!field || !('args' in field)) return undefined;
  return Object.fromEntries(field.args.map((arg) => [arg.name, arg.type.toString()]));
}

/** The fields of an object or input type, name to type, in order. */
export function fieldsOf(schema: GraphQLSchema, typeName: string): Record<string, string> | undefined {
  const type = schema.getType(typeName);
  if (!isObjectType(type) && !isInputObjectType(type) && !isInterfaceType(type)) return undefined;
  return Object.fromEntries(Object.values(type.getFields()).map((field) => [field.name, field.type.toString()]));
}

/** `{ where, orderBy, limit, offset }` as list fields take them, for a list of `target`. */
export function listArgs(target: string): Record<string, string> {
  return { where: `${target}Where`, orderBy: `[${target}OrderBy!]`, limit: 'Int', offset: 'Int' };
}

function findField(schema: GraphQLSchema, path: string): GraphQLField<unknown, unknown> | GraphQLInputField | undefined {
  const [typeName = '', fieldName = ''] = path.split('.');
  const type = schema.getType(typeName);
  if (!isObjectType(type) && !isInputObjectType(type) && !isInterfaceType(type)) return undefined;
  return type.getFields()[fieldName];
}

export interface Decisions {
  readonly direction: string;
  readonly uselist: boolean;
  readonly nullable: boolean;
  readonly reverse: string | undefined;
  readonly origin: 'declared' | 'backref';
  readonly cascade: string;
  readonly viewonly: boolean;
  readonly secondary: string | undefined;
  /** `"parent.id = child.parent_id"`: owner's column = target's (or secondary's) column. */
  readonly join: readonly string[];
  /** `"association.right_id = right.id"`, many-to-many only. */
  readonly secondaryJoin: readonly string[];
}

/**
 * What the mapper decided for `Owner.attribute`.
 *
 * @example
 * decisions(mapping, 'Child.parent') // { direction: 'many-to-one', uselist: false, reverse: 'Parent.children', ... }
 */
export function decisions(mapping: Mapping, path: string): Decisions {
  const [modelName = '', attribute = ''] = path.split('.');
  const relationship = mapping.model(modelName)?.relationships.find((r) => r.name === attribute);
  if (!relationship) throw new Error(`${path} is not a mapped relationship.`);
  const column = (c: { table: { name: string }; name: string }) => `${c.table.name}.${c.name}`;
  return {
    direction: relationship.direction,
    uselist: relationship.uselist,
    nullable: relationship.nullable,
    reverse: relationship.reverse ? `${relationship.reverse.owner.name}.${relationship.reverse.name}` : undefined,
    origin: relationship.origin,
    cascade: formatCascade(relationship.cascade),
    viewonly: relationship.viewonly,
    secondary: relationship.secondary?.name,
    join: relationship.join.map((pair) => `${column(pair.local)} = ${column(pair.remote)}`),
    secondaryJoin: relationship.secondaryJoin.map((pair) => `${column(pair.secondary)} = ${column(pair.target)}`),
  };
}
