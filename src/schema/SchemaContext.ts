/** State shared by the schema's builders: the mapping, the inflection, named-type memo and name registry. */
import type { GraphQLNamedType } from 'graphql';
import type { Inflection } from '../inflect/inflection.js';
import type { MappedModel, Mapping } from '../mapper/index.js';
import { NameRegistry } from './nameRegistry.js';
import type { SchemaResolvers } from './SchemaResolvers.js';

export class SchemaContext {
  readonly mapping: Mapping;
  readonly inflection: Inflection;
  readonly resolvers: SchemaResolvers | undefined;
  readonly names = new NameRegistry();
  readonly #types = new Map<string, GraphQLNamedType>();

  constructor(mapping: Mapping, inflection: Inflection, resolvers: SchemaResolvers | undefined) {
    this.mapping = mapping;
    this.inflection = inflection;
    this.resolvers = resolvers;
  }

  /**
   * Returns the named type built by `build`, building it once. `key` identifies what it is
   * for (two different things may not share a name: that is reported as a clash).
   */
  memo<T extends GraphQLNamedType>(name: string, origin: string, build: () => T): T {
    this.names.register(name, origin);
    const existing = this.#types.get(name);
    if (existing) return existing as T;
    const type = build();
    this.#types.set(name, type);
    return type;
  }

  /** Every type built so far, in the order first asked for. */
  get types(): GraphQLNamedType[] {
    return [...this.#types.values()];
  }
}

/** `"Parent (model, examples/seed/one-to-many.ts:12)"`. */
export function modelOrigin(model: MappedModel, what = 'model'): string {
  return `${model.name} (${what}${model.declaredAt ? `, ${model.declaredAt}` : ''})`;
}

/** `"Parent.children (relationship, examples/seed/one-to-many.ts:14)"`. */
export function attributeOrigin(model: MappedModel, attribute: string, what: string, declaredAt: string | undefined): string {
  const at = declaredAt ?? model.declaredAt;
  return `${model.name}.${attribute} (${what}${at ? `, ${at}` : ''})`;
}

/** `"the DateTime scalar"`: the same origin wherever a scalar is used, so that only a model or enum of that name clashes. */
export function scalarOrigin(name: string): string {
  return `the ${name} scalar`;
}
