/**
 * The start of a subscription, without GraphQL: the arguments and permissions checked as the
 * matching query would check them, then the feed's events handed to `deliverChanges.ts` with
 * loaders for each event. A refused subscription is refused before it listens.
 */
import type { FragmentDefinitionNode } from 'graphql';
import type { Access } from '../access/Access.js';
import type { ListArgs } from '../arguments/readListArgs.js';
import type { Inflection } from '../inflect/inflection.js';
import type { Loaders } from '../loaders/Loaders.js';
import type { MappedModel, MappedRelationship } from '../mapper/index.js';
import type { ReadQueries } from '../reads/readQueries.js';
import type { ChangeEvent } from '../session/ChangeLog.js';
import type { LinkChangePayload, RowChangePayload } from '../schema/index.js';
import { type ChangeFeed, linkTopic, rowTopic } from './ChangeFeed.js';
import { deliverLinks, deliverRows, type Delivery, type SubscriptionEnded } from './deliverChanges.js';

/** Where a subscription finds loaders for each event; `createRelgraph` puts it on the context. */
export const eventLoaders = Symbol('relgraph.eventLoaders');

/**
 * The subscriber's request (`RelgraphContext['relgraph']` is one): its viewer, its loaders
 * (replaced by each event's), and where it finds new loaders for an event.
 */
export interface SubscriberScope {
  readonly access: Access;
  loaders: Loaders;
  readonly [eventLoaders]?: (event: ChangeEvent) => Loaders;
}

export interface ChangeSubscriptions {
  /** `parentChanged(where)`: the model's rows created, updated or deleted that the subscriber may read. */
  rows(
    model: MappedModel,
    where: ListArgs['where'],
    scope: SubscriberScope,
    fragments: Record<string, FragmentDefinitionNode>,
  ): AsyncIterableIterator<RowChangePayload | SubscriptionEnded>;
  /** `parentChildrenChanged(id)`: the links of one owner's list (`args` holds the owner's key). */
  links(
    relationship: MappedRelationship,
    args: Record<string, unknown>,
    scope: SubscriberScope,
  ): AsyncIterableIterator<LinkChangePayload | SubscriptionEnded>;
}

/**
 * @example
 * const subscriptions = createChangeSubscriptions(feed, reads, inflection);
 * for await (const change of subscriptions.rows(Parent, { name: { eq: 'x' } }, context.relgraph, {})) …
 */
export function createChangeSubscriptions(feed: ChangeFeed, reads: ReadQueries, inflection: Inflection): ChangeSubscriptions {
  const delivery = (scope: SubscriberScope): Delivery => {
    const fresh = scope[eventLoaders];
    return {
      access: scope.access,
      fieldName: inflection.fieldName,
      // Nested fields of the payload read through the context's loaders: each event gets new ones.
      freshLoaders: (event) => {
        const loaders = fresh ? fresh(event) : scope.loaders;
        scope.loaders = loaders;
        return loaders;
      },
    };
  };
  return {
    rows(model, where, scope, fragments) {
      const { access } = scope;
      access.assertReadable(model);
      // The `where` is read and checked as a list query's; no selection to join for.
      const query = reads.rootList(model, { ...(where ? { where } : {}) } as ListArgs, access, [], fragments);
      return deliverRows(feed.subscribe(rowTopic(model.name)), model, query, delivery(scope));
    },
    links(relationship, args, scope) {
      const { access } = scope;
      access.assertReadable(relationship.owner);
      access.assertFieldVisible(relationship.owner, relationship.name);
      access.assertReadable(relationship.target);
      const ownerKey = reads.keyFromArgs(relationship.owner, args);
      return deliverLinks(feed.subscribe(linkTopic(relationship.owner.name, relationship.name)), relationship, ownerKey, delivery(scope));
    },
  };
}
