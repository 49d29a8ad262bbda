/** Many to many, with a secondary function, called by configure() (examples/seed/many-to-many-secondary-thunk.ts). */
import { describe, expect, it } from 'vitest';
import Base, { association } from '../../examples/seed/many-to-many-secondary-thunk.js';
import { configure } from '../../src/index.js';
import { describeManyToMany } from './families/manyToMany.js';

const mapping = configure(Base);

describeManyToMany({ pattern: 'many-to-many-secondary-thunk', Base, reverse: 'backref' });

describe('many-to-many-secondary-thunk: mapper', () => {
  it('calls the secondary function at configure time, so the table may be declared after the models', () => {
    const secondary = mapping.table('association');
    expect(secondary?.decl).toBe(association);
    expect(mapping.model('Parent')?.attribute('children')).toMatchObject({ secondary });
  });
});
