/**
 * Runs operations with graphql-js's `execute`. graphql-yoga 5's own executor
 * (`@graphql-tools/executor`) adds each key of a result object when that field's promise
 * settles, so two list fields at one level can come back in the order their loads finished
 * rather than the order they were asked for (graphql-hive/graphql-yoga#3256) — against the
 * GraphQL spec, and surprising to any client that diffs or snapshots responses. graphql-js keeps
 * the selection order. It comes first, so that plugins wrapping the execute function (the unit
 * of work) wrap this one.
 */
import { execute } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export function useGraphqlJsExecute(): Plugin {
  return {
    onExecute({ setExecuteFn }) {
      setExecuteFn(execute as Parameters<typeof setExecuteFn>[0]);
    },
  };
}
