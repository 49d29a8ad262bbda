/** How the mapper prints declarations in messages: `Parent.children`, `child.parent_id`, `Child(id=3)`. */
import type { TableColumn } from '../declare/index.js';

/** `"child.parent_id"`. */
export function columnName(column: TableColumn): string {
  return `${column.table.name}.${column.name}`;
}

/** `"child.parent_id, child.step_parent_id"`. */
export function columnList(columns: readonly TableColumn[]): string {
  return columns.map(columnName).join(', ');
}

/** `"Parent.children"`. */
export function attributeName(model: { name: string }, attribute: string): string {
  return `${model.name}.${attribute}`;
}

/** `"Child(id=3)"` or `"Association(left_id=1, right_id=2)"`: SQLAlchemy's instance form. */
export function instanceName(modelName: string, key: ReadonlyArray<readonly [string, unknown]>): string {
  return `${modelName}(${key.map(([name, value]) => `${name}=${String(value)}`).join(', ')})`;
}
