/** The words on an edge, the same in every format: both attribute names, the cardinality, the notes. */
import type { DiagramEdge } from './describeMapping.js';

export interface EdgeLabel {
  /** `books / publisher`, or `book` for an unpaired relationship. */
  readonly names: string;
  /** `one-to-many`, `many-to-one`, `one-to-one` or `many-to-many`. */
  readonly cardinality: string;
  /** `lines: delete, delete-orphan, passiveDeletes`: one per end that has notes. */
  readonly notes: readonly string[];
}

/**
 * @example
 * edgeLabel(orderLines) // { names: 'lines / order', cardinality: 'one-to-many', notes: ['lines: delete, delete-orphan, passiveDeletes'] }
 */
export function edgeLabel(edge: DiagramEdge): EdgeLabel {
  const ends = [edge.from, edge.to].filter((end) => end.attribute !== undefined);
  return {
    names: ends.map((end) => end.attribute).join(' / '),
    cardinality: edge.cardinality,
    notes: ends.filter((end) => end.notes.length > 0).map((end) => `${end.attribute}: ${end.notes.join(', ')}`),
  };
}

/**
 * One line: `lines / order: one-to-many [lines: delete, delete-orphan, passiveDeletes]`.
 *
 * @example
 * edgeLabelLine(publisherBooks) // 'books / publisher: one-to-many'
 */
export function edgeLabelLine(edge: DiagramEdge): string {
  const { names, cardinality, notes } = edgeLabel(edge);
  return [`${names}: ${cardinality}`, ...notes.map((note) => `[${note}]`)].join(' ');
}

/**
 * The edge as a sentence that names its models, for a list beside the diagram.
 *
 * @example
 * edgeSentence(publisherBooks) // 'Publisher.books ↔ Book.publisher: one-to-many'
 * edgeSentence(bookGenres)     // 'Book.genres ↔ Genre.books: many-to-many through book_genre'
 * edgeSentence(orderLineBook)  // 'OrderLine.book → Book: many-to-one'
 */
export function edgeSentence(edge: DiagramEdge): string {
  const { notes } = edgeLabel(edge);
  const from = `${edge.from.box}.${edge.from.attribute}`;
  const to = edge.to.attribute === undefined ? `→ ${edge.to.box}` : `↔ ${edge.to.box}.${edge.to.attribute}`;
  const through = edge.through === undefined ? '' : ` through ${edge.through}`;
  return [`${from} ${to}: ${edge.cardinality}${through}`, ...notes.map((note) => `[${note}]`)].join(' ');
}
