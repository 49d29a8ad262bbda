/** The words at the top of a box, the same in every format. */
import type { DiagramBox } from './describeMapping.js';

/** `Book` for a model, `book_genre` for a plain `secondary` table. */
export function boxHeading(box: DiagramBox): string {
  return box.model ?? box.table;
}

/** `book`, `book_author, association object`, `link table`. */
export function boxSubtitle(box: DiagramBox): string {
  switch (box.kind) {
    case 'model':
      return box.table;
    case 'association':
      return `${box.table}, association object`;
    case 'link-table':
      return 'link table';
  }
}

/**
 * @example
 * boxTitle(bookAuthor) // 'BookAuthor (book_author, association object)'
 */
export function boxTitle(box: DiagramBox): string {
  return `${boxHeading(box)} (${boxSubtitle(box)})`;
}
