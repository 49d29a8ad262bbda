/**
 * Looks ahead in a list field's selection for to-one relationships that can come in the same
 * statement: `children { id parent { name } }` reads each child's parent with a LEFT JOIN
 * instead of a second SELECT.
 */
import type { FieldNode, FragmentDefinitionNode, SelectionSetNode } from 'graphql';
import { linkHolder, type MappedModel, type MappedRelationship } from '../mapper/index.js';
import type { FieldIndex } from '../inflect/FieldIndex.js';

/**
 * The many-to-one relationships of `model`, onto the target's primary key, that the selection
 * asks for (through fragments too).
 */
export function includedToOne(
  model: MappedModel,
  fieldNodes: readonly FieldNode[],
  fragments: Record<string, FragmentDefinitionNode>,
  fields: FieldIndex,
): MappedRelationship[] {
  const found = new Set<MappedRelationship>();
  const visit = (selectionSet: SelectionSetNode | undefined, seen: Set<string>) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === 'InlineFragment') visit(selection.selectionSet, seen);
      else if (selection.kind === 'FragmentSpread') {
        const name = selection.name.value;
        if (seen.has(name)) continue;
        seen.add(name);
        visit(fragments[name]?.selectionSet, seen);
      } else {
        const field = fields.field(model, selection.name.value);
        if (field && 'kind' in field && field.kind === 'relationship' && isToOneByKey(field)) found.add(field);
      }
    }
  };
  for (const node of fieldNodes) visit(node.selectionSet, new Set());
  return [...found];
}

/**
 * The fields that select a connection's rows — `nodes`, and `node` under `edges` — through
 * fragments: what `includedToOne` looks into for a connection.
 */
export function connectionNodeFields(fieldNodes: readonly FieldNode[], fragments: Record<string, FragmentDefinitionNode>): FieldNode[] {
  const found: FieldNode[] = [];
  const visit = (selectionSet: SelectionSetNode | undefined, inEdges: boolean, seen: Set<string>) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === 'InlineFragment') visit(selection.selectionSet, inEdges, seen);
      else if (selection.kind === 'FragmentSpread') {
        if (seen.has(selection.name.value)) continue;
        seen.add(selection.name.value);
        visit(fragments[selection.name.value]?.selectionSet, inEdges, seen);
      } else if (inEdges ? selection.name.value === 'node' : selection.name.value === 'nodes') {
        found.push(selection);
      } else if (!inEdges && selection.name.value === 'edges') {
        visit(selection.selectionSet, true, seen);
      }
    }
  };
  for (const node of fieldNodes) visit(node.selectionSet, false, new Set());
  return found;
}

/** A many-to-one whose foreign key holds the target's primary key, column for column. */
export function isToOneByKey(relationship: MappedRelationship): boolean {
  const { target } = relationship;
  return (
    linkHolder(relationship) === 'owner' &&
    !relationship.uselist &&
    relationship.join.length === target.primaryKey.length &&
    relationship.join.every((pair, i) => pair.remote === target.primaryKey[i])
  );
}
