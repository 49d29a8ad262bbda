/**
 * Production mode (`NODE_ENV=production`, or `createHandler(..., { production: true })`): no
 * introspection and no "Did you mean" suggestions, so the schema cannot be read off the
 * endpoint (OWASP GraphQL cheat sheet); GraphiQL and error details are off in `createHandler`.
 */
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export function useProductionMode(): Plugin[] {
  const noIntrospection: Plugin = {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
  return [noIntrospection, blockFieldSuggestionsPlugin() as Plugin];
}
