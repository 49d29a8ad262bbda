/**
 * Who may do what on the blog. Readers (and anonymous visitors) see published posts only;
 * editors see drafts too and may create posts, authors and tags and link tags to posts.
 * Authors' e-mail addresses are hidden from anonymous visitors.
 */
import { definePolicy } from 'relgraph';

/** What the policy's rules receive: the verified user of a request (`auth.ts` makes it). */
export interface Viewer {
  readonly role: 'anonymous' | 'reader' | 'editor';
  readonly name?: string;
}

const isEditor = (viewer: Viewer) => viewer.role === 'editor';

export const policy = definePolicy<Viewer>({
  Post: {
    read: (viewer) => isEditor(viewer) || { published: { eq: true } },
    create: isEditor,
    update: isEditor,
    link: isEditor,
  },
  Author: {
    read: true,
    create: isEditor,
    link: isEditor,
    fields: { email: (viewer) => viewer.role !== 'anonymous' },
  },
  Tag: {
    read: true,
    create: isEditor,
    link: isEditor,
  },
});
