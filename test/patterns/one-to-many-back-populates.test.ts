/** One to many, both directions with backPopulates (examples/seed/one-to-many-back-populates.ts). */
import { describe, expect, it } from 'vitest';
import Base from '../../examples/seed/one-to-many-back-populates.js';
import { configure } from '../../src/index.js';
import { describeOneToMany } from './families/oneToMany.js';
import { decisions } from './seedSchema.js';

const mapping = configure(Base);

describeOneToMany({ pattern: 'one-to-many-back-populates', Base, reverse: true });

describe('one-to-many-back-populates: mapper', () => {
  it('pairs Parent.children (one-to-many, list) with Child.parent (many-to-one, scalar)', () => {
    expect(decisions(mapping, 'Parent.children')).toEqual({
      direction: 'one-to-many',
      uselist: true,
      nullable: true,
      reverse: 'Child.parent',
      origin: 'declared',
      cascade: 'save-update, merge',
      viewonly: false,
      secondary: undefined,
      join: ['parent.id = child.parent_id'],
      secondaryJoin: [],
    });
    expect(decisions(mapping, 'Child.parent')).toEqual({
      direction: 'many-to-one',
      uselist: false,
      nullable: true,
      reverse: 'Parent.children',
      origin: 'declared',
      cascade: 'save-update, merge',
      viewonly: false,
      secondary: undefined,
      join: ['child.parent_id = parent.id'],
      secondaryJoin: [],
    });
  });
});
