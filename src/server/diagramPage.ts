/**
 * `useDiagramPage`: the models' entity-relationship diagram at `<graphqlEndpoint>/diagram`,
 * beside GraphiQL. The SVG is laid out on the server (`@viz-js/viz`, no CDN, no layout library
 * in the browser) on the first request and kept for the handler's life; clicking a model shows
 * its GraphQL object type and the root fields about it, read from the served schema, so
 * inflection overrides show as served.
 */
import { GraphQLObjectType, getNamedType, isObjectType, printType, type GraphQLField, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import {
  boxElementId,
  boxTitle,
  describeMapping,
  diagramPageHtml,
  edgeSentence,
  renderDot,
  renderInlineSvg,
  type Diagram,
  type DiagramBox,
  type DiagramPageBox,
} from '../diagram/index.js';
import type { MappedModel, Mapping } from '../mapper/index.js';

export interface DiagramPageOptions {
  /** The GraphQL endpoint: the page is served at `<endpoint>/diagram`. */
  readonly endpoint: string;
  readonly schema: GraphQLSchema;
  readonly mapping: Mapping;
  /** Whether GraphiQL is served at the endpoint, for the page's link to it. */
  readonly graphiql: boolean;
}

/**
 * @example
 * createYoga({ schema, plugins: [useDiagramPage({ endpoint: '/graphql', schema, mapping, graphiql: true })] });
 * // GET /graphql/diagram → the page; clicking the Book box shows `type Book { ... }` and `Query.book(id: Int!): Book`
 */
export function useDiagramPage(options: DiagramPageOptions): Plugin {
  const path = `${options.endpoint.replace(/\/$/, '')}/diagram`;
  let page: Promise<string> | undefined;
  const renderPage = () => {
    page ??= createDiagramPage(options).catch((error: unknown) => {
      // A failed layout is not kept: the next request tries again.
      page = undefined;
      throw error;
    });
    return page;
  };
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== path && url.pathname !== `${path}/`) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        const body = JSON.stringify({ errors: [{ message: `${path} is a page: read it with GET.`, extensions: { code: 'BAD_REQUEST' } }] });
        endResponse(
          new fetchAPI.Response(body, { status: 405, headers: { allow: 'GET, HEAD', 'content-type': 'application/json; charset=utf-8' } }),
        );
        return;
      }
      const html = await renderPage();
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : html, {
          headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' },
        }),
      );
    },
  };
}

/** The whole page, with the details of every box keyed by the SVG id the script finds it by. */
export async function createDiagramPage(options: DiagramPageOptions): Promise<string> {
  const diagram = describeMapping(options.mapping);
  const svg = await renderInlineSvg(renderDot(diagram));
  const boxes: Record<string, DiagramPageBox> = {};
  for (const box of diagram.boxes) boxes[boxElementId(box)] = describeBox(box, diagram, options);
  return diagramPageHtml({ svg, boxes, graphiqlUrl: options.graphiql ? options.endpoint : undefined });
}

function describeBox(box: DiagramBox, diagram: Diagram, options: DiagramPageOptions): DiagramPageBox {
  const model = box.model === undefined ? undefined : options.mapping.model(box.model);
  const type = model && objectTypeOf(options.schema, model);
  return {
    title: boxTitle(box),
    typeName: type?.name,
    sdl: type && printType(withoutDescriptions(type)),
    rootFields: model && type ? rootFieldsAbout(options.schema, model, type) : [],
    relationships: diagram.edges
      .filter((edge) => edge.from.box === box.id || edge.to.box === box.id || edge.through === box.id)
      .map(edgeSentence),
  };
}

/**
 * The object type whose column fields are the model's: every generated field records its origin
 * (`field.extensions.relgraph`, `schema/SchemaResolvers.ts`), so the name is the one the schema
 * serves, whatever the inflection.
 */
function objectTypeOf(schema: GraphQLSchema, model: MappedModel): GraphQLObjectType | undefined {
  return Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .find((type) =>
      Object.values(type.getFields()).some((field) => {
        const origin = originOf(field);
        return origin?.kind === 'column' && origin.model === model;
      }),
    );
}

/**
 * `Query.book(id: Int!): Book`: the root fields generated for the model (lookups, lists,
 * connections, aggregates, writes, its link mutations) and any other root field returning its type.
 */
function rootFieldsAbout(schema: GraphQLSchema, model: MappedModel, type: GraphQLObjectType): string[] {
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
  return roots.flatMap((root) =>
    root
      ? Object.values(root.getFields())
          .filter((field) => isAbout(field, model) || getNamedType(field.type) === type)
          .map((field) => `${root.name}.${signature(field)}`)
      : [],
  );
}

function isAbout(field: GraphQLField<unknown, unknown>, model: MappedModel): boolean {
  const origin = originOf(field);
  if (!origin) return false;
  if (origin.model === model) return true;
  return origin.kind === 'link' && origin.relationship?.owner === model;
}

/** What `schema/` records in `extensions.relgraph`, read loosely: plugins may add fields without it. */
interface LooseOrigin {
  readonly kind?: string;
  readonly model?: unknown;
  readonly relationship?: { readonly owner?: unknown };
}

function originOf(field: GraphQLField<unknown, unknown>): LooseOrigin | undefined {
  const origin = field.extensions?.['relgraph'];
  return typeof origin === 'object' && origin !== null ? (origin as LooseOrigin) : undefined;
}

/**
 * The type as the panel prints it: its fields and arguments without their descriptions, which
 * would spread a model over several screens (GraphiQL's docs pane has them).
 */
function withoutDescriptions(type: GraphQLObjectType): GraphQLObjectType {
  const config = type.toConfig();
  const fields = Object.fromEntries(
    Object.entries(config.fields).map(([name, field]) => [
      name,
      {
        ...field,
        description: undefined,
        args: Object.fromEntries(Object.entries(field.args ?? {}).map(([argName, arg]) => [argName, { ...arg, description: undefined }])),
      },
    ]),
  );
  return new GraphQLObjectType({ ...config, description: undefined, fields });
}

/** `book(id: Int!): Book`. */
function signature(field: GraphQLField<unknown, unknown>): string {
  const args = field.args.length > 0 ? `(${field.args.map((arg) => `${arg.name}: ${String(arg.type)}`).join(', ')})` : '';
  return `${field.name}${args}: ${String(field.type)}`;
}
