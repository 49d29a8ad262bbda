/** Many to many, with secondary given as a table name (examples/seed/many-to-many-secondary-name.ts). */
import { describe, expect, it } from 'vitest';
import Base from '../../examples/seed/many-to-many-secondary-name.js';
import { configure } from '../../src/index.js';
import { decisions } from './seedSchema.js';
import { describeTwoWayManyToMany } from './twoWayManyToMany.js';

const mapping = configure(Base);

describeTwoWayManyToMany('many-to-many-secondary-name', Base);

describe('many-to-many-secondary-name: mapper', () => {
  it('creates Child.parents with the same secondary, the joins swapped', () => {
    expect(decisions(mapping, 'Parent.children')).toEqual({
      direction: 'many-to-many', uselist: true, nullable: true, reverse: 'Child.parents', origin: 'declared',
      cascade: 'save-update, merge', viewonly: false, secondary: 'association',
      join: ['left.id = association.left_id'], secondaryJoin: ['association.right_id = right.id'],
    });
    expect(decisions(mapping, 'Child.parents')).toEqual({
      direction: 'many-to-many', uselist: true, nullable: true, reverse: 'Parent.children', origin: 'backref',
      cascade: 'save-update, merge', viewonly: false, secondary: 'association',
      join: ['right.id = association.right_id'], secondaryJoin: ['association.left_id = left.id'],
    });
  });

  it('finds the secondary by name among the tables of Base.metadata', () => {
    const secondary = mapping.table('association');
    expect(secondary?.decl).toBe(Base.metadata.tables.get('association'));
    expect(mapping.model('Parent')?.attribute('children')).toMatchObject({ secondary });
  });
});
