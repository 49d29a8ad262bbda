/** Many to one, both directions with backPopulates (examples/seed/many-to-one-back-populates.ts). */
import { describe, expect, it } from 'vitest';
import Base from '../../examples/seed/many-to-one-back-populates.js';
import { configure } from '../../src/index.js';
import { describeManyToOne } from './families/manyToOne.js';
import { decisions } from './seedSchema.js';

const mapping = configure(Base);

describeManyToOne({ pattern: 'many-to-one-back-populates', Base, reverse: true });

describe('many-to-one-back-populates: mapper', () => {
  it('pairs Parent.child (many-to-one, scalar) with Child.parents (one-to-many, list)', () => {
    expect(decisions(mapping, 'Parent.child')).toEqual({
      direction: 'many-to-one',
      uselist: false,
      nullable: true,
      reverse: 'Child.parents',
      origin: 'declared',
      cascade: 'save-update, merge',
      viewonly: false,
      secondary: undefined,
      join: ['parent.child_id = child.id'],
      secondaryJoin: [],
    });
    expect(decisions(mapping, 'Child.parents')).toEqual({
      direction: 'one-to-many',
      uselist: true,
      nullable: true,
      reverse: 'Parent.child',
      origin: 'declared',
      cascade: 'save-update, merge',
      viewonly: false,
      secondary: undefined,
      join: ['child.id = parent.child_id'],
      secondaryJoin: [],
    });
  });
});
