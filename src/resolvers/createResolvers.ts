/** All the resolvers `buildSchema()` needs, read and write, sharing one inflection and field index. */
import { createInflection, type Inflection } from '../inflect/inflection.js';
import type { Policy } from '../policy/index.js';
import type { SchemaResolvers } from '../schema/index.js';
import { Access } from './Access.js';
import type { InputLimits } from './applyInput.js';
import { createReadResolvers } from './createReadResolvers.js';
import { createWriteResolvers } from './createWriteResolvers.js';
import { FieldIndex, type ListLimits } from './readListArgs.js';

export interface ResolverOptions {
  readonly inflection?: Partial<Inflection>;
  readonly limits: ListLimits & InputLimits;
  /** Fields some viewers may not read get a resolver that checks; the others read the row. */
  readonly policy?: Policy;
}

export interface Resolvers extends SchemaResolvers {
  /** One request's authorization, for the GraphQL context. */
  createAccess(viewer: unknown): Access;
}

export function createResolvers(options: ResolverOptions): Resolvers {
  const inflection = createInflection(options.inflection);
  const fields = new FieldIndex(inflection);
  const guardedFields = new Set(Object.entries(options.policy?.models ?? {})
    .flatMap(([model, rules]) => Object.keys(rules.fields ?? {}).map((attribute) => `${model}.${attribute}`)));
  return {
    ...createReadResolvers(inflection, options.limits, fields, guardedFields),
    ...createWriteResolvers(inflection, fields, options.limits),
    createAccess: (viewer) => new Access(options.policy, viewer, fields, inflection),
  };
}
