export { buildSchema, printSchemaSdl } from './buildSchema.js';
export type { BuildSchemaOptions } from './buildSchema.js';
export type { SchemaResolvers, FieldResolver, FieldOrigin, ListSource, PartResolvers, SubscriptionResolver } from './SchemaResolvers.js';
export type { RowChangePayload, LinkChangePayload } from './subscriptionType.js';
export { isGeneratedResolver, markGenerated } from './SchemaResolvers.js';
export { GraphQLBigInt, GraphQLDate, GraphQLDateTime, GraphQLDecimal, GraphQLJSON } from './scalars.js';
