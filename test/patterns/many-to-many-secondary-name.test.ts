/** Many to many, with secondary given as a table name (examples/seed/many-to-many-secondary-name.ts). */
import { describe, expect, it } from 'vitest';
import Base from '../../examples/seed/many-to-many-secondary-name.js';
import { configure } from '../../src/index.js';
import { describeManyToMany } from './families/manyToMany.js';

const mapping = configure(Base);

describeManyToMany({ pattern: 'many-to-many-secondary-name', Base, reverse: 'backref' });

describe('many-to-many-secondary-name: mapper', () => {
  it('finds the secondary by name among the tables of Base.metadata', () => {
    const secondary = mapping.table('association');
    expect(secondary?.decl).toBe(Base.metadata.tables.get('association'));
    expect(mapping.model('Parent')?.attribute('children')).toMatchObject({ secondary });
  });
});
