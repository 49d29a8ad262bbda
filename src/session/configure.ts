/**
 * The public `configure()`: maps the declarations (`mapper/configure`) and instruments the
 * model classes, so that new instances have tracked relationship attributes from the start.
 */
import type { DeclarativeBase, MetaData } from '../declare/index.js';
import { mapDeclarations, type Mapping } from '../mapper/index.js';
import { instrument } from './instrument.js';

/**
 * @example
 * const mapping = configure(Base);
 * const parent = new Parent({ name: 'p' });
 * parent.children.push(new Child({ name: 'c' })); // child.parent === parent
 */
export function configure(source: DeclarativeBase | MetaData): Mapping {
  const mapping = mapDeclarations(source);
  instrument(mapping);
  return mapping;
}
