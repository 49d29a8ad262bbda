import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A 64-bit integer, as a decimal string so that no digit is lost in JSON. */
  BigInt: { input: string; output: string; }
  /** A calendar date, as "YYYY-MM-DD". */
  Date: { input: string; output: string; }
  /** A point in time, as an ISO-8601 string with a time zone, e.g. "2026-11-25T09:30:00.000Z". */
  DateTime: { input: string; output: string; }
  /** An exact decimal number, as a string such as "12.50". */
  Decimal: { input: string; output: string; }
  /** Any JSON value. */
  JSON: { input: unknown; output: unknown; }
};

export type Author = {
  __typename?: 'Author';
  bio?: Maybe<Scalars['String']['output']>;
  /** One-to-many: the BookAuthor rows that refer to this Author. */
  bookAuthors: Array<BookAuthor>;
  /** Counts and column aggregates over Author.bookAuthors, without reading the rows. */
  bookAuthorsAggregate: BookAuthorAggregate;
  /** Author.bookAuthors as a Relay connection: pages with cursors, and totalCount. */
  bookAuthorsConnection: BookAuthorConnection;
  /** Many-to-many: the Book rows linked to this Author. Read-only. */
  books: Array<Book>;
  /** Counts and column aggregates over Author.books, without reading the rows. */
  booksAggregate: BookAggregate;
  /** Author.books as a Relay connection: pages with cursors, and totalCount. */
  booksConnection: BookAuthorBookConnection;
  bornOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  nationality?: Maybe<Scalars['String']['output']>;
};


export type AuthorBookAuthorsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<BookAuthorOrderBy>>;
  where?: InputMaybe<BookAuthorWhere>;
};


export type AuthorBookAuthorsAggregateArgs = {
  where?: InputMaybe<BookAuthorWhere>;
};


export type AuthorBookAuthorsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<BookAuthorOrderBy>>;
  where?: InputMaybe<BookAuthorWhere>;
};


export type AuthorBooksArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<BookOrderBy>>;
  where?: InputMaybe<BookWhere>;
};


export type AuthorBooksAggregateArgs = {
  where?: InputMaybe<BookWhere>;
};


export type AuthorBooksConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<BookOrderBy>>;
  where?: InputMaybe<BookWhere>;
};

/** Counts and column aggregates over Author rows. */
export type AuthorAggregate = {
  __typename?: 'AuthorAggregate';
  /** The average of each numeric column over the rows; null when there are none. */
  avg: AuthorAvgFields;
  /** How many rows match. */
  count: Scalars['Int']['output'];
  /** The largest value of each column; null when there are no rows or only NULLs. */
  max: AuthorMaxFields;
  /** The smallest value of each column; null when there are no rows or only NULLs. */
  min: AuthorMinFields;
  /** The sum of each numeric column over the rows; null when there are none. */
  sum: AuthorSumFields;
};

export type AuthorAvgFields = {
  __typename?: 'AuthorAvgFields';
  id?: Maybe<Scalars['Float']['output']>;
};

/** A BookAuthor added to or removed from a Author's bookAuthors. */
export type AuthorBookAuthorsChange = {
  __typename?: 'AuthorBookAuthorsChange';
  author: Author;
  /** The row linked or unlinked, as you may read it now; null when it was deleted. */
  bookAuthor?: Maybe<BookAuthor>;
  operation: LinkOperation;
};

/** A change to one Author row. */
export type AuthorChange = {
  __typename?: 'AuthorChange';
  /** The row as it is now, as you may read it; null when it was deleted. */
  author?: Maybe<Author>;
  /** UPDATED: the fields whose columns were written. Empty otherwise. */
  changedFields: Array<Scalars['String']['output']>;
  /** The changed row's key (also there when it was deleted). */
  id: Scalars['Int']['output'];
  operation: ChangeOperation;
};

/** Links the Author that `where` names if there is one, else creates it from `create` (whose key columns default to `where`'s) and links it. */
export type AuthorConnectOrCreateInput = {
  /** The Author to create when none has that key. */
  create: AuthorCreateInput;
  /** One unique key of the Author. */
  where: AuthorUniqueInput;
};

/** A page of Author rows, with cursors to page on. */
export type AuthorConnection = {
  __typename?: 'AuthorConnection';
  /** The rows of the page, each with its cursor. */
  edges: Array<AuthorEdge>;
  /** The rows of the page, without cursors. */
  nodes: Array<Author>;
  pageInfo: PageInfo;
  /** How many rows match `where`, on every page together. */
  totalCount: Scalars['Int']['output'];
};

/** A new Author. Fields the database fills (auto-increment, defaults, nullable columns) may be left out. */
export type AuthorCreateInput = {
  bio?: InputMaybe<Scalars['String']['input']>;
  bookAuthors?: InputMaybe<BookAuthorListRelationInput>;
  bornOn?: InputMaybe<Scalars['Date']['input']>;
  id?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  nationality?: InputMaybe<Scalars['String']['input']>;
};

/** A Author in a connection. */
export type AuthorEdge = {
  __typename?: 'AuthorEdge';
  /** Where this row is: pass it as `after` or `before` to page from here. */
  cursor: Scalars['String']['output'];
  node: Author;
};

/** Identifies one Author by its primary key. */
export type AuthorKey = {
  id: Scalars['Int']['input'];
};

/** Filters on a list of Author. */
export type AuthorListFilter = {
  /** Every related Author matches (true when there are none). */
  every?: InputMaybe<AuthorWhere>;
  /** No related Author matches. */
  none?: InputMaybe<AuthorWhere>;
  /** At least one related Author matches. */
  some?: InputMaybe<AuthorWhere>;
};

export type AuthorMaxFields = {
  __typename?: 'AuthorMaxFields';
  bio?: Maybe<Scalars['String']['output']>;
  bornOn?: Maybe<Scalars['Date']['output']>;
  id?: Maybe<Scalars['Int']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  nationality?: Maybe<Scalars['String']['output']>;
};

export type AuthorMinFields = {
  __typename?: 'AuthorMinFields';
  bio?: Maybe<Scalars['String']['output']>;
  bornOn?: Maybe<Scalars['Date']['output']>;
  id?: Maybe<Scalars['Int']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  nationality?: Maybe<Scalars['String']['output']>;
};

/** Orders Author rows by a column. Give one column per entry; several entries sort by each in turn. */
export type AuthorOrderBy = {
  bio?: InputMaybe<SortDirection>;
  bornOn?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  nationality?: InputMaybe<SortDirection>;
};

/** A nested write to a single Author: give exactly one of the fields. */
export type AuthorRelationInput = {
  /** Link an existing Author. */
  connect?: InputMaybe<AuthorKey>;
  /** Link the Author with this unique key, creating it if it does not exist. */
  connectOrCreate?: InputMaybe<AuthorConnectOrCreateInput>;
  /** Create and link a new Author. */
  create?: InputMaybe<AuthorCreateInput>;
  /** true: unlink the current Author. */
  disconnect?: InputMaybe<Scalars['Boolean']['input']>;
};

export type AuthorSumFields = {
  __typename?: 'AuthorSumFields';
  id?: Maybe<Scalars['BigInt']['output']>;
};

/** Identifies one Author by exactly one of its unique keys: id. */
export type AuthorUniqueInput = {
  id?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to an Author: only the fields given are written. */
export type AuthorUpdateInput = {
  bio?: InputMaybe<Scalars['String']['input']>;
  bookAuthors?: InputMaybe<BookAuthorListRelationInput>;
  bornOn?: InputMaybe<Scalars['Date']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  nationality?: InputMaybe<Scalars['String']['input']>;
};

/** Filters Author rows. Fields combine with AND. */
export type AuthorWhere = {
  /** All of these match. */
  AND?: InputMaybe<Array<AuthorWhere>>;
  /** This does not match. */
  NOT?: InputMaybe<AuthorWhere>;
  /** At least one of these matches. */
  OR?: InputMaybe<Array<AuthorWhere>>;
  bio?: InputMaybe<StringFilter>;
  bookAuthors?: InputMaybe<BookAuthorListFilter>;
  books?: InputMaybe<BookListFilter>;
  bornOn?: InputMaybe<DateFilter>;
  id?: InputMaybe<IntFilter>;
  name?: InputMaybe<StringFilter>;
  nationality?: InputMaybe<StringFilter>;
};

export type BigIntFilter = {
  /** Equal to. */
  eq?: InputMaybe<Scalars['BigInt']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['BigInt']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['BigInt']['input']>;
  /** Equal to one of. */
  in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  /** true: only NULL; false: only non-NULL. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Less than. */
  lt?: InputMaybe<Scalars['BigInt']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['BigInt']['input']>;
  /** Not equal to (rows where the column is NULL do not match). */
  ne?: InputMaybe<Scalars['BigInt']['input']>;
  /** Equal to none of. */
  notIn?: InputMaybe<Array<Scalars['BigInt']['input']>>;
};

export type Book = {
  __typename?: 'Book';
  /** The Author rows reached through Book.bookAuthors → BookAuthor.author. */
  authors: Array<Author>;
  /** Counts and column aggregates over Book.authors, without reading the rows. */
  authorsAggregate: AuthorAggregate;
  /** Book.authors as a Relay connection: pages with cursors, and totalCount. */
  authorsConnection: BookAuthorAuthorConnection;
  /** One-to-many: the BookAuthor rows that refer to this Book. */
  bookAuthors: Array<BookAuthor>;
  /** Counts and column aggregates over Book.bookAuthors, without reading the rows. */
  bookAuthorsAggregate: BookAuthorAggregate;
  /** Book.bookAuthors as a Relay connection: pages with cursors, and totalCount. */
  bookAuthorsConnection: BookAuthorConnection;
  description?: Maybe<Scalars['String']['output']>;
  /** One-to-one: the BookDetail that refers to this Book. */
  detail?: Maybe<BookDetail>;
  format: BookFormat;
  /** Many-to-many: the Genre rows linked to this Book. */
  genres: Array<Genre>;
  /** Counts and column aggregates over Book.genres, without reading the rows. */
  genresAggregate: GenreAggregate;
  /** Book.genres as a Relay connection: pages with cursors, and totalCount. */
  genresConnection: GenreConnection;
  id: Scalars['Int']['output'];
  inPrint: Scalars['Boolean']['output'];
  /** ISBN-13, digits only. */
  isbn: Scalars['String']['output'];
  pages?: Maybe<Scalars['Int']['output']>;
  price: Scalars['Decimal']['output'];
  publishedOn?: Maybe<Scalars['Date']['output']>;
  /** Many-to-one: the Publisher this Book refers to. */
  publisher: Publisher;
  publisherId: Scalars['Int']['output'];
  /** One-to-many: the Review rows that refer to this Book. */
  reviews: Array<Review>;
  /** Counts and column aggregates over Book.reviews, without reading the rows. */
  reviewsAggregate: ReviewAggregate;
  /** Book.reviews as a Relay connection: pages with cursors, and totalCount. */
  reviewsConnection: ReviewConnection;
  subtitle?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** Many-to-many: the Customer rows linked to this Book. */
  wishlistedBy: Array<Customer>;
  /** Counts and column aggregates over Book.wishlistedBy, without reading the rows. */
  wishlistedByAggregate: CustomerAggregate;
  /** Book.wishlistedBy as a Relay connection: pages with cursors, and totalCount. */
  wishlistedByConnection: CustomerConnection;
};


export type BookAuthorsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<AuthorOrderBy>>;
  where?: InputMaybe<AuthorWhere>;
};


export type BookAuthorsAggregateArgs = {
  where?: InputMaybe<AuthorWhere>;
};


export type BookAuthorsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<AuthorOrderBy>>;
  where?: InputMaybe<AuthorWhere>;
};


export type BookBookAuthorsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<BookAuthorOrderBy>>;
  where?: InputMaybe<BookAuthorWhere>;
};


export type BookBookAuthorsAggregateArgs = {
  where?: InputMaybe<BookAuthorWhere>;
};


export type BookBookAuthorsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<BookAuthorOrderBy>>;
  where?: InputMaybe<BookAuthorWhere>;
};


export type BookGenresArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<GenreOrderBy>>;
  where?: InputMaybe<GenreWhere>;
};


export type BookGenresAggregateArgs = {
  where?: InputMaybe<GenreWhere>;
};


export type BookGenresConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<GenreOrderBy>>;
  where?: InputMaybe<GenreWhere>;
};


export type BookReviewsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ReviewOrderBy>>;
  where?: InputMaybe<ReviewWhere>;
};


export type BookReviewsAggregateArgs = {
  where?: InputMaybe<ReviewWhere>;
};


export type BookReviewsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ReviewOrderBy>>;
  where?: InputMaybe<ReviewWhere>;
};


export type BookWishlistedByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CustomerOrderBy>>;
  where?: InputMaybe<CustomerWhere>;
};


export type BookWishlistedByAggregateArgs = {
  where?: InputMaybe<CustomerWhere>;
};


export type BookWishlistedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CustomerOrderBy>>;
  where?: InputMaybe<CustomerWhere>;
};

/** Counts and column aggregates over Book rows. */
export type BookAggregate = {
  __typename?: 'BookAggregate';
  /** The average of each numeric column over the rows; null when there are none. */
  avg: BookAvgFields;
  /** How many rows match. */
  count: Scalars['Int']['output'];
  /** The largest value of each column; null when there are no rows or only NULLs. */
  max: BookMaxFields;
  /** The smallest value of each column; null when there are no rows or only NULLs. */
  min: BookMinFields;
  /** The sum of each numeric column over the rows; null when there are none. */
  sum: BookSumFields;
};

export type BookAuthor = {
  __typename?: 'BookAuthor';
  /** Many-to-one: the Author this BookAuthor refers to. */
  author: Author;
  authorId: Scalars['Int']['output'];
  /** Many-to-one: the Book this BookAuthor refers to. */
  book: Book;
  bookId: Scalars['Int']['output'];
  /** Order of the name on the cover, from 1. */
  position: Scalars['Int']['output'];
  role: ContributorRole;
};

/** Counts and column aggregates over BookAuthor rows. */
export type BookAuthorAggregate = {
  __typename?: 'BookAuthorAggregate';
  /** The average of each numeric column over the rows; null when there are none. */
  avg: BookAuthorAvgFields;
  /** How many rows match. */
  count: Scalars['Int']['output'];
  /** The largest value of each column; null when there are no rows or only NULLs. */
  max: BookAuthorMaxFields;
  /** The smallest value of each column; null when there are no rows or only NULLs. */
  min: BookAuthorMinFields;
  /** The sum of each numeric column over the rows; null when there are none. */
  sum: BookAuthorSumFields;
};

/** A page of Author rows, with cursors to page on. */
export type BookAuthorAuthorConnection = {
  __typename?: 'BookAuthorAuthorConnection';
  /** The rows of the page, each with its cursor. */
  edges: Array<BookAuthorAuthorEdge>;
  /** The rows of the page, without cursors. */
  nodes: Array<Author>;
  pageInfo: PageInfo;
  /** How many rows match `where`, on every page together. */
  totalCount: Scalars['Int']['output'];
};

/** A Author in a connection, with the BookAuthor row that links it. */
export type BookAuthorAuthorEdge = {
  __typename?: 'BookAuthorAuthorEdge';
  /** Where this row is: pass it as `after` or `before` to page from here. */
  cursor: Scalars['String']['output'];
  node: Author;
  /** Order of the name on the cover, from 1. */
  position: Scalars['Int']['output'];
  role: ContributorRole;
};

export type BookAuthorAvgFields = {
  __typename?: 'BookAuthorAvgFields';
  authorId?: Maybe<Scalars['Float']['output']>;
  bookId?: Maybe<Scalars['Float']['output']>;
  position?: Maybe<Scalars['Float']['output']>;
};

/** A page of Book rows, with cursors to page on. */
export type BookAuthorBookConnection = {
  __typename?: 'BookAuthorBookConnection';
  /** The rows of the page, each with its cursor. */
  edges: Array<BookAuthorBookEdge>;
  /** The rows of the page, without cursors. */
  nodes: Array<Book>;
  pageInfo: PageInfo;
  /** How many rows match `where`, on every page together. */
  totalCount: Scalars['Int']['output'];
};

/** A Book in a connection, with the BookAuthor row that links it. */
export type BookAuthorBookEdge = {
  __typename?: 'BookAuthorBookEdge';
  /** Where this row is: pass it as `after` or `before` to page from here. */
  cursor: Scalars['String']['output'];
  node: Book;
  /** Order of the name on the cover, from 1. */
  position: Scalars['Int']['output'];
  role: ContributorRole;
};

/** A change to one BookAuthor row. */
export type BookAuthorChange = {
  __typename?: 'BookAuthorChange';
  /** The changed row's key (also there when it was deleted). */
  authorId: Scalars['Int']['output'];
  /** The row as it is now, as you may read it; null when it was deleted. */
  bookAuthor?: Maybe<BookAuthor>;
  /** The changed row's key (also there when it was deleted). */
  bookId: Scalars['Int']['output'];
  /** UPDATED: the fields whose columns were written. Empty otherwise. */
  changedFields: Array<Scalars['String']['output']>;
  operation: ChangeOperation;
};

/** Links the BookAuthor that `where` names if there is one, else creates it from `create` (whose key columns default to `where`'s) and links it. */
export type BookAuthorConnectOrCreateInput = {
  /** The BookAuthor to create when none has that key. */
  create: BookAuthorCreateInput;
  /** One unique key of the BookAuthor. */
  where: BookAuthorUniqueInput;
};

/** A page of BookAuthor rows, with cursors to page on. */
export type BookAuthorConnection = {
  __typename?: 'BookAuthorConnection';
  /** The rows of the page, each with its cursor. */
  edges: Array<BookAuthorEdge>;
  /** The rows of the page, without cursors. */
  nodes: Array<BookAuthor>;
  pageInfo: PageInfo;
  /** How many rows match `where`, on every page together. */
  totalCount: Scalars['Int']['output'];
};

/** A new BookAuthor. Fields the database fills (auto-increment, defaults, nullable columns) may be left out. */
export type BookAuthorCreateInput = {
  author?: InputMaybe<AuthorRelationInput>;
  authorId?: InputMaybe<Scalars['Int']['input']>;
  book?: InputMaybe<BookRelationInput>;
  bookId?: InputMaybe<Scalars['Int']['input']>;
  /** Order of the name on the cover, from 1. */
  position?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<ContributorRole>;
};

/** A BookAuthor in a connection. */
export type BookAuthorEdge = {
  __typename?: 'BookAuthorEdge';
  /** Where this row is: pass it as `after` or `before` to page from here. */
  cursor: Scalars['String']['output'];
  node: BookAuthor;
};

/** Identifies one BookAuthor by its primary key. */
export type BookAuthorKey = {
  authorId: Scalars['Int']['input'];
  bookId: Scalars['Int']['input'];
};

/** Filters on a list of BookAuthor. */
export type BookAuthorListFilter = {
  /** Every related BookAuthor matches (true when there are none). */
  every?: InputMaybe<BookAuthorWhere>;
  /** No related BookAuthor matches. */
  none?: InputMaybe<BookAuthorWhere>;
  /** At least one related BookAuthor matches. */
  some?: InputMaybe<BookAuthorWhere>;
};

/** Nested writes to a list of BookAuthor. `set` replaces the whole list and cannot be combined with the others. */
export type BookAuthorListRelationInput = {
  /** Link existing BookAuthor rows. */
  connect?: InputMaybe<Array<BookAuthorKey>>;
  /** Link the BookAuthor rows with these unique keys, creating those that do not exist. */
  connectOrCreate?: InputMaybe<Array<BookAuthorConnectOrCreateInput>>;
  /** Create and link new BookAuthor rows. */
  create?: InputMaybe<Array<BookAuthorCreateInput>>;
  /** Unlink these BookAuthor rows (a row not linked is ignored). */
  disconnect?: InputMaybe<Array<BookAuthorKey>>;
  /** Link exactly these BookAuthor rows, unlinking the others. */
  set?: InputMaybe<Array<BookAuthorKey>>;
};

export type BookAuthorMaxFields = {
  __typename?: 'BookAuthorMaxFields';
  authorId?: Maybe<Scalars['Int']['output']>;
  bookId?: Maybe<Scalars['Int']['output']>;
  position?: Maybe<Scalars['Int']['output']>;
};

export type BookAuthorMinFields = {
  __typename?: 'BookAuthorMinFields';
  authorId?: Maybe<Scalars['Int']['output']>;
  bookId?: Maybe<Scalars['Int']['output']>;
  position?: Maybe<Scalars['Int']['output']>;
};

/** Orders BookAuthor rows by a column. Give one column per entry; several entries sort by each in turn. */
export type BookAuthorOrderBy = {
  authorId?: InputMaybe<SortDirection>;
  bookId?: InputMaybe<SortDirection>;
  position?: InputMaybe<SortDirection>;
  role?: InputMaybe<SortDirection>;
};

export type BookAuthorSumFields = {
  __typename?: 'BookAuthorSumFields';
  authorId?: Maybe<Scalars['BigInt']['output']>;
  bookId?: Maybe<Scalars['BigInt']['output']>;
  position?: Maybe<Scalars['BigInt']['output']>;
};

