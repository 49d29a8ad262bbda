/**
 * Subscription fields: check the arguments and permissions as the matching query would, then
 * hand the feed's events to `live/deliverChanges.ts`. A refused subscription is refused before
 * it listens.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { Inflection } from '../inflect/inflection.js';
import { type ChangeFeed, linkTopic, rowTopic } from '../live/ChangeFeed.js';
import { deliverLinks, deliverRows, SubscriptionEnded, type Delivery } from '../live/deliverChanges.js';
import type { Loaders } from '../loaders/Loaders.js';
import type { ListArgs } from '../arguments/readListArgs.js';
import type { ReadQueries } from '../reads/readQueries.js';
import type { SubscriptionResolver } from '../schema/index.js';
import type { MappedModel, MappedRelationship } from '../mapper/index.js';
import { withErrorCodes } from '../errors/toGraphQLError.js';
import type { RelgraphContext } from './RelgraphContext.js';

/** Where a subscription finds loaders for each event; `createRelgraph` puts it on the context. */
export const eventLoaders = Symbol('relgraph.eventLoaders');

export interface SubscriptionResolvers {
  rowChanges(model: MappedModel): SubscriptionResolver;
  linkChanges(relationship: MappedRelationship): SubscriptionResolver;
}

export function createSubscriptionResolvers(feed: ChangeFeed, reads: ReadQueries, inflection: Inflection): SubscriptionResolvers {
  const delivery = (context: RelgraphContext): Delivery => {
    const fresh = (context.relgraph as { [eventLoaders]?: () => Loaders })[eventLoaders];
    return {
      access: context.relgraph.access,
      fieldName: inflection.fieldName,
      // Nested fields of the payload read through the context's loaders: each event gets new ones.
      freshLoaders: () => {
        const loaders = fresh ? fresh() : context.relgraph.loaders;
        context.relgraph.loaders = loaders;
        return loaders;
      },
    };
  };
  // The feed ended the subscription: one last result carrying the error's code.
  const payload = withErrorCodes((value: unknown) => {
    if (value instanceof SubscriptionEnded) throw value.error;
    return value;
  });
  return {
    rowChanges: (model) => ({
      subscribe: withErrorCodes((_source: unknown, args: ListArgs, context: RelgraphContext, info: GraphQLResolveInfo) => {
        const { access } = context.relgraph;
        access.assertReadable(model);
        // The `where` is read and checked as a list query's; no selection to join for.
        const query = reads.rootList(model, { ...(args.where ? { where: args.where } : {}) } as ListArgs, access, [], info.fragments);
        return deliverRows(feed.subscribe(rowTopic(model.name)), model, query, delivery(context));
      }),
      resolve: payload,
    }),
    linkChanges: (relationship) => ({
      subscribe: withErrorCodes((_source: unknown, args: Record<string, unknown>, context: RelgraphContext) => {
        const { access } = context.relgraph;
        access.assertReadable(relationship.owner);
        access.assertFieldVisible(relationship.owner, relationship.name);
        access.assertReadable(relationship.target);
        const ownerKey = reads.keyFromArgs(relationship.owner, args);
        return deliverLinks(
          feed.subscribe(linkTopic(relationship.owner.name, relationship.name)),
          relationship,
          ownerKey,
          delivery(context),
        );
      }),
      resolve: payload,
    }),
  };
}
