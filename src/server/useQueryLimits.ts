/**
 * Depth, alias, directive, token, cost and length limits on every operation (graphql-armor's
 * plugins), rejected with `QUERY_TOO_COMPLEX` before anything runs. graphql-armor reports
 * these errors without a code; `onReject` adds it.
 */
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { characterLimitPlugin } from '@escape.tech/graphql-armor-character-limit';
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Limits } from './limits.js';

const tooComplex = [(_context: unknown, error: GraphQLError) => {
  (error.extensions as Record<string, unknown>)['code'] = 'QUERY_TOO_COMPLEX';
}];

export function useQueryLimits(limits: Limits): Plugin[] {
  const callbacks = { onReject: tooComplex, propagateOnRejection: true };
  return [
    // Both replace the parse function; maxTokens does not call the one before it, so the
    // character limit comes second and wraps the token-counting parser.
    maxTokensPlugin({ n: limits.tokens, ...callbacks }),
    characterLimitPlugin({ maxLength: limits.queryLength, ...callbacks }),
    maxDepthPlugin({ n: limits.depth, ignoreIntrospection: true, flattenFragments: true, ...callbacks }),
    maxAliasesPlugin({ n: limits.aliases, allowList: ['__typename'], ...callbacks }),
    maxDirectivesPlugin({ n: limits.directives, ...callbacks }),
    costLimitPlugin({ maxCost: limits.cost, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, ignoreIntrospection: true, ...callbacks }),
  ] as Plugin[];
}