/** Identifies one BookAuthor by exactly one of its unique keys: bookId and authorId. */
export type BookAuthorUniqueInput = {
  authorId?: InputMaybe<Scalars['Int']['input']>;
  bookId?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to a BookAuthor: only the fields given are written. */
export type BookAuthorUpdateInput = {
  author?: InputMaybe<AuthorRelationInput>;
  book?: InputMaybe<BookRelationInput>;
  /** Order of the name on the cover, from 1. */
  position?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<ContributorRole>;
};

/** Filters BookAuthor rows. Fields combine with AND. */
export type BookAuthorWhere = {
  /** All of these match. */
  AND?: InputMaybe<Array<BookAuthorWhere>>;
  /** This does not match. */
  NOT?: InputMaybe<BookAuthorWhere>;
  /** At least one of these matches. */
  OR?: InputMaybe<Array<BookAuthorWhere>>;
  author?: InputMaybe<AuthorWhere>;
  authorId?: InputMaybe<IntFilter>;
  book?: InputMaybe<BookWhere>;
  bookId?: InputMaybe<IntFilter>;
  position?: InputMaybe<IntFilter>;
  role?: InputMaybe<ContributorRoleFilter>;
};

export type BookAvgFields = {
  __typename?: 'BookAvgFields';
  id?: Maybe<Scalars['Float']['output']>;
  pages?: Maybe<Scalars['Float']['output']>;
  price?: Maybe<Scalars['Decimal']['output']>;
  publisherId?: Maybe<Scalars['Float']['output']>;
};

/** A BookAuthor added to or removed from a Book's bookAuthors. */
export type BookBookAuthorsChange = {
  __typename?: 'BookBookAuthorsChange';
  book: Book;
  /** The row linked or unlinked, as you may read it now; null when it was deleted. */
  bookAuthor?: Maybe<BookAuthor>;
  operation: LinkOperation;
};

/** A change to one Book row. */
export type BookChange = {
  __typename?: 'BookChange';
  /** The row as it is now, as you may read it; null when it was deleted. */
  book?: Maybe<Book>;
  /** UPDATED: the fields whose columns were written. Empty otherwise. */
  changedFields: Array<Scalars['String']['output']>;
  /** The changed row's key (also there when it was deleted). */
  id: Scalars['Int']['output'];
  operation: ChangeOperation;
};

/** Links the Book that `where` names if there is one, else creates it from `create` (whose key columns default to `where`'s) and links it. */
export type BookConnectOrCreateInput = {
  /** The Book to create when none has that key. */
  create: BookCreateInput;
  /** One unique key of the Book. */
  where: BookUniqueInput;
};

/** A page of Book rows, with cursors to page on. */
export type BookConnection = {
  __typename?: 'BookConnection';
  /** The rows of the page, each with its cursor. */
  edges: Array<BookEdge>;
  /** The rows of the page, without cursors. */
  nodes: Array<Book>;
  pageInfo: PageInfo;
  /** How many rows match `where`, on every page together. */
  totalCount: Scalars['Int']['output'];
};

/** A new Book. Fields the database fills (auto-increment, defaults, nullable columns) may be left out. */
export type BookCreateInput = {
  bookAuthors?: InputMaybe<BookAuthorListRelationInput>;
  description?: InputMaybe<Scalars['String']['input']>;
  detail?: InputMaybe<BookDetailRelationInput>;
  format?: InputMaybe<BookFormat>;
  genres?: InputMaybe<GenreListRelationInput>;
  id?: InputMaybe<Scalars['Int']['input']>;
  inPrint?: InputMaybe<Scalars['Boolean']['input']>;
  /** ISBN-13, digits only. */
  isbn: Scalars['String']['input'];
  pages?: InputMaybe<Scalars['Int']['input']>;
  price: Scalars['Decimal']['input'];
  publishedOn?: InputMaybe<Scalars['Date']['input']>;
  publisher?: InputMaybe<PublisherRelationInput>;
  publisherId?: InputMaybe<Scalars['Int']['input']>;
  reviews?: InputMaybe<ReviewListRelationInput>;
  subtitle?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  wishlistedBy?: InputMaybe<CustomerListRelationInput>;
};

export type BookDetail = {
  __typename?: 'BookDetail';
  /** Many-to-one: the Book this BookDetail refers to. */
  book: Book;
  bookId: Scalars['Int']['output'];
  /** Millimetres: { "width": 135, "height": 216, "depth": 24 }. */
  dimensions?: Maybe<Scalars['JSON']['output']>;
  edition: Scalars['Int']['output'];
  firstLine?: Maybe<Scalars['String']['output']>;
  id: Scalars['Int']['output'];
  /** BCP 47 language tag. */
  language: Scalars['String']['output'];
  weightGrams?: Maybe<Scalars['Float']['output']>;
};

/** Counts and column aggregates over BookDetail rows. */
export type BookDetailAggregate = {
  __typename?: 'BookDetailAggregate';
  /** The average of each numeric column over the rows; null when there are none. */
  avg: BookDetailAvgFields;
  /** How many rows match. */
  count: Scalars['Int']['output'];
  /** The largest value of each column; null when there are no rows or only NULLs. */
  max: BookDetailMaxFields;
  /** The smallest value of each column; null when there are no rows or only NULLs. */
  min: BookDetailMinFields;
  /** The sum of each numeric column over the rows; null when there are none. */
  sum: BookDetailSumFields;
};

export type BookDetailAvgFields = {
  __typename?: 'BookDetailAvgFields';
  bookId?: Maybe<Scalars['Float']['output']>;
  edition?: Maybe<Scalars['Float']['output']>;
  id?: Maybe<Scalars['Float']['output']>;
  weightGrams?: Maybe<Scalars['Float']['output']>;
};

/** A change to one BookDetail row. */
export type BookDetailChange = {
  __typename?: 'BookDetailChange';
  /** The row as it is now, as you may read it; null when it was deleted. */
  bookDetail?: Maybe<BookDetail>;
  /** UPDATED: the fields whose columns were written. Empty otherwise. */
  changedFields: Array<Scalars['String']['output']>;
  /** The changed row's key (also there when it was deleted). */
  id: Scalars['Int']['output'];
  operation: ChangeOperation;
};

/** Links the BookDetail that `where` names if there is one, else creates it from `create` (whose key columns default to `where`'s) and links it. */
export type BookDetailConnectOrCreateInput = {
  /** The BookDetail to create when none has that key. */
  create: BookDetailCreateInput;
  /** One unique key of the BookDetail. */
  where: BookDetailUniqueInput;
};

/** A page of BookDetail rows, with cursors to page on. */
export type BookDetailConnection = {
  __typename?: 'BookDetailConnection';
  /** The rows of the page, each with its cursor. */
  edges: Array<BookDetailEdge>;
  /** The rows of the page, without cursors. */
  nodes: Array<BookDetail>;
  pageInfo: PageInfo;
  /** How many rows match `where`, on every page together. */
  totalCount: Scalars['Int']['output'];
};

/** A new BookDetail. Fields the database fills (auto-increment, defaults, nullable columns) may be left out. */
export type BookDetailCreateInput = {
  book?: InputMaybe<BookRelationInput>;
  bookId?: InputMaybe<Scalars['Int']['input']>;
  /** Millimetres: { "width": 135, "height": 216, "depth": 24 }. */
  dimensions?: InputMaybe<Scalars['JSON']['input']>;
  edition?: InputMaybe<Scalars['Int']['input']>;
  firstLine?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['Int']['input']>;
  /** BCP 47 language tag. */
  language?: InputMaybe<Scalars['String']['input']>;
  weightGrams?: InputMaybe<Scalars['Float']['input']>;
};

/** A BookDetail in a connection. */
export type BookDetailEdge = {
  __typename?: 'BookDetailEdge';
  /** Where this row is: pass it as `after` or `before` to page from here. */
  cursor: Scalars['String']['output'];
  node: BookDetail;
};

/** Identifies one BookDetail by its primary key. */
export type BookDetailKey = {
  id: Scalars['Int']['input'];
};

export type BookDetailMaxFields = {
  __typename?: 'BookDetailMaxFields';
  bookId?: Maybe<Scalars['Int']['output']>;
  edition?: Maybe<Scalars['Int']['output']>;
  firstLine?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['Int']['output']>;
  language?: Maybe<Scalars['String']['output']>;
  weightGrams?: Maybe<Scalars['Float']['output']>;
};

export type BookDetailMinFields = {
  __typename?: 'BookDetailMinFields';
  bookId?: Maybe<Scalars['Int']['output']>;
  edition?: Maybe<Scalars['Int']['output']>;
  firstLine?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['Int']['output']>;
  language?: Maybe<Scalars['String']['output']>;
  weightGrams?: Maybe<Scalars['Float']['output']>;
};

/** Orders BookDetail rows by a column. Give one column per entry; several entries sort by each in turn. */
export type BookDetailOrderBy = {
  bookId?: InputMaybe<SortDirection>;
  dimensions?: InputMaybe<SortDirection>;
  edition?: InputMaybe<SortDirection>;
  firstLine?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  language?: InputMaybe<SortDirection>;
  weightGrams?: InputMaybe<SortDirection>;
};

/** A nested write to a single BookDetail: give exactly one of the fields. */
export type BookDetailRelationInput = {
  /** Link an existing BookDetail. */
  connect?: InputMaybe<BookDetailKey>;
  /** Link the BookDetail with this unique key, creating it if it does not exist. */
  connectOrCreate?: InputMaybe<BookDetailConnectOrCreateInput>;
  /** Create and link a new BookDetail. */
  create?: InputMaybe<BookDetailCreateInput>;
  /** true: unlink the current BookDetail. */
  disconnect?: InputMaybe<Scalars['Boolean']['input']>;
};

export type BookDetailSumFields = {
  __typename?: 'BookDetailSumFields';
  bookId?: Maybe<Scalars['BigInt']['output']>;
  edition?: Maybe<Scalars['BigInt']['output']>;
  id?: Maybe<Scalars['BigInt']['output']>;
  weightGrams?: Maybe<Scalars['Float']['output']>;
};

/** Identifies one BookDetail by exactly one of its unique keys: id or bookId. */
export type BookDetailUniqueInput = {
  bookId?: InputMaybe<Scalars['Int']['input']>;
  id?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to a BookDetail: only the fields given are written. */
export type BookDetailUpdateInput = {
  book?: InputMaybe<BookRelationInput>;
  bookId?: InputMaybe<Scalars['Int']['input']>;
  /** Millimetres: { "width": 135, "height": 216, "depth": 24 }. */
  dimensions?: InputMaybe<Scalars['JSON']['input']>;
  edition?: InputMaybe<Scalars['Int']['input']>;
  firstLine?: InputMaybe<Scalars['String']['input']>;
  /** BCP 47 language tag. */
  language?: InputMaybe<Scalars['String']['input']>;
  weightGrams?: InputMaybe<Scalars['Float']['input']>;
};

/** Filters BookDetail rows. Fields combine with AND. */
export type BookDetailWhere = {
  /** All of these match. */
  AND?: InputMaybe<Array<BookDetailWhere>>;
  /** This does not match. */
  NOT?: InputMaybe<BookDetailWhere>;
  /** At least one of these matches. */
  OR?: InputMaybe<Array<BookDetailWhere>>;
  book?: InputMaybe<BookWhere>;
  bookId?: InputMaybe<IntFilter>;
  dimensions?: InputMaybe<JsonFilter>;
  edition?: InputMaybe<IntFilter>;
  firstLine?: InputMaybe<StringFilter>;
  id?: InputMaybe<IntFilter>;
  language?: InputMaybe<StringFilter>;
  weightGrams?: InputMaybe<FloatFilter>;
};

/** A Book in a connection. */
export type BookEdge = {
  __typename?: 'BookEdge';
  /** Where this row is: pass it as `after` or `before` to page from here. */
  cursor: Scalars['String']['output'];
  node: Book;
};

export type BookFormat =
  | 'audiobook'
  | 'ebook'
  | 'hardcover'
  | 'paperback';

export type BookFormatFilter = {
  /** Equal to. */
  eq?: InputMaybe<BookFormat>;
  /** Equal to one of. */
  in?: InputMaybe<Array<BookFormat>>;
  /** true: only NULL; false: only non-NULL. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to (rows where the column is NULL do not match). */
  ne?: InputMaybe<BookFormat>;
  /** Equal to none of. */
  notIn?: InputMaybe<Array<BookFormat>>;
};

/** A Genre added to or removed from a Book's genres. */
export type BookGenresChange = {
  __typename?: 'BookGenresChange';
  book: Book;
  /** The row linked or unlinked, as you may read it now; null when it was deleted. */
  genre?: Maybe<Genre>;
  operation: LinkOperation;
};

/** Identifies one Book by its primary key. */
export type BookKey = {
  id: Scalars['Int']['input'];
};

/** Filters on a list of Book. */
export type BookListFilter = {
  /** Every related Book matches (true when there are none). */
  every?: InputMaybe<BookWhere>;
  /** No related Book matches. */
  none?: InputMaybe<BookWhere>;
  /** At least one related Book matches. */
  some?: InputMaybe<BookWhere>;
};

/** Nested writes to a list of Book. `set` replaces the whole list and cannot be combined with the others. */
export type BookListRelationInput = {
  /** Link existing Book rows. */
  connect?: InputMaybe<Array<BookKey>>;
  /** Link the Book rows with these unique keys, creating those that do not exist. */
  connectOrCreate?: InputMaybe<Array<BookConnectOrCreateInput>>;
  /** Create and link new Book rows. */
  create?: InputMaybe<Array<BookCreateInput>>;
  /** Unlink these Book rows (a row not linked is ignored). */
  disconnect?: InputMaybe<Array<BookKey>>;
  /** Link exactly these Book rows, unlinking the others. */
  set?: InputMaybe<Array<BookKey>>;
};

export type BookMaxFields = {
  __typename?: 'BookMaxFields';
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['Int']['output']>;
  isbn?: Maybe<Scalars['String']['output']>;
  pages?: Maybe<Scalars['Int']['output']>;
  price?: Maybe<Scalars['Decimal']['output']>;
  publishedOn?: Maybe<Scalars['Date']['output']>;
  publisherId?: Maybe<Scalars['Int']['output']>;
  subtitle?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
};

export type BookMinFields = {
  __typename?: 'BookMinFields';
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['Int']['output']>;
  isbn?: Maybe<Scalars['String']['output']>;
  pages?: Maybe<Scalars['Int']['output']>;
  price?: Maybe<Scalars['Decimal']['output']>;
  publishedOn?: Maybe<Scalars['Date']['output']>;
  publisherId?: Maybe<Scalars['Int']['output']>;
  subtitle?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
};

/** Orders Book rows by a column. Give one column per entry; several entries sort by each in turn. */
export type BookOrderBy = {
  description?: InputMaybe<SortDirection>;
  format?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  inPrint?: InputMaybe<SortDirection>;
  isbn?: InputMaybe<SortDirection>;
  pages?: InputMaybe<SortDirection>;
  price?: InputMaybe<SortDirection>;
  publishedOn?: InputMaybe<SortDirection>;
  publisherId?: InputMaybe<SortDirection>;
  subtitle?: InputMaybe<SortDirection>;
  title?: InputMaybe<SortDirection>;
};

/** A nested write to a single Book: give exactly one of the fields. */
export type BookRelationInput = {
  /** Link an existing Book. */
  connect?: InputMaybe<BookKey>;
  /** Link the Book with this unique key, creating it if it does not exist. */
  connectOrCreate?: InputMaybe<BookConnectOrCreateInput>;
  /** Create and link a new Book. */
  create?: InputMaybe<BookCreateInput>;
  /** true: unlink the current Book. */
  disconnect?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A Review added to or removed from a Book's reviews. */
export type BookReviewsChange = {
  __typename?: 'BookReviewsChange';
  book: Book;
  operation: LinkOperation;
  /** The row linked or unlinked, as you may read it now; null when it was deleted. */
  review?: Maybe<Review>;
};

export type BookSumFields = {
  __typename?: 'BookSumFields';
  id?: Maybe<Scalars['BigInt']['output']>;
  pages?: Maybe<Scalars['BigInt']['output']>;
  price?: Maybe<Scalars['Decimal']['output']>;
  publisherId?: Maybe<Scalars['BigInt']['output']>;
};

/** Identifies one Book by exactly one of its unique keys: id or isbn. */
export type BookUniqueInput = {
  id?: InputMaybe<Scalars['Int']['input']>;
  isbn?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a Book: only the fields given are written. */
export type BookUpdateInput = {
  bookAuthors?: InputMaybe<BookAuthorListRelationInput>;
  description?: InputMaybe<Scalars['String']['input']>;
  detail?: InputMaybe<BookDetailRelationInput>;
  format?: InputMaybe<BookFormat>;
  genres?: InputMaybe<GenreListRelationInput>;
  inPrint?: InputMaybe<Scalars['Boolean']['input']>;
  /** ISBN-13, digits only. */
  isbn?: InputMaybe<Scalars['String']['input']>;
  pages?: InputMaybe<Scalars['Int']['input']>;
  price?: InputMaybe<Scalars['Decimal']['input']>;
  publishedOn?: InputMaybe<Scalars['Date']['input']>;
  publisher?: InputMaybe<PublisherRelationInput>;
  publisherId?: InputMaybe<Scalars['Int']['input']>;
  reviews?: InputMaybe<ReviewListRelationInput>;
  subtitle?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  wishlistedBy?: InputMaybe<CustomerListRelationInput>;
};

/** Filters Book rows. Fields combine with AND. */
export type BookWhere = {
  /** All of these match. */
  AND?: InputMaybe<Array<BookWhere>>;
  /** This does not match. */
  NOT?: InputMaybe<BookWhere>;
  /** At least one of these matches. */
  OR?: InputMaybe<Array<BookWhere>>;
  authors?: InputMaybe<AuthorListFilter>;
  bookAuthors?: InputMaybe<BookAuthorListFilter>;
  description?: InputMaybe<StringFilter>;
  detail?: InputMaybe<BookDetailWhere>;
  format?: InputMaybe<BookFormatFilter>;
  genres?: InputMaybe<GenreListFilter>;
  id?: InputMaybe<IntFilter>;
  inPrint?: InputMaybe<BooleanFilter>;
  isbn?: InputMaybe<StringFilter>;
  pages?: InputMaybe<IntFilter>;
  price?: InputMaybe<DecimalFilter>;
  publishedOn?: InputMaybe<DateFilter>;
  publisher?: InputMaybe<PublisherWhere>;
  publisherId?: InputMaybe<IntFilter>;
  reviews?: InputMaybe<ReviewListFilter>;
  subtitle?: InputMaybe<StringFilter>;
  title?: InputMaybe<StringFilter>;
  wishlistedBy?: InputMaybe<CustomerListFilter>;
};

/** A Customer added to or removed from a Book's wishlistedBy. */
export type BookWishlistedByChange = {
  __typename?: 'BookWishlistedByChange';
  book: Book;
  operation: LinkOperation;
  /** The row linked or unlinked, as you may read it now; null when it was deleted. */
  wishlistedBy?: Maybe<Customer>;
};

export type BooleanFilter = {
  /** Equal to. */
  eq?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to one of. */
  in?: InputMaybe<Array<Scalars['Boolean']['input']>>;
  /** true: only NULL; false: only non-NULL. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to (rows where the column is NULL do not match). */
  ne?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to none of. */
  notIn?: InputMaybe<Array<Scalars['Boolean']['input']>>;
};

/** What happened to a row. */
export type ChangeOperation =
  | 'CREATED'
  | 'DELETED'
  | 'UPDATED';

export type ContributorRole =
  | 'author'
  | 'editor'
  | 'illustrator'
  | 'translator';

export type ContributorRoleFilter = {
  /** Equal to. */
  eq?: InputMaybe<ContributorRole>;
  /** Equal to one of. */
  in?: InputMaybe<Array<ContributorRole>>;
  /** true: only NULL; false: only non-NULL. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to (rows where the column is NULL do not match). */
  ne?: InputMaybe<ContributorRole>;
  /** Equal to none of. */
  notIn?: InputMaybe<Array<ContributorRole>>;
};

export type Customer = {
  __typename?: 'Customer';
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  fullName: Scalars['String']['output'];
  id: Scalars['Int']['output'];
  newsletter: Scalars['Boolean']['output'];
  /** One-to-many: the Order rows that refer to this Customer. */
  orders: Array<Order>;
  /** Counts and column aggregates over Customer.orders, without reading the rows. */
  ordersAggregate: OrderAggregate;
  /** Customer.orders as a Relay connection: pages with cursors, and totalCount. */
  ordersConnection: OrderConnection;
  preferences?: Maybe<Scalars['JSON']['output']>;
  /** Many-to-many: the Book rows linked to this Customer. */
  wishlistBooks: Array<Book>;
  /** Counts and column aggregates over Customer.wishlistBooks, without reading the rows. */
  wishlistBooksAggregate: BookAggregate;
  /** Customer.wishlistBooks as a Relay connection: pages with cursors, and totalCount. */
  wishlistBooksConnection: BookConnection;
};


export type CustomerOrdersArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<OrderOrderBy>>;
  where?: InputMaybe<OrderWhere>;
};


export type CustomerOrdersAggregateArgs = {
  where?: InputMaybe<OrderWhere>;
};


export type CustomerOrdersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<OrderOrderBy>>;
  where?: InputMaybe<OrderWhere>;
};


export type CustomerWishlistBooksArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<BookOrderBy>>;
  where?: InputMaybe<BookWhere>;
};


export type CustomerWishlistBooksAggregateArgs = {
  where?: InputMaybe<BookWhere>;
};


export type CustomerWishlistBooksConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<BookOrderBy>>;
  where?: InputMaybe<BookWhere>;
};

/** Counts and column aggregates over Customer rows. */
export type CustomerAggregate = {
  __typename?: 'CustomerAggregate';
  /** The average of each numeric column over the rows; null when there are none. */
  avg: CustomerAvgFields;
  /** How many rows match. */
  count: Scalars['Int']['output'];
  /** The largest value of each column; null when there are no rows or only NULLs. */
  max: CustomerMaxFields;
  /** The smallest value of each column; null when there are no rows or only NULLs. */
  min: CustomerMinFields;
  /** The sum of each numeric column over the rows; null when there are none. */
  sum: CustomerSumFields;
};

export type CustomerAvgFields = {
  __typename?: 'CustomerAvgFields';
  id?: Maybe<Scalars['Float']['output']>;
};

/** A change to one Customer row. */
export type CustomerChange = {
  __typename?: 'CustomerChange';
  /** UPDATED: the fields whose columns were written. Empty otherwise. */
  changedFields: Array<Scalars['String']['output']>;
  /** The row as it is now, as you may read it; null when it was deleted. */
  customer?: Maybe<Customer>;
  /** The changed row's key (also there when it was deleted). */
  id: Scalars['Int']['output'];
  operation: ChangeOperation;
};

/** Links the Customer that `where` names if there is one, else creates it from `create` (whose key columns default to `where`'s) and links it. */
export type CustomerConnectOrCreateInput = {
  /** The Customer to create when none has that key. */
  create: CustomerCreateInput;
  /** One unique key of the Customer. */
  where: CustomerUniqueInput;
};

/** A page of Customer rows, with cursors to page on. */
export type CustomerConnection = {
  __typename?: 'CustomerConnection';
  /** The rows of the page, each with its cursor. */
  edges: Array<CustomerEdge>;
  /** The rows of the page, without cursors. */
  nodes: Array<Customer>;
  pageInfo: PageInfo;
  /** How many rows match `where`, on every page together. */
  totalCount: Scalars['Int']['output'];
};

/** A new Customer. Fields the database fills (auto-increment, defaults, nullable columns) may be left out. */
export type CustomerCreateInput = {
  createdAt?: InputMaybe<Scalars['DateTime']['input']>;
  email: Scalars['String']['input'];
  fullName: Scalars['String']['input'];
  id?: InputMaybe<Scalars['Int']['input']>;
  newsletter?: InputMaybe<Scalars['Boolean']['input']>;
  orders?: InputMaybe<OrderListRelationInput>;
  preferences?: InputMaybe<Scalars['JSON']['input']>;
  wishlistBooks?: InputMaybe<BookListRelationInput>;
};

/** A Customer in a connection. */
export type CustomerEdge = {
  __typename?: 'CustomerEdge';
  /** Where this row is: pass it as `after` or `before` to page from here. */
  cursor: Scalars['String']['output'];
  node: Customer;
};

/** Identifies one Customer by its primary key. */
export type CustomerKey = {
  id: Scalars['Int']['input'];
};

/** Filters on a list of Customer. */
export type CustomerListFilter = {
  /** Every related Customer matches (true when there are none). */
  every?: InputMaybe<CustomerWhere>;
  /** No related Customer matches. */
  none?: InputMaybe<CustomerWhere>;
  /** At least one related Customer matches. */
  some?: InputMaybe<CustomerWhere>;
};

/** Nested writes to a list of Customer. `set` replaces the whole list and cannot be combined with the others. */
export type CustomerListRelationInput = {
  /** Link existing Customer rows. */
  connect?: InputMaybe<Array<CustomerKey>>;
  /** Link the Customer rows with these unique keys, creating those that do not exist. */
  connectOrCreate?: InputMaybe<Array<CustomerConnectOrCreateInput>>;
  /** Create and link new Customer rows. */
  create?: InputMaybe<Array<CustomerCreateInput>>;
  /** Unlink these Customer rows (a row not linked is ignored). */
  disconnect?: InputMaybe<Array<CustomerKey>>;
  /** Link exactly these Customer rows, unlinking the others. */
  set?: InputMaybe<Array<CustomerKey>>;
};

export type CustomerMaxFields = {
  __typename?: 'CustomerMaxFields';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  fullName?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['Int']['output']>;
};

export type CustomerMinFields = {
  __typename?: 'CustomerMinFields';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  fullName?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['Int']['output']>;
};

/** Orders Customer rows by a column. Give one column per entry; several entries sort by each in turn. */
export type CustomerOrderBy = {
  createdAt?: InputMaybe<SortDirection>;
  email?: InputMaybe<SortDirection>;
  fullName?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  newsletter?: InputMaybe<SortDirection>;
  preferences?: InputMaybe<SortDirection>;
};

/** A Order added to or removed from a Customer's orders. */
export type CustomerOrdersChange = {
  __typename?: 'CustomerOrdersChange';
  customer: Customer;
  operation: LinkOperation;
  /** The row linked or unlinked, as you may read it now; null when it was deleted. */
  order?: Maybe<Order>;
};

/** A nested write to a single Customer: give exactly one of the fields. */
export type CustomerRelationInput = {
  /** Link an existing Customer. */
  connect?: InputMaybe<CustomerKey>;
  /** Link the Customer with this unique key, creating it if it does not exist. */
  connectOrCreate?: InputMaybe<CustomerConnectOrCreateInput>;
  /** Create and link a new Customer. */
  create?: InputMaybe<CustomerCreateInput>;
  /** true: unlink the current Customer. */
  disconnect?: InputMaybe<Scalars['Boolean']['input']>;
};

export type CustomerSumFields = {
  __typename?: 'CustomerSumFields';
  id?: Maybe<Scalars['BigInt']['output']>;
};

/** Identifies one Customer by exactly one of its unique keys: id or email. */
export type CustomerUniqueInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to a Customer: only the fields given are written. */
export type CustomerUpdateInput = {
  createdAt?: InputMaybe<Scalars['DateTime']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  fullName?: InputMaybe<Scalars['String']['input']>;
  newsletter?: InputMaybe<Scalars['Boolean']['input']>;
  orders?: InputMaybe<OrderListRelationInput>;
  preferences?: InputMaybe<Scalars['JSON']['input']>;
  wishlistBooks?: InputMaybe<BookListRelationInput>;
};

/** Filters Customer rows. Fields combine with AND. */
export type CustomerWhere = {
  /** All of these match. */
  AND?: InputMaybe<Array<CustomerWhere>>;
  /** This does not match. */
  NOT?: InputMaybe<CustomerWhere>;
  /** At least one of these matches. */
  OR?: InputMaybe<Array<CustomerWhere>>;
  createdAt?: InputMaybe<DateTimeFilter>;
  email?: InputMaybe<StringFilter>;
  fullName?: InputMaybe<StringFilter>;
  id?: InputMaybe<IntFilter>;
  newsletter?: InputMaybe<BooleanFilter>;
  orders?: InputMaybe<OrderListFilter>;
  preferences?: InputMaybe<JsonFilter>;
  wishlistBooks?: InputMaybe<BookListFilter>;
};

/** A Book added to or removed from a Customer's wishlistBooks. */
export type CustomerWishlistBooksChange = {
  __typename?: 'CustomerWishlistBooksChange';
  customer: Customer;
  operation: LinkOperation;
  /** The row linked or unlinked, as you may read it now; null when it was deleted. */
  wishlistBook?: Maybe<Book>;
};

export type DateFilter = {
  /** Equal to. */
  eq?: InputMaybe<Scalars['Date']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['Date']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['Date']['input']>;
  /** Equal to one of. */
  in?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** true: only NULL; false: only non-NULL. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Less than. */
  lt?: InputMaybe<Scalars['Date']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['Date']['input']>;
  /** Not equal to (rows where the column is NULL do not match). */
  ne?: InputMaybe<Scalars['Date']['input']>;
  /** Equal to none of. */
  notIn?: InputMaybe<Array<Scalars['Date']['input']>>;
};

export type DateTimeFilter = {
  /** Equal to. */
  eq?: InputMaybe<Scalars['DateTime']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['DateTime']['input']>;
  /** Equal to one of. */
  in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  /** true: only NULL; false: only non-NULL. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Less than. */
  lt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['DateTime']['input']>;
  /** Not equal to (rows where the column is NULL do not match). */
  ne?: InputMaybe<Scalars['DateTime']['input']>;
  /** Equal to none of. */
  notIn?: InputMaybe<Array<Scalars['DateTime']['input']>>;
};

export type DecimalFilter = {
  /** Equal to. */
  eq?: InputMaybe<Scalars['Decimal']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['Decimal']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['Decimal']['input']>;
  /** Equal to one of. */
  in?: InputMaybe<Array<Scalars['Decimal']['input']>>;
  /** true: only NULL; false: only non-NULL. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Less than. */
  lt?: InputMaybe<Scalars['Decimal']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['Decimal']['input']>;
  /** Not equal to (rows where the column is NULL do not match). */
  ne?: InputMaybe<Scalars['Decimal']['input']>;
  /** Equal to none of. */
  notIn?: InputMaybe<Array<Scalars['Decimal']['input']>>;
};

/** What a delete mutation would do, worked out by the code that does it, without writing anything. Each list holds one entry per model and relationship. */
export type DeletePreview = {
  __typename?: 'DeletePreview';
  /** The rows the delete would delete: first the row it names, then the rows its relationships' delete cascades reach. */
  deleted: Array<DeletePreviewRows>;
  /** The rows that reference a deleted row and that relgraph leaves to the database's ON DELETE rule (`onDelete`): through a relationship with passiveDeletes, or through a foreign key that no relationship of the deleted row's model writes. Only the rows that reference a deleted row directly: not what the database's own cascades reach from them. */
  handledByDatabase: Array<DeletePreviewRows>;
  /** The rows that would stay, with their foreign key to a deleted row set to NULL (a one-to-many without a delete cascade). `fields` names the key. */
  nulled: Array<DeletePreviewRows>;
  /** True when, by the declared foreign keys, the database would refuse the delete, so that it would fail with CONSTRAINT_VIOLATION and change nothing: a row under nulled whose key may not be NULL, or a row under handledByDatabase whose rule is RESTRICT or NO_ACTION (or SET_NULL on a NOT NULL key). False does not promise success: the database's own cascades may meet such a rule further on. */
  refused: Scalars['Boolean']['output'];
  /** The rows of many-to-many links (of the relationship's secondary table) that the delete would delete. */
  unlinked: Array<DeletePreviewRows>;
};

/** Rows that a delete would touch in one way, of one model, reached through one relationship. */
export type DeletePreviewRows = {
  __typename?: 'DeletePreviewRows';
  /** How many rows. */
  count: Scalars['Int']['output'];
  /** Under nulled and handledByDatabase: the fields of the rows' foreign key to the deleted row, e.g. ["parentId"]; empty under deleted and unlinked. */
  fields: Array<Scalars['String']['output']>;
  /** Each row's primary key, as an object of the model's key fields, e.g. {"id": 3}, with values as the fields return them. For a secondary table without a model, its link columns: {"bookId": 1, "genreId": 4}. */
  keys: Array<Scalars['JSON']['output']>;
  /** The rows' model, e.g. "Book"; null for the rows of a many-to-many relationship's secondary table, which has no model. */
  model?: Maybe<Scalars['String']['output']>;
  /** Under handledByDatabase: the foreign key's declared ON DELETE rule, NO_ACTION when it declares none; null under the other lists. */
  onDelete?: Maybe<ReferentialAction>;
  /** The database would refuse the delete because of these rows (see DeletePreview.refused). */
  refuses: Scalars['Boolean']['output'];
  /** The relationship through which the delete reaches them, as Model.field, e.g. "Author.bookAuthors"; null for the row the delete names, and for a foreign key that no relationship of the deleted row's model writes. */
  relationship?: Maybe<Scalars['String']['output']>;
};

