/**
 * The graphql-js front shared by the two graphql-js baselines: the part of the schema the
 * workloads use (the same names and types relgraph generates), a parse-and-validate cache keyed
 * by the document text (as graphql-yoga keeps one), and `execute` per request.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  buildSchema,
  execute,
  parse,
  validate,
  type DocumentNode,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  isObjectType,
} from 'graphql';
import { readGraphqlBody, sendError, sendJson } from './http.js';

export const sdl = /* GraphQL */ `
  enum SortDirection { ASC DESC }
  input ChildOrderBy { id: SortDirection name: SortDirection parentId: SortDirection }
  input TagKey { id: Int! }
  input TagListRelationInput { connect: [TagKey!] disconnect: [TagKey!] }
  input ParentUpdateInput { name: String tags: TagListRelationInput }
  input ChildCreateInput { name: String! }
  input ChildListRelationInput { create: [ChildCreateInput!] }
  input ParentCreateInput { name: String! children: ChildListRelationInput }

  type Query {
    parent(id: Int!): Parent
    parents(limit: Int, offset: Int): [Parent!]!
    children(limit: Int, offset: Int): [Child!]!
    tags(limit: Int, offset: Int): [Tag!]!
  }
  type Mutation {
    createParent(input: ParentCreateInput!): Parent!
    updateParent(id: Int!, input: ParentUpdateInput!): Parent!
    addParentTag(id: Int!, tagId: Int!): Parent!
    removeParentTag(id: Int!, tagId: Int!): Parent!
  }
  type Parent {
    id: Int!
    name: String!
    children(limit: Int, offset: Int, orderBy: [ChildOrderBy!]): [Child!]!
    tags: [Tag!]!
    associations: [Association!]!
    childrenConnection(first: Int): ChildConnection!
    tagsAggregate: TagAggregate!
  }
  type ChildConnection {
    nodes: [Child!]!
    pageInfo: PageInfo!
    totalCount: Int!
  }
  type PageInfo {
    hasNextPage: Boolean!
  }
  type TagAggregate {
    count: Int!
  }
  type Child {
    id: Int!
    name: String!
    parentId: Int!
    parent: Parent!
  }
  type Tag {
    id: Int!
    label: String!
    parents: [Parent!]!
  }
  type Association {
    parentId: Int!
    childId: Int!
    extraData: String
    parent: Parent!
    child: Child!
  }
`;

export type Resolvers<Context> = Record<string, Record<string, GraphQLFieldResolver<never, Context, never>>>;

/** The schema with `resolvers` attached (type name → field name → resolver). */
export function createSchema<Context>(resolvers: Resolvers<Context>): GraphQLSchema {
  const schema = buildSchema(sdl);
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`The baseline schema has no object type "${typeName}".`);
    for (const [fieldName, resolve] of Object.entries(fields)) {
      const field = type.getFields()[fieldName];
      if (!field) throw new Error(`The baseline schema has no field "${typeName}.${fieldName}".`);
      field.resolve = resolve as GraphQLFieldResolver<unknown, unknown>;
    }
  }
  return schema;
}

/** A request listener that executes GraphQL POSTs against `schema` with a fresh context per request. */
export function createGraphqlListener<Context>(schema: GraphQLSchema, createContext: () => Context) {
  const documents = new Map<string, DocumentNode>();
  return (request: IncomingMessage, response: ServerResponse): void => {
    void (async () => {
      let body: Awaited<ReturnType<typeof readGraphqlBody>>;
      try {
        body = await readGraphqlBody(request);
      } catch (error) {
        sendError(response, error, 400);
        return;
      }
      let document = documents.get(body.query);
      if (!document) {
        try {
          document = parse(body.query);
        } catch (error) {
          sendError(response, error, 400);
          return;
        }
        const errors = validate(schema, document);
        if (errors.length > 0) {
          sendJson(response, 400, JSON.stringify({ errors }));
          return;
        }
        if (documents.size < 1000) documents.set(body.query, document);
      }
      const result = await execute({
        schema,
        document,
        variableValues: body.variables ?? null,
        operationName: body.operationName ?? null,
        contextValue: createContext(),
      });
      sendJson(response, 200, JSON.stringify(result));
    })().catch((error: unknown) => {
      if (!response.headersSent) sendError(response, error, 500);
    });
  };
}
