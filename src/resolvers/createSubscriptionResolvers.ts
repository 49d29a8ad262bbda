/**
 * Subscription fields: `subscribe` hands the arguments to `live/createChangeSubscriptions.ts`,
 * which checks them as the matching query would and listens; `resolve` answers each event.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { Inflection } from '../inflect/inflection.js';
import type { ChangeFeed } from '../live/ChangeFeed.js';
import { createChangeSubscriptions } from '../live/createChangeSubscriptions.js';
import { payloadOf } from '../live/deliverChanges.js';
import type { ListArgs } from '../arguments/readListArgs.js';
import type { ReadQueries } from '../reads/readQueries.js';
import type { SchemaResolvers } from '../schema/index.js';
import { withErrorCodes } from '../errors/toGraphQLError.js';
import type { RelgraphContext } from './RelgraphContext.js';

export function createSubscriptionResolvers(
  feed: ChangeFeed,
  reads: ReadQueries,
  inflection: Inflection,
): Required<Pick<SchemaResolvers, 'rowChanges' | 'linkChanges'>> {
  const subscriptions = createChangeSubscriptions(feed, reads, inflection);
  // The feed ended the subscription: one last result carrying the error's code.
  const resolve = withErrorCodes(payloadOf);
  return {
    rowChanges: (model) => ({
      subscribe: withErrorCodes((_source: unknown, args: ListArgs, context: RelgraphContext, info: GraphQLResolveInfo) =>
        subscriptions.rows(model, args.where, context.relgraph, info.fragments),
      ),
      resolve,
    }),
    linkChanges: (relationship) => ({
      subscribe: withErrorCodes((_source: unknown, args: Record<string, unknown>, context: RelgraphContext) =>
        subscriptions.links(relationship, args, context.relgraph),
      ),
      resolve,
    }),
  };
}