export type FloatFilter = {
  /** Equal to. */
  eq?: InputMaybe<Scalars['Float']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['Float']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['Float']['input']>;
  /** Equal to one of. */
  in?: InputMaybe<Array<Scalars['Float']['input']>>;
  /** true: only NULL; false: only non-NULL. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Less than. */
  lt?: InputMaybe<Scalars['Float']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['Float']['input']>;
  /** Not equal to (rows where the column is NULL do not match). */
  ne?: InputMaybe<Scalars['Float']['input']>;
  /** Equal to none of. */
  notIn?: InputMaybe<Array<Scalars['Float']['input']>>;
};

export type Genre = {
  __typename?: 'Genre';
  /** Many-to-many: the Book rows linked to this Genre. */
  books: Array<Book>;
  /** Counts and column aggregates over Genre.books, without reading the rows. */
  booksAggregate: BookAggregate;
  /** Genre.books as a Relay connection: pages with cursors, and totalCount. */
  booksConnection: BookConnection;
  id: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** Many-to-one: the Genre this Genre refers to. */
  parent?: Maybe<Genre>;
  parentId?: Maybe<Scalars['Int']['output']>;
  slug: Scalars['String']['output'];
  /** One-to-many: the Genre rows that refer to this Genre. */
  subgenres: Array<Genre>;
  /** Counts and column aggregates over Genre.subgenres, without reading the rows. */
  subgenresAggregate: GenreAggregate;
  /** Genre.subgenres as a Relay connection: pages with cursors, and totalCount. */
  subgenresConnection: GenreConnection;
};


export type GenreBooksArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<BookOrderBy>>;
  where?: InputMaybe<BookWhere>;
};


export type GenreBooksAggregateArgs = {
  where?: InputMaybe<BookWhere>;
};


export type GenreBooksConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<BookOrderBy>>;
  where?: InputMaybe<BookWhere>;
};


export type GenreSubgenresArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<GenreOrderBy>>;
  where?: InputMaybe<GenreWhere>;
};


export type GenreSubgenresAggregateArgs = {
  where?: InputMaybe<GenreWhere>;
};


export type GenreSubgenresConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<GenreOrderBy>>;
  where?: InputMaybe<GenreWhere>;
};

/** Counts and column aggregates over Genre rows. */
export type GenreAggregate = {
  __typename?: 'GenreAggregate';
  /** The average of each numeric column over the rows; null when there are none. */
  avg: GenreAvgFields;
  /** How many rows match. */
  count: Scalars['Int']['output'];
  /** The largest value of each column; null when there are no rows or only NULLs. */
  max: GenreMaxFields;
  /** The smallest value of each column; null when there are no rows or only NULLs. */
  min: GenreMinFields;
  /** The sum of each numeric column over the rows; null when there are none. */
  sum: GenreSumFields;
};

export type GenreAvgFields = {
  __typename?: 'GenreAvgFields';
  id?: Maybe<Scalars['Float']['output']>;
  parentId?: Maybe<Scalars['Float']['output']>;
};

/** A Book added to or removed from a Genre's books. */
export type GenreBooksChange = {
  __typename?: 'GenreBooksChange';
  /** The row linked or unlinked, as you may read it now; null when it was deleted. */
  book?: Maybe<Book>;
  genre: Genre;
  operation: LinkOperation;
};

/** A change to one Genre row. */
export type GenreChange = {
  __typename?: 'GenreChange';
  /** UPDATED: the fields whose columns were written. Empty otherwise. */
  changedFields: Array<Scalars['String']['output']>;
  /** The row as it is now, as you may read it; null when it was deleted. */
  genre?: Maybe<Genre>;
  /** The changed row's key (also there when it was deleted). */
  id: Scalars['Int']['output'];
  operation: ChangeOperation;
};

/** Links the Genre that `where` names if there is one, else creates it from `create` (whose key columns default to `where`'s) and links it. */
export type GenreConnectOrCreateInput = {
  /** The Genre to create when none has that key. */
  create: GenreCreateInput;
  /** One unique key of the Genre. */
  where: GenreUniqueInput;
};

/** A page of Genre rows, with cursors to page on. */
export type GenreConnection = {
  __typename?: 'GenreConnection';
  /** The rows of the page, each with its cursor. */
  edges: Array<GenreEdge>;
  /** The rows of the page, without cursors. */
  nodes: Array<Genre>;
  pageInfo: PageInfo;
  /** How many rows match `where`, on every page together. */
  totalCount: Scalars['Int']['output'];
};

/** A new Genre. Fields the database fills (auto-increment, defaults, nullable columns) may be left out. */
export type GenreCreateInput = {
  books?: InputMaybe<BookListRelationInput>;
  id?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  parent?: InputMaybe<GenreRelationInput>;
  parentId?: InputMaybe<Scalars['Int']['input']>;
  slug: Scalars['String']['input'];
  subgenres?: InputMaybe<GenreListRelationInput>;
};

/** A Genre in a connection. */
export type GenreEdge = {
  __typename?: 'GenreEdge';
  /** Where this row is: pass it as `after` or `before` to page from here. */
  cursor: Scalars['String']['output'];
  node: Genre;
};

/** Identifies one Genre by its primary key. */
export type GenreKey = {
  id: Scalars['Int']['input'];
};

/** Filters on a list of Genre. */
export type GenreListFilter = {
  /** Every related Genre matches (true when there are none). */
  every?: InputMaybe<GenreWhere>;
  /** No related Genre matches. */
  none?: InputMaybe<GenreWhere>;
  /** At least one related Genre matches. */
  some?: InputMaybe<GenreWhere>;
};

/** Nested writes to a list of Genre. `set` replaces the whole list and cannot be combined with the others. */
export type GenreListRelationInput = {
  /** Link existing Genre rows. */
  connect?: InputMaybe<Array<GenreKey>>;
  /** Link the Genre rows with these unique keys, creating those that do not exist. */
  connectOrCreate?: InputMaybe<Array<GenreConnectOrCreateInput>>;
  /** Create and link new Genre rows. */
  create?: InputMaybe<Array<GenreCreateInput>>;
  /** Unlink these Genre rows (a row not linked is ignored). */
  disconnect?: InputMaybe<Array<GenreKey>>;
  /** Link exactly these Genre rows, unlinking the others. */
  set?: InputMaybe<Array<GenreKey>>;
};

export type GenreMaxFields = {
  __typename?: 'GenreMaxFields';
  id?: Maybe<Scalars['Int']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  parentId?: Maybe<Scalars['Int']['output']>;
  slug?: Maybe<Scalars['String']['output']>;
};

export type GenreMinFields = {
  __typename?: 'GenreMinFields';
  id?: Maybe<Scalars['Int']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  parentId?: Maybe<Scalars['Int']['output']>;
  slug?: Maybe<Scalars['String']['output']>;
};

/** Orders Genre rows by a column. Give one column per entry; several entries sort by each in turn. */
export type GenreOrderBy = {
  id?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  parentId?: InputMaybe<SortDirection>;
  slug?: InputMaybe<SortDirection>;
};

