/** Mutable drafts of the frozen mapper types, used only while `configure()` runs. */
import type { MappedAssociationProxy, MappedModel, MappedRelationship, MappedTable, ResolvedForeignKey } from './types.js';

export type Draft<T> = { -readonly [K in keyof T]: T[K] };

export type TableDraft = Omit<Draft<MappedTable>, 'foreignKeys' | 'isSecondary' | 'model'> & {
  model: ModelDraft | undefined;
  foreignKeys: ResolvedForeignKey[];
  isSecondary: boolean;
};
export type ModelDraft = Omit<Draft<MappedModel>, 'relationships' | 'proxies' | 'table'> & {
  relationships: RelationshipDraft[];
  proxies: MappedAssociationProxy[];
  table: TableDraft;
};
export type RelationshipDraft = Omit<Draft<MappedRelationship>, 'owner' | 'target' | 'secondary' | 'reverse'> & {
  owner: ModelDraft;
  target: ModelDraft;
  secondary: TableDraft | undefined;
  reverse: RelationshipDraft | undefined;
  /** The options as declared (or as the backref gave them). */
  declaredBackPopulates: string | undefined;
};

/**
 * Freezes the drafts in place, so that the objects other drafts point at are the frozen ones.
 * Objects for which `keep` returns true (the user's declarations) are left as they are.
 */
export function deepFreeze(roots: readonly object[], keep: (value: object) => boolean): void {
  const seen = new Set<object>();
  const stack = [...roots];
  while (stack.length > 0) {
    const value = stack.pop()!;
    if (seen.has(value) || Object.isFrozen(value) || keep(value)) continue;
    seen.add(value);
    for (const child of Object.values(value)) {
      if (typeof child === 'object' && child !== null) stack.push(child);
    }
    Object.freeze(value);
  }
}
