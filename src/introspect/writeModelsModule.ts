/**
 * Prints the models module `inferModels` describes: the declarations a person would write,
 * importing from 'relgraph' and exporting the declarative base by default, as `relgraph
 * generate` and `relgraph serve` load it. The same description always prints the same text.
 */
import { compareCodePoints } from '../util/compareCodePoints.js';
import type {
  ColumnDescription,
  ConstraintDescription,
  ForeignKeyDescription,
  LinkTableDescription,
  ModelDescription,
  ModelsDescription,
  RelationshipDescription,
  TypeDescription,
} from './inferModels.js';

/** The text is plain JavaScript, so it serves as a `.ts` module and as an `.mjs` one alike. */
export interface WriteModelsModuleOptions {
  /** The opening sentence of the module's comment. */
  readonly title?: string;
}

const width = 100;

/**
 * @example
 * writeModelsModule(inferModels(catalog))
 * // import { Column, ForeignKey, Integer, declarativeBase, relationship } from 'relgraph';
 * // const Base = declarativeBase();
 * // export const Parent = Base.model('Parent', { tableName: 'parent', ... });
 * // export default Base;
 */
export function writeModelsModule(description: ModelsDescription, options: WriteModelsModuleOptions = {}): string {
  const imports = new Set<string>(['declarativeBase']);
  const blocks = [
    ...description.tables.map((table) => linkTableBlock(table, imports)),
    ...description.models.map((model) => modelBlock(model, imports)),
  ];
  return `${[
    openingComment(description, options.title),
    importLine(imports),
    'const Base = declarativeBase();',
    ...blocks,
    'export default Base;',
  ].join('\n\n')}\n`;
}

function openingComment(
  description: ModelsDescription,
  title = "Models written by `relgraph introspect` from the database's catalog.",
): string {
  const lines = [
    ...wrap(
      `${title} Relationship names are inferred from the foreign keys: rename them freely, together with the backPopulates that names them.`,
      '',
    ),
  ];
  if (description.skipped.length > 0) {
    lines.push('', 'Left out:');
    for (const table of description.skipped) lines.push(...wrap(`${table.kind} "${table.name}": ${table.reason}.`, '- '));
  }
  if (description.notes.length > 0) {
    lines.push('', 'Notes:');
    for (const note of description.notes) lines.push(...wrap(note, '- '));
  }
  return ['/**', ...lines.map((line) => (line ? ` * ${commentSafe(line)}` : ' *')), ' */'].join('\n');
}

/** Words of `text` in lines of at most `width`, the first after `bullet`, the rest indented to match. */
function wrap(text: string, bullet: string): string[] {
  const lines: string[] = [];
  let line = bullet;
  let empty = true;
  for (const word of text.split(/\s+/)) {
    if (!empty && line.length + 1 + word.length > width - 3) {
      lines.push(line);
      line = ' '.repeat(bullet.length);
      empty = true;
    }
    line += empty ? word : ` ${word}`;
    empty = false;
  }
  lines.push(line);
  return lines;
}

function commentSafe(text: string): string {
  return text.replaceAll('*/', '*\\/');
}

function importLine(imports: ReadonlySet<string>): string {
  const names = [...imports].sort(compareCodePoints);
  const single = `import { ${names.join(', ')} } from 'relgraph';`;
  if (single.length <= width) return single;
  const lines: string[] = [];
  let line = ' ';
  for (const name of names) {
    if (line.length + name.length + 2 > width) {
      lines.push(line);
      line = ' ';
    }
    line += ` ${name},`;
  }
  lines.push(line);
  return `import {\n${lines.join('\n')}\n} from 'relgraph';`;
}

function linkTableBlock(table: LinkTableDescription, imports: Set<string>): string {
  imports.add('Table');
  imports.add('Column');
  const items = [
    ...table.columns.map((column) => withComment(`${columnCall(column, true, imports)},`, column.comment)),
    ...table.constraints.map((constraint) => `${constraintCall(constraint, imports)},`),
  ];
  const [a, b] = table.relationships;
  return [
    `/** Link table of the many-to-many ${a} ↔ ${b}. */`,
    `Table(${quote(table.name)}, Base.metadata,`,
    ...items.map((item) => `  ${item}`),
    ');',
  ].join('\n');
}

function modelBlock(model: ModelDescription, imports: Set<string>): string {
  const lines: string[] = [`tableName: ${quote(model.tableName)},`];
  if (model.tableArgs.length > 0) {
    const calls = model.tableArgs.map((constraint) => constraintCall(constraint, imports));
    const single = `tableArgs: [${calls.join(', ')}],`;
    if (single.length + 2 <= width) lines.push(single);
    else lines.push('tableArgs: [', ...calls.map((call) => `  ${call},`), '],');
  }
  for (const column of model.columns) {
    lines.push(withComment(`${property(column.attribute)}: ${columnCall(column, false, imports)},`, column.comment));
  }
  for (const relationship of model.relationships) {
    imports.add('relationship');
    lines.push(`${property(relationship.name)}: ${relationshipCall(relationship)},`);
  }
  for (const proxy of model.proxies) {
    imports.add('associationProxy');
    lines.push(`${property(proxy.name)}: associationProxy(${quote(proxy.relationship)}, ${quote(proxy.attribute)}),`);
  }
  const doc = model.associationObject ? [`/** Association object: a link with columns of its own, reached from both ends. */`] : [];
  return [...doc, `export const ${model.binding} = Base.model(${quote(model.name)}, {`, ...lines.map((line) => `  ${line}`), '});'].join(
    '\n',
  );
}