/** A nested write to a single Genre: give exactly one of the fields. */
export type GenreRelationInput = {
  /** Link an existing Genre. */
  connect?: InputMaybe<GenreKey>;
  /** Link the Genre with this unique key, creating it if it does not exist. */
  connectOrCreate?: InputMaybe<GenreConnectOrCreateInput>;
  /** Create and link a new Genre. */
  create?: InputMaybe<GenreCreateInput>;
  /** true: unlink the current Genre. */
  disconnect?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A Genre added to or removed from a Genre's subgenres. */
export type GenreSubgenresChange = {
  __typename?: 'GenreSubgenresChange';
  genre: Genre;
  operation: LinkOperation;
  /** The row linked or unlinked, as you may read it now; null when it was deleted. */
  subgenre?: Maybe<Genre>;
};

export type GenreSumFields = {
  __typename?: 'GenreSumFields';
  id?: Maybe<Scalars['BigInt']['output']>;
  parentId?: Maybe<Scalars['BigInt']['output']>;
};

/** Identifies one Genre by exactly one of its unique keys: id, name or slug. */
export type GenreUniqueInput = {
  id?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a Genre: only the fields given are written. */
export type GenreUpdateInput = {
  books?: InputMaybe<BookListRelationInput>;
  name?: InputMaybe<Scalars['String']['input']>;
  parent?: InputMaybe<GenreRelationInput>;
  parentId?: InputMaybe<Scalars['Int']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
  subgenres?: InputMaybe<GenreListRelationInput>;
};

/** Filters Genre rows. Fields combine with AND. */
export type GenreWhere = {
  /** All of these match. */
  AND?: InputMaybe<Array<GenreWhere>>;
  /** This does not match. */
  NOT?: InputMaybe<GenreWhere>;
  /** At least one of these matches. */
  OR?: InputMaybe<Array<GenreWhere>>;
  books?: InputMaybe<BookListFilter>;
  id?: InputMaybe<IntFilter>;
  name?: InputMaybe<StringFilter>;
  parent?: InputMaybe<GenreWhere>;
  parentId?: InputMaybe<IntFilter>;
  slug?: InputMaybe<StringFilter>;
  subgenres?: InputMaybe<GenreListFilter>;
};

export type IntFilter = {
  /** Equal to. */
  eq?: InputMaybe<Scalars['Int']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['Int']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['Int']['input']>;
  /** Equal to one of. */
  in?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** true: only NULL; false: only non-NULL. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Less than. */
  lt?: InputMaybe<Scalars['Int']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['Int']['input']>;
  /** Not equal to (rows where the column is NULL do not match). */
  ne?: InputMaybe<Scalars['Int']['input']>;
  /** Equal to none of. */
  notIn?: InputMaybe<Array<Scalars['Int']['input']>>;
};

export type JsonFilter = {
  /** true: only NULL; false: only non-NULL. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Whether a row joined or left a list. */
export type LinkOperation =
  | 'ADDED'
  | 'REMOVED';

export type Mutation = {
  __typename?: 'Mutation';
  /** Links an Author to Book.authors; adding a link that exists changes nothing. */
  addBookAuthor: Book;
  /** Links a Genre to Book.genres; adding a link that exists changes nothing. */
  addBookGenre: Book;
  /** Links a Review to Book.reviews; adding a link that exists changes nothing. */
  addBookReview: Book;
  /** Links a Customer to Book.wishlistedBy; adding a link that exists changes nothing. */
  addBookWishlistedBy: Book;
  /** Links an Order to Customer.orders; adding a link that exists changes nothing. */
  addCustomerOrder: Customer;
  /** Links a Book to Customer.wishlistBooks; adding a link that exists changes nothing. */
  addCustomerWishlistBook: Customer;
  /** Links a Book to Genre.books; adding a link that exists changes nothing. */
  addGenreBook: Genre;
  /** Links a Genre to Genre.subgenres; adding a link that exists changes nothing. */
  addGenreSubgenre: Genre;
  /** Links an OrderLine to Order.lines; adding a link that exists changes nothing. */
  addOrderLine: Order;
  /** Links a Book to Publisher.books; adding a link that exists changes nothing. */
  addPublisherBook: Publisher;
  /** Creates an Author, with its nested writes, in one transaction. */
  createAuthor: Author;
  /** Creates a Book, with its nested writes, in one transaction. */
  createBook: Book;
  /** Creates a BookAuthor, with its nested writes, in one transaction. */
  createBookAuthor: BookAuthor;
  /** Creates a BookDetail, with its nested writes, in one transaction. */
  createBookDetail: BookDetail;
  /** Creates a Customer, with its nested writes, in one transaction. */
  createCustomer: Customer;
  /** Creates a Genre, with its nested writes, in one transaction. */
  createGenre: Genre;
  /** Creates an Order, with its nested writes, in one transaction. */
  createOrder: Order;
  /** Creates an OrderLine, with its nested writes, in one transaction. */
  createOrderLine: OrderLine;
  /** Creates a Publisher, with its nested writes, in one transaction. */
  createPublisher: Publisher;
  /** Creates a Review, with its nested writes, in one transaction. */
  createReview: Review;
  /** Deletes an Author and returns it as it was; NOT_FOUND when there is none. */
  deleteAuthor: Author;
  /** Deletes a Book and returns it as it was; NOT_FOUND when there is none. */
  deleteBook: Book;
  /** Deletes a BookAuthor and returns it as it was; NOT_FOUND when there is none. */
  deleteBookAuthor: BookAuthor;
  /** Deletes a BookDetail and returns it as it was; NOT_FOUND when there is none. */
  deleteBookDetail: BookDetail;
  /** Deletes a Customer and returns it as it was; NOT_FOUND when there is none. */
  deleteCustomer: Customer;
  /** Deletes a Genre and returns it as it was; NOT_FOUND when there is none. */
  deleteGenre: Genre;
  /** Deletes an Order and returns it as it was; NOT_FOUND when there is none. STALE_DATA when the row is not at the version given, or changes meanwhile. */
  deleteOrder: Order;
  /** Deletes an OrderLine and returns it as it was; NOT_FOUND when there is none. */
  deleteOrderLine: OrderLine;
  /** Deletes a Publisher and returns it as it was; NOT_FOUND when there is none. */
  deletePublisher: Publisher;
  /** Deletes a Review and returns it as it was; NOT_FOUND when there is none. */
  deleteReview: Review;
  /** What deleteAuthor would do, without doing it: the rows it would delete, set to NULL, unlink, or leave to the database. Writes nothing; needs the permission to delete; NOT_FOUND when there is none. */
  previewDeleteAuthor: DeletePreview;
  /** What deleteBook would do, without doing it: the rows it would delete, set to NULL, unlink, or leave to the database. Writes nothing; needs the permission to delete; NOT_FOUND when there is none. */
  previewDeleteBook: DeletePreview;
  /** What deleteBookAuthor would do, without doing it: the rows it would delete, set to NULL, unlink, or leave to the database. Writes nothing; needs the permission to delete; NOT_FOUND when there is none. */
  previewDeleteBookAuthor: DeletePreview;
  /** What deleteBookDetail would do, without doing it: the rows it would delete, set to NULL, unlink, or leave to the database. Writes nothing; needs the permission to delete; NOT_FOUND when there is none. */
  previewDeleteBookDetail: DeletePreview;
  /** What deleteCustomer would do, without doing it: the rows it would delete, set to NULL, unlink, or leave to the database. Writes nothing; needs the permission to delete; NOT_FOUND when there is none. */
  previewDeleteCustomer: DeletePreview;
  /** What deleteGenre would do, without doing it: the rows it would delete, set to NULL, unlink, or leave to the database. Writes nothing; needs the permission to delete; NOT_FOUND when there is none. */
  previewDeleteGenre: DeletePreview;
  /** What deleteOrder would do, without doing it: the rows it would delete, set to NULL, unlink, or leave to the database. Writes nothing; needs the permission to delete; NOT_FOUND when there is none. */
  previewDeleteOrder: DeletePreview;
  /** What deleteOrderLine would do, without doing it: the rows it would delete, set to NULL, unlink, or leave to the database. Writes nothing; needs the permission to delete; NOT_FOUND when there is none. */
  previewDeleteOrderLine: DeletePreview;
  /** What deletePublisher would do, without doing it: the rows it would delete, set to NULL, unlink, or leave to the database. Writes nothing; needs the permission to delete; NOT_FOUND when there is none. */
  previewDeletePublisher: DeletePreview;
  /** What deleteReview would do, without doing it: the rows it would delete, set to NULL, unlink, or leave to the database. Writes nothing; needs the permission to delete; NOT_FOUND when there is none. */
  previewDeleteReview: DeletePreview;
  /** Unlinks an Author from Book.authors; removing a link that does not exist changes nothing. */
  removeBookAuthor: Book;
  /** Unlinks a Genre from Book.genres; removing a link that does not exist changes nothing. */
  removeBookGenre: Book;
  /** Unlinks a Review from Book.reviews; removing a link that does not exist changes nothing. */
  removeBookReview: Book;
  /** Unlinks a Customer from Book.wishlistedBy; removing a link that does not exist changes nothing. */
  removeBookWishlistedBy: Book;
  /** Unlinks an Order from Customer.orders; removing a link that does not exist changes nothing. */
  removeCustomerOrder: Customer;
  /** Unlinks a Book from Customer.wishlistBooks; removing a link that does not exist changes nothing. */
  removeCustomerWishlistBook: Customer;
  /** Unlinks a Book from Genre.books; removing a link that does not exist changes nothing. */
  removeGenreBook: Genre;
  /** Unlinks a Genre from Genre.subgenres; removing a link that does not exist changes nothing. */
  removeGenreSubgenre: Genre;
  /** Unlinks an OrderLine from Order.lines; removing a link that does not exist changes nothing. */
  removeOrderLine: Order;
  /** Unlinks a Book from Publisher.books; removing a link that does not exist changes nothing. */
  removePublisherBook: Publisher;
  /** Sets Book.detail to the BookDetail given, or unlinks it when null. */
  setBookDetail: Book;
  /** Sets BookDetail.book to the Book given, or unlinks it when null. */
  setBookDetailBook: BookDetail;
  /** Sets Book.publisher to the Publisher given, or unlinks it when null. */
  setBookPublisher: Book;
  /** Sets Genre.parent to the Genre given, or unlinks it when null. */
  setGenreParent: Genre;
  /** Sets Order.customer to the Customer given, or unlinks it when null. */
  setOrderCustomer: Order;
  /** Sets OrderLine.book to the Book given, or unlinks it when null. */
  setOrderLineBook: OrderLine;
  /** Sets OrderLine.order to the Order given, or unlinks it when null. */
  setOrderLineOrder: OrderLine;
  /** Sets Review.book to the Book given, or unlinks it when null. */
  setReviewBook: Review;
  /** Sets Review.customer to the Customer given, or unlinks it when null. */
  setReviewCustomer: Review;
  /** Updates an Author; NOT_FOUND when there is none. */
  updateAuthor: Author;
  /** Updates a Book; NOT_FOUND when there is none. */
  updateBook: Book;
  /** Updates a BookAuthor; NOT_FOUND when there is none. */
  updateBookAuthor: BookAuthor;
  /** Updates a BookDetail; NOT_FOUND when there is none. */
  updateBookDetail: BookDetail;
  /** Updates a Customer; NOT_FOUND when there is none. */
  updateCustomer: Customer;
  /** Updates a Genre; NOT_FOUND when there is none. */
  updateGenre: Genre;
  /** Updates an Order; NOT_FOUND when there is none. STALE_DATA when the row is not at the version given, or changes meanwhile. */
  updateOrder: Order;
  /** Updates an OrderLine; NOT_FOUND when there is none. */
  updateOrderLine: OrderLine;
  /** Updates a Publisher; NOT_FOUND when there is none. */
  updatePublisher: Publisher;
  /** Updates a Review; NOT_FOUND when there is none. */
  updateReview: Review;
};


export type MutationAddBookAuthorArgs = {
  authorId: Scalars['Int']['input'];
  id: Scalars['Int']['input'];
  position?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<ContributorRole>;
};


export type MutationAddBookGenreArgs = {
  genreId: Scalars['Int']['input'];
  id: Scalars['Int']['input'];
};


export type MutationAddBookReviewArgs = {
  id: Scalars['Int']['input'];
  reviewId: Scalars['Int']['input'];
};


export type MutationAddBookWishlistedByArgs = {
  id: Scalars['Int']['input'];
  wishlistedById: Scalars['Int']['input'];
};


export type MutationAddCustomerOrderArgs = {
  id: Scalars['Int']['input'];
  orderId: Scalars['Int']['input'];
};


export type MutationAddCustomerWishlistBookArgs = {
  id: Scalars['Int']['input'];
  wishlistBookId: Scalars['Int']['input'];
};


export type MutationAddGenreBookArgs = {
  bookId: Scalars['Int']['input'];
  id: Scalars['Int']['input'];
};


export type MutationAddGenreSubgenreArgs = {
  id: Scalars['Int']['input'];
  subgenreId: Scalars['Int']['input'];
};


export type MutationAddOrderLineArgs = {
  id: Scalars['Int']['input'];
  lineId: Scalars['Int']['input'];
};


export type MutationAddPublisherBookArgs = {
  bookId: Scalars['Int']['input'];
  id: Scalars['Int']['input'];
};


export type MutationCreateAuthorArgs = {
  input: AuthorCreateInput;
};


export type MutationCreateBookArgs = {
  input: BookCreateInput;
};


export type MutationCreateBookAuthorArgs = {
  input: BookAuthorCreateInput;
};


export type MutationCreateBookDetailArgs = {
  input: BookDetailCreateInput;
};


export type MutationCreateCustomerArgs = {
  input: CustomerCreateInput;
};


export type MutationCreateGenreArgs = {
  input: GenreCreateInput;
};


export type MutationCreateOrderArgs = {
  input: OrderCreateInput;
};


export type MutationCreateOrderLineArgs = {
  input: OrderLineCreateInput;
};


export type MutationCreatePublisherArgs = {
  input: PublisherCreateInput;
};


export type MutationCreateReviewArgs = {
  input: ReviewCreateInput;
};


export type MutationDeleteAuthorArgs = {
  id: Scalars['Int']['input'];
};


export type MutationDeleteBookArgs = {
  id: Scalars['Int']['input'];
};


export type MutationDeleteBookAuthorArgs = {
  authorId: Scalars['Int']['input'];
  bookId: Scalars['Int']['input'];
};


export type MutationDeleteBookDetailArgs = {
  id: Scalars['Int']['input'];
};


export type MutationDeleteCustomerArgs = {
  id: Scalars['Int']['input'];
};


export type MutationDeleteGenreArgs = {
  id: Scalars['Int']['input'];
};


export type MutationDeleteOrderArgs = {
  id: Scalars['Int']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationDeleteOrderLineArgs = {
  id: Scalars['Int']['input'];
};


export type MutationDeletePublisherArgs = {
  id: Scalars['Int']['input'];
};


export type MutationDeleteReviewArgs = {
  id: Scalars['Int']['input'];
};


export type MutationPreviewDeleteAuthorArgs = {
  id: Scalars['Int']['input'];
};


export type MutationPreviewDeleteBookArgs = {
  id: Scalars['Int']['input'];
};


export type MutationPreviewDeleteBookAuthorArgs = {
  authorId: Scalars['Int']['input'];
  bookId: Scalars['Int']['input'];
};


export type MutationPreviewDeleteBookDetailArgs = {
  id: Scalars['Int']['input'];
};


export type MutationPreviewDeleteCustomerArgs = {
  id: Scalars['Int']['input'];
};


export type MutationPreviewDeleteGenreArgs = {
  id: Scalars['Int']['input'];
};


export type MutationPreviewDeleteOrderArgs = {
  id: Scalars['Int']['input'];
};


export type MutationPreviewDeleteOrderLineArgs = {
  id: Scalars['Int']['input'];
};


export type MutationPreviewDeletePublisherArgs = {
  id: Scalars['Int']['input'];
};


export type MutationPreviewDeleteReviewArgs = {
  id: Scalars['Int']['input'];
};


export type MutationRemoveBookAuthorArgs = {
  authorId: Scalars['Int']['input'];
  id: Scalars['Int']['input'];
};


export type MutationRemoveBookGenreArgs = {
  genreId: Scalars['Int']['input'];
  id: Scalars['Int']['input'];
};


export type MutationRemoveBookReviewArgs = {
  id: Scalars['Int']['input'];
  reviewId: Scalars['Int']['input'];
};


export type MutationRemoveBookWishlistedByArgs = {
  id: Scalars['Int']['input'];
  wishlistedById: Scalars['Int']['input'];
};


export type MutationRemoveCustomerOrderArgs = {
  id: Scalars['Int']['input'];
  orderId: Scalars['Int']['input'];
};


export type MutationRemoveCustomerWishlistBookArgs = {
  id: Scalars['Int']['input'];
  wishlistBookId: Scalars['Int']['input'];
};


export type MutationRemoveGenreBookArgs = {
  bookId: Scalars['Int']['input'];
  id: Scalars['Int']['input'];
};


export type MutationRemoveGenreSubgenreArgs = {
  id: Scalars['Int']['input'];
  subgenreId: Scalars['Int']['input'];
};


export type MutationRemoveOrderLineArgs = {
  id: Scalars['Int']['input'];
  lineId: Scalars['Int']['input'];
};


export type MutationRemovePublisherBookArgs = {
  bookId: Scalars['Int']['input'];
  id: Scalars['Int']['input'];
};


export type MutationSetBookDetailArgs = {
  detailId?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['Int']['input'];
};


export type MutationSetBookDetailBookArgs = {
  bookId?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['Int']['input'];
};


export type MutationSetBookPublisherArgs = {
  id: Scalars['Int']['input'];
  publisherId?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationSetGenreParentArgs = {
  id: Scalars['Int']['input'];
  parentId?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationSetOrderCustomerArgs = {
  customerId?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['Int']['input'];
};


export type MutationSetOrderLineBookArgs = {
  bookId?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['Int']['input'];
};


export type MutationSetOrderLineOrderArgs = {
  id: Scalars['Int']['input'];
  orderId?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationSetReviewBookArgs = {
  bookId?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['Int']['input'];
};


export type MutationSetReviewCustomerArgs = {
  customerId?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['Int']['input'];
};


export type MutationUpdateAuthorArgs = {
  id: Scalars['Int']['input'];
  input: AuthorUpdateInput;
};


export type MutationUpdateBookArgs = {
  id: Scalars['Int']['input'];
  input: BookUpdateInput;
};


export type MutationUpdateBookAuthorArgs = {
  authorId: Scalars['Int']['input'];
  bookId: Scalars['Int']['input'];
  input: BookAuthorUpdateInput;
};


export type MutationUpdateBookDetailArgs = {
  id: Scalars['Int']['input'];
  input: BookDetailUpdateInput;
};


export type MutationUpdateCustomerArgs = {
  id: Scalars['Int']['input'];
  input: CustomerUpdateInput;
};


export type MutationUpdateGenreArgs = {
  id: Scalars['Int']['input'];
  input: GenreUpdateInput;
};


export type MutationUpdateOrderArgs = {
  id: Scalars['Int']['input'];
  input: OrderUpdateInput;
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationUpdateOrderLineArgs = {
  id: Scalars['Int']['input'];
  input: OrderLineUpdateInput;
};


export type MutationUpdatePublisherArgs = {
  id: Scalars['Int']['input'];
  input: PublisherUpdateInput;
};


export type MutationUpdateReviewArgs = {
  id: Scalars['Int']['input'];
  input: ReviewUpdateInput;
};

export type Order = {
  __typename?: 'Order';
  /** Many-to-one: the Customer this Order refers to. */
  customer: Customer;
  customerId: Scalars['Int']['output'];
  giftNote?: Maybe<Scalars['String']['output']>;
  id: Scalars['Int']['output'];
  /** One-to-many: the OrderLine rows that refer to this Order. */
  lines: Array<OrderLine>;
  /** Counts and column aggregates over Order.lines, without reading the rows. */
  linesAggregate: OrderLineAggregate;
  /** Order.lines as a Relay connection: pages with cursors, and totalCount. */
  linesConnection: OrderLineConnection;
  /** The payment processor's 64-bit transaction number. */
  paymentRef?: Maybe<Scalars['BigInt']['output']>;
  placedAt: Scalars['DateTime']['output'];
  shippedOn?: Maybe<Scalars['Date']['output']>;
  shippingAddress?: Maybe<Scalars['JSON']['output']>;
  status: OrderStatus;
  total: Scalars['Decimal']['output'];
  /** The row's version, for optimistic locking: 1 when created, and one more with every update. Send it back as `version` to updateOrder or deleteOrder, which then fail with STALE_DATA if someone else changed the row since you read it. */
  version: Scalars['Int']['output'];
};


export type OrderLinesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<OrderLineOrderBy>>;
  where?: InputMaybe<OrderLineWhere>;
};


export type OrderLinesAggregateArgs = {
  where?: InputMaybe<OrderLineWhere>;
};


export type OrderLinesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<OrderLineOrderBy>>;
  where?: InputMaybe<OrderLineWhere>;
};

/** Counts and column aggregates over Order rows. */
export type OrderAggregate = {
  __typename?: 'OrderAggregate';
  /** The average of each numeric column over the rows; null when there are none. */
  avg: OrderAvgFields;
  /** How many rows match. */
  count: Scalars['Int']['output'];
  /** The largest value of each column; null when there are no rows or only NULLs. */
  max: OrderMaxFields;
  /** The smallest value of each column; null when there are no rows or only NULLs. */
  min: OrderMinFields;
  /** The sum of each numeric column over the rows; null when there are none. */
  sum: OrderSumFields;
};

export type OrderAvgFields = {
  __typename?: 'OrderAvgFields';
  customerId?: Maybe<Scalars['Float']['output']>;
  id?: Maybe<Scalars['Float']['output']>;
  paymentRef?: Maybe<Scalars['Float']['output']>;
  total?: Maybe<Scalars['Decimal']['output']>;
  version?: Maybe<Scalars['Float']['output']>;
};

/** A change to one Order row. */
export type OrderChange = {
  __typename?: 'OrderChange';
  /** UPDATED: the fields whose columns were written. Empty otherwise. */
  changedFields: Array<Scalars['String']['output']>;
  /** The changed row's key (also there when it was deleted). */
  id: Scalars['Int']['output'];
  operation: ChangeOperation;
  /** The row as it is now, as you may read it; null when it was deleted. */
  order?: Maybe<Order>;
};

/** Links the Order that `where` names if there is one, else creates it from `create` (whose key columns default to `where`'s) and links it. */
export type OrderConnectOrCreateInput = {
  /** The Order to create when none has that key. */
  create: OrderCreateInput;
  /** One unique key of the Order. */
  where: OrderUniqueInput;
};

/** A page of Order rows, with cursors to page on. */
export type OrderConnection = {
  __typename?: 'OrderConnection';
  /** The rows of the page, each with its cursor. */
  edges: Array<OrderEdge>;
  /** The rows of the page, without cursors. */
  nodes: Array<Order>;
  pageInfo: PageInfo;
  /** How many rows match `where`, on every page together. */
  totalCount: Scalars['Int']['output'];
};

/** A new Order. Fields the database fills (auto-increment, defaults, nullable columns) may be left out. */
export type OrderCreateInput = {
  customer?: InputMaybe<CustomerRelationInput>;
  customerId?: InputMaybe<Scalars['Int']['input']>;
  giftNote?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['Int']['input']>;
  lines?: InputMaybe<OrderLineListRelationInput>;
  /** The payment processor's 64-bit transaction number. */
  paymentRef?: InputMaybe<Scalars['BigInt']['input']>;
  placedAt?: InputMaybe<Scalars['DateTime']['input']>;
  shippedOn?: InputMaybe<Scalars['Date']['input']>;
  shippingAddress?: InputMaybe<Scalars['JSON']['input']>;
  status?: InputMaybe<OrderStatus>;
  total: Scalars['Decimal']['input'];
};

/** A Order in a connection. */
export type OrderEdge = {
  __typename?: 'OrderEdge';
  /** Where this row is: pass it as `after` or `before` to page from here. */
  cursor: Scalars['String']['output'];
  node: Order;
};

/** Identifies one Order by its primary key. */
export type OrderKey = {
  id: Scalars['Int']['input'];
};

export type OrderLine = {
  __typename?: 'OrderLine';
  /** Many-to-one: the Book this OrderLine refers to. */
  book: Book;
  bookId: Scalars['Int']['output'];
  id: Scalars['Int']['output'];
  /** Many-to-one: the Order this OrderLine refers to. */
  order: Order;
  orderId: Scalars['Int']['output'];
  position: Scalars['Int']['output'];
  quantity: Scalars['Int']['output'];
  unitPrice: Scalars['Decimal']['output'];
};

/** Counts and column aggregates over OrderLine rows. */
export type OrderLineAggregate = {
  __typename?: 'OrderLineAggregate';
  /** The average of each numeric column over the rows; null when there are none. */
  avg: OrderLineAvgFields;
  /** How many rows match. */
  count: Scalars['Int']['output'];
  /** The largest value of each column; null when there are no rows or only NULLs. */
  max: OrderLineMaxFields;
  /** The smallest value of each column; null when there are no rows or only NULLs. */
  min: OrderLineMinFields;
  /** The sum of each numeric column over the rows; null when there are none. */
  sum: OrderLineSumFields;
};

export type OrderLineAvgFields = {
  __typename?: 'OrderLineAvgFields';
  bookId?: Maybe<Scalars['Float']['output']>;
  id?: Maybe<Scalars['Float']['output']>;
  orderId?: Maybe<Scalars['Float']['output']>;
  position?: Maybe<Scalars['Float']['output']>;
  quantity?: Maybe<Scalars['Float']['output']>;
  unitPrice?: Maybe<Scalars['Decimal']['output']>;
};

/** A change to one OrderLine row. */
export type OrderLineChange = {
  __typename?: 'OrderLineChange';
  /** UPDATED: the fields whose columns were written. Empty otherwise. */
  changedFields: Array<Scalars['String']['output']>;
  /** The changed row's key (also there when it was deleted). */
  id: Scalars['Int']['output'];
  operation: ChangeOperation;
  /** The row as it is now, as you may read it; null when it was deleted. */
  orderLine?: Maybe<OrderLine>;
};

/** Links the OrderLine that `where` names if there is one, else creates it from `create` (whose key columns default to `where`'s) and links it. */
export type OrderLineConnectOrCreateInput = {
  /** The OrderLine to create when none has that key. */
  create: OrderLineCreateInput;
  /** One unique key of the OrderLine. */
  where: OrderLineUniqueInput;
};

/** A page of OrderLine rows, with cursors to page on. */
export type OrderLineConnection = {
  __typename?: 'OrderLineConnection';
  /** The rows of the page, each with its cursor. */
  edges: Array<OrderLineEdge>;
  /** The rows of the page, without cursors. */
  nodes: Array<OrderLine>;
  pageInfo: PageInfo;
  /** How many rows match `where`, on every page together. */
  totalCount: Scalars['Int']['output'];
};

/** A new OrderLine. Fields the database fills (auto-increment, defaults, nullable columns) may be left out. */
export type OrderLineCreateInput = {
  book?: InputMaybe<BookRelationInput>;
  bookId?: InputMaybe<Scalars['Int']['input']>;
  id?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<OrderRelationInput>;
  orderId?: InputMaybe<Scalars['Int']['input']>;
  position: Scalars['Int']['input'];
  quantity?: InputMaybe<Scalars['Int']['input']>;
  unitPrice: Scalars['Decimal']['input'];
};

/** A OrderLine in a connection. */
export type OrderLineEdge = {
  __typename?: 'OrderLineEdge';
  /** Where this row is: pass it as `after` or `before` to page from here. */
  cursor: Scalars['String']['output'];
  node: OrderLine;
};

/** Identifies one OrderLine by its primary key. */
export type OrderLineKey = {
  id: Scalars['Int']['input'];
};

/** Filters on a list of OrderLine. */
export type OrderLineListFilter = {
  /** Every related OrderLine matches (true when there are none). */
  every?: InputMaybe<OrderLineWhere>;
  /** No related OrderLine matches. */
  none?: InputMaybe<OrderLineWhere>;
  /** At least one related OrderLine matches. */
  some?: InputMaybe<OrderLineWhere>;
};

/** Nested writes to a list of OrderLine. `set` replaces the whole list and cannot be combined with the others. */
export type OrderLineListRelationInput = {
  /** Link existing OrderLine rows. */
  connect?: InputMaybe<Array<OrderLineKey>>;
  /** Link the OrderLine rows with these unique keys, creating those that do not exist. */
  connectOrCreate?: InputMaybe<Array<OrderLineConnectOrCreateInput>>;
  /** Create and link new OrderLine rows. */
  create?: InputMaybe<Array<OrderLineCreateInput>>;
  /** Unlink these OrderLine rows (a row not linked is ignored). */
  disconnect?: InputMaybe<Array<OrderLineKey>>;
  /** Link exactly these OrderLine rows, unlinking the others. */
  set?: InputMaybe<Array<OrderLineKey>>;
};

export type OrderLineMaxFields = {
  __typename?: 'OrderLineMaxFields';
  bookId?: Maybe<Scalars['Int']['output']>;
  id?: Maybe<Scalars['Int']['output']>;
  orderId?: Maybe<Scalars['Int']['output']>;
  position?: Maybe<Scalars['Int']['output']>;
  quantity?: Maybe<Scalars['Int']['output']>;
  unitPrice?: Maybe<Scalars['Decimal']['output']>;
};

export type OrderLineMinFields = {
  __typename?: 'OrderLineMinFields';
  bookId?: Maybe<Scalars['Int']['output']>;
  id?: Maybe<Scalars['Int']['output']>;
  orderId?: Maybe<Scalars['Int']['output']>;
  position?: Maybe<Scalars['Int']['output']>;
  quantity?: Maybe<Scalars['Int']['output']>;
  unitPrice?: Maybe<Scalars['Decimal']['output']>;
};

/** Orders OrderLine rows by a column. Give one column per entry; several entries sort by each in turn. */
export type OrderLineOrderBy = {
  bookId?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  orderId?: InputMaybe<SortDirection>;
  position?: InputMaybe<SortDirection>;
  quantity?: InputMaybe<SortDirection>;
  unitPrice?: InputMaybe<SortDirection>;
};

export type OrderLineSumFields = {
  __typename?: 'OrderLineSumFields';
  bookId?: Maybe<Scalars['BigInt']['output']>;
  id?: Maybe<Scalars['BigInt']['output']>;
  orderId?: Maybe<Scalars['BigInt']['output']>;
  position?: Maybe<Scalars['BigInt']['output']>;
  quantity?: Maybe<Scalars['BigInt']['output']>;
  unitPrice?: Maybe<Scalars['Decimal']['output']>;
};

/** Identifies one OrderLine by exactly one of its unique keys: id or orderId and position. */
export type OrderLineUniqueInput = {
  id?: InputMaybe<Scalars['Int']['input']>;
  orderId?: InputMaybe<Scalars['Int']['input']>;
  position?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to an OrderLine: only the fields given are written. */
export type OrderLineUpdateInput = {
  book?: InputMaybe<BookRelationInput>;
  bookId?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<OrderRelationInput>;
  orderId?: InputMaybe<Scalars['Int']['input']>;
  position?: InputMaybe<Scalars['Int']['input']>;
  quantity?: InputMaybe<Scalars['Int']['input']>;
  unitPrice?: InputMaybe<Scalars['Decimal']['input']>;
};

/** Filters OrderLine rows. Fields combine with AND. */
export type OrderLineWhere = {
  /** All of these match. */
  AND?: InputMaybe<Array<OrderLineWhere>>;
  /** This does not match. */
  NOT?: InputMaybe<OrderLineWhere>;
  /** At least one of these matches. */
  OR?: InputMaybe<Array<OrderLineWhere>>;
  book?: InputMaybe<BookWhere>;
  bookId?: InputMaybe<IntFilter>;
  id?: InputMaybe<IntFilter>;
  order?: InputMaybe<OrderWhere>;
  orderId?: InputMaybe<IntFilter>;
  position?: InputMaybe<IntFilter>;
  quantity?: InputMaybe<IntFilter>;
  unitPrice?: InputMaybe<DecimalFilter>;
};

/** A OrderLine added to or removed from a Order's lines. */
export type OrderLinesChange = {
  __typename?: 'OrderLinesChange';
  /** The row linked or unlinked, as you may read it now; null when it was deleted. */
  line?: Maybe<OrderLine>;
  operation: LinkOperation;
  order: Order;
};

/** Filters on a list of Order. */
export type OrderListFilter = {
  /** Every related Order matches (true when there are none). */
  every?: InputMaybe<OrderWhere>;
  /** No related Order matches. */
  none?: InputMaybe<OrderWhere>;
  /** At least one related Order matches. */
  some?: InputMaybe<OrderWhere>;
};

/** Nested writes to a list of Order. `set` replaces the whole list and cannot be combined with the others. */
export type OrderListRelationInput = {
  /** Link existing Order rows. */
  connect?: InputMaybe<Array<OrderKey>>;
  /** Link the Order rows with these unique keys, creating those that do not exist. */
  connectOrCreate?: InputMaybe<Array<OrderConnectOrCreateInput>>;
  /** Create and link new Order rows. */
  create?: InputMaybe<Array<OrderCreateInput>>;
  /** Unlink these Order rows (a row not linked is ignored). */
  disconnect?: InputMaybe<Array<OrderKey>>;
  /** Link exactly these Order rows, unlinking the others. */
  set?: InputMaybe<Array<OrderKey>>;
};

export type OrderMaxFields = {
  __typename?: 'OrderMaxFields';
  customerId?: Maybe<Scalars['Int']['output']>;
  giftNote?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['Int']['output']>;
  paymentRef?: Maybe<Scalars['BigInt']['output']>;
  placedAt?: Maybe<Scalars['DateTime']['output']>;
  shippedOn?: Maybe<Scalars['Date']['output']>;
  total?: Maybe<Scalars['Decimal']['output']>;
  version?: Maybe<Scalars['Int']['output']>;
};

export type OrderMinFields = {
  __typename?: 'OrderMinFields';
  customerId?: Maybe<Scalars['Int']['output']>;
  giftNote?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['Int']['output']>;
  paymentRef?: Maybe<Scalars['BigInt']['output']>;
  placedAt?: Maybe<Scalars['DateTime']['output']>;
  shippedOn?: Maybe<Scalars['Date']['output']>;
  total?: Maybe<Scalars['Decimal']['output']>;
  version?: Maybe<Scalars['Int']['output']>;
};

/** Orders Order rows by a column. Give one column per entry; several entries sort by each in turn. */
export type OrderOrderBy = {
  customerId?: InputMaybe<SortDirection>;
  giftNote?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  paymentRef?: InputMaybe<SortDirection>;
  placedAt?: InputMaybe<SortDirection>;
  shippedOn?: InputMaybe<SortDirection>;
  shippingAddress?: InputMaybe<SortDirection>;
  status?: InputMaybe<SortDirection>;
  total?: InputMaybe<SortDirection>;
  version?: InputMaybe<SortDirection>;
};

/** A nested write to a single Order: give exactly one of the fields. */
export type OrderRelationInput = {
  /** Link an existing Order. */
  connect?: InputMaybe<OrderKey>;
  /** Link the Order with this unique key, creating it if it does not exist. */
  connectOrCreate?: InputMaybe<OrderConnectOrCreateInput>;
  /** Create and link a new Order. */
  create?: InputMaybe<OrderCreateInput>;
  /** true: unlink the current Order. */
  disconnect?: InputMaybe<Scalars['Boolean']['input']>;
};

export type OrderStatus =
  | 'cancelled'
  | 'delivered'
  | 'paid'
  | 'pending'
  | 'shipped';

export type OrderStatusFilter = {
  /** Equal to. */
  eq?: InputMaybe<OrderStatus>;
  /** Equal to one of. */
  in?: InputMaybe<Array<OrderStatus>>;
  /** true: only NULL; false: only non-NULL. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to (rows where the column is NULL do not match). */
  ne?: InputMaybe<OrderStatus>;
  /** Equal to none of. */
  notIn?: InputMaybe<Array<OrderStatus>>;
};

export type OrderSumFields = {
  __typename?: 'OrderSumFields';
  customerId?: Maybe<Scalars['BigInt']['output']>;
  id?: Maybe<Scalars['BigInt']['output']>;
  paymentRef?: Maybe<Scalars['Decimal']['output']>;
  total?: Maybe<Scalars['Decimal']['output']>;
  version?: Maybe<Scalars['BigInt']['output']>;
};

/** Identifies one Order by exactly one of its unique keys: id or paymentRef. */
export type OrderUniqueInput = {
  id?: InputMaybe<Scalars['Int']['input']>;
  paymentRef?: InputMaybe<Scalars['BigInt']['input']>;
};

/** Changes to an Order: only the fields given are written. */
export type OrderUpdateInput = {
  customer?: InputMaybe<CustomerRelationInput>;
  customerId?: InputMaybe<Scalars['Int']['input']>;
  giftNote?: InputMaybe<Scalars['String']['input']>;
  lines?: InputMaybe<OrderLineListRelationInput>;
  /** The payment processor's 64-bit transaction number. */
  paymentRef?: InputMaybe<Scalars['BigInt']['input']>;
  placedAt?: InputMaybe<Scalars['DateTime']['input']>;
  shippedOn?: InputMaybe<Scalars['Date']['input']>;
  shippingAddress?: InputMaybe<Scalars['JSON']['input']>;
  status?: InputMaybe<OrderStatus>;
  total?: InputMaybe<Scalars['Decimal']['input']>;
};

/** Filters Order rows. Fields combine with AND. */
export type OrderWhere = {
  /** All of these match. */
  AND?: InputMaybe<Array<OrderWhere>>;
  /** This does not match. */
  NOT?: InputMaybe<OrderWhere>;
  /** At least one of these matches. */
  OR?: InputMaybe<Array<OrderWhere>>;
  customer?: InputMaybe<CustomerWhere>;
  customerId?: InputMaybe<IntFilter>;
  giftNote?: InputMaybe<StringFilter>;
  id?: InputMaybe<IntFilter>;
  lines?: InputMaybe<OrderLineListFilter>;
  paymentRef?: InputMaybe<BigIntFilter>;
  placedAt?: InputMaybe<DateTimeFilter>;
  shippedOn?: InputMaybe<DateFilter>;
  shippingAddress?: InputMaybe<JsonFilter>;
  status?: InputMaybe<OrderStatusFilter>;
  total?: InputMaybe<DecimalFilter>;
  version?: InputMaybe<IntFilter>;
};

/** Whether there are rows beyond a page, and the cursors at its ends. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The last edge's cursor; null for an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Paging forward (first): whether rows follow this page. Paging backward: false. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Paging backward (last): whether rows precede this page. Paging forward: false. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The first edge's cursor; null for an empty page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Publisher = {
  __typename?: 'Publisher';
  /** One-to-many: the Book rows that refer to this Publisher. */
  books: Array<Book>;
  /** Counts and column aggregates over Publisher.books, without reading the rows. */
  booksAggregate: BookAggregate;
  /** Publisher.books as a Relay connection: pages with cursors, and totalCount. */
  booksConnection: BookConnection;
  /** ISO 3166-1 alpha-2 code, e.g. "GB". */
  country: Scalars['String']['output'];
  foundedYear?: Maybe<Scalars['Int']['output']>;
  id: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  website?: Maybe<Scalars['String']['output']>;
};


export type PublisherBooksArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<BookOrderBy>>;
  where?: InputMaybe<BookWhere>;
};


export type PublisherBooksAggregateArgs = {
  where?: InputMaybe<BookWhere>;
};


export type PublisherBooksConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<BookOrderBy>>;
  where?: InputMaybe<BookWhere>;
};

/** Counts and column aggregates over Publisher rows. */
export type PublisherAggregate = {
  __typename?: 'PublisherAggregate';
  /** The average of each numeric column over the rows; null when there are none. */
  avg: PublisherAvgFields;
  /** How many rows match. */
  count: Scalars['Int']['output'];
  /** The largest value of each column; null when there are no rows or only NULLs. */
  max: PublisherMaxFields;
  /** The smallest value of each column; null when there are no rows or only NULLs. */
  min: PublisherMinFields;
  /** The sum of each numeric column over the rows; null when there are none. */
  sum: PublisherSumFields;
};

export type PublisherAvgFields = {
  __typename?: 'PublisherAvgFields';
  foundedYear?: Maybe<Scalars['Float']['output']>;
  id?: Maybe<Scalars['Float']['output']>;
};

/** A Book added to or removed from a Publisher's books. */
export type PublisherBooksChange = {
  __typename?: 'PublisherBooksChange';
  /** The row linked or unlinked, as you may read it now; null when it was deleted. */
  book?: Maybe<Book>;
  operation: LinkOperation;
  publisher: Publisher;
};

/** A change to one Publisher row. */
export type PublisherChange = {
  __typename?: 'PublisherChange';
  /** UPDATED: the fields whose columns were written. Empty otherwise. */
  changedFields: Array<Scalars['String']['output']>;
  /** The changed row's key (also there when it was deleted). */
  id: Scalars['Int']['output'];
  operation: ChangeOperation;
  /** The row as it is now, as you may read it; null when it was deleted. */
  publisher?: Maybe<Publisher>;
};

/** Links the Publisher that `where` names if there is one, else creates it from `create` (whose key columns default to `where`'s) and links it. */
export type PublisherConnectOrCreateInput = {
  /** The Publisher to create when none has that key. */
  create: PublisherCreateInput;
  /** One unique key of the Publisher. */
  where: PublisherUniqueInput;
};

/** A page of Publisher rows, with cursors to page on. */
export type PublisherConnection = {
  __typename?: 'PublisherConnection';
  /** The rows of the page, each with its cursor. */
  edges: Array<PublisherEdge>;
  /** The rows of the page, without cursors. */
  nodes: Array<Publisher>;
  pageInfo: PageInfo;
  /** How many rows match `where`, on every page together. */
  totalCount: Scalars['Int']['output'];
};

/** A new Publisher. Fields the database fills (auto-increment, defaults, nullable columns) may be left out. */
export type PublisherCreateInput = {
  books?: InputMaybe<BookListRelationInput>;
  /** ISO 3166-1 alpha-2 code, e.g. "GB". */
  country: Scalars['String']['input'];
  foundedYear?: InputMaybe<Scalars['Int']['input']>;
  id?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  website?: InputMaybe<Scalars['String']['input']>;
};

/** A Publisher in a connection. */
export type PublisherEdge = {
  __typename?: 'PublisherEdge';
  /** Where this row is: pass it as `after` or `before` to page from here. */
  cursor: Scalars['String']['output'];
  node: Publisher;
};

/** Identifies one Publisher by its primary key. */
export type PublisherKey = {
  id: Scalars['Int']['input'];
};

export type PublisherMaxFields = {
  __typename?: 'PublisherMaxFields';
  country?: Maybe<Scalars['String']['output']>;
  foundedYear?: Maybe<Scalars['Int']['output']>;
  id?: Maybe<Scalars['Int']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  website?: Maybe<Scalars['String']['output']>;
};

export type PublisherMinFields = {
  __typename?: 'PublisherMinFields';
  country?: Maybe<Scalars['String']['output']>;
  foundedYear?: Maybe<Scalars['Int']['output']>;
  id?: Maybe<Scalars['Int']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  website?: Maybe<Scalars['String']['output']>;
};

/** Orders Publisher rows by a column. Give one column per entry; several entries sort by each in turn. */
export type PublisherOrderBy = {
  country?: InputMaybe<SortDirection>;
  foundedYear?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  website?: InputMaybe<SortDirection>;
};

/** A nested write to a single Publisher: give exactly one of the fields. */
export type PublisherRelationInput = {
  /** Link an existing Publisher. */
  connect?: InputMaybe<PublisherKey>;
  /** Link the Publisher with this unique key, creating it if it does not exist. */
  connectOrCreate?: InputMaybe<PublisherConnectOrCreateInput>;
  /** Create and link a new Publisher. */
  create?: InputMaybe<PublisherCreateInput>;
  /** true: unlink the current Publisher. */
  disconnect?: InputMaybe<Scalars['Boolean']['input']>;
};

export type PublisherSumFields = {
  __typename?: 'PublisherSumFields';
  foundedYear?: Maybe<Scalars['BigInt']['output']>;
  id?: Maybe<Scalars['BigInt']['output']>;
};

/** Identifies one Publisher by exactly one of its unique keys: id or name. */
export type PublisherUniqueInput = {
  id?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a Publisher: only the fields given are written. */
export type PublisherUpdateInput = {
  books?: InputMaybe<BookListRelationInput>;
  /** ISO 3166-1 alpha-2 code, e.g. "GB". */
  country?: InputMaybe<Scalars['String']['input']>;
  foundedYear?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  website?: InputMaybe<Scalars['String']['input']>;
};

/** Filters Publisher rows. Fields combine with AND. */
export type PublisherWhere = {
  /** All of these match. */
  AND?: InputMaybe<Array<PublisherWhere>>;
  /** This does not match. */
  NOT?: InputMaybe<PublisherWhere>;
  /** At least one of these matches. */
  OR?: InputMaybe<Array<PublisherWhere>>;
  books?: InputMaybe<BookListFilter>;
  country?: InputMaybe<StringFilter>;
  foundedYear?: InputMaybe<IntFilter>;
  id?: InputMaybe<IntFilter>;
  name?: InputMaybe<StringFilter>;
  website?: InputMaybe<StringFilter>;
};

export type Query = {
  __typename?: 'Query';
  /** Looks up one Author by its primary key; null when there is none. */
  author?: Maybe<Author>;
  /** Lists Author rows, by default in primary-key order: every row that matches, unless limit says fewer. */
  authors: Array<Author>;
  /** Counts and column aggregates over Author rows, without reading them. */
  authorsAggregate: AuthorAggregate;
  /** Author rows as a Relay connection: pages with cursors, and totalCount. */
  authorsConnection: AuthorConnection;
  /** Looks up one Book by its primary key; null when there is none. */
  book?: Maybe<Book>;
  /** Looks up one BookAuthor by its primary key; null when there is none. */
  bookAuthor?: Maybe<BookAuthor>;
  /** Lists BookAuthor rows, by default in primary-key order: every row that matches, unless limit says fewer. */
  bookAuthors: Array<BookAuthor>;
  /** Counts and column aggregates over BookAuthor rows, without reading them. */
  bookAuthorsAggregate: BookAuthorAggregate;
  /** BookAuthor rows as a Relay connection: pages with cursors, and totalCount. */
  bookAuthorsConnection: BookAuthorConnection;
  /** Looks up one BookDetail by its primary key; null when there is none. */
  bookDetail?: Maybe<BookDetail>;
  /** Lists BookDetail rows, by default in primary-key order: every row that matches, unless limit says fewer. */
  bookDetails: Array<BookDetail>;
  /** Counts and column aggregates over BookDetail rows, without reading them. */
  bookDetailsAggregate: BookDetailAggregate;
  /** BookDetail rows as a Relay connection: pages with cursors, and totalCount. */
  bookDetailsConnection: BookDetailConnection;
  /** Lists Book rows, by default in primary-key order: every row that matches, unless limit says fewer. */
  books: Array<Book>;
  /** Counts and column aggregates over Book rows, without reading them. */
  booksAggregate: BookAggregate;
  /** Book rows as a Relay connection: pages with cursors, and totalCount. */
  booksConnection: BookConnection;
  /** Looks up one Customer by its primary key; null when there is none. */
  customer?: Maybe<Customer>;
  /** Lists Customer rows, by default in primary-key order: every row that matches, unless limit says fewer. */
  customers: Array<Customer>;
  /** Counts and column aggregates over Customer rows, without reading them. */
  customersAggregate: CustomerAggregate;
  /** Customer rows as a Relay connection: pages with cursors, and totalCount. */
  customersConnection: CustomerConnection;
  /** Looks up one Genre by its primary key; null when there is none. */
  genre?: Maybe<Genre>;
  /** Lists Genre rows, by default in primary-key order: every row that matches, unless limit says fewer. */
  genres: Array<Genre>;
  /** Counts and column aggregates over Genre rows, without reading them. */
  genresAggregate: GenreAggregate;
  /** Genre rows as a Relay connection: pages with cursors, and totalCount. */
  genresConnection: GenreConnection;
  /** Looks up one Order by its primary key; null when there is none. */
  order?: Maybe<Order>;
  /** Looks up one OrderLine by its primary key; null when there is none. */
  orderLine?: Maybe<OrderLine>;
  /** Lists OrderLine rows, by default in primary-key order: every row that matches, unless limit says fewer. */
  orderLines: Array<OrderLine>;
  /** Counts and column aggregates over OrderLine rows, without reading them. */
  orderLinesAggregate: OrderLineAggregate;
  /** OrderLine rows as a Relay connection: pages with cursors, and totalCount. */
  orderLinesConnection: OrderLineConnection;
  /** Lists Order rows, by default in primary-key order: every row that matches, unless limit says fewer. */
  orders: Array<Order>;
  /** Counts and column aggregates over Order rows, without reading them. */
  ordersAggregate: OrderAggregate;
  /** Order rows as a Relay connection: pages with cursors, and totalCount. */
  ordersConnection: OrderConnection;
  /** Looks up one Publisher by its primary key; null when there is none. */
  publisher?: Maybe<Publisher>;
  /** Lists Publisher rows, by default in primary-key order: every row that matches, unless limit says fewer. */
  publishers: Array<Publisher>;
  /** Counts and column aggregates over Publisher rows, without reading them. */
  publishersAggregate: PublisherAggregate;
  /** Publisher rows as a Relay connection: pages with cursors, and totalCount. */
  publishersConnection: PublisherConnection;
  /** Looks up one Review by its primary key; null when there is none. */
  review?: Maybe<Review>;
  /** Lists Review rows, by default in primary-key order: every row that matches, unless limit says fewer. */
  reviews: Array<Review>;
  /** Counts and column aggregates over Review rows, without reading them. */
  reviewsAggregate: ReviewAggregate;
  /** Review rows as a Relay connection: pages with cursors, and totalCount. */
  reviewsConnection: ReviewConnection;
};


export type QueryAuthorArgs = {
  id: Scalars['Int']['input'];
};


export type QueryAuthorsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<AuthorOrderBy>>;
  where?: InputMaybe<AuthorWhere>;
};


export type QueryAuthorsAggregateArgs = {
  where?: InputMaybe<AuthorWhere>;
};


export type QueryAuthorsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<AuthorOrderBy>>;
  where?: InputMaybe<AuthorWhere>;
};


export type QueryBookArgs = {
  id: Scalars['Int']['input'];
};


export type QueryBookAuthorArgs = {
  authorId: Scalars['Int']['input'];
  bookId: Scalars['Int']['input'];
};


export type QueryBookAuthorsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<BookAuthorOrderBy>>;
  where?: InputMaybe<BookAuthorWhere>;
};


export type QueryBookAuthorsAggregateArgs = {
  where?: InputMaybe<BookAuthorWhere>;
};


export type QueryBookAuthorsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<BookAuthorOrderBy>>;
  where?: InputMaybe<BookAuthorWhere>;
};


export type QueryBookDetailArgs = {
  id: Scalars['Int']['input'];
};


export type QueryBookDetailsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<BookDetailOrderBy>>;
  where?: InputMaybe<BookDetailWhere>;
};


