/** One to many, both directions with backref (examples/seed/one-to-many-backref.ts). */
import { describe, expect, it } from 'vitest';
import Base from '../../examples/seed/one-to-many-backref.js';
import { configure } from '../../src/index.js';
import { describeOneToMany } from './families/oneToMany.js';
import { decisions } from './seedSchema.js';

const mapping = configure(Base);

describeOneToMany({ pattern: 'one-to-many-backref', Base, reverse: true });

describe('one-to-many-backref: mapper', () => {
  it('creates Child.parent as the many-to-one reverse of Parent.children', () => {
    expect(decisions(mapping, 'Parent.children')).toMatchObject({
      direction: 'one-to-many',
      uselist: true,
      reverse: 'Child.parent',
      origin: 'declared',
      cascade: 'save-update, merge',
    });
    expect(decisions(mapping, 'Child.parent')).toEqual({
      direction: 'many-to-one',
      uselist: false,
      nullable: true,
      reverse: 'Parent.children',
      origin: 'backref',
      cascade: 'save-update, merge',
      viewonly: false,
      secondary: undefined,
      join: ['child.parent_id = parent.id'],
      secondaryJoin: [],
    });
  });
});
