/**
 * Depth, alias, directive, token, cost and length limits on every operation (graphql-armor's
 * plugins, and our own depth rule that knows connections), refused with `QUERY_TOO_COMPLEX` before anything runs: a request error, so HTTP 400
 * under `application/graphql-response+json` and 200 under `application/json`.
 */
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { characterLimitPlugin } from '@escape.tech/graphql-armor-character-limit';
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Limits } from './limits.js';
import { costLimitPlugin, depthLimitPlugin } from './selectionLimits.js';
import { requestErrorHttp } from './useRequestErrorCodes.js';

/** The client's message for each limit, from the figure found (undefined when armor gives none). */
type Explain = (found: number | undefined) => string;

/** `9 levels deep, more than the 6 allowed`, or `more than 6 levels deep` when the figure is unknown. */
function beyond(found: number | undefined, limit: number, unit: string): string {
  return found === undefined ? `more than ${limit} ${unit}` : `${found} ${unit}, more than the ${limit} allowed`;
}

/**
 * graphql-armor words every refusal as `Syntax Error: Query depth limit of 6 exceeded, found 9.`
 * and throws it with no code, which yoga answers with HTTP 200 whatever the media type. The
 * handler rewords it as a sentence with the fix and marks it as a request error: the thrown
 * error is the one the client gets, so it is changed in place.
 */
function refuseWith(explain: Explain) {
  return [
    (_context: unknown, error: GraphQLError) => {
      const found = /found (\d+)/.exec(error.message)?.[1];
      Object.assign(error, { message: explain(found === undefined ? undefined : Number(found)) });
      Object.assign(error.extensions as Record<string, unknown>, { code: 'QUERY_TOO_COMPLEX', http: requestErrorHttp() });
    },
  ];
}

/**
 * @example
 * createYoga({ schema, plugins: [...useQueryLimits(getValidLimits({ depth: 8 }))] });
 * // { a { b { c { d { e { f { g { h { i } } } } } } } } }
 * // → 400 {"errors":[{"message":"The operation is 9 levels deep, more than the 8 allowed. Ask for fewer nested fields.","extensions":{"code":"QUERY_TOO_COMPLEX"}}]}
 */
export function useQueryLimits(limits: Limits): Plugin[] {
  // Thrown, not reported: validation stops at the first limit passed, before the costlier rules.
  const options = (explain: Explain) => ({ onReject: refuseWith(explain), propagateOnRejection: true });
  return [
    // Both replace the parse function; maxTokens does not call the one before it, so the
    // character limit comes second and wraps the token-counting parser.
    maxTokensPlugin({
      n: limits.tokens,
      ...options(
        () =>
          `The document has ${beyond(undefined, limits.tokens, 'tokens')} (names, punctuation and values). Send a shorter document, or split it into several requests.`,
      ),
    }),
    characterLimitPlugin({
      maxLength: limits.queryLength,
      ...options(
        (found) =>
          `The query is ${beyond(found, limits.queryLength, 'characters long')}. Send a shorter query, or split it into several requests.`,
      ),
    }),
    // graphql-armor's depth and cost rules, but knowing connections (selectionLimits.ts).
    depthLimitPlugin({
      n: limits.depth,
      onReject: refuseWith((found) => `The operation is ${beyond(found, limits.depth, 'levels deep')}. Ask for fewer nested fields.`),
    }),
    maxAliasesPlugin({
      n: limits.aliases,
      allowList: ['__typename'],
      ...options(
        (found) =>
          `The operation uses ${beyond(found, limits.aliases, 'aliases')}. Ask for fewer aliased fields, or split it into several requests.`,
      ),
    }),
    maxDirectivesPlugin({
      n: limits.directives,
      ...options((found) => `The operation uses ${beyond(found, limits.directives, 'directives')}. Use fewer directives.`),
    }),
    costLimitPlugin({
      maxCost: limits.cost,
      objectCost: 2,
      scalarCost: 1,
      depthCostFactor: 1.5,
      onReject: refuseWith(
        (found) =>
          `The operation costs ${beyond(found, limits.cost, 'points')} (a field costs 1, an object 2, more when nested). Ask for fewer fields and nested lists, or split it into several requests.`,
      ),
    }),
  ] as Plugin[];
}
