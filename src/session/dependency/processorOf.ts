/** The processor of each relationship, chosen once from its direction. */
import type { MappedRelationship } from '../../mapper/index.js';
import type { DependencyProcessor } from './DependencyProcessor.js';
import { ManyToManyProcessor } from './manyToMany.js';
import { ManyToOneProcessor } from './manyToOne.js';
import { OneToManyProcessor } from './oneToMany.js';

const processors = new WeakMap<MappedRelationship, DependencyProcessor>();

/** The processor of a relationship, made once: the one place a direction is turned into behaviour. */
export function processorOf(relationship: MappedRelationship): DependencyProcessor {
  let processor = processors.get(relationship);
  if (!processor) {
    processor = createProcessor(relationship);
    processors.set(relationship, processor);
  }
  return processor;
}

function createProcessor(relationship: MappedRelationship): DependencyProcessor {
  switch (relationship.direction) {
    case 'one-to-many':
      return new OneToManyProcessor(relationship);
    case 'many-to-one':
      return new ManyToOneProcessor(relationship);
    case 'many-to-many':
      return new ManyToManyProcessor(relationship);
  }
}
