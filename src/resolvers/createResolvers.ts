/** All the resolvers `buildSchema()` needs, read and write, sharing one inflection and field index. */
import { createInflection, type Inflection } from '../inflect/inflection.js';
import type { SchemaResolvers } from '../schema/index.js';
import { createReadResolvers } from './createReadResolvers.js';
import { createWriteResolvers } from './createWriteResolvers.js';
import { FieldIndex, type ListLimits } from './readListArgs.js';
import type { InputLimits } from './applyInput.js';

export interface ResolverOptions {
  readonly inflection?: Partial<Inflection>;
  readonly limits: ListLimits & InputLimits;
}

export function createResolvers(options: ResolverOptions): SchemaResolvers {
  const inflection = createInflection(options.inflection);
  const fields = new FieldIndex(inflection);
  return { ...createReadResolvers(inflection, options.limits, fields), ...createWriteResolvers(inflection, fields, options.limits) };
}