export type QueryBookDetailsAggregateArgs = {
  where?: InputMaybe<BookDetailWhere>;
};


export type QueryBookDetailsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<BookDetailOrderBy>>;
  where?: InputMaybe<BookDetailWhere>;
};


export type QueryBooksArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<BookOrderBy>>;
  where?: InputMaybe<BookWhere>;
};


export type QueryBooksAggregateArgs = {
  where?: InputMaybe<BookWhere>;
};


export type QueryBooksConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<BookOrderBy>>;
  where?: InputMaybe<BookWhere>;
};


export type QueryCustomerArgs = {
  id: Scalars['Int']['input'];
};


export type QueryCustomersArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CustomerOrderBy>>;
  where?: InputMaybe<CustomerWhere>;
};


export type QueryCustomersAggregateArgs = {
  where?: InputMaybe<CustomerWhere>;
};


export type QueryCustomersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CustomerOrderBy>>;
  where?: InputMaybe<CustomerWhere>;
};


export type QueryGenreArgs = {
  id: Scalars['Int']['input'];
};


export type QueryGenresArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<GenreOrderBy>>;
  where?: InputMaybe<GenreWhere>;
};


export type QueryGenresAggregateArgs = {
  where?: InputMaybe<GenreWhere>;
};


export type QueryGenresConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<GenreOrderBy>>;
  where?: InputMaybe<GenreWhere>;
};


export type QueryOrderArgs = {
  id: Scalars['Int']['input'];
};


export type QueryOrderLineArgs = {
  id: Scalars['Int']['input'];
};


export type QueryOrderLinesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<OrderLineOrderBy>>;
  where?: InputMaybe<OrderLineWhere>;
};


export type QueryOrderLinesAggregateArgs = {
  where?: InputMaybe<OrderLineWhere>;
};


export type QueryOrderLinesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<OrderLineOrderBy>>;
  where?: InputMaybe<OrderLineWhere>;
};


export type QueryOrdersArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<OrderOrderBy>>;
  where?: InputMaybe<OrderWhere>;
};


export type QueryOrdersAggregateArgs = {
  where?: InputMaybe<OrderWhere>;
};


export type QueryOrdersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<OrderOrderBy>>;
  where?: InputMaybe<OrderWhere>;
};


export type QueryPublisherArgs = {
  id: Scalars['Int']['input'];
};


export type QueryPublishersArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<PublisherOrderBy>>;
  where?: InputMaybe<PublisherWhere>;
};


export type QueryPublishersAggregateArgs = {
  where?: InputMaybe<PublisherWhere>;
};


export type QueryPublishersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<PublisherOrderBy>>;
  where?: InputMaybe<PublisherWhere>;
};


export type QueryReviewArgs = {
  id: Scalars['Int']['input'];
};


export type QueryReviewsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ReviewOrderBy>>;
  where?: InputMaybe<ReviewWhere>;
};


export type QueryReviewsAggregateArgs = {
  where?: InputMaybe<ReviewWhere>;
};


export type QueryReviewsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ReviewOrderBy>>;
  where?: InputMaybe<ReviewWhere>;
};

/** A foreign key's ON DELETE rule, as declared with ForeignKey(..., { onDelete }). */
export type ReferentialAction =
  /** The database deletes the referencing row too. */
  | 'CASCADE'
  /** The database refuses the delete while the row is referenced (also a foreign key that declares no rule). */
  | 'NO_ACTION'
  /** The database refuses the delete while the row is referenced. */
  | 'RESTRICT'
  /** The database sets the referencing row's foreign key to NULL. */
  | 'SET_NULL';

export type Review = {
  __typename?: 'Review';
  body?: Maybe<Scalars['String']['output']>;
  /** Many-to-one: the Book this Review refers to. */
  book: Book;
  bookId: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Many-to-one: the Customer this Review refers to. */
  customer: Customer;
  customerId: Scalars['Int']['output'];
  headline?: Maybe<Scalars['String']['output']>;
  id: Scalars['Int']['output'];
  /** From 1 to 5 stars. */
  rating: Scalars['Int']['output'];
  verifiedPurchase: Scalars['Boolean']['output'];
};

/** Counts and column aggregates over Review rows. */
export type ReviewAggregate = {
  __typename?: 'ReviewAggregate';
  /** The average of each numeric column over the rows; null when there are none. */
  avg: ReviewAvgFields;
  /** How many rows match. */
  count: Scalars['Int']['output'];
  /** The largest value of each column; null when there are no rows or only NULLs. */
  max: ReviewMaxFields;
  /** The smallest value of each column; null when there are no rows or only NULLs. */
  min: ReviewMinFields;
  /** The sum of each numeric column over the rows; null when there are none. */
  sum: ReviewSumFields;
};

export type ReviewAvgFields = {
  __typename?: 'ReviewAvgFields';
  bookId?: Maybe<Scalars['Float']['output']>;
  customerId?: Maybe<Scalars['Float']['output']>;
  id?: Maybe<Scalars['Float']['output']>;
  rating?: Maybe<Scalars['Float']['output']>;
};

/** A change to one Review row. */
export type ReviewChange = {
  __typename?: 'ReviewChange';
  /** UPDATED: the fields whose columns were written. Empty otherwise. */
  changedFields: Array<Scalars['String']['output']>;
  /** The changed row's key (also there when it was deleted). */
  id: Scalars['Int']['output'];
  operation: ChangeOperation;
  /** The row as it is now, as you may read it; null when it was deleted. */
  review?: Maybe<Review>;
};

/** Links the Review that `where` names if there is one, else creates it from `create` (whose key columns default to `where`'s) and links it. */
export type ReviewConnectOrCreateInput = {
  /** The Review to create when none has that key. */
  create: ReviewCreateInput;
  /** One unique key of the Review. */
  where: ReviewUniqueInput;
};

/** A page of Review rows, with cursors to page on. */
export type ReviewConnection = {
  __typename?: 'ReviewConnection';
  /** The rows of the page, each with its cursor. */
  edges: Array<ReviewEdge>;
  /** The rows of the page, without cursors. */
  nodes: Array<Review>;
  pageInfo: PageInfo;
  /** How many rows match `where`, on every page together. */
  totalCount: Scalars['Int']['output'];
};

