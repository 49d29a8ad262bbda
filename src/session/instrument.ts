/**
 * Gives model classes their attribute behaviour: column values live in the instance's state,
 * relationship lists are tracked, scalar assignments keep both sides in step. Done once per
 * class when a mapping is instrumented (SQLAlchemy instruments classes as it maps them).
 */
import type { MappedAssociationProxy, MappedModel, Mapping } from '../mapper/index.js';
import { getState, InstanceState, setState } from './InstanceState.js';
import { RelationshipEvents } from './relationshipEvents.js';

const mappedModels = new WeakMap<object, MappedModel>();
let lastInstalled: Mapping | undefined;

/**
 * Installs accessors on every model class of `mapping`. Called by `configure()` from the public
 * API and by sessions; calling it again (a new mapping of the same classes) is harmless.
 */
export function instrument(mapping: Mapping): void {
  // Every session instruments its mapping; redefining the accessors each time cost a mutation
  // 5-15% of its CPU. Only a mapping the classes are not mapped to yet is installed. The mapping
  // checked or installed last is known to be installed still (any other install resets it), so a
  // server's sessions, all of one mapping, skip even the check.
  if (mapping === lastInstalled) return;
  if (mapping.models.every((model) => mappedModels.get(model.class.prototype as object) === model)) {
    lastInstalled = mapping;
    return;
  }
  lastInstalled = undefined;
  for (const model of mapping.models) {
    const prototype = model.class.prototype as object;
    mappedModels.set(prototype, model);
    for (const column of model.columns) defineAccessor(prototype, column.attribute, columnAccessor(column.attribute));
    for (const relationship of model.relationships) defineAccessor(prototype, relationship.name, relationshipAccessor(relationship.name));
    for (const proxy of model.proxies) defineAccessor(prototype, proxy.name, proxyAccessor(proxy));
  }
  lastInstalled = mapping;
}

/** The state of a model instance, created on first use. */
export function stateOf(instance: object): InstanceState {
  const existing = getState(instance);
  if (existing) return existing;
  const model = typeof instance === 'object' && instance !== null ? mappedModels.get(Object.getPrototypeOf(instance)) : undefined;
  if (!model) {
    throw new TypeError(
      `Expected an instance of a mapped model, but got: ${describe(instance)}. Create it with new Model({...}) after configure().`,
    );
  }
  const state = new InstanceState(instance, model);
  setState(instance, state);
  adoptOwnProperties(instance);
  return state;
}

export function isMappedInstance(value: unknown): value is object {
  return typeof value === 'object' && value !== null && mappedModels.has(Object.getPrototypeOf(value));
}

export const events = new RelationshipEvents(stateOf);

/**
 * An instance created before its class was instrumented holds its values as own properties;
 * they move into its state, so that the accessors take over.
 */
function adoptOwnProperties(instance: object): void {
  for (const key of Object.keys(instance)) {
    const value = (instance as Record<string, unknown>)[key];
    delete (instance as Record<string, unknown>)[key];
    (instance as Record<string, unknown>)[key] = value;
  }
}

function defineAccessor(prototype: object, name: string, accessor: PropertyDescriptor): void {
  Object.defineProperty(prototype, name, { ...accessor, enumerable: true, configurable: true });
}

function columnAccessor(attribute: string): PropertyDescriptor {
  return {
    get(this: object) {
      return stateOf(this).values.get(attribute);
    },
    set(this: object, value: unknown) {
      stateOf(this).values.set(attribute, value);
    },
  };
}

function relationshipAccessor(name: string): PropertyDescriptor {
  return {
    get(this: object) {
      const state = stateOf(this);
      const relationship = state.relationship(name);
      return relationship.uselist ? events.list(state, relationship) : state.scalars.get(name);
    },
    set(this: object, value: unknown) {
      const state = stateOf(this);
      const relationship = state.relationship(name);
      if (!relationship.uselist) {
        events.setScalar(state, relationship, (value ?? null) as object | null);
        return;
      }
      if (!Array.isArray(value))
        throw new TypeError(`${state.model.name}.${name} is a list; assign an array, but got: ${describe(value)}.`);
      const list = events.list(state, relationship);
      if (!list.loaded) {
        throw new TypeError(
          `${state}.${name} is not loaded, so replacing it would leave unknown members behind. Load it first: await session.load(instance, "${name}").`,
        );
      }
      for (const member of [...list]) if (!value.includes(member)) list.remove(member);
      for (const item of value) list.append(item as object);
    },
  };
}

/**
 * An association proxy reads as the list of final targets (`parent.children` through
 * `parent.childAssociations` → `association.child`). Adding goes through the session, which
 * builds the association object with the proxy's creator.
 */
function proxyAccessor(proxy: MappedAssociationProxy): PropertyDescriptor {
  return {
    get(this: object) {
      const state = stateOf(this);
      const associations = events.list(state, state.relationship(proxy.relationship.name));
      return Object.freeze(
        associations.map((association) => stateOf(association).scalars.get(proxy.attribute.name)).filter((target) => target),
      );
    },
    set(this: object) {
      throw new TypeError(
        `${proxy.owner.name}.${proxy.name} is an association proxy; add and remove through session.link() and session.unlink().`,
      );
    },
  };
}

function describe(value: unknown): string {
  if (value === null || typeof value !== 'object') return String(value);
  return Array.isArray(value) ? 'an array' : `an object of class ${(value as object).constructor?.name ?? 'Object'}`;
}
