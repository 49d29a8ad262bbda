/** One to many, one direction: `Parent.children` over `child.parent_id` (examples/seed/one-to-many.ts). */
import { describe, expect, it } from 'vitest';
import Base from '../../examples/seed/one-to-many.js';
import { configure } from '../../src/index.js';
import { describeOneToMany } from './families/oneToMany.js';
import { decisions } from './seedSchema.js';

const mapping = configure(Base);

describeOneToMany({ pattern: 'one-to-many', Base, reverse: false });

describe('one-to-many: mapper', () => {
  it('infers one-to-many from the foreign key on the target, with a list and the default cascade', () => {
    expect(decisions(mapping, 'Parent.children')).toEqual({
      direction: 'one-to-many',
      uselist: true,
      nullable: true,
      reverse: undefined,
      origin: 'declared',
      cascade: 'save-update, merge',
      viewonly: false,
      secondary: undefined,
      join: ['parent.id = child.parent_id'],
      secondaryJoin: [],
    });
  });

  it('maps no relationship on Child', () => {
    expect(mapping.model('Child')?.relationships).toEqual([]);
  });
});
