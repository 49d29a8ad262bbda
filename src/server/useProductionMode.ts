/**
 * Production mode (`NODE_ENV=production`, or `createHandler(..., { production: true })`): the
 * schema cannot be read off the endpoint (OWASP GraphQL cheat sheet) — `__schema` is refused,
 * `__type(name:)` answers null for every name, and validation errors make no "Did you mean"
 * suggestions. GraphiQL and error details are off in `createHandler`.
 */
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { GraphQLError, Kind, visit, type ASTVisitor, type DocumentNode, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * @example
 * createYoga({ schema, plugins: [...useProductionMode()] });
 * // { __schema { types { name } } }      → GRAPHQL_VALIDATION_FAILED
 * // { __type(name: "Parent") { name } }  → { "data": { "__type": null } }
 * // { parentz { id } }                   → Cannot query field "parentz" on type "Query". (no suggestion)
 */
export function useProductionMode(): Plugin[] {
  const noIntrospection: Plugin = {
    onValidate({ addValidationRule }) {
      addValidationRule(noSchemaField);
    },
    onExecute({ args }) {
      // envelop has no setArgs; the arguments are this request's own object, and the executor
      // (whichever plugin set it) receives them after every onExecute hook has run.
      args.document = withoutTypeLookups(args.document);
    },
  };
  return [noIntrospection, blockFieldSuggestionsPlugin() as Plugin];
}

/** `__schema` would list every type; it is refused as graphql-js's NoSchemaIntrospectionCustomRule refuses it. */
function noSchemaField(context: ValidationContext): ASTVisitor {
  return {
    Field(node) {
      if (node.name.value !== '__schema') return;
      context.reportError(
        new GraphQLError(
          'Introspection is turned off in production: "__schema" cannot be queried. Ask the server\'s operator for the schema (`relgraph generate` prints it).',
          { nodes: node },
        ),
      );
    },
  };
}

/**
 * `__type(name: …)` looks up no type at all: its argument becomes `""`, which names none, so
 * every lookup answers null and reveals nothing about which types exist. It is answered rather
 * than refused so that a valid operation that only asks after a type stays valid (the GraphQL
 * over HTTP audit sends one: `query Type($name: String!) { __type(name: $name) { name } }`).
 * The document may be yoga's cached one, so it is copied, never changed.
 */
const rewritten = new WeakMap<DocumentNode, DocumentNode>();

function withoutTypeLookups(document: DocumentNode): DocumentNode {
  // yoga caches parsed documents, so each is rewritten (or found free of `__type`) once.
  let result = rewritten.get(document);
  if (!result) {
    result = rewriteTypeLookups(document);
    rewritten.set(document, result);
  }
  return result;
}

function rewriteTypeLookups(document: DocumentNode): DocumentNode {
  return visit(document, {
    Field(node) {
      if (node.name.value !== '__type') return undefined;
      const name = { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'name' }, value: { kind: Kind.STRING, value: '' } } as const;
      return { ...node, arguments: [name] };
    },
  });
}