function withComment(code: string, comment: string | undefined): string {
  return comment ? `${code} // ${comment.replace(/\s+/g, ' ')}` : code;
}

/** `Column('left_id', Integer, ForeignKey('left.id'), { primaryKey: true })`; the name is given in a Table, or when it is not the attribute. */
function columnCall(column: ColumnDescription, inTable: boolean, imports: Set<string>): string {
  imports.add('Column');
  const args: string[] = [];
  if (inTable || column.name !== column.attribute) args.push(quote(column.name));
  args.push(typeExpression(column.type, imports));
  for (const fk of column.foreignKeys) args.push(foreignKeyCall(fk, imports));
  const options = objectLiteral([
    ['primaryKey', column.options.primaryKey],
    ['nullable', column.options.nullable],
    ['unique', column.options.unique],
    ['index', column.options.index],
    ['autoincrement', column.options.autoincrement],
    ['default', column.options.default],
    ['serverDefault', column.options.serverDefault],
  ]);
  if (options) args.push(options);
  return `Column(${args.join(', ')})`;
}

function typeExpression(type: TypeDescription, imports: Set<string>): string {
  const use = (name: string) => {
    imports.add(name);
    return name;
  };
  switch (type.kind) {
    case 'integer':
      return use('Integer');
    case 'bigInteger':
      return use('BigInteger');
    case 'smallInteger':
      return type.unsigned ? `${use('SmallInteger')}({ unsigned: true })` : use('SmallInteger');
    case 'tinyInteger':
      return type.unsigned ? `${use('TinyInteger')}({ unsigned: true })` : use('TinyInteger');
    case 'year':
      return use('Year');
    case 'time':
      return use('Time');
    case 'largeBinary':
      return type.length === undefined ? use('LargeBinary') : `${use('LargeBinary')}(${type.length})`;
    case 'string':
      return type.length === undefined ? use('String') : `${use('String')}(${type.length})`;
    case 'text':
      return use('Text');
    case 'boolean':
      return use('Boolean');
    case 'float':
      return use('Float');
    case 'numeric':
      return type.precision === undefined ? use('Numeric') : `${use('Numeric')}(${type.precision}, ${type.scale ?? 0})`;
    case 'dateTime':
      return use('DateTime');
    case 'date':
      return use('Date');
    case 'json':
      return use('JSON');
    case 'enum':
    case 'set': {
      const values = `[${(type.values ?? []).map(quote).join(', ')}]`;
      return `${use(type.kind === 'set' ? 'Set' : 'Enum')}(${values}${type.enumName ? `, { name: ${quote(type.enumName)} }` : ''})`;
    }
  }
}

function foreignKeyCall(fk: ForeignKeyDescription, imports: Set<string>): string {
  imports.add('ForeignKey');
  const options = objectLiteral([
    ['onDelete', fk.onDelete],
    ['onUpdate', fk.onUpdate],
  ]);
  return `ForeignKey(${quote(fk.target)}${options ? `, ${options}` : ''})`;
}

function constraintCall(constraint: ConstraintDescription, imports: Set<string>): string {
  const list = (names: readonly string[]) => `[${names.map(quote).join(', ')}]`;
  if (constraint.kind === 'unique') {
    imports.add('UniqueConstraint');
    return `UniqueConstraint(${list(constraint.columns)})`;
  }
  imports.add('ForeignKeyConstraint');
  const options = objectLiteral([
    ['onDelete', constraint.onDelete],
    ['onUpdate', constraint.onUpdate],
  ]);
  return `ForeignKeyConstraint(${list(constraint.columns)}, ${list(constraint.targets)}${options ? `, ${options}` : ''})`;
}

function relationshipCall(relationship: RelationshipDescription): string {
  const { options } = relationship;
  const oneOrList = (names: readonly string[] | undefined) => (names === undefined ? undefined : names.length === 1 ? names[0]! : names);
  const literal = objectLiteral([
    ['secondary', options.secondary],
    ['backPopulates', options.backPopulates],
    ['uselist', options.uselist],
    ['foreignKeys', oneOrList(options.foreignKeys)],
    ['remoteSide', oneOrList(options.remoteSide)],
    ['cascade', options.cascade],
    ['passiveDeletes', options.passiveDeletes],
  ]);
  return `relationship(${quote(relationship.target)}${literal ? `, ${literal}` : ''})`;
}

type LiteralValue = string | number | boolean | readonly string[] | undefined;

/** `{ primaryKey: true, default: 'draft' }`, leaving out what is undefined; `undefined` when nothing is left. */
function objectLiteral(entries: ReadonlyArray<readonly [string, LiteralValue]>): string | undefined {
  const parts = entries.filter(([, value]) => value !== undefined).map(([name, value]) => `${name}: ${valueLiteral(value!)}`);
  return parts.length === 0 ? undefined : `{ ${parts.join(', ')} }`;
}

function valueLiteral(value: string | number | boolean | readonly string[]): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `[${value.map(quote).join(', ')}]`;
}

/** A JavaScript string: single-quoted, or double-quoted when that spares escaping a quote (`"'CURRENT'"`). */
export function quote(text: string): string {
  const json = JSON.stringify(text);
  if (text.includes("'") && !text.includes('"')) return json;
  return `'${json.slice(1, -1).replaceAll('\\"', '"').replaceAll("'", "\\'")}'`;
}

/** An object key: bare when it is an identifier, else quoted. */
function property(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : quote(name);
}
