/** Link tables as legacy databases hold them, for the tests of `keylessLinkTables`. */
import type { Driver } from '../../src/dialect/Driver.js';

export interface LinkColumn {
  readonly name: string;
  /** The table whose `id` the column references. */
  readonly references: string;
}

/**
 * Replaces the `secondary` table createAll made by one with the same link columns and no key over
 * them, as SQLAlchemy creates it. Without `foreignKeys` the table is older still, as hand-made
 * tables often are: then no foreign-key check locks the ends of a link either.
 *
 * @example
 * await dropLinkKey(driver, 'association', [{ name: 'left_id', references: 'left' }, { name: 'right_id', references: 'right' }]);
 */
export async function dropLinkKey(
  driver: Driver,
  table: string,
  columns: readonly LinkColumn[],
  { foreignKeys = true, notNull = false } = {},
): Promise<void> {
  const q = (name: string) => (driver.dialect.name === 'mysql' ? `\`${name}\`` : `"${name}"`);
  const ddl = (sql: string) => driver.execute({ sql, params: [], kind: 'ddl' });
  const column = ({ name, references }: LinkColumn) =>
    `${q(name)} INTEGER${notNull ? ' NOT NULL' : ''}${foreignKeys ? ` REFERENCES ${q(references)} (${q('id')})` : ''}`;
  await ddl(`DROP TABLE ${q(table)}`);
  await ddl(`CREATE TABLE ${q(table)} (${columns.map(column).join(', ')})`);
}