/** A new Review. Fields the database fills (auto-increment, defaults, nullable columns) may be left out. */
export type ReviewCreateInput = {
  body?: InputMaybe<Scalars['String']['input']>;
  book?: InputMaybe<BookRelationInput>;
  bookId?: InputMaybe<Scalars['Int']['input']>;
  createdAt?: InputMaybe<Scalars['DateTime']['input']>;
  customer?: InputMaybe<CustomerRelationInput>;
  customerId?: InputMaybe<Scalars['Int']['input']>;
  headline?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['Int']['input']>;
  /** From 1 to 5 stars. */
  rating: Scalars['Int']['input'];
  verifiedPurchase?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A Review in a connection. */
export type ReviewEdge = {
  __typename?: 'ReviewEdge';
  /** Where this row is: pass it as `after` or `before` to page from here. */
  cursor: Scalars['String']['output'];
  node: Review;
};

/** Identifies one Review by its primary key. */
export type ReviewKey = {
  id: Scalars['Int']['input'];
};

/** Filters on a list of Review. */
export type ReviewListFilter = {
  /** Every related Review matches (true when there are none). */
  every?: InputMaybe<ReviewWhere>;
  /** No related Review matches. */
  none?: InputMaybe<ReviewWhere>;
  /** At least one related Review matches. */
  some?: InputMaybe<ReviewWhere>;
};

/** Nested writes to a list of Review. `set` replaces the whole list and cannot be combined with the others. */
export type ReviewListRelationInput = {
  /** Link existing Review rows. */
  connect?: InputMaybe<Array<ReviewKey>>;
  /** Link the Review rows with these unique keys, creating those that do not exist. */
  connectOrCreate?: InputMaybe<Array<ReviewConnectOrCreateInput>>;
  /** Create and link new Review rows. */
  create?: InputMaybe<Array<ReviewCreateInput>>;
  /** Unlink these Review rows (a row not linked is ignored). */
  disconnect?: InputMaybe<Array<ReviewKey>>;
  /** Link exactly these Review rows, unlinking the others. */
  set?: InputMaybe<Array<ReviewKey>>;
};

export type ReviewMaxFields = {
  __typename?: 'ReviewMaxFields';
  body?: Maybe<Scalars['String']['output']>;
  bookId?: Maybe<Scalars['Int']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  customerId?: Maybe<Scalars['Int']['output']>;
  headline?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['Int']['output']>;
  rating?: Maybe<Scalars['Int']['output']>;
};

export type ReviewMinFields = {
  __typename?: 'ReviewMinFields';
  body?: Maybe<Scalars['String']['output']>;
  bookId?: Maybe<Scalars['Int']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  customerId?: Maybe<Scalars['Int']['output']>;
  headline?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['Int']['output']>;
  rating?: Maybe<Scalars['Int']['output']>;
};

/** Orders Review rows by a column. Give one column per entry; several entries sort by each in turn. */
export type ReviewOrderBy = {
  body?: InputMaybe<SortDirection>;
  bookId?: InputMaybe<SortDirection>;
  createdAt?: InputMaybe<SortDirection>;
  customerId?: InputMaybe<SortDirection>;
  headline?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  rating?: InputMaybe<SortDirection>;
  verifiedPurchase?: InputMaybe<SortDirection>;
};

export type ReviewSumFields = {
  __typename?: 'ReviewSumFields';
  bookId?: Maybe<Scalars['BigInt']['output']>;
  customerId?: Maybe<Scalars['BigInt']['output']>;
  id?: Maybe<Scalars['BigInt']['output']>;
  rating?: Maybe<Scalars['BigInt']['output']>;
};

/** Identifies one Review by exactly one of its unique keys: id. */
export type ReviewUniqueInput = {
  id?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to a Review: only the fields given are written. */
export type ReviewUpdateInput = {
  body?: InputMaybe<Scalars['String']['input']>;
  book?: InputMaybe<BookRelationInput>;
  bookId?: InputMaybe<Scalars['Int']['input']>;
  createdAt?: InputMaybe<Scalars['DateTime']['input']>;
  customer?: InputMaybe<CustomerRelationInput>;
  customerId?: InputMaybe<Scalars['Int']['input']>;
  headline?: InputMaybe<Scalars['String']['input']>;
  /** From 1 to 5 stars. */
  rating?: InputMaybe<Scalars['Int']['input']>;
  verifiedPurchase?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Filters Review rows. Fields combine with AND. */
export type ReviewWhere = {
  /** All of these match. */
  AND?: InputMaybe<Array<ReviewWhere>>;
  /** This does not match. */
  NOT?: InputMaybe<ReviewWhere>;
  /** At least one of these matches. */
  OR?: InputMaybe<Array<ReviewWhere>>;
  body?: InputMaybe<StringFilter>;
  book?: InputMaybe<BookWhere>;
  bookId?: InputMaybe<IntFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  customer?: InputMaybe<CustomerWhere>;
  customerId?: InputMaybe<IntFilter>;
  headline?: InputMaybe<StringFilter>;
  id?: InputMaybe<IntFilter>;
  rating?: InputMaybe<IntFilter>;
  verifiedPurchase?: InputMaybe<BooleanFilter>;
};

export type SortDirection =
  /** Ascending. */
  | 'ASC'
  /** Descending. */
  | 'DESC';

export type StringFilter = {
  /** Equal to. */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['String']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['String']['input']>;
  /** Equal to one of. */
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  /** true: only NULL; false: only non-NULL. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** SQL LIKE: `%` matches any run of characters, `_` any one character. */
  like?: InputMaybe<Scalars['String']['input']>;
  /** Less than. */
  lt?: InputMaybe<Scalars['String']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['String']['input']>;
  /** Not equal to (rows where the column is NULL do not match). */
  ne?: InputMaybe<Scalars['String']['input']>;
  /** Equal to none of. */
  notIn?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** BookAuthor rows added to or removed from one Author's bookAuthors, after each commit. */
  authorBookAuthorsChanged: AuthorBookAuthorsChange;
  /** Author rows created, updated or deleted through this API, after each commit; `where` and your read permissions choose which. Writes made outside relgraph are not seen. */
  authorChanged: AuthorChange;
  /** BookAuthor rows created, updated or deleted through this API, after each commit; `where` and your read permissions choose which. Writes made outside relgraph are not seen. */
  bookAuthorChanged: BookAuthorChange;
  /** BookAuthor rows added to or removed from one Book's bookAuthors, after each commit. */
  bookBookAuthorsChanged: BookBookAuthorsChange;
  /** Book rows created, updated or deleted through this API, after each commit; `where` and your read permissions choose which. Writes made outside relgraph are not seen. */
  bookChanged: BookChange;
  /** BookDetail rows created, updated or deleted through this API, after each commit; `where` and your read permissions choose which. Writes made outside relgraph are not seen. */
  bookDetailChanged: BookDetailChange;
  /** Genre rows added to or removed from one Book's genres, after each commit. */
  bookGenresChanged: BookGenresChange;
  /** Review rows added to or removed from one Book's reviews, after each commit. */
  bookReviewsChanged: BookReviewsChange;
  /** Customer rows added to or removed from one Book's wishlistedBy, after each commit. */
  bookWishlistedByChanged: BookWishlistedByChange;
  /** Customer rows created, updated or deleted through this API, after each commit; `where` and your read permissions choose which. Writes made outside relgraph are not seen. */
  customerChanged: CustomerChange;
  /** Order rows added to or removed from one Customer's orders, after each commit. */
  customerOrdersChanged: CustomerOrdersChange;
  /** Book rows added to or removed from one Customer's wishlistBooks, after each commit. */
  customerWishlistBooksChanged: CustomerWishlistBooksChange;
  /** Book rows added to or removed from one Genre's books, after each commit. */
  genreBooksChanged: GenreBooksChange;
  /** Genre rows created, updated or deleted through this API, after each commit; `where` and your read permissions choose which. Writes made outside relgraph are not seen. */
  genreChanged: GenreChange;
  /** Genre rows added to or removed from one Genre's subgenres, after each commit. */
  genreSubgenresChanged: GenreSubgenresChange;
  /** Order rows created, updated or deleted through this API, after each commit; `where` and your read permissions choose which. Writes made outside relgraph are not seen. */
  orderChanged: OrderChange;
  /** OrderLine rows created, updated or deleted through this API, after each commit; `where` and your read permissions choose which. Writes made outside relgraph are not seen. */
  orderLineChanged: OrderLineChange;
  /** OrderLine rows added to or removed from one Order's lines, after each commit. */
  orderLinesChanged: OrderLinesChange;
  /** Book rows added to or removed from one Publisher's books, after each commit. */
  publisherBooksChanged: PublisherBooksChange;
  /** Publisher rows created, updated or deleted through this API, after each commit; `where` and your read permissions choose which. Writes made outside relgraph are not seen. */
  publisherChanged: PublisherChange;
  /** Review rows created, updated or deleted through this API, after each commit; `where` and your read permissions choose which. Writes made outside relgraph are not seen. */
  reviewChanged: ReviewChange;
};


export type SubscriptionAuthorBookAuthorsChangedArgs = {
  id: Scalars['Int']['input'];
};


export type SubscriptionAuthorChangedArgs = {
  where?: InputMaybe<AuthorWhere>;
};


export type SubscriptionBookAuthorChangedArgs = {
  where?: InputMaybe<BookAuthorWhere>;
};


export type SubscriptionBookBookAuthorsChangedArgs = {
  id: Scalars['Int']['input'];
};


export type SubscriptionBookChangedArgs = {
  where?: InputMaybe<BookWhere>;
};


export type SubscriptionBookDetailChangedArgs = {
  where?: InputMaybe<BookDetailWhere>;
};


export type SubscriptionBookGenresChangedArgs = {
  id: Scalars['Int']['input'];
};


export type SubscriptionBookReviewsChangedArgs = {
  id: Scalars['Int']['input'];
};


export type SubscriptionBookWishlistedByChangedArgs = {
  id: Scalars['Int']['input'];
};


export type SubscriptionCustomerChangedArgs = {
  where?: InputMaybe<CustomerWhere>;
};


export type SubscriptionCustomerOrdersChangedArgs = {
  id: Scalars['Int']['input'];
};


export type SubscriptionCustomerWishlistBooksChangedArgs = {
  id: Scalars['Int']['input'];
};


export type SubscriptionGenreBooksChangedArgs = {
  id: Scalars['Int']['input'];
};


export type SubscriptionGenreChangedArgs = {
  where?: InputMaybe<GenreWhere>;
};


export type SubscriptionGenreSubgenresChangedArgs = {
  id: Scalars['Int']['input'];
};


export type SubscriptionOrderChangedArgs = {
  where?: InputMaybe<OrderWhere>;
};


export type SubscriptionOrderLineChangedArgs = {
  where?: InputMaybe<OrderLineWhere>;
};


export type SubscriptionOrderLinesChangedArgs = {
  id: Scalars['Int']['input'];
};


export type SubscriptionPublisherBooksChangedArgs = {
  id: Scalars['Int']['input'];
};


export type SubscriptionPublisherChangedArgs = {
  where?: InputMaybe<PublisherWhere>;
};


export type SubscriptionReviewChangedArgs = {
  where?: InputMaybe<ReviewWhere>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = {}, TContext = {}, TArgs = {}> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = {}, TContext = {}, TArgs = {}> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = {}, TContext = {}> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = {}, TContext = {}> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = {}, TParent = {}, TContext = {}, TArgs = {}> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Author: ResolverTypeWrapper<Author>;
  AuthorAggregate: ResolverTypeWrapper<AuthorAggregate>;
  AuthorAvgFields: ResolverTypeWrapper<AuthorAvgFields>;
  AuthorBookAuthorsChange: ResolverTypeWrapper<AuthorBookAuthorsChange>;
  AuthorChange: ResolverTypeWrapper<AuthorChange>;
  AuthorConnectOrCreateInput: AuthorConnectOrCreateInput;
  AuthorConnection: ResolverTypeWrapper<AuthorConnection>;
  AuthorCreateInput: AuthorCreateInput;
  AuthorEdge: ResolverTypeWrapper<AuthorEdge>;
  AuthorKey: AuthorKey;
  AuthorListFilter: AuthorListFilter;
  AuthorMaxFields: ResolverTypeWrapper<AuthorMaxFields>;
  AuthorMinFields: ResolverTypeWrapper<AuthorMinFields>;
  AuthorOrderBy: AuthorOrderBy;
  AuthorRelationInput: AuthorRelationInput;
  AuthorSumFields: ResolverTypeWrapper<AuthorSumFields>;
  AuthorUniqueInput: AuthorUniqueInput;
  AuthorUpdateInput: AuthorUpdateInput;
  AuthorWhere: AuthorWhere;
  BigInt: ResolverTypeWrapper<Scalars['BigInt']['output']>;
  BigIntFilter: BigIntFilter;
  Book: ResolverTypeWrapper<Book>;
  BookAggregate: ResolverTypeWrapper<BookAggregate>;
  BookAuthor: ResolverTypeWrapper<BookAuthor>;
  BookAuthorAggregate: ResolverTypeWrapper<BookAuthorAggregate>;
  BookAuthorAuthorConnection: ResolverTypeWrapper<BookAuthorAuthorConnection>;
  BookAuthorAuthorEdge: ResolverTypeWrapper<BookAuthorAuthorEdge>;
  BookAuthorAvgFields: ResolverTypeWrapper<BookAuthorAvgFields>;
  BookAuthorBookConnection: ResolverTypeWrapper<BookAuthorBookConnection>;
  BookAuthorBookEdge: ResolverTypeWrapper<BookAuthorBookEdge>;
  BookAuthorChange: ResolverTypeWrapper<BookAuthorChange>;
  BookAuthorConnectOrCreateInput: BookAuthorConnectOrCreateInput;
  BookAuthorConnection: ResolverTypeWrapper<BookAuthorConnection>;
  BookAuthorCreateInput: BookAuthorCreateInput;
  BookAuthorEdge: ResolverTypeWrapper<BookAuthorEdge>;
  BookAuthorKey: BookAuthorKey;
  BookAuthorListFilter: BookAuthorListFilter;
  BookAuthorListRelationInput: BookAuthorListRelationInput;
  BookAuthorMaxFields: ResolverTypeWrapper<BookAuthorMaxFields>;
  BookAuthorMinFields: ResolverTypeWrapper<BookAuthorMinFields>;
  BookAuthorOrderBy: BookAuthorOrderBy;
  BookAuthorSumFields: ResolverTypeWrapper<BookAuthorSumFields>;
  BookAuthorUniqueInput: BookAuthorUniqueInput;
  BookAuthorUpdateInput: BookAuthorUpdateInput;
  BookAuthorWhere: BookAuthorWhere;
  BookAvgFields: ResolverTypeWrapper<BookAvgFields>;
  BookBookAuthorsChange: ResolverTypeWrapper<BookBookAuthorsChange>;
  BookChange: ResolverTypeWrapper<BookChange>;
  BookConnectOrCreateInput: BookConnectOrCreateInput;
  BookConnection: ResolverTypeWrapper<BookConnection>;
  BookCreateInput: BookCreateInput;
  BookDetail: ResolverTypeWrapper<BookDetail>;
  BookDetailAggregate: ResolverTypeWrapper<BookDetailAggregate>;
  BookDetailAvgFields: ResolverTypeWrapper<BookDetailAvgFields>;
  BookDetailChange: ResolverTypeWrapper<BookDetailChange>;
  BookDetailConnectOrCreateInput: BookDetailConnectOrCreateInput;
  BookDetailConnection: ResolverTypeWrapper<BookDetailConnection>;
  BookDetailCreateInput: BookDetailCreateInput;
  BookDetailEdge: ResolverTypeWrapper<BookDetailEdge>;
  BookDetailKey: BookDetailKey;
  BookDetailMaxFields: ResolverTypeWrapper<BookDetailMaxFields>;
  BookDetailMinFields: ResolverTypeWrapper<BookDetailMinFields>;
  BookDetailOrderBy: BookDetailOrderBy;
  BookDetailRelationInput: BookDetailRelationInput;
  BookDetailSumFields: ResolverTypeWrapper<BookDetailSumFields>;
  BookDetailUniqueInput: BookDetailUniqueInput;
  BookDetailUpdateInput: BookDetailUpdateInput;
  BookDetailWhere: BookDetailWhere;
  BookEdge: ResolverTypeWrapper<BookEdge>;
  BookFormat: BookFormat;
  BookFormatFilter: BookFormatFilter;
  BookGenresChange: ResolverTypeWrapper<BookGenresChange>;
  BookKey: BookKey;
  BookListFilter: BookListFilter;
  BookListRelationInput: BookListRelationInput;
  BookMaxFields: ResolverTypeWrapper<BookMaxFields>;
  BookMinFields: ResolverTypeWrapper<BookMinFields>;
  BookOrderBy: BookOrderBy;
  BookRelationInput: BookRelationInput;
  BookReviewsChange: ResolverTypeWrapper<BookReviewsChange>;
  BookSumFields: ResolverTypeWrapper<BookSumFields>;
  BookUniqueInput: BookUniqueInput;
  BookUpdateInput: BookUpdateInput;
  BookWhere: BookWhere;
  BookWishlistedByChange: ResolverTypeWrapper<BookWishlistedByChange>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BooleanFilter: BooleanFilter;
  ChangeOperation: ChangeOperation;
  ContributorRole: ContributorRole;
  ContributorRoleFilter: ContributorRoleFilter;
  Customer: ResolverTypeWrapper<Customer>;
  CustomerAggregate: ResolverTypeWrapper<CustomerAggregate>;
  CustomerAvgFields: ResolverTypeWrapper<CustomerAvgFields>;
  CustomerChange: ResolverTypeWrapper<CustomerChange>;
  CustomerConnectOrCreateInput: CustomerConnectOrCreateInput;
  CustomerConnection: ResolverTypeWrapper<CustomerConnection>;
  CustomerCreateInput: CustomerCreateInput;
  CustomerEdge: ResolverTypeWrapper<CustomerEdge>;
  CustomerKey: CustomerKey;
  CustomerListFilter: CustomerListFilter;
  CustomerListRelationInput: CustomerListRelationInput;
  CustomerMaxFields: ResolverTypeWrapper<CustomerMaxFields>;
  CustomerMinFields: ResolverTypeWrapper<CustomerMinFields>;
  CustomerOrderBy: CustomerOrderBy;
  CustomerOrdersChange: ResolverTypeWrapper<CustomerOrdersChange>;
  CustomerRelationInput: CustomerRelationInput;
  CustomerSumFields: ResolverTypeWrapper<CustomerSumFields>;
  CustomerUniqueInput: CustomerUniqueInput;
  CustomerUpdateInput: CustomerUpdateInput;
  CustomerWhere: CustomerWhere;
  CustomerWishlistBooksChange: ResolverTypeWrapper<CustomerWishlistBooksChange>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateFilter: DateFilter;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DateTimeFilter: DateTimeFilter;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  DecimalFilter: DecimalFilter;
  DeletePreview: ResolverTypeWrapper<DeletePreview>;
  DeletePreviewRows: ResolverTypeWrapper<DeletePreviewRows>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FloatFilter: FloatFilter;
  Genre: ResolverTypeWrapper<Genre>;
  GenreAggregate: ResolverTypeWrapper<GenreAggregate>;
  GenreAvgFields: ResolverTypeWrapper<GenreAvgFields>;
  GenreBooksChange: ResolverTypeWrapper<GenreBooksChange>;
  GenreChange: ResolverTypeWrapper<GenreChange>;
  GenreConnectOrCreateInput: GenreConnectOrCreateInput;
  GenreConnection: ResolverTypeWrapper<GenreConnection>;
  GenreCreateInput: GenreCreateInput;
  GenreEdge: ResolverTypeWrapper<GenreEdge>;
  GenreKey: GenreKey;
  GenreListFilter: GenreListFilter;
  GenreListRelationInput: GenreListRelationInput;
  GenreMaxFields: ResolverTypeWrapper<GenreMaxFields>;
  GenreMinFields: ResolverTypeWrapper<GenreMinFields>;
  GenreOrderBy: GenreOrderBy;
  GenreRelationInput: GenreRelationInput;
  GenreSubgenresChange: ResolverTypeWrapper<GenreSubgenresChange>;
  GenreSumFields: ResolverTypeWrapper<GenreSumFields>;
  GenreUniqueInput: GenreUniqueInput;
  GenreUpdateInput: GenreUpdateInput;
  GenreWhere: GenreWhere;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IntFilter: IntFilter;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  JSONFilter: JsonFilter;
  LinkOperation: LinkOperation;
  Mutation: ResolverTypeWrapper<{}>;
  Order: ResolverTypeWrapper<Order>;
  OrderAggregate: ResolverTypeWrapper<OrderAggregate>;
  OrderAvgFields: ResolverTypeWrapper<OrderAvgFields>;
  OrderChange: ResolverTypeWrapper<OrderChange>;
  OrderConnectOrCreateInput: OrderConnectOrCreateInput;
  OrderConnection: ResolverTypeWrapper<OrderConnection>;
  OrderCreateInput: OrderCreateInput;
  OrderEdge: ResolverTypeWrapper<OrderEdge>;
  OrderKey: OrderKey;
  OrderLine: ResolverTypeWrapper<OrderLine>;
  OrderLineAggregate: ResolverTypeWrapper<OrderLineAggregate>;
  OrderLineAvgFields: ResolverTypeWrapper<OrderLineAvgFields>;
  OrderLineChange: ResolverTypeWrapper<OrderLineChange>;
  OrderLineConnectOrCreateInput: OrderLineConnectOrCreateInput;
  OrderLineConnection: ResolverTypeWrapper<OrderLineConnection>;
  OrderLineCreateInput: OrderLineCreateInput;
  OrderLineEdge: ResolverTypeWrapper<OrderLineEdge>;
  OrderLineKey: OrderLineKey;
  OrderLineListFilter: OrderLineListFilter;
  OrderLineListRelationInput: OrderLineListRelationInput;
  OrderLineMaxFields: ResolverTypeWrapper<OrderLineMaxFields>;
  OrderLineMinFields: ResolverTypeWrapper<OrderLineMinFields>;
  OrderLineOrderBy: OrderLineOrderBy;
  OrderLineSumFields: ResolverTypeWrapper<OrderLineSumFields>;
  OrderLineUniqueInput: OrderLineUniqueInput;
  OrderLineUpdateInput: OrderLineUpdateInput;
  OrderLineWhere: OrderLineWhere;
  OrderLinesChange: ResolverTypeWrapper<OrderLinesChange>;
  OrderListFilter: OrderListFilter;
  OrderListRelationInput: OrderListRelationInput;
  OrderMaxFields: ResolverTypeWrapper<OrderMaxFields>;
  OrderMinFields: ResolverTypeWrapper<OrderMinFields>;
  OrderOrderBy: OrderOrderBy;
  OrderRelationInput: OrderRelationInput;
  OrderStatus: OrderStatus;
  OrderStatusFilter: OrderStatusFilter;
  OrderSumFields: ResolverTypeWrapper<OrderSumFields>;
  OrderUniqueInput: OrderUniqueInput;
  OrderUpdateInput: OrderUpdateInput;
  OrderWhere: OrderWhere;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Publisher: ResolverTypeWrapper<Publisher>;
  PublisherAggregate: ResolverTypeWrapper<PublisherAggregate>;
  PublisherAvgFields: ResolverTypeWrapper<PublisherAvgFields>;
  PublisherBooksChange: ResolverTypeWrapper<PublisherBooksChange>;
  PublisherChange: ResolverTypeWrapper<PublisherChange>;
  PublisherConnectOrCreateInput: PublisherConnectOrCreateInput;
  PublisherConnection: ResolverTypeWrapper<PublisherConnection>;
  PublisherCreateInput: PublisherCreateInput;
  PublisherEdge: ResolverTypeWrapper<PublisherEdge>;
  PublisherKey: PublisherKey;
  PublisherMaxFields: ResolverTypeWrapper<PublisherMaxFields>;
  PublisherMinFields: ResolverTypeWrapper<PublisherMinFields>;
  PublisherOrderBy: PublisherOrderBy;
  PublisherRelationInput: PublisherRelationInput;
  PublisherSumFields: ResolverTypeWrapper<PublisherSumFields>;
  PublisherUniqueInput: PublisherUniqueInput;
  PublisherUpdateInput: PublisherUpdateInput;
  PublisherWhere: PublisherWhere;
  Query: ResolverTypeWrapper<{}>;
  ReferentialAction: ReferentialAction;
  Review: ResolverTypeWrapper<Review>;
  ReviewAggregate: ResolverTypeWrapper<ReviewAggregate>;
  ReviewAvgFields: ResolverTypeWrapper<ReviewAvgFields>;
  ReviewChange: ResolverTypeWrapper<ReviewChange>;
  ReviewConnectOrCreateInput: ReviewConnectOrCreateInput;
  ReviewConnection: ResolverTypeWrapper<ReviewConnection>;
  ReviewCreateInput: ReviewCreateInput;
  ReviewEdge: ResolverTypeWrapper<ReviewEdge>;
  ReviewKey: ReviewKey;
  ReviewListFilter: ReviewListFilter;
  ReviewListRelationInput: ReviewListRelationInput;
  ReviewMaxFields: ResolverTypeWrapper<ReviewMaxFields>;
  ReviewMinFields: ResolverTypeWrapper<ReviewMinFields>;
  ReviewOrderBy: ReviewOrderBy;
  ReviewSumFields: ResolverTypeWrapper<ReviewSumFields>;
  ReviewUniqueInput: ReviewUniqueInput;
  ReviewUpdateInput: ReviewUpdateInput;
  ReviewWhere: ReviewWhere;
  SortDirection: SortDirection;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  StringFilter: StringFilter;
  Subscription: ResolverTypeWrapper<{}>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Author: Author;
  AuthorAggregate: AuthorAggregate;
  AuthorAvgFields: AuthorAvgFields;
  AuthorBookAuthorsChange: AuthorBookAuthorsChange;
  AuthorChange: AuthorChange;
  AuthorConnectOrCreateInput: AuthorConnectOrCreateInput;
  AuthorConnection: AuthorConnection;
  AuthorCreateInput: AuthorCreateInput;
  AuthorEdge: AuthorEdge;
  AuthorKey: AuthorKey;
  AuthorListFilter: AuthorListFilter;
  AuthorMaxFields: AuthorMaxFields;
  AuthorMinFields: AuthorMinFields;
  AuthorOrderBy: AuthorOrderBy;
  AuthorRelationInput: AuthorRelationInput;
  AuthorSumFields: AuthorSumFields;
  AuthorUniqueInput: AuthorUniqueInput;
  AuthorUpdateInput: AuthorUpdateInput;
  AuthorWhere: AuthorWhere;
  BigInt: Scalars['BigInt']['output'];
  BigIntFilter: BigIntFilter;
  Book: Book;
  BookAggregate: BookAggregate;
  BookAuthor: BookAuthor;
  BookAuthorAggregate: BookAuthorAggregate;
  BookAuthorAuthorConnection: BookAuthorAuthorConnection;
  BookAuthorAuthorEdge: BookAuthorAuthorEdge;
  BookAuthorAvgFields: BookAuthorAvgFields;
  BookAuthorBookConnection: BookAuthorBookConnection;
  BookAuthorBookEdge: BookAuthorBookEdge;
  BookAuthorChange: BookAuthorChange;
  BookAuthorConnectOrCreateInput: BookAuthorConnectOrCreateInput;
  BookAuthorConnection: BookAuthorConnection;
  BookAuthorCreateInput: BookAuthorCreateInput;
  BookAuthorEdge: BookAuthorEdge;
  BookAuthorKey: BookAuthorKey;
  BookAuthorListFilter: BookAuthorListFilter;
  BookAuthorListRelationInput: BookAuthorListRelationInput;
  BookAuthorMaxFields: BookAuthorMaxFields;
  BookAuthorMinFields: BookAuthorMinFields;
  BookAuthorOrderBy: BookAuthorOrderBy;
  BookAuthorSumFields: BookAuthorSumFields;
  BookAuthorUniqueInput: BookAuthorUniqueInput;
  BookAuthorUpdateInput: BookAuthorUpdateInput;
  BookAuthorWhere: BookAuthorWhere;
  BookAvgFields: BookAvgFields;
  BookBookAuthorsChange: BookBookAuthorsChange;
  BookChange: BookChange;
  BookConnectOrCreateInput: BookConnectOrCreateInput;
  BookConnection: BookConnection;
  BookCreateInput: BookCreateInput;
  BookDetail: BookDetail;
  BookDetailAggregate: BookDetailAggregate;
  BookDetailAvgFields: BookDetailAvgFields;
  BookDetailChange: BookDetailChange;
  BookDetailConnectOrCreateInput: BookDetailConnectOrCreateInput;
  BookDetailConnection: BookDetailConnection;
  BookDetailCreateInput: BookDetailCreateInput;
  BookDetailEdge: BookDetailEdge;
  BookDetailKey: BookDetailKey;
  BookDetailMaxFields: BookDetailMaxFields;
  BookDetailMinFields: BookDetailMinFields;
  BookDetailOrderBy: BookDetailOrderBy;
  BookDetailRelationInput: BookDetailRelationInput;
  BookDetailSumFields: BookDetailSumFields;
  BookDetailUniqueInput: BookDetailUniqueInput;
  BookDetailUpdateInput: BookDetailUpdateInput;
  BookDetailWhere: BookDetailWhere;
  BookEdge: BookEdge;
  BookFormatFilter: BookFormatFilter;
  BookGenresChange: BookGenresChange;
  BookKey: BookKey;
  BookListFilter: BookListFilter;
  BookListRelationInput: BookListRelationInput;
  BookMaxFields: BookMaxFields;
  BookMinFields: BookMinFields;
  BookOrderBy: BookOrderBy;
  BookRelationInput: BookRelationInput;
  BookReviewsChange: BookReviewsChange;
  BookSumFields: BookSumFields;
  BookUniqueInput: BookUniqueInput;
  BookUpdateInput: BookUpdateInput;
  BookWhere: BookWhere;
  BookWishlistedByChange: BookWishlistedByChange;
  Boolean: Scalars['Boolean']['output'];
  BooleanFilter: BooleanFilter;
  ContributorRoleFilter: ContributorRoleFilter;
  Customer: Customer;
  CustomerAggregate: CustomerAggregate;
  CustomerAvgFields: CustomerAvgFields;
  CustomerChange: CustomerChange;
  CustomerConnectOrCreateInput: CustomerConnectOrCreateInput;
  CustomerConnection: CustomerConnection;
  CustomerCreateInput: CustomerCreateInput;
  CustomerEdge: CustomerEdge;
  CustomerKey: CustomerKey;
  CustomerListFilter: CustomerListFilter;
  CustomerListRelationInput: CustomerListRelationInput;
  CustomerMaxFields: CustomerMaxFields;
  CustomerMinFields: CustomerMinFields;
  CustomerOrderBy: CustomerOrderBy;
  CustomerOrdersChange: CustomerOrdersChange;
  CustomerRelationInput: CustomerRelationInput;
  CustomerSumFields: CustomerSumFields;
  CustomerUniqueInput: CustomerUniqueInput;
  CustomerUpdateInput: CustomerUpdateInput;
  CustomerWhere: CustomerWhere;
  CustomerWishlistBooksChange: CustomerWishlistBooksChange;
  Date: Scalars['Date']['output'];
  DateFilter: DateFilter;
  DateTime: Scalars['DateTime']['output'];
  DateTimeFilter: DateTimeFilter;
  Decimal: Scalars['Decimal']['output'];
  DecimalFilter: DecimalFilter;
  DeletePreview: DeletePreview;
  DeletePreviewRows: DeletePreviewRows;
  Float: Scalars['Float']['output'];
  FloatFilter: FloatFilter;
  Genre: Genre;
  GenreAggregate: GenreAggregate;
  GenreAvgFields: GenreAvgFields;
  GenreBooksChange: GenreBooksChange;
  GenreChange: GenreChange;
  GenreConnectOrCreateInput: GenreConnectOrCreateInput;
  GenreConnection: GenreConnection;
  GenreCreateInput: GenreCreateInput;
  GenreEdge: GenreEdge;
  GenreKey: GenreKey;
  GenreListFilter: GenreListFilter;
  GenreListRelationInput: GenreListRelationInput;
  GenreMaxFields: GenreMaxFields;
  GenreMinFields: GenreMinFields;
  GenreOrderBy: GenreOrderBy;
  GenreRelationInput: GenreRelationInput;
  GenreSubgenresChange: GenreSubgenresChange;
  GenreSumFields: GenreSumFields;
  GenreUniqueInput: GenreUniqueInput;
  GenreUpdateInput: GenreUpdateInput;
  GenreWhere: GenreWhere;
  Int: Scalars['Int']['output'];
  IntFilter: IntFilter;
  JSON: Scalars['JSON']['output'];
  JSONFilter: JsonFilter;
  Mutation: {};
  Order: Order;
  OrderAggregate: OrderAggregate;
  OrderAvgFields: OrderAvgFields;
  OrderChange: OrderChange;
  OrderConnectOrCreateInput: OrderConnectOrCreateInput;
  OrderConnection: OrderConnection;
  OrderCreateInput: OrderCreateInput;
  OrderEdge: OrderEdge;
  OrderKey: OrderKey;
  OrderLine: OrderLine;
  OrderLineAggregate: OrderLineAggregate;
  OrderLineAvgFields: OrderLineAvgFields;
  OrderLineChange: OrderLineChange;
  OrderLineConnectOrCreateInput: OrderLineConnectOrCreateInput;
  OrderLineConnection: OrderLineConnection;
  OrderLineCreateInput: OrderLineCreateInput;
  OrderLineEdge: OrderLineEdge;
  OrderLineKey: OrderLineKey;
  OrderLineListFilter: OrderLineListFilter;
  OrderLineListRelationInput: OrderLineListRelationInput;
  OrderLineMaxFields: OrderLineMaxFields;
  OrderLineMinFields: OrderLineMinFields;
  OrderLineOrderBy: OrderLineOrderBy;
  OrderLineSumFields: OrderLineSumFields;
  OrderLineUniqueInput: OrderLineUniqueInput;
  OrderLineUpdateInput: OrderLineUpdateInput;
  OrderLineWhere: OrderLineWhere;
  OrderLinesChange: OrderLinesChange;
  OrderListFilter: OrderListFilter;
  OrderListRelationInput: OrderListRelationInput;
  OrderMaxFields: OrderMaxFields;
  OrderMinFields: OrderMinFields;
  OrderOrderBy: OrderOrderBy;
  OrderRelationInput: OrderRelationInput;
  OrderStatusFilter: OrderStatusFilter;
  OrderSumFields: OrderSumFields;
  OrderUniqueInput: OrderUniqueInput;
  OrderUpdateInput: OrderUpdateInput;
  OrderWhere: OrderWhere;
  PageInfo: PageInfo;
  Publisher: Publisher;
  PublisherAggregate: PublisherAggregate;
  PublisherAvgFields: PublisherAvgFields;
  PublisherBooksChange: PublisherBooksChange;
  PublisherChange: PublisherChange;
  PublisherConnectOrCreateInput: PublisherConnectOrCreateInput;
  PublisherConnection: PublisherConnection;
  PublisherCreateInput: PublisherCreateInput;
  PublisherEdge: PublisherEdge;
  PublisherKey: PublisherKey;
  PublisherMaxFields: PublisherMaxFields;
  PublisherMinFields: PublisherMinFields;
  PublisherOrderBy: PublisherOrderBy;
  PublisherRelationInput: PublisherRelationInput;
  PublisherSumFields: PublisherSumFields;
  PublisherUniqueInput: PublisherUniqueInput;
  PublisherUpdateInput: PublisherUpdateInput;
  PublisherWhere: PublisherWhere;
  Query: {};
  Review: Review;
  ReviewAggregate: ReviewAggregate;
  ReviewAvgFields: ReviewAvgFields;
  ReviewChange: ReviewChange;
  ReviewConnectOrCreateInput: ReviewConnectOrCreateInput;
  ReviewConnection: ReviewConnection;
  ReviewCreateInput: ReviewCreateInput;
  ReviewEdge: ReviewEdge;
  ReviewKey: ReviewKey;
  ReviewListFilter: ReviewListFilter;
  ReviewListRelationInput: ReviewListRelationInput;
  ReviewMaxFields: ReviewMaxFields;
  ReviewMinFields: ReviewMinFields;
  ReviewOrderBy: ReviewOrderBy;
  ReviewSumFields: ReviewSumFields;
  ReviewUniqueInput: ReviewUniqueInput;
  ReviewUpdateInput: ReviewUpdateInput;
  ReviewWhere: ReviewWhere;
  String: Scalars['String']['output'];
  StringFilter: StringFilter;
  Subscription: {};
};

export type AuthorResolvers<ContextType = any, ParentType extends ResolversParentTypes['Author'] = ResolversParentTypes['Author']> = {
  bio?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bookAuthors?: Resolver<Array<ResolversTypes['BookAuthor']>, ParentType, ContextType, Partial<AuthorBookAuthorsArgs>>;
  bookAuthorsAggregate?: Resolver<ResolversTypes['BookAuthorAggregate'], ParentType, ContextType, Partial<AuthorBookAuthorsAggregateArgs>>;
  bookAuthorsConnection?: Resolver<ResolversTypes['BookAuthorConnection'], ParentType, ContextType, Partial<AuthorBookAuthorsConnectionArgs>>;
  books?: Resolver<Array<ResolversTypes['Book']>, ParentType, ContextType, Partial<AuthorBooksArgs>>;
  booksAggregate?: Resolver<ResolversTypes['BookAggregate'], ParentType, ContextType, Partial<AuthorBooksAggregateArgs>>;
  booksConnection?: Resolver<ResolversTypes['BookAuthorBookConnection'], ParentType, ContextType, Partial<AuthorBooksConnectionArgs>>;
  bornOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nationality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AuthorAggregateResolvers<ContextType = any, ParentType extends ResolversParentTypes['AuthorAggregate'] = ResolversParentTypes['AuthorAggregate']> = {
  avg?: Resolver<ResolversTypes['AuthorAvgFields'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  max?: Resolver<ResolversTypes['AuthorMaxFields'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['AuthorMinFields'], ParentType, ContextType>;
  sum?: Resolver<ResolversTypes['AuthorSumFields'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AuthorAvgFieldsResolvers<ContextType = any, ParentType extends ResolversParentTypes['AuthorAvgFields'] = ResolversParentTypes['AuthorAvgFields']> = {
  id?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AuthorBookAuthorsChangeResolvers<ContextType = any, ParentType extends ResolversParentTypes['AuthorBookAuthorsChange'] = ResolversParentTypes['AuthorBookAuthorsChange']> = {
  author?: Resolver<ResolversTypes['Author'], ParentType, ContextType>;
  bookAuthor?: Resolver<Maybe<ResolversTypes['BookAuthor']>, ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['LinkOperation'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AuthorChangeResolvers<ContextType = any, ParentType extends ResolversParentTypes['AuthorChange'] = ResolversParentTypes['AuthorChange']> = {
  author?: Resolver<Maybe<ResolversTypes['Author']>, ParentType, ContextType>;
  changedFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['ChangeOperation'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AuthorConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['AuthorConnection'] = ResolversParentTypes['AuthorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuthorEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Author']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AuthorEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['AuthorEdge'] = ResolversParentTypes['AuthorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Author'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AuthorMaxFieldsResolvers<ContextType = any, ParentType extends ResolversParentTypes['AuthorMaxFields'] = ResolversParentTypes['AuthorMaxFields']> = {
  bio?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bornOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nationality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AuthorMinFieldsResolvers<ContextType = any, ParentType extends ResolversParentTypes['AuthorMinFields'] = ResolversParentTypes['AuthorMinFields']> = {
  bio?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bornOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nationality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AuthorSumFieldsResolvers<ContextType = any, ParentType extends ResolversParentTypes['AuthorSumFields'] = ResolversParentTypes['AuthorSumFields']> = {
  id?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface BigIntScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['BigInt'], any> {
  name: 'BigInt';
}

export type BookResolvers<ContextType = any, ParentType extends ResolversParentTypes['Book'] = ResolversParentTypes['Book']> = {
  authors?: Resolver<Array<ResolversTypes['Author']>, ParentType, ContextType, Partial<BookAuthorsArgs>>;
  authorsAggregate?: Resolver<ResolversTypes['AuthorAggregate'], ParentType, ContextType, Partial<BookAuthorsAggregateArgs>>;
  authorsConnection?: Resolver<ResolversTypes['BookAuthorAuthorConnection'], ParentType, ContextType, Partial<BookAuthorsConnectionArgs>>;
  bookAuthors?: Resolver<Array<ResolversTypes['BookAuthor']>, ParentType, ContextType, Partial<BookBookAuthorsArgs>>;
  bookAuthorsAggregate?: Resolver<ResolversTypes['BookAuthorAggregate'], ParentType, ContextType, Partial<BookBookAuthorsAggregateArgs>>;
  bookAuthorsConnection?: Resolver<ResolversTypes['BookAuthorConnection'], ParentType, ContextType, Partial<BookBookAuthorsConnectionArgs>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['BookDetail']>, ParentType, ContextType>;
  format?: Resolver<ResolversTypes['BookFormat'], ParentType, ContextType>;
  genres?: Resolver<Array<ResolversTypes['Genre']>, ParentType, ContextType, Partial<BookGenresArgs>>;
  genresAggregate?: Resolver<ResolversTypes['GenreAggregate'], ParentType, ContextType, Partial<BookGenresAggregateArgs>>;
  genresConnection?: Resolver<ResolversTypes['GenreConnection'], ParentType, ContextType, Partial<BookGenresConnectionArgs>>;
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inPrint?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isbn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pages?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  publishedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['Publisher'], ParentType, ContextType>;
  publisherId?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reviews?: Resolver<Array<ResolversTypes['Review']>, ParentType, ContextType, Partial<BookReviewsArgs>>;
  reviewsAggregate?: Resolver<ResolversTypes['ReviewAggregate'], ParentType, ContextType, Partial<BookReviewsAggregateArgs>>;
  reviewsConnection?: Resolver<ResolversTypes['ReviewConnection'], ParentType, ContextType, Partial<BookReviewsConnectionArgs>>;
  subtitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  wishlistedBy?: Resolver<Array<ResolversTypes['Customer']>, ParentType, ContextType, Partial<BookWishlistedByArgs>>;
  wishlistedByAggregate?: Resolver<ResolversTypes['CustomerAggregate'], ParentType, ContextType, Partial<BookWishlistedByAggregateArgs>>;
  wishlistedByConnection?: Resolver<ResolversTypes['CustomerConnection'], ParentType, ContextType, Partial<BookWishlistedByConnectionArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookAggregateResolvers<ContextType = any, ParentType extends ResolversParentTypes['BookAggregate'] = ResolversParentTypes['BookAggregate']> = {
  avg?: Resolver<ResolversTypes['BookAvgFields'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  max?: Resolver<ResolversTypes['BookMaxFields'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['BookMinFields'], ParentType, ContextType>;
  sum?: Resolver<ResolversTypes['BookSumFields'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookAuthorResolvers<ContextType = any, ParentType extends ResolversParentTypes['BookAuthor'] = ResolversParentTypes['BookAuthor']> = {
  author?: Resolver<ResolversTypes['Author'], ParentType, ContextType>;
  authorId?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  book?: Resolver<ResolversTypes['Book'], ParentType, ContextType>;
  bookId?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ContributorRole'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookAuthorAggregateResolvers<ContextType = any, ParentType extends ResolversParentTypes['BookAuthorAggregate'] = ResolversParentTypes['BookAuthorAggregate']> = {
  avg?: Resolver<ResolversTypes['BookAuthorAvgFields'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  max?: Resolver<ResolversTypes['BookAuthorMaxFields'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['BookAuthorMinFields'], ParentType, ContextType>;
  sum?: Resolver<ResolversTypes['BookAuthorSumFields'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookAuthorAuthorConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['BookAuthorAuthorConnection'] = ResolversParentTypes['BookAuthorAuthorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BookAuthorAuthorEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Author']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookAuthorAuthorEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['BookAuthorAuthorEdge'] = ResolversParentTypes['BookAuthorAuthorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Author'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ContributorRole'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookAuthorAvgFieldsResolvers<ContextType = any, ParentType extends ResolversParentTypes['BookAuthorAvgFields'] = ResolversParentTypes['BookAuthorAvgFields']> = {
  authorId?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  bookId?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookAuthorBookConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['BookAuthorBookConnection'] = ResolversParentTypes['BookAuthorBookConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BookAuthorBookEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Book']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookAuthorBookEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['BookAuthorBookEdge'] = ResolversParentTypes['BookAuthorBookEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Book'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ContributorRole'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookAuthorChangeResolvers<ContextType = any, ParentType extends ResolversParentTypes['BookAuthorChange'] = ResolversParentTypes['BookAuthorChange']> = {
  authorId?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  bookAuthor?: Resolver<Maybe<ResolversTypes['BookAuthor']>, ParentType, ContextType>;
  bookId?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  changedFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['ChangeOperation'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookAuthorConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['BookAuthorConnection'] = ResolversParentTypes['BookAuthorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BookAuthorEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['BookAuthor']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookAuthorEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['BookAuthorEdge'] = ResolversParentTypes['BookAuthorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['BookAuthor'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookAuthorMaxFieldsResolvers<ContextType = any, ParentType extends ResolversParentTypes['BookAuthorMaxFields'] = ResolversParentTypes['BookAuthorMaxFields']> = {
  authorId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  bookId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookAuthorMinFieldsResolvers<ContextType = any, ParentType extends ResolversParentTypes['BookAuthorMinFields'] = ResolversParentTypes['BookAuthorMinFields']> = {
  authorId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  bookId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookAuthorSumFieldsResolvers<ContextType = any, ParentType extends ResolversParentTypes['BookAuthorSumFields'] = ResolversParentTypes['BookAuthorSumFields']> = {
  authorId?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  bookId?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookAvgFieldsResolvers<ContextType = any, ParentType extends ResolversParentTypes['BookAvgFields'] = ResolversParentTypes['BookAvgFields']> = {
  id?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  pages?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  price?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  publisherId?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookBookAuthorsChangeResolvers<ContextType = any, ParentType extends ResolversParentTypes['BookBookAuthorsChange'] = ResolversParentTypes['BookBookAuthorsChange']> = {
  book?: Resolver<ResolversTypes['Book'], ParentType, ContextType>;
  bookAuthor?: Resolver<Maybe<ResolversTypes['BookAuthor']>, ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['LinkOperation'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookChangeResolvers<ContextType = any, ParentType extends ResolversParentTypes['BookChange'] = ResolversParentTypes['BookChange']> = {
  book?: Resolver<Maybe<ResolversTypes['Book']>, ParentType, ContextType>;
  changedFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['ChangeOperation'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['BookConnection'] = ResolversParentTypes['BookConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BookEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Book']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookDetailResolvers<ContextType = any, ParentType extends ResolversParentTypes['BookDetail'] = ResolversParentTypes['BookDetail']> = {
  book?: Resolver<ResolversTypes['Book'], ParentType, ContextType>;
  bookId?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dimensions?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  edition?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstLine?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weightGrams?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookDetailAggregateResolvers<ContextType = any, ParentType extends ResolversParentTypes['BookDetailAggregate'] = ResolversParentTypes['BookDetailAggregate']> = {
  avg?: Resolver<ResolversTypes['BookDetailAvgFields'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  max?: Resolver<ResolversTypes['BookDetailMaxFields'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['BookDetailMinFields'], ParentType, ContextType>;
  sum?: Resolver<ResolversTypes['BookDetailSumFields'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookDetailAvgFieldsResolvers<ContextType = any, ParentType extends ResolversParentTypes['BookDetailAvgFields'] = ResolversParentTypes['BookDetailAvgFields']> = {
  bookId?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  edition?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  weightGrams?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookDetailChangeResolvers<ContextType = any, ParentType extends ResolversParentTypes['BookDetailChange'] = ResolversParentTypes['BookDetailChange']> = {
  bookDetail?: Resolver<Maybe<ResolversTypes['BookDetail']>, ParentType, ContextType>;
  changedFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['ChangeOperation'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookDetailConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['BookDetailConnection'] = ResolversParentTypes['BookDetailConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BookDetailEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['BookDetail']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookDetailEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['BookDetailEdge'] = ResolversParentTypes['BookDetailEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['BookDetail'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookDetailMaxFieldsResolvers<ContextType = any, ParentType extends ResolversParentTypes['BookDetailMaxFields'] = ResolversParentTypes['BookDetailMaxFields']> = {
  bookId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  edition?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  firstLine?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  weightGrams?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookDetailMinFieldsResolvers<ContextType = any, ParentType extends ResolversParentTypes['BookDetailMinFields'] = ResolversParentTypes['BookDetailMinFields']> = {
  bookId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  edition?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  firstLine?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  weightGrams?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookDetailSumFieldsResolvers<ContextType = any, ParentType extends ResolversParentTypes['BookDetailSumFields'] = ResolversParentTypes['BookDetailSumFields']> = {
  bookId?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  edition?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  weightGrams?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['BookEdge'] = ResolversParentTypes['BookEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Book'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookGenresChangeResolvers<ContextType = any, ParentType extends ResolversParentTypes['BookGenresChange'] = ResolversParentTypes['BookGenresChange']> = {
  book?: Resolver<ResolversTypes['Book'], ParentType, ContextType>;
  genre?: Resolver<Maybe<ResolversTypes['Genre']>, ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['LinkOperation'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookMaxFieldsResolvers<ContextType = any, ParentType extends ResolversParentTypes['BookMaxFields'] = ResolversParentTypes['BookMaxFields']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  isbn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pages?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  price?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  publishedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  publisherId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  subtitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookMinFieldsResolvers<ContextType = any, ParentType extends ResolversParentTypes['BookMinFields'] = ResolversParentTypes['BookMinFields']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  isbn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pages?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  price?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  publishedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  publisherId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  subtitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookReviewsChangeResolvers<ContextType = any, ParentType extends ResolversParentTypes['BookReviewsChange'] = ResolversParentTypes['BookReviewsChange']> = {
  book?: Resolver<ResolversTypes['Book'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['LinkOperation'], ParentType, ContextType>;
  review?: Resolver<Maybe<ResolversTypes['Review']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookSumFieldsResolvers<ContextType = any, ParentType extends ResolversParentTypes['BookSumFields'] = ResolversParentTypes['BookSumFields']> = {
  id?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  pages?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  price?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  publisherId?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookWishlistedByChangeResolvers<ContextType = any, ParentType extends ResolversParentTypes['BookWishlistedByChange'] = ResolversParentTypes['BookWishlistedByChange']> = {
  book?: Resolver<ResolversTypes['Book'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['LinkOperation'], ParentType, ContextType>;
  wishlistedBy?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CustomerResolvers<ContextType = any, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  newsletter?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  orders?: Resolver<Array<ResolversTypes['Order']>, ParentType, ContextType, Partial<CustomerOrdersArgs>>;
  ordersAggregate?: Resolver<ResolversTypes['OrderAggregate'], ParentType, ContextType, Partial<CustomerOrdersAggregateArgs>>;
  ordersConnection?: Resolver<ResolversTypes['OrderConnection'], ParentType, ContextType, Partial<CustomerOrdersConnectionArgs>>;
  preferences?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  wishlistBooks?: Resolver<Array<ResolversTypes['Book']>, ParentType, ContextType, Partial<CustomerWishlistBooksArgs>>;
  wishlistBooksAggregate?: Resolver<ResolversTypes['BookAggregate'], ParentType, ContextType, Partial<CustomerWishlistBooksAggregateArgs>>;
  wishlistBooksConnection?: Resolver<ResolversTypes['BookConnection'], ParentType, ContextType, Partial<CustomerWishlistBooksConnectionArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CustomerAggregateResolvers<ContextType = any, ParentType extends ResolversParentTypes['CustomerAggregate'] = ResolversParentTypes['CustomerAggregate']> = {
  avg?: Resolver<ResolversTypes['CustomerAvgFields'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  max?: Resolver<ResolversTypes['CustomerMaxFields'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['CustomerMinFields'], ParentType, ContextType>;
  sum?: Resolver<ResolversTypes['CustomerSumFields'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CustomerAvgFieldsResolvers<ContextType = any, ParentType extends ResolversParentTypes['CustomerAvgFields'] = ResolversParentTypes['CustomerAvgFields']> = {
  id?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CustomerChangeResolvers<ContextType = any, ParentType extends ResolversParentTypes['CustomerChange'] = ResolversParentTypes['CustomerChange']> = {
  changedFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['ChangeOperation'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CustomerConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['CustomerConnection'] = ResolversParentTypes['CustomerConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CustomerEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Customer']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CustomerEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['CustomerEdge'] = ResolversParentTypes['CustomerEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CustomerMaxFieldsResolvers<ContextType = any, ParentType extends ResolversParentTypes['CustomerMaxFields'] = ResolversParentTypes['CustomerMaxFields']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CustomerMinFieldsResolvers<ContextType = any, ParentType extends ResolversParentTypes['CustomerMinFields'] = ResolversParentTypes['CustomerMinFields']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CustomerOrdersChangeResolvers<ContextType = any, ParentType extends ResolversParentTypes['CustomerOrdersChange'] = ResolversParentTypes['CustomerOrdersChange']> = {
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['LinkOperation'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CustomerSumFieldsResolvers<ContextType = any, ParentType extends ResolversParentTypes['CustomerSumFields'] = ResolversParentTypes['CustomerSumFields']> = {
  id?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CustomerWishlistBooksChangeResolvers<ContextType = any, ParentType extends ResolversParentTypes['CustomerWishlistBooksChange'] = ResolversParentTypes['CustomerWishlistBooksChange']> = {
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['LinkOperation'], ParentType, ContextType>;
  wishlistBook?: Resolver<Maybe<ResolversTypes['Book']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type DeletePreviewResolvers<ContextType = any, ParentType extends ResolversParentTypes['DeletePreview'] = ResolversParentTypes['DeletePreview']> = {
  deleted?: Resolver<Array<ResolversTypes['DeletePreviewRows']>, ParentType, ContextType>;
  handledByDatabase?: Resolver<Array<ResolversTypes['DeletePreviewRows']>, ParentType, ContextType>;
  nulled?: Resolver<Array<ResolversTypes['DeletePreviewRows']>, ParentType, ContextType>;
  refused?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  unlinked?: Resolver<Array<ResolversTypes['DeletePreviewRows']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DeletePreviewRowsResolvers<ContextType = any, ParentType extends ResolversParentTypes['DeletePreviewRows'] = ResolversParentTypes['DeletePreviewRows']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  keys?: Resolver<Array<ResolversTypes['JSON']>, ParentType, ContextType>;
  model?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  onDelete?: Resolver<Maybe<ResolversTypes['ReferentialAction']>, ParentType, ContextType>;
  refuses?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  relationship?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GenreResolvers<ContextType = any, ParentType extends ResolversParentTypes['Genre'] = ResolversParentTypes['Genre']> = {
  books?: Resolver<Array<ResolversTypes['Book']>, ParentType, ContextType, Partial<GenreBooksArgs>>;
  booksAggregate?: Resolver<ResolversTypes['BookAggregate'], ParentType, ContextType, Partial<GenreBooksAggregateArgs>>;
  booksConnection?: Resolver<ResolversTypes['BookConnection'], ParentType, ContextType, Partial<GenreBooksConnectionArgs>>;
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Genre']>, ParentType, ContextType>;
  parentId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subgenres?: Resolver<Array<ResolversTypes['Genre']>, ParentType, ContextType, Partial<GenreSubgenresArgs>>;
  subgenresAggregate?: Resolver<ResolversTypes['GenreAggregate'], ParentType, ContextType, Partial<GenreSubgenresAggregateArgs>>;
  subgenresConnection?: Resolver<ResolversTypes['GenreConnection'], ParentType, ContextType, Partial<GenreSubgenresConnectionArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GenreAggregateResolvers<ContextType = any, ParentType extends ResolversParentTypes['GenreAggregate'] = ResolversParentTypes['GenreAggregate']> = {
  avg?: Resolver<ResolversTypes['GenreAvgFields'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  max?: Resolver<ResolversTypes['GenreMaxFields'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['GenreMinFields'], ParentType, ContextType>;
  sum?: Resolver<ResolversTypes['GenreSumFields'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GenreAvgFieldsResolvers<ContextType = any, ParentType extends ResolversParentTypes['GenreAvgFields'] = ResolversParentTypes['GenreAvgFields']> = {
  id?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  parentId?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GenreBooksChangeResolvers<ContextType = any, ParentType extends ResolversParentTypes['GenreBooksChange'] = ResolversParentTypes['GenreBooksChange']> = {
  book?: Resolver<Maybe<ResolversTypes['Book']>, ParentType, ContextType>;
  genre?: Resolver<ResolversTypes['Genre'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['LinkOperation'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GenreChangeResolvers<ContextType = any, ParentType extends ResolversParentTypes['GenreChange'] = ResolversParentTypes['GenreChange']> = {
  changedFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  genre?: Resolver<Maybe<ResolversTypes['Genre']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['ChangeOperation'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GenreConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['GenreConnection'] = ResolversParentTypes['GenreConnection']> = {
  edges?: Resolver<Array<ResolversTypes['GenreEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Genre']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GenreEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['GenreEdge'] = ResolversParentTypes['GenreEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Genre'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GenreMaxFieldsResolvers<ContextType = any, ParentType extends ResolversParentTypes['GenreMaxFields'] = ResolversParentTypes['GenreMaxFields']> = {
  id?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parentId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  slug?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GenreMinFieldsResolvers<ContextType = any, ParentType extends ResolversParentTypes['GenreMinFields'] = ResolversParentTypes['GenreMinFields']> = {
  id?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parentId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  slug?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GenreSubgenresChangeResolvers<ContextType = any, ParentType extends ResolversParentTypes['GenreSubgenresChange'] = ResolversParentTypes['GenreSubgenresChange']> = {
  genre?: Resolver<ResolversTypes['Genre'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['LinkOperation'], ParentType, ContextType>;
  subgenre?: Resolver<Maybe<ResolversTypes['Genre']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GenreSumFieldsResolvers<ContextType = any, ParentType extends ResolversParentTypes['GenreSumFields'] = ResolversParentTypes['GenreSumFields']> = {
  id?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  parentId?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addBookAuthor?: Resolver<ResolversTypes['Book'], ParentType, ContextType, RequireFields<MutationAddBookAuthorArgs, 'authorId' | 'id'>>;
  addBookGenre?: Resolver<ResolversTypes['Book'], ParentType, ContextType, RequireFields<MutationAddBookGenreArgs, 'genreId' | 'id'>>;
  addBookReview?: Resolver<ResolversTypes['Book'], ParentType, ContextType, RequireFields<MutationAddBookReviewArgs, 'id' | 'reviewId'>>;
  addBookWishlistedBy?: Resolver<ResolversTypes['Book'], ParentType, ContextType, RequireFields<MutationAddBookWishlistedByArgs, 'id' | 'wishlistedById'>>;
  addCustomerOrder?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationAddCustomerOrderArgs, 'id' | 'orderId'>>;
  addCustomerWishlistBook?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationAddCustomerWishlistBookArgs, 'id' | 'wishlistBookId'>>;
  addGenreBook?: Resolver<ResolversTypes['Genre'], ParentType, ContextType, RequireFields<MutationAddGenreBookArgs, 'bookId' | 'id'>>;
  addGenreSubgenre?: Resolver<ResolversTypes['Genre'], ParentType, ContextType, RequireFields<MutationAddGenreSubgenreArgs, 'id' | 'subgenreId'>>;
  addOrderLine?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationAddOrderLineArgs, 'id' | 'lineId'>>;
  addPublisherBook?: Resolver<ResolversTypes['Publisher'], ParentType, ContextType, RequireFields<MutationAddPublisherBookArgs, 'bookId' | 'id'>>;
  createAuthor?: Resolver<ResolversTypes['Author'], ParentType, ContextType, RequireFields<MutationCreateAuthorArgs, 'input'>>;
  createBook?: Resolver<ResolversTypes['Book'], ParentType, ContextType, RequireFields<MutationCreateBookArgs, 'input'>>;
  createBookAuthor?: Resolver<ResolversTypes['BookAuthor'], ParentType, ContextType, RequireFields<MutationCreateBookAuthorArgs, 'input'>>;
  createBookDetail?: Resolver<ResolversTypes['BookDetail'], ParentType, ContextType, RequireFields<MutationCreateBookDetailArgs, 'input'>>;
  createCustomer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationCreateCustomerArgs, 'input'>>;
  createGenre?: Resolver<ResolversTypes['Genre'], ParentType, ContextType, RequireFields<MutationCreateGenreArgs, 'input'>>;
  createOrder?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationCreateOrderArgs, 'input'>>;
  createOrderLine?: Resolver<ResolversTypes['OrderLine'], ParentType, ContextType, RequireFields<MutationCreateOrderLineArgs, 'input'>>;
  createPublisher?: Resolver<ResolversTypes['Publisher'], ParentType, ContextType, RequireFields<MutationCreatePublisherArgs, 'input'>>;
  createReview?: Resolver<ResolversTypes['Review'], ParentType, ContextType, RequireFields<MutationCreateReviewArgs, 'input'>>;
  deleteAuthor?: Resolver<ResolversTypes['Author'], ParentType, ContextType, RequireFields<MutationDeleteAuthorArgs, 'id'>>;
  deleteBook?: Resolver<ResolversTypes['Book'], ParentType, ContextType, RequireFields<MutationDeleteBookArgs, 'id'>>;
  deleteBookAuthor?: Resolver<ResolversTypes['BookAuthor'], ParentType, ContextType, RequireFields<MutationDeleteBookAuthorArgs, 'authorId' | 'bookId'>>;
  deleteBookDetail?: Resolver<ResolversTypes['BookDetail'], ParentType, ContextType, RequireFields<MutationDeleteBookDetailArgs, 'id'>>;
  deleteCustomer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationDeleteCustomerArgs, 'id'>>;
  deleteGenre?: Resolver<ResolversTypes['Genre'], ParentType, ContextType, RequireFields<MutationDeleteGenreArgs, 'id'>>;
  deleteOrder?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationDeleteOrderArgs, 'id'>>;
  deleteOrderLine?: Resolver<ResolversTypes['OrderLine'], ParentType, ContextType, RequireFields<MutationDeleteOrderLineArgs, 'id'>>;
  deletePublisher?: Resolver<ResolversTypes['Publisher'], ParentType, ContextType, RequireFields<MutationDeletePublisherArgs, 'id'>>;
  deleteReview?: Resolver<ResolversTypes['Review'], ParentType, ContextType, RequireFields<MutationDeleteReviewArgs, 'id'>>;
  previewDeleteAuthor?: Resolver<ResolversTypes['DeletePreview'], ParentType, ContextType, RequireFields<MutationPreviewDeleteAuthorArgs, 'id'>>;
  previewDeleteBook?: Resolver<ResolversTypes['DeletePreview'], ParentType, ContextType, RequireFields<MutationPreviewDeleteBookArgs, 'id'>>;
  previewDeleteBookAuthor?: Resolver<ResolversTypes['DeletePreview'], ParentType, ContextType, RequireFields<MutationPreviewDeleteBookAuthorArgs, 'authorId' | 'bookId'>>;
  previewDeleteBookDetail?: Resolver<ResolversTypes['DeletePreview'], ParentType, ContextType, RequireFields<MutationPreviewDeleteBookDetailArgs, 'id'>>;
  previewDeleteCustomer?: Resolver<ResolversTypes['DeletePreview'], ParentType, ContextType, RequireFields<MutationPreviewDeleteCustomerArgs, 'id'>>;
  previewDeleteGenre?: Resolver<ResolversTypes['DeletePreview'], ParentType, ContextType, RequireFields<MutationPreviewDeleteGenreArgs, 'id'>>;
  previewDeleteOrder?: Resolver<ResolversTypes['DeletePreview'], ParentType, ContextType, RequireFields<MutationPreviewDeleteOrderArgs, 'id'>>;
  previewDeleteOrderLine?: Resolver<ResolversTypes['DeletePreview'], ParentType, ContextType, RequireFields<MutationPreviewDeleteOrderLineArgs, 'id'>>;
  previewDeletePublisher?: Resolver<ResolversTypes['DeletePreview'], ParentType, ContextType, RequireFields<MutationPreviewDeletePublisherArgs, 'id'>>;
  previewDeleteReview?: Resolver<ResolversTypes['DeletePreview'], ParentType, ContextType, RequireFields<MutationPreviewDeleteReviewArgs, 'id'>>;
  removeBookAuthor?: Resolver<ResolversTypes['Book'], ParentType, ContextType, RequireFields<MutationRemoveBookAuthorArgs, 'authorId' | 'id'>>;
  removeBookGenre?: Resolver<ResolversTypes['Book'], ParentType, ContextType, RequireFields<MutationRemoveBookGenreArgs, 'genreId' | 'id'>>;
  removeBookReview?: Resolver<ResolversTypes['Book'], ParentType, ContextType, RequireFields<MutationRemoveBookReviewArgs, 'id' | 'reviewId'>>;
  removeBookWishlistedBy?: Resolver<ResolversTypes['Book'], ParentType, ContextType, RequireFields<MutationRemoveBookWishlistedByArgs, 'id' | 'wishlistedById'>>;
  removeCustomerOrder?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationRemoveCustomerOrderArgs, 'id' | 'orderId'>>;
  removeCustomerWishlistBook?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationRemoveCustomerWishlistBookArgs, 'id' | 'wishlistBookId'>>;
  removeGenreBook?: Resolver<ResolversTypes['Genre'], ParentType, ContextType, RequireFields<MutationRemoveGenreBookArgs, 'bookId' | 'id'>>;
  removeGenreSubgenre?: Resolver<ResolversTypes['Genre'], ParentType, ContextType, RequireFields<MutationRemoveGenreSubgenreArgs, 'id' | 'subgenreId'>>;
  removeOrderLine?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationRemoveOrderLineArgs, 'id' | 'lineId'>>;
  removePublisherBook?: Resolver<ResolversTypes['Publisher'], ParentType, ContextType, RequireFields<MutationRemovePublisherBookArgs, 'bookId' | 'id'>>;
  setBookDetail?: Resolver<ResolversTypes['Book'], ParentType, ContextType, RequireFields<MutationSetBookDetailArgs, 'id'>>;
  setBookDetailBook?: Resolver<ResolversTypes['BookDetail'], ParentType, ContextType, RequireFields<MutationSetBookDetailBookArgs, 'id'>>;
  setBookPublisher?: Resolver<ResolversTypes['Book'], ParentType, ContextType, RequireFields<MutationSetBookPublisherArgs, 'id'>>;
  setGenreParent?: Resolver<ResolversTypes['Genre'], ParentType, ContextType, RequireFields<MutationSetGenreParentArgs, 'id'>>;
  setOrderCustomer?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationSetOrderCustomerArgs, 'id'>>;
  setOrderLineBook?: Resolver<ResolversTypes['OrderLine'], ParentType, ContextType, RequireFields<MutationSetOrderLineBookArgs, 'id'>>;
  setOrderLineOrder?: Resolver<ResolversTypes['OrderLine'], ParentType, ContextType, RequireFields<MutationSetOrderLineOrderArgs, 'id'>>;
  setReviewBook?: Resolver<ResolversTypes['Review'], ParentType, ContextType, RequireFields<MutationSetReviewBookArgs, 'id'>>;
  setReviewCustomer?: Resolver<ResolversTypes['Review'], ParentType, ContextType, RequireFields<MutationSetReviewCustomerArgs, 'id'>>;
  updateAuthor?: Resolver<ResolversTypes['Author'], ParentType, ContextType, RequireFields<MutationUpdateAuthorArgs, 'id' | 'input'>>;
  updateBook?: Resolver<ResolversTypes['Book'], ParentType, ContextType, RequireFields<MutationUpdateBookArgs, 'id' | 'input'>>;
  updateBookAuthor?: Resolver<ResolversTypes['BookAuthor'], ParentType, ContextType, RequireFields<MutationUpdateBookAuthorArgs, 'authorId' | 'bookId' | 'input'>>;
  updateBookDetail?: Resolver<ResolversTypes['BookDetail'], ParentType, ContextType, RequireFields<MutationUpdateBookDetailArgs, 'id' | 'input'>>;
  updateCustomer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationUpdateCustomerArgs, 'id' | 'input'>>;
  updateGenre?: Resolver<ResolversTypes['Genre'], ParentType, ContextType, RequireFields<MutationUpdateGenreArgs, 'id' | 'input'>>;
  updateOrder?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationUpdateOrderArgs, 'id' | 'input'>>;
  updateOrderLine?: Resolver<ResolversTypes['OrderLine'], ParentType, ContextType, RequireFields<MutationUpdateOrderLineArgs, 'id' | 'input'>>;
  updatePublisher?: Resolver<ResolversTypes['Publisher'], ParentType, ContextType, RequireFields<MutationUpdatePublisherArgs, 'id' | 'input'>>;
  updateReview?: Resolver<ResolversTypes['Review'], ParentType, ContextType, RequireFields<MutationUpdateReviewArgs, 'id' | 'input'>>;
};

export type OrderResolvers<ContextType = any, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order']> = {
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  customerId?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  giftNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['OrderLine']>, ParentType, ContextType, Partial<OrderLinesArgs>>;
  linesAggregate?: Resolver<ResolversTypes['OrderLineAggregate'], ParentType, ContextType, Partial<OrderLinesAggregateArgs>>;
  linesConnection?: Resolver<ResolversTypes['OrderLineConnection'], ParentType, ContextType, Partial<OrderLinesConnectionArgs>>;
  paymentRef?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  placedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  shippedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  shippingAddress?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrderAggregateResolvers<ContextType = any, ParentType extends ResolversParentTypes['OrderAggregate'] = ResolversParentTypes['OrderAggregate']> = {
  avg?: Resolver<ResolversTypes['OrderAvgFields'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  max?: Resolver<ResolversTypes['OrderMaxFields'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['OrderMinFields'], ParentType, ContextType>;
  sum?: Resolver<ResolversTypes['OrderSumFields'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrderAvgFieldsResolvers<ContextType = any, ParentType extends ResolversParentTypes['OrderAvgFields'] = ResolversParentTypes['OrderAvgFields']> = {
  customerId?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  paymentRef?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrderChangeResolvers<ContextType = any, ParentType extends ResolversParentTypes['OrderChange'] = ResolversParentTypes['OrderChange']> = {
  changedFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['ChangeOperation'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrderConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['OrderConnection'] = ResolversParentTypes['OrderConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrderEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Order']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrderEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['OrderEdge'] = ResolversParentTypes['OrderEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrderLineResolvers<ContextType = any, ParentType extends ResolversParentTypes['OrderLine'] = ResolversParentTypes['OrderLine']> = {
  book?: Resolver<ResolversTypes['Book'], ParentType, ContextType>;
  bookId?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
  orderId?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrderLineAggregateResolvers<ContextType = any, ParentType extends ResolversParentTypes['OrderLineAggregate'] = ResolversParentTypes['OrderLineAggregate']> = {
  avg?: Resolver<ResolversTypes['OrderLineAvgFields'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  max?: Resolver<ResolversTypes['OrderLineMaxFields'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['OrderLineMinFields'], ParentType, ContextType>;
  sum?: Resolver<ResolversTypes['OrderLineSumFields'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrderLineAvgFieldsResolvers<ContextType = any, ParentType extends ResolversParentTypes['OrderLineAvgFields'] = ResolversParentTypes['OrderLineAvgFields']> = {
  bookId?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  orderId?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unitPrice?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrderLineChangeResolvers<ContextType = any, ParentType extends ResolversParentTypes['OrderLineChange'] = ResolversParentTypes['OrderLineChange']> = {
  changedFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['ChangeOperation'], ParentType, ContextType>;
  orderLine?: Resolver<Maybe<ResolversTypes['OrderLine']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrderLineConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['OrderLineConnection'] = ResolversParentTypes['OrderLineConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrderLineEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['OrderLine']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrderLineEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['OrderLineEdge'] = ResolversParentTypes['OrderLineEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OrderLine'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrderLineMaxFieldsResolvers<ContextType = any, ParentType extends ResolversParentTypes['OrderLineMaxFields'] = ResolversParentTypes['OrderLineMaxFields']> = {
  bookId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  orderId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  unitPrice?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrderLineMinFieldsResolvers<ContextType = any, ParentType extends ResolversParentTypes['OrderLineMinFields'] = ResolversParentTypes['OrderLineMinFields']> = {
  bookId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  orderId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  unitPrice?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrderLineSumFieldsResolvers<ContextType = any, ParentType extends ResolversParentTypes['OrderLineSumFields'] = ResolversParentTypes['OrderLineSumFields']> = {
  bookId?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  orderId?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  unitPrice?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrderLinesChangeResolvers<ContextType = any, ParentType extends ResolversParentTypes['OrderLinesChange'] = ResolversParentTypes['OrderLinesChange']> = {
  line?: Resolver<Maybe<ResolversTypes['OrderLine']>, ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['LinkOperation'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrderMaxFieldsResolvers<ContextType = any, ParentType extends ResolversParentTypes['OrderMaxFields'] = ResolversParentTypes['OrderMaxFields']> = {
  customerId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  giftNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  paymentRef?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  placedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  shippedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrderMinFieldsResolvers<ContextType = any, ParentType extends ResolversParentTypes['OrderMinFields'] = ResolversParentTypes['OrderMinFields']> = {
  customerId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  giftNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  paymentRef?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  placedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  shippedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrderSumFieldsResolvers<ContextType = any, ParentType extends ResolversParentTypes['OrderSumFields'] = ResolversParentTypes['OrderSumFields']> = {
  customerId?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  paymentRef?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = any, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PublisherResolvers<ContextType = any, ParentType extends ResolversParentTypes['Publisher'] = ResolversParentTypes['Publisher']> = {
  books?: Resolver<Array<ResolversTypes['Book']>, ParentType, ContextType, Partial<PublisherBooksArgs>>;
  booksAggregate?: Resolver<ResolversTypes['BookAggregate'], ParentType, ContextType, Partial<PublisherBooksAggregateArgs>>;
  booksConnection?: Resolver<ResolversTypes['BookConnection'], ParentType, ContextType, Partial<PublisherBooksConnectionArgs>>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  foundedYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PublisherAggregateResolvers<ContextType = any, ParentType extends ResolversParentTypes['PublisherAggregate'] = ResolversParentTypes['PublisherAggregate']> = {
  avg?: Resolver<ResolversTypes['PublisherAvgFields'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  max?: Resolver<ResolversTypes['PublisherMaxFields'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['PublisherMinFields'], ParentType, ContextType>;
  sum?: Resolver<ResolversTypes['PublisherSumFields'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PublisherAvgFieldsResolvers<ContextType = any, ParentType extends ResolversParentTypes['PublisherAvgFields'] = ResolversParentTypes['PublisherAvgFields']> = {
  foundedYear?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PublisherBooksChangeResolvers<ContextType = any, ParentType extends ResolversParentTypes['PublisherBooksChange'] = ResolversParentTypes['PublisherBooksChange']> = {
  book?: Resolver<Maybe<ResolversTypes['Book']>, ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['LinkOperation'], ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['Publisher'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PublisherChangeResolvers<ContextType = any, ParentType extends ResolversParentTypes['PublisherChange'] = ResolversParentTypes['PublisherChange']> = {
  changedFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['ChangeOperation'], ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['Publisher']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PublisherConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['PublisherConnection'] = ResolversParentTypes['PublisherConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PublisherEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Publisher']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PublisherEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['PublisherEdge'] = ResolversParentTypes['PublisherEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Publisher'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PublisherMaxFieldsResolvers<ContextType = any, ParentType extends ResolversParentTypes['PublisherMaxFields'] = ResolversParentTypes['PublisherMaxFields']> = {
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  foundedYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PublisherMinFieldsResolvers<ContextType = any, ParentType extends ResolversParentTypes['PublisherMinFields'] = ResolversParentTypes['PublisherMinFields']> = {
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  foundedYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PublisherSumFieldsResolvers<ContextType = any, ParentType extends ResolversParentTypes['PublisherSumFields'] = ResolversParentTypes['PublisherSumFields']> = {
  foundedYear?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  author?: Resolver<Maybe<ResolversTypes['Author']>, ParentType, ContextType, RequireFields<QueryAuthorArgs, 'id'>>;
  authors?: Resolver<Array<ResolversTypes['Author']>, ParentType, ContextType, Partial<QueryAuthorsArgs>>;
  authorsAggregate?: Resolver<ResolversTypes['AuthorAggregate'], ParentType, ContextType, Partial<QueryAuthorsAggregateArgs>>;
  authorsConnection?: Resolver<ResolversTypes['AuthorConnection'], ParentType, ContextType, Partial<QueryAuthorsConnectionArgs>>;
  book?: Resolver<Maybe<ResolversTypes['Book']>, ParentType, ContextType, RequireFields<QueryBookArgs, 'id'>>;
  bookAuthor?: Resolver<Maybe<ResolversTypes['BookAuthor']>, ParentType, ContextType, RequireFields<QueryBookAuthorArgs, 'authorId' | 'bookId'>>;
  bookAuthors?: Resolver<Array<ResolversTypes['BookAuthor']>, ParentType, ContextType, Partial<QueryBookAuthorsArgs>>;
  bookAuthorsAggregate?: Resolver<ResolversTypes['BookAuthorAggregate'], ParentType, ContextType, Partial<QueryBookAuthorsAggregateArgs>>;
  bookAuthorsConnection?: Resolver<ResolversTypes['BookAuthorConnection'], ParentType, ContextType, Partial<QueryBookAuthorsConnectionArgs>>;
  bookDetail?: Resolver<Maybe<ResolversTypes['BookDetail']>, ParentType, ContextType, RequireFields<QueryBookDetailArgs, 'id'>>;
  bookDetails?: Resolver<Array<ResolversTypes['BookDetail']>, ParentType, ContextType, Partial<QueryBookDetailsArgs>>;
  bookDetailsAggregate?: Resolver<ResolversTypes['BookDetailAggregate'], ParentType, ContextType, Partial<QueryBookDetailsAggregateArgs>>;
  bookDetailsConnection?: Resolver<ResolversTypes['BookDetailConnection'], ParentType, ContextType, Partial<QueryBookDetailsConnectionArgs>>;
  books?: Resolver<Array<ResolversTypes['Book']>, ParentType, ContextType, Partial<QueryBooksArgs>>;
  booksAggregate?: Resolver<ResolversTypes['BookAggregate'], ParentType, ContextType, Partial<QueryBooksAggregateArgs>>;
  booksConnection?: Resolver<ResolversTypes['BookConnection'], ParentType, ContextType, Partial<QueryBooksConnectionArgs>>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType, RequireFields<QueryCustomerArgs, 'id'>>;
  customers?: Resolver<Array<ResolversTypes['Customer']>, ParentType, ContextType, Partial<QueryCustomersArgs>>;
  customersAggregate?: Resolver<ResolversTypes['CustomerAggregate'], ParentType, ContextType, Partial<QueryCustomersAggregateArgs>>;
  customersConnection?: Resolver<ResolversTypes['CustomerConnection'], ParentType, ContextType, Partial<QueryCustomersConnectionArgs>>;
  genre?: Resolver<Maybe<ResolversTypes['Genre']>, ParentType, ContextType, RequireFields<QueryGenreArgs, 'id'>>;
  genres?: Resolver<Array<ResolversTypes['Genre']>, ParentType, ContextType, Partial<QueryGenresArgs>>;
  genresAggregate?: Resolver<ResolversTypes['GenreAggregate'], ParentType, ContextType, Partial<QueryGenresAggregateArgs>>;
  genresConnection?: Resolver<ResolversTypes['GenreConnection'], ParentType, ContextType, Partial<QueryGenresConnectionArgs>>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType, RequireFields<QueryOrderArgs, 'id'>>;
  orderLine?: Resolver<Maybe<ResolversTypes['OrderLine']>, ParentType, ContextType, RequireFields<QueryOrderLineArgs, 'id'>>;
  orderLines?: Resolver<Array<ResolversTypes['OrderLine']>, ParentType, ContextType, Partial<QueryOrderLinesArgs>>;
  orderLinesAggregate?: Resolver<ResolversTypes['OrderLineAggregate'], ParentType, ContextType, Partial<QueryOrderLinesAggregateArgs>>;
  orderLinesConnection?: Resolver<ResolversTypes['OrderLineConnection'], ParentType, ContextType, Partial<QueryOrderLinesConnectionArgs>>;
  orders?: Resolver<Array<ResolversTypes['Order']>, ParentType, ContextType, Partial<QueryOrdersArgs>>;
  ordersAggregate?: Resolver<ResolversTypes['OrderAggregate'], ParentType, ContextType, Partial<QueryOrdersAggregateArgs>>;
  ordersConnection?: Resolver<ResolversTypes['OrderConnection'], ParentType, ContextType, Partial<QueryOrdersConnectionArgs>>;
  publisher?: Resolver<Maybe<ResolversTypes['Publisher']>, ParentType, ContextType, RequireFields<QueryPublisherArgs, 'id'>>;
  publishers?: Resolver<Array<ResolversTypes['Publisher']>, ParentType, ContextType, Partial<QueryPublishersArgs>>;
  publishersAggregate?: Resolver<ResolversTypes['PublisherAggregate'], ParentType, ContextType, Partial<QueryPublishersAggregateArgs>>;
  publishersConnection?: Resolver<ResolversTypes['PublisherConnection'], ParentType, ContextType, Partial<QueryPublishersConnectionArgs>>;
  review?: Resolver<Maybe<ResolversTypes['Review']>, ParentType, ContextType, RequireFields<QueryReviewArgs, 'id'>>;
  reviews?: Resolver<Array<ResolversTypes['Review']>, ParentType, ContextType, Partial<QueryReviewsArgs>>;
  reviewsAggregate?: Resolver<ResolversTypes['ReviewAggregate'], ParentType, ContextType, Partial<QueryReviewsAggregateArgs>>;
  reviewsConnection?: Resolver<ResolversTypes['ReviewConnection'], ParentType, ContextType, Partial<QueryReviewsConnectionArgs>>;
};

export type ReviewResolvers<ContextType = any, ParentType extends ResolversParentTypes['Review'] = ResolversParentTypes['Review']> = {
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  book?: Resolver<ResolversTypes['Book'], ParentType, ContextType>;
  bookId?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  customerId?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  headline?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  verifiedPurchase?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReviewAggregateResolvers<ContextType = any, ParentType extends ResolversParentTypes['ReviewAggregate'] = ResolversParentTypes['ReviewAggregate']> = {
  avg?: Resolver<ResolversTypes['ReviewAvgFields'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  max?: Resolver<ResolversTypes['ReviewMaxFields'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['ReviewMinFields'], ParentType, ContextType>;
  sum?: Resolver<ResolversTypes['ReviewSumFields'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReviewAvgFieldsResolvers<ContextType = any, ParentType extends ResolversParentTypes['ReviewAvgFields'] = ResolversParentTypes['ReviewAvgFields']> = {
  bookId?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  customerId?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReviewChangeResolvers<ContextType = any, ParentType extends ResolversParentTypes['ReviewChange'] = ResolversParentTypes['ReviewChange']> = {
  changedFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['ChangeOperation'], ParentType, ContextType>;
  review?: Resolver<Maybe<ResolversTypes['Review']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReviewConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['ReviewConnection'] = ResolversParentTypes['ReviewConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ReviewEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Review']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReviewEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['ReviewEdge'] = ResolversParentTypes['ReviewEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Review'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReviewMaxFieldsResolvers<ContextType = any, ParentType extends ResolversParentTypes['ReviewMaxFields'] = ResolversParentTypes['ReviewMaxFields']> = {
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bookId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  customerId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  headline?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReviewMinFieldsResolvers<ContextType = any, ParentType extends ResolversParentTypes['ReviewMinFields'] = ResolversParentTypes['ReviewMinFields']> = {
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bookId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  customerId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  headline?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReviewSumFieldsResolvers<ContextType = any, ParentType extends ResolversParentTypes['ReviewSumFields'] = ResolversParentTypes['ReviewSumFields']> = {
  bookId?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  customerId?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = any, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  authorBookAuthorsChanged?: SubscriptionResolver<ResolversTypes['AuthorBookAuthorsChange'], "authorBookAuthorsChanged", ParentType, ContextType, RequireFields<SubscriptionAuthorBookAuthorsChangedArgs, 'id'>>;
  authorChanged?: SubscriptionResolver<ResolversTypes['AuthorChange'], "authorChanged", ParentType, ContextType, Partial<SubscriptionAuthorChangedArgs>>;
  bookAuthorChanged?: SubscriptionResolver<ResolversTypes['BookAuthorChange'], "bookAuthorChanged", ParentType, ContextType, Partial<SubscriptionBookAuthorChangedArgs>>;
  bookBookAuthorsChanged?: SubscriptionResolver<ResolversTypes['BookBookAuthorsChange'], "bookBookAuthorsChanged", ParentType, ContextType, RequireFields<SubscriptionBookBookAuthorsChangedArgs, 'id'>>;
  bookChanged?: SubscriptionResolver<ResolversTypes['BookChange'], "bookChanged", ParentType, ContextType, Partial<SubscriptionBookChangedArgs>>;
  bookDetailChanged?: SubscriptionResolver<ResolversTypes['BookDetailChange'], "bookDetailChanged", ParentType, ContextType, Partial<SubscriptionBookDetailChangedArgs>>;
  bookGenresChanged?: SubscriptionResolver<ResolversTypes['BookGenresChange'], "bookGenresChanged", ParentType, ContextType, RequireFields<SubscriptionBookGenresChangedArgs, 'id'>>;
  bookReviewsChanged?: SubscriptionResolver<ResolversTypes['BookReviewsChange'], "bookReviewsChanged", ParentType, ContextType, RequireFields<SubscriptionBookReviewsChangedArgs, 'id'>>;
  bookWishlistedByChanged?: SubscriptionResolver<ResolversTypes['BookWishlistedByChange'], "bookWishlistedByChanged", ParentType, ContextType, RequireFields<SubscriptionBookWishlistedByChangedArgs, 'id'>>;
  customerChanged?: SubscriptionResolver<ResolversTypes['CustomerChange'], "customerChanged", ParentType, ContextType, Partial<SubscriptionCustomerChangedArgs>>;
  customerOrdersChanged?: SubscriptionResolver<ResolversTypes['CustomerOrdersChange'], "customerOrdersChanged", ParentType, ContextType, RequireFields<SubscriptionCustomerOrdersChangedArgs, 'id'>>;
  customerWishlistBooksChanged?: SubscriptionResolver<ResolversTypes['CustomerWishlistBooksChange'], "customerWishlistBooksChanged", ParentType, ContextType, RequireFields<SubscriptionCustomerWishlistBooksChangedArgs, 'id'>>;
  genreBooksChanged?: SubscriptionResolver<ResolversTypes['GenreBooksChange'], "genreBooksChanged", ParentType, ContextType, RequireFields<SubscriptionGenreBooksChangedArgs, 'id'>>;
  genreChanged?: SubscriptionResolver<ResolversTypes['GenreChange'], "genreChanged", ParentType, ContextType, Partial<SubscriptionGenreChangedArgs>>;
  genreSubgenresChanged?: SubscriptionResolver<ResolversTypes['GenreSubgenresChange'], "genreSubgenresChanged", ParentType, ContextType, RequireFields<SubscriptionGenreSubgenresChangedArgs, 'id'>>;
  orderChanged?: SubscriptionResolver<ResolversTypes['OrderChange'], "orderChanged", ParentType, ContextType, Partial<SubscriptionOrderChangedArgs>>;
  orderLineChanged?: SubscriptionResolver<ResolversTypes['OrderLineChange'], "orderLineChanged", ParentType, ContextType, Partial<SubscriptionOrderLineChangedArgs>>;
  orderLinesChanged?: SubscriptionResolver<ResolversTypes['OrderLinesChange'], "orderLinesChanged", ParentType, ContextType, RequireFields<SubscriptionOrderLinesChangedArgs, 'id'>>;
  publisherBooksChanged?: SubscriptionResolver<ResolversTypes['PublisherBooksChange'], "publisherBooksChanged", ParentType, ContextType, RequireFields<SubscriptionPublisherBooksChangedArgs, 'id'>>;
  publisherChanged?: SubscriptionResolver<ResolversTypes['PublisherChange'], "publisherChanged", ParentType, ContextType, Partial<SubscriptionPublisherChangedArgs>>;
  reviewChanged?: SubscriptionResolver<ResolversTypes['ReviewChange'], "reviewChanged", ParentType, ContextType, Partial<SubscriptionReviewChangedArgs>>;
};

export type Resolvers<ContextType = any> = {
  Author?: AuthorResolvers<ContextType>;
  AuthorAggregate?: AuthorAggregateResolvers<ContextType>;
  AuthorAvgFields?: AuthorAvgFieldsResolvers<ContextType>;
  AuthorBookAuthorsChange?: AuthorBookAuthorsChangeResolvers<ContextType>;
  AuthorChange?: AuthorChangeResolvers<ContextType>;
  AuthorConnection?: AuthorConnectionResolvers<ContextType>;
  AuthorEdge?: AuthorEdgeResolvers<ContextType>;
  AuthorMaxFields?: AuthorMaxFieldsResolvers<ContextType>;
  AuthorMinFields?: AuthorMinFieldsResolvers<ContextType>;
  AuthorSumFields?: AuthorSumFieldsResolvers<ContextType>;
  BigInt?: GraphQLScalarType;
  Book?: BookResolvers<ContextType>;
  BookAggregate?: BookAggregateResolvers<ContextType>;
  BookAuthor?: BookAuthorResolvers<ContextType>;
  BookAuthorAggregate?: BookAuthorAggregateResolvers<ContextType>;
  BookAuthorAuthorConnection?: BookAuthorAuthorConnectionResolvers<ContextType>;
  BookAuthorAuthorEdge?: BookAuthorAuthorEdgeResolvers<ContextType>;
  BookAuthorAvgFields?: BookAuthorAvgFieldsResolvers<ContextType>;
  BookAuthorBookConnection?: BookAuthorBookConnectionResolvers<ContextType>;
  BookAuthorBookEdge?: BookAuthorBookEdgeResolvers<ContextType>;
  BookAuthorChange?: BookAuthorChangeResolvers<ContextType>;
  BookAuthorConnection?: BookAuthorConnectionResolvers<ContextType>;
  BookAuthorEdge?: BookAuthorEdgeResolvers<ContextType>;
  BookAuthorMaxFields?: BookAuthorMaxFieldsResolvers<ContextType>;
  BookAuthorMinFields?: BookAuthorMinFieldsResolvers<ContextType>;
  BookAuthorSumFields?: BookAuthorSumFieldsResolvers<ContextType>;
  BookAvgFields?: BookAvgFieldsResolvers<ContextType>;
  BookBookAuthorsChange?: BookBookAuthorsChangeResolvers<ContextType>;
  BookChange?: BookChangeResolvers<ContextType>;
  BookConnection?: BookConnectionResolvers<ContextType>;
  BookDetail?: BookDetailResolvers<ContextType>;
  BookDetailAggregate?: BookDetailAggregateResolvers<ContextType>;
  BookDetailAvgFields?: BookDetailAvgFieldsResolvers<ContextType>;
  BookDetailChange?: BookDetailChangeResolvers<ContextType>;
  BookDetailConnection?: BookDetailConnectionResolvers<ContextType>;
  BookDetailEdge?: BookDetailEdgeResolvers<ContextType>;
  BookDetailMaxFields?: BookDetailMaxFieldsResolvers<ContextType>;
  BookDetailMinFields?: BookDetailMinFieldsResolvers<ContextType>;
  BookDetailSumFields?: BookDetailSumFieldsResolvers<ContextType>;
  BookEdge?: BookEdgeResolvers<ContextType>;
  BookGenresChange?: BookGenresChangeResolvers<ContextType>;
  BookMaxFields?: BookMaxFieldsResolvers<ContextType>;
  BookMinFields?: BookMinFieldsResolvers<ContextType>;
  BookReviewsChange?: BookReviewsChangeResolvers<ContextType>;
  BookSumFields?: BookSumFieldsResolvers<ContextType>;
  BookWishlistedByChange?: BookWishlistedByChangeResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerAggregate?: CustomerAggregateResolvers<ContextType>;
  CustomerAvgFields?: CustomerAvgFieldsResolvers<ContextType>;
  CustomerChange?: CustomerChangeResolvers<ContextType>;
  CustomerConnection?: CustomerConnectionResolvers<ContextType>;
  CustomerEdge?: CustomerEdgeResolvers<ContextType>;
  CustomerMaxFields?: CustomerMaxFieldsResolvers<ContextType>;
  CustomerMinFields?: CustomerMinFieldsResolvers<ContextType>;
  CustomerOrdersChange?: CustomerOrdersChangeResolvers<ContextType>;
  CustomerSumFields?: CustomerSumFieldsResolvers<ContextType>;
  CustomerWishlistBooksChange?: CustomerWishlistBooksChangeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  DeletePreview?: DeletePreviewResolvers<ContextType>;
  DeletePreviewRows?: DeletePreviewRowsResolvers<ContextType>;
  Genre?: GenreResolvers<ContextType>;
  GenreAggregate?: GenreAggregateResolvers<ContextType>;
  GenreAvgFields?: GenreAvgFieldsResolvers<ContextType>;
  GenreBooksChange?: GenreBooksChangeResolvers<ContextType>;
  GenreChange?: GenreChangeResolvers<ContextType>;
  GenreConnection?: GenreConnectionResolvers<ContextType>;
  GenreEdge?: GenreEdgeResolvers<ContextType>;
  GenreMaxFields?: GenreMaxFieldsResolvers<ContextType>;
  GenreMinFields?: GenreMinFieldsResolvers<ContextType>;
  GenreSubgenresChange?: GenreSubgenresChangeResolvers<ContextType>;
  GenreSumFields?: GenreSumFieldsResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderAggregate?: OrderAggregateResolvers<ContextType>;
  OrderAvgFields?: OrderAvgFieldsResolvers<ContextType>;
  OrderChange?: OrderChangeResolvers<ContextType>;
  OrderConnection?: OrderConnectionResolvers<ContextType>;
  OrderEdge?: OrderEdgeResolvers<ContextType>;
  OrderLine?: OrderLineResolvers<ContextType>;
  OrderLineAggregate?: OrderLineAggregateResolvers<ContextType>;
  OrderLineAvgFields?: OrderLineAvgFieldsResolvers<ContextType>;
  OrderLineChange?: OrderLineChangeResolvers<ContextType>;
  OrderLineConnection?: OrderLineConnectionResolvers<ContextType>;
  OrderLineEdge?: OrderLineEdgeResolvers<ContextType>;
  OrderLineMaxFields?: OrderLineMaxFieldsResolvers<ContextType>;
  OrderLineMinFields?: OrderLineMinFieldsResolvers<ContextType>;
  OrderLineSumFields?: OrderLineSumFieldsResolvers<ContextType>;
  OrderLinesChange?: OrderLinesChangeResolvers<ContextType>;
  OrderMaxFields?: OrderMaxFieldsResolvers<ContextType>;
  OrderMinFields?: OrderMinFieldsResolvers<ContextType>;
  OrderSumFields?: OrderSumFieldsResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Publisher?: PublisherResolvers<ContextType>;
  PublisherAggregate?: PublisherAggregateResolvers<ContextType>;
  PublisherAvgFields?: PublisherAvgFieldsResolvers<ContextType>;
  PublisherBooksChange?: PublisherBooksChangeResolvers<ContextType>;
  PublisherChange?: PublisherChangeResolvers<ContextType>;
  PublisherConnection?: PublisherConnectionResolvers<ContextType>;
  PublisherEdge?: PublisherEdgeResolvers<ContextType>;
  PublisherMaxFields?: PublisherMaxFieldsResolvers<ContextType>;
  PublisherMinFields?: PublisherMinFieldsResolvers<ContextType>;
  PublisherSumFields?: PublisherSumFieldsResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Review?: ReviewResolvers<ContextType>;
  ReviewAggregate?: ReviewAggregateResolvers<ContextType>;
  ReviewAvgFields?: ReviewAvgFieldsResolvers<ContextType>;
  ReviewChange?: ReviewChangeResolvers<ContextType>;
  ReviewConnection?: ReviewConnectionResolvers<ContextType>;
  ReviewEdge?: ReviewEdgeResolvers<ContextType>;
  ReviewMaxFields?: ReviewMaxFieldsResolvers<ContextType>;
  ReviewMinFields?: ReviewMinFieldsResolvers<ContextType>;
  ReviewSumFields?: ReviewSumFieldsResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
};

