/**
 * Resolvers of the mutation root: create, update, delete and the link mutations. Each turns its
 * arguments into a call of `writes/Writes.ts`, in the operation's unit of work. Executed
 * without an operation's unit of work (a server that does not run `relgraph.execute`), each field
 * opens one of its own: one transaction per field instead of one per operation.
 */
import type { FieldIndex } from '../inflect/FieldIndex.js';
import type { Inflection } from '../inflect/inflection.js';
import type { MappedAssociationProxy, MappedModel, MappedRelationship } from '../mapper/index.js';
import type { FieldResolver } from '../schema/index.js';
import type { Session } from '../session/index.js';
import { type LinkAction, Writes } from '../writes/Writes.js';
import type { RelgraphContext } from './RelgraphContext.js';
import { withErrorCodes } from '../errors/toGraphQLError.js';

type Args = Record<string, unknown>;

/** `RelgraphContext['relgraph']` inside a unit of work: the session is there. */
export type UnitOfWorkContext = RelgraphContext['relgraph'] & { readonly session: Session };

/**
 * Runs one mutation field's work in a unit of work of its own — a transaction, a session and
 * loaders bound to it, rerun on a deadlock — and returns what `work` returned, after COMMIT.
 */
export type FieldUnitOfWork = <T>(work: (relgraph: UnitOfWorkContext) => Promise<T>) => Promise<T>;

/**
 * Where `createRelgraph().createContext()` leaves its `FieldUnitOfWork` on `context.relgraph`:
 * a symbol, so that it stays out of the shape users see and spread.
 *
 * @example
 * Object.defineProperty(context.relgraph, fieldUnitOfWork, { value: runField });
 */
export const fieldUnitOfWork: unique symbol = Symbol('relgraph.fieldUnitOfWork');

/**
 * Runs a mutation field in the operation's unit of work, or — when the operation has none,
 * because the server executes with plain graphql-js (Apollo Server without `apolloGateway`,
 * graphql-http, ...) — in a unit of work of the field's own. The request's loaders then forget
 * what they read, so that the payload's nested fields, and the fields after this one, see the
 * rows as this field left them.
 */
export async function inUnitOfWork<T>(
  context: RelgraphContext,
  name: string,
  work: (relgraph: UnitOfWorkContext) => Promise<T>,
): Promise<T> {
  const { relgraph } = context;
  if (relgraph.session) return work(relgraph as UnitOfWorkContext);
  const runField = (relgraph as { readonly [fieldUnitOfWork]?: FieldUnitOfWork })[fieldUnitOfWork];
  if (!runField) {
    throw new Error(
      `${name} ran outside a unit of work, and the GraphQL context cannot open one. Build the context with relgraph.createContext(viewer), or execute with relgraph.execute.`,
    );
  }
  const result = await runField(work);
  relgraph.loaders.clear();
  return result;
}

export interface WriteResolvers {
  create(model: MappedModel): FieldResolver;
  update(model: MappedModel): FieldResolver;
  delete(model: MappedModel): FieldResolver;
  link(relationship: MappedRelationship | MappedAssociationProxy, action: LinkAction): FieldResolver;
}

/** Each field reads its arguments and hands them to `Writes` (`writes/Writes.ts`), which does the work. */
export function createWriteResolvers(inflection: Inflection, fields: FieldIndex): WriteResolvers {
  const writes = new Writes(inflection, fields);
  const keyOf = (model: MappedModel, args: Args) => model.primaryKey.map((column) => args[inflection.fieldName(column.attribute)]);
  const versionOf = (model: MappedModel, args: Args) =>
    model.versionColumn ? args[inflection.fieldName(model.versionColumn.attribute)] : undefined;
  const field = (name: string, write: (scope: UnitOfWorkContext, args: Args) => Promise<unknown>): FieldResolver =>
    withErrorCodes((_source: unknown, args: Args, context: RelgraphContext) => inUnitOfWork(context, name, (scope) => write(scope, args)));

  return {
    create: (model) => {
      const target = { name: inflection.createMutation(model), model };
      return field(target.name, (scope, args) => writes.create(scope, target, args.input as Args));
    },
    update: (model) => {
      const target = { name: inflection.updateMutation(model), model };
      return field(target.name, (scope, args) =>
        writes.update(scope, target, keyOf(model, args), args.input as Args, versionOf(model, args)),
      );
    },
    delete: (model) => {
      const target = { name: inflection.deleteMutation(model), model };
      return field(target.name, (scope, args) => writes.delete(scope, target, keyOf(model, args), versionOf(model, args)));
    },
    link: (relationship, action) => {
      const owner = relationship.owner;
      const name =
        action === 'add'
          ? inflection.addLinkMutation(owner, relationship)
          : action === 'remove'
            ? inflection.removeLinkMutation(owner, relationship)
            : inflection.setLinkMutation(owner, relationship as MappedRelationship);
      const target = { name, model: owner };
      const targetArgument = inflection.linkTargetArgument(relationship);
      return field(name, (scope, args) => {
        const targetKey = args[targetArgument];
        // `setMR(id, target: null)` clears a to-one: no target to load.
        const cleared = action === 'set' && (targetKey === null || targetKey === undefined);
        const extra = extraColumns(relationship, args, inflection, fields);
        return writes.link(scope, target, relationship, action, keyOf(owner, args), cleared ? undefined : [targetKey], extra);
      });
    },
  };
}

/** The association's own columns given to a proxy's add mutation (`extraData`), by attribute. */
function extraColumns(
  relationship: MappedRelationship | MappedAssociationProxy,
  args: Args,
  inflection: Inflection,
  fields: FieldIndex,
): Record<string, unknown> {
  if (relationship.kind !== 'associationProxy') return {};
  const association = relationship.relationship.target;
  const extra: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(args)) {
    const column = fields.field(association, name);
    if (!column || 'kind' in column || value === undefined) continue;
    // The owner's key and the target argument name the link itself, not extra columns.
    if (name === inflection.linkTargetArgument(relationship)) continue;
    if (relationship.owner.primaryKey.some((c) => inflection.fieldName(c.attribute) === name)) continue;
    extra[column.attribute] = value;
  }
  return extra;
}
