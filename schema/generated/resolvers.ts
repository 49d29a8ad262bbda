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
  /** Many-to-many: the Book rows linked to this Author. Read-only. */
  books: Array<Book>;
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


export type AuthorBooksArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<BookOrderBy>>;
  where?: InputMaybe<BookWhere>;
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
  /** Create and link a new Author. */
  create?: InputMaybe<AuthorCreateInput>;
  /** true: unlink the current Author. */
  disconnect?: InputMaybe<Scalars['Boolean']['input']>;
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
  /** One-to-many: the BookAuthor rows that refer to this Book. */
  bookAuthors: Array<BookAuthor>;
  description?: Maybe<Scalars['String']['output']>;
  /** One-to-one: the BookDetail that refers to this Book. */
  detail?: Maybe<BookDetail>;
  format: BookFormat;
  /** Many-to-many: the Genre rows linked to this Book. */
  genres: Array<Genre>;
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
  subtitle?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** Many-to-many: the Customer rows linked to this Book. */
  wishlistedBy: Array<Customer>;
};


export type BookAuthorsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<AuthorOrderBy>>;
  where?: InputMaybe<AuthorWhere>;
};


export type BookBookAuthorsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<BookAuthorOrderBy>>;
  where?: InputMaybe<BookAuthorWhere>;
};


export type BookGenresArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<GenreOrderBy>>;
  where?: InputMaybe<GenreWhere>;
};


export type BookReviewsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ReviewOrderBy>>;
  where?: InputMaybe<ReviewWhere>;
};


export type BookWishlistedByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CustomerOrderBy>>;
  where?: InputMaybe<CustomerWhere>;
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
  /** Create and link new BookAuthor rows. */
  create?: InputMaybe<Array<BookAuthorCreateInput>>;
  /** Unlink these BookAuthor rows (a row not linked is ignored). */
  disconnect?: InputMaybe<Array<BookAuthorKey>>;
  /** Link exactly these BookAuthor rows, unlinking the others. */
  set?: InputMaybe<Array<BookAuthorKey>>;
};

/** Orders BookAuthor rows by a column. Give one column per entry; several entries sort by each in turn. */
export type BookAuthorOrderBy = {
  authorId?: InputMaybe<SortDirection>;
  bookId?: InputMaybe<SortDirection>;
  position?: InputMaybe<SortDirection>;
  role?: InputMaybe<SortDirection>;
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

/** Identifies one BookDetail by its primary key. */
export type BookDetailKey = {
  id: Scalars['Int']['input'];
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
  /** Create and link a new BookDetail. */
  create?: InputMaybe<BookDetailCreateInput>;
  /** true: unlink the current BookDetail. */
  disconnect?: InputMaybe<Scalars['Boolean']['input']>;
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
  /** Create and link new Book rows. */
  create?: InputMaybe<Array<BookCreateInput>>;
  /** Unlink these Book rows (a row not linked is ignored). */
  disconnect?: InputMaybe<Array<BookKey>>;
  /** Link exactly these Book rows, unlinking the others. */
  set?: InputMaybe<Array<BookKey>>;
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
  /** Create and link a new Book. */
  create?: InputMaybe<BookCreateInput>;
  /** true: unlink the current Book. */
  disconnect?: InputMaybe<Scalars['Boolean']['input']>;
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
  preferences?: Maybe<Scalars['JSON']['output']>;
  /** Many-to-many: the Book rows linked to this Customer. */
  wishlistBooks: Array<Book>;
};


export type CustomerOrdersArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<OrderOrderBy>>;
  where?: InputMaybe<OrderWhere>;
};


export type CustomerWishlistBooksArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<BookOrderBy>>;
  where?: InputMaybe<BookWhere>;
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
  /** Create and link new Customer rows. */
  create?: InputMaybe<Array<CustomerCreateInput>>;
  /** Unlink these Customer rows (a row not linked is ignored). */
  disconnect?: InputMaybe<Array<CustomerKey>>;
  /** Link exactly these Customer rows, unlinking the others. */
  set?: InputMaybe<Array<CustomerKey>>;
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

/** A nested write to a single Customer: give exactly one of the fields. */
export type CustomerRelationInput = {
  /** Link an existing Customer. */
  connect?: InputMaybe<CustomerKey>;
  /** Create and link a new Customer. */
  create?: InputMaybe<CustomerCreateInput>;
  /** true: unlink the current Customer. */
  disconnect?: InputMaybe<Scalars['Boolean']['input']>;
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
  id: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** Many-to-one: the Genre this Genre refers to. */
  parent?: Maybe<Genre>;
  parentId?: Maybe<Scalars['Int']['output']>;
  slug: Scalars['String']['output'];
  /** One-to-many: the Genre rows that refer to this Genre. */
  subgenres: Array<Genre>;
};


export type GenreBooksArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<BookOrderBy>>;
  where?: InputMaybe<BookWhere>;
};


export type GenreSubgenresArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<GenreOrderBy>>;
  where?: InputMaybe<GenreWhere>;
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
  /** Create and link new Genre rows. */
  create?: InputMaybe<Array<GenreCreateInput>>;
  /** Unlink these Genre rows (a row not linked is ignored). */
  disconnect?: InputMaybe<Array<GenreKey>>;
  /** Link exactly these Genre rows, unlinking the others. */
  set?: InputMaybe<Array<GenreKey>>;
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
  /** Create and link a new Genre. */
  create?: InputMaybe<GenreCreateInput>;
  /** true: unlink the current Genre. */
  disconnect?: InputMaybe<Scalars['Boolean']['input']>;
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
  /** Deletes an Order and returns it as it was; NOT_FOUND when there is none. */
  deleteOrder: Order;
  /** Deletes an OrderLine and returns it as it was; NOT_FOUND when there is none. */
  deleteOrderLine: OrderLine;
  /** Deletes a Publisher and returns it as it was; NOT_FOUND when there is none. */
  deletePublisher: Publisher;
  /** Deletes a Review and returns it as it was; NOT_FOUND when there is none. */
  deleteReview: Review;
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
  /** Updates an Order; NOT_FOUND when there is none. */
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
  /** The payment processor's 64-bit transaction number. */
  paymentRef?: Maybe<Scalars['BigInt']['output']>;
  placedAt: Scalars['DateTime']['output'];
  shippedOn?: Maybe<Scalars['Date']['output']>;
  shippingAddress?: Maybe<Scalars['JSON']['output']>;
  status: OrderStatus;
  total: Scalars['Decimal']['output'];
};


export type OrderLinesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<OrderLineOrderBy>>;
  where?: InputMaybe<OrderLineWhere>;
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
  /** Create and link new OrderLine rows. */
  create?: InputMaybe<Array<OrderLineCreateInput>>;
  /** Unlink these OrderLine rows (a row not linked is ignored). */
  disconnect?: InputMaybe<Array<OrderLineKey>>;
  /** Link exactly these OrderLine rows, unlinking the others. */
  set?: InputMaybe<Array<OrderLineKey>>;
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
  /** Create and link new Order rows. */
  create?: InputMaybe<Array<OrderCreateInput>>;
  /** Unlink these Order rows (a row not linked is ignored). */
  disconnect?: InputMaybe<Array<OrderKey>>;
  /** Link exactly these Order rows, unlinking the others. */
  set?: InputMaybe<Array<OrderKey>>;
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
};

/** A nested write to a single Order: give exactly one of the fields. */
export type OrderRelationInput = {
  /** Link an existing Order. */
  connect?: InputMaybe<OrderKey>;
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
};

export type Publisher = {
  __typename?: 'Publisher';
  /** One-to-many: the Book rows that refer to this Publisher. */
  books: Array<Book>;
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

/** Identifies one Publisher by its primary key. */
export type PublisherKey = {
  id: Scalars['Int']['input'];
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
  /** Create and link a new Publisher. */
  create?: InputMaybe<PublisherCreateInput>;
  /** true: unlink the current Publisher. */
  disconnect?: InputMaybe<Scalars['Boolean']['input']>;
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
  /** Lists Author rows, by default in primary-key order. */
  authors: Array<Author>;
  /** Looks up one Book by its primary key; null when there is none. */
  book?: Maybe<Book>;
  /** Looks up one BookAuthor by its primary key; null when there is none. */
  bookAuthor?: Maybe<BookAuthor>;
  /** Lists BookAuthor rows, by default in primary-key order. */
  bookAuthors: Array<BookAuthor>;
  /** Looks up one BookDetail by its primary key; null when there is none. */
  bookDetail?: Maybe<BookDetail>;
  /** Lists BookDetail rows, by default in primary-key order. */
  bookDetails: Array<BookDetail>;
  /** Lists Book rows, by default in primary-key order. */
  books: Array<Book>;
  /** Looks up one Customer by its primary key; null when there is none. */
  customer?: Maybe<Customer>;
  /** Lists Customer rows, by default in primary-key order. */
  customers: Array<Customer>;
  /** Looks up one Genre by its primary key; null when there is none. */
  genre?: Maybe<Genre>;
  /** Lists Genre rows, by default in primary-key order. */
  genres: Array<Genre>;
  /** Looks up one Order by its primary key; null when there is none. */
  order?: Maybe<Order>;
  /** Looks up one OrderLine by its primary key; null when there is none. */
  orderLine?: Maybe<OrderLine>;
  /** Lists OrderLine rows, by default in primary-key order. */
  orderLines: Array<OrderLine>;
  /** Lists Order rows, by default in primary-key order. */
  orders: Array<Order>;
  /** Looks up one Publisher by its primary key; null when there is none. */
  publisher?: Maybe<Publisher>;
  /** Lists Publisher rows, by default in primary-key order. */
  publishers: Array<Publisher>;
  /** Looks up one Review by its primary key; null when there is none. */
  review?: Maybe<Review>;
  /** Lists Review rows, by default in primary-key order. */
  reviews: Array<Review>;
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


export type QueryBookDetailArgs = {
  id: Scalars['Int']['input'];
};


export type QueryBookDetailsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<BookDetailOrderBy>>;
  where?: InputMaybe<BookDetailWhere>;
};


export type QueryBooksArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
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


export type QueryGenreArgs = {
  id: Scalars['Int']['input'];
};


export type QueryGenresArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
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


export type QueryOrdersArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
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


export type QueryReviewArgs = {
  id: Scalars['Int']['input'];
};


export type QueryReviewsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ReviewOrderBy>>;
  where?: InputMaybe<ReviewWhere>;
};

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
  /** Create and link new Review rows. */
  create?: InputMaybe<Array<ReviewCreateInput>>;
  /** Unlink these Review rows (a row not linked is ignored). */
  disconnect?: InputMaybe<Array<ReviewKey>>;
  /** Link exactly these Review rows, unlinking the others. */
  set?: InputMaybe<Array<ReviewKey>>;
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
  AuthorCreateInput: AuthorCreateInput;
  AuthorKey: AuthorKey;
  AuthorListFilter: AuthorListFilter;
  AuthorOrderBy: AuthorOrderBy;
  AuthorRelationInput: AuthorRelationInput;
  AuthorUpdateInput: AuthorUpdateInput;
  AuthorWhere: AuthorWhere;
  BigInt: ResolverTypeWrapper<Scalars['BigInt']['output']>;
  BigIntFilter: BigIntFilter;
  Book: ResolverTypeWrapper<Book>;
  BookAuthor: ResolverTypeWrapper<BookAuthor>;
  BookAuthorCreateInput: BookAuthorCreateInput;
  BookAuthorKey: BookAuthorKey;
  BookAuthorListFilter: BookAuthorListFilter;
  BookAuthorListRelationInput: BookAuthorListRelationInput;
  BookAuthorOrderBy: BookAuthorOrderBy;
  BookAuthorUpdateInput: BookAuthorUpdateInput;
  BookAuthorWhere: BookAuthorWhere;
  BookCreateInput: BookCreateInput;
  BookDetail: ResolverTypeWrapper<BookDetail>;
  BookDetailCreateInput: BookDetailCreateInput;
  BookDetailKey: BookDetailKey;
  BookDetailOrderBy: BookDetailOrderBy;
  BookDetailRelationInput: BookDetailRelationInput;
  BookDetailUpdateInput: BookDetailUpdateInput;
  BookDetailWhere: BookDetailWhere;
  BookFormat: BookFormat;
  BookFormatFilter: BookFormatFilter;
  BookKey: BookKey;
  BookListFilter: BookListFilter;
  BookListRelationInput: BookListRelationInput;
  BookOrderBy: BookOrderBy;
  BookRelationInput: BookRelationInput;
  BookUpdateInput: BookUpdateInput;
  BookWhere: BookWhere;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BooleanFilter: BooleanFilter;
  ContributorRole: ContributorRole;
  ContributorRoleFilter: ContributorRoleFilter;
  Customer: ResolverTypeWrapper<Customer>;
  CustomerCreateInput: CustomerCreateInput;
  CustomerKey: CustomerKey;
  CustomerListFilter: CustomerListFilter;
  CustomerListRelationInput: CustomerListRelationInput;
  CustomerOrderBy: CustomerOrderBy;
  CustomerRelationInput: CustomerRelationInput;
  CustomerUpdateInput: CustomerUpdateInput;
  CustomerWhere: CustomerWhere;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateFilter: DateFilter;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DateTimeFilter: DateTimeFilter;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  DecimalFilter: DecimalFilter;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FloatFilter: FloatFilter;
  Genre: ResolverTypeWrapper<Genre>;
  GenreCreateInput: GenreCreateInput;
  GenreKey: GenreKey;
  GenreListFilter: GenreListFilter;
  GenreListRelationInput: GenreListRelationInput;
  GenreOrderBy: GenreOrderBy;
  GenreRelationInput: GenreRelationInput;
  GenreUpdateInput: GenreUpdateInput;
  GenreWhere: GenreWhere;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IntFilter: IntFilter;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  JSONFilter: JsonFilter;
  Mutation: ResolverTypeWrapper<{}>;
  Order: ResolverTypeWrapper<Order>;
  OrderCreateInput: OrderCreateInput;
  OrderKey: OrderKey;
  OrderLine: ResolverTypeWrapper<OrderLine>;
  OrderLineCreateInput: OrderLineCreateInput;
  OrderLineKey: OrderLineKey;
  OrderLineListFilter: OrderLineListFilter;
  OrderLineListRelationInput: OrderLineListRelationInput;
  OrderLineOrderBy: OrderLineOrderBy;
  OrderLineUpdateInput: OrderLineUpdateInput;
  OrderLineWhere: OrderLineWhere;
  OrderListFilter: OrderListFilter;
  OrderListRelationInput: OrderListRelationInput;
  OrderOrderBy: OrderOrderBy;
  OrderRelationInput: OrderRelationInput;
  OrderStatus: OrderStatus;
  OrderStatusFilter: OrderStatusFilter;
  OrderUpdateInput: OrderUpdateInput;
  OrderWhere: OrderWhere;
  Publisher: ResolverTypeWrapper<Publisher>;
  PublisherCreateInput: PublisherCreateInput;
  PublisherKey: PublisherKey;
  PublisherOrderBy: PublisherOrderBy;
  PublisherRelationInput: PublisherRelationInput;
  PublisherUpdateInput: PublisherUpdateInput;
  PublisherWhere: PublisherWhere;
  Query: ResolverTypeWrapper<{}>;
  Review: ResolverTypeWrapper<Review>;
  ReviewCreateInput: ReviewCreateInput;
  ReviewKey: ReviewKey;
  ReviewListFilter: ReviewListFilter;
  ReviewListRelationInput: ReviewListRelationInput;
  ReviewOrderBy: ReviewOrderBy;
  ReviewUpdateInput: ReviewUpdateInput;
  ReviewWhere: ReviewWhere;
  SortDirection: SortDirection;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  StringFilter: StringFilter;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Author: Author;
  AuthorCreateInput: AuthorCreateInput;
  AuthorKey: AuthorKey;
  AuthorListFilter: AuthorListFilter;
  AuthorOrderBy: AuthorOrderBy;
  AuthorRelationInput: AuthorRelationInput;
  AuthorUpdateInput: AuthorUpdateInput;
  AuthorWhere: AuthorWhere;
  BigInt: Scalars['BigInt']['output'];
  BigIntFilter: BigIntFilter;
  Book: Book;
  BookAuthor: BookAuthor;
  BookAuthorCreateInput: BookAuthorCreateInput;
  BookAuthorKey: BookAuthorKey;
  BookAuthorListFilter: BookAuthorListFilter;
  BookAuthorListRelationInput: BookAuthorListRelationInput;
  BookAuthorOrderBy: BookAuthorOrderBy;
  BookAuthorUpdateInput: BookAuthorUpdateInput;
  BookAuthorWhere: BookAuthorWhere;
  BookCreateInput: BookCreateInput;
  BookDetail: BookDetail;
  BookDetailCreateInput: BookDetailCreateInput;
  BookDetailKey: BookDetailKey;
  BookDetailOrderBy: BookDetailOrderBy;
  BookDetailRelationInput: BookDetailRelationInput;
  BookDetailUpdateInput: BookDetailUpdateInput;
  BookDetailWhere: BookDetailWhere;
  BookFormatFilter: BookFormatFilter;
  BookKey: BookKey;
  BookListFilter: BookListFilter;
  BookListRelationInput: BookListRelationInput;
  BookOrderBy: BookOrderBy;
  BookRelationInput: BookRelationInput;
  BookUpdateInput: BookUpdateInput;
  BookWhere: BookWhere;
  Boolean: Scalars['Boolean']['output'];
  BooleanFilter: BooleanFilter;
  ContributorRoleFilter: ContributorRoleFilter;
  Customer: Customer;
  CustomerCreateInput: CustomerCreateInput;
  CustomerKey: CustomerKey;
  CustomerListFilter: CustomerListFilter;
  CustomerListRelationInput: CustomerListRelationInput;
  CustomerOrderBy: CustomerOrderBy;
  CustomerRelationInput: CustomerRelationInput;
  CustomerUpdateInput: CustomerUpdateInput;
  CustomerWhere: CustomerWhere;
  Date: Scalars['Date']['output'];
  DateFilter: DateFilter;
  DateTime: Scalars['DateTime']['output'];
  DateTimeFilter: DateTimeFilter;
  Decimal: Scalars['Decimal']['output'];
  DecimalFilter: DecimalFilter;
  Float: Scalars['Float']['output'];
  FloatFilter: FloatFilter;
  Genre: Genre;
  GenreCreateInput: GenreCreateInput;
  GenreKey: GenreKey;
  GenreListFilter: GenreListFilter;
  GenreListRelationInput: GenreListRelationInput;
  GenreOrderBy: GenreOrderBy;
  GenreRelationInput: GenreRelationInput;
  GenreUpdateInput: GenreUpdateInput;
  GenreWhere: GenreWhere;
  Int: Scalars['Int']['output'];
  IntFilter: IntFilter;
  JSON: Scalars['JSON']['output'];
  JSONFilter: JsonFilter;
  Mutation: {};
  Order: Order;
  OrderCreateInput: OrderCreateInput;
  OrderKey: OrderKey;
  OrderLine: OrderLine;
  OrderLineCreateInput: OrderLineCreateInput;
  OrderLineKey: OrderLineKey;
  OrderLineListFilter: OrderLineListFilter;
  OrderLineListRelationInput: OrderLineListRelationInput;
  OrderLineOrderBy: OrderLineOrderBy;
  OrderLineUpdateInput: OrderLineUpdateInput;
  OrderLineWhere: OrderLineWhere;
  OrderListFilter: OrderListFilter;
  OrderListRelationInput: OrderListRelationInput;
  OrderOrderBy: OrderOrderBy;
  OrderRelationInput: OrderRelationInput;
  OrderStatusFilter: OrderStatusFilter;
  OrderUpdateInput: OrderUpdateInput;
  OrderWhere: OrderWhere;
  Publisher: Publisher;
  PublisherCreateInput: PublisherCreateInput;
  PublisherKey: PublisherKey;
  PublisherOrderBy: PublisherOrderBy;
  PublisherRelationInput: PublisherRelationInput;
  PublisherUpdateInput: PublisherUpdateInput;
  PublisherWhere: PublisherWhere;
  Query: {};
  Review: Review;
  ReviewCreateInput: ReviewCreateInput;
  ReviewKey: ReviewKey;
  ReviewListFilter: ReviewListFilter;
  ReviewListRelationInput: ReviewListRelationInput;
  ReviewOrderBy: ReviewOrderBy;
  ReviewUpdateInput: ReviewUpdateInput;
  ReviewWhere: ReviewWhere;
  String: Scalars['String']['output'];
  StringFilter: StringFilter;
};

export type AuthorResolvers<ContextType = any, ParentType extends ResolversParentTypes['Author'] = ResolversParentTypes['Author']> = {
  bio?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bookAuthors?: Resolver<Array<ResolversTypes['BookAuthor']>, ParentType, ContextType, Partial<AuthorBookAuthorsArgs>>;
  books?: Resolver<Array<ResolversTypes['Book']>, ParentType, ContextType, Partial<AuthorBooksArgs>>;
  bornOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nationality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface BigIntScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['BigInt'], any> {
  name: 'BigInt';
}

export type BookResolvers<ContextType = any, ParentType extends ResolversParentTypes['Book'] = ResolversParentTypes['Book']> = {
  authors?: Resolver<Array<ResolversTypes['Author']>, ParentType, ContextType, Partial<BookAuthorsArgs>>;
  bookAuthors?: Resolver<Array<ResolversTypes['BookAuthor']>, ParentType, ContextType, Partial<BookBookAuthorsArgs>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['BookDetail']>, ParentType, ContextType>;
  format?: Resolver<ResolversTypes['BookFormat'], ParentType, ContextType>;
  genres?: Resolver<Array<ResolversTypes['Genre']>, ParentType, ContextType, Partial<BookGenresArgs>>;
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inPrint?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isbn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pages?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  publishedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['Publisher'], ParentType, ContextType>;
  publisherId?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reviews?: Resolver<Array<ResolversTypes['Review']>, ParentType, ContextType, Partial<BookReviewsArgs>>;
  subtitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  wishlistedBy?: Resolver<Array<ResolversTypes['Customer']>, ParentType, ContextType, Partial<BookWishlistedByArgs>>;
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

export type CustomerResolvers<ContextType = any, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  newsletter?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  orders?: Resolver<Array<ResolversTypes['Order']>, ParentType, ContextType, Partial<CustomerOrdersArgs>>;
  preferences?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  wishlistBooks?: Resolver<Array<ResolversTypes['Book']>, ParentType, ContextType, Partial<CustomerWishlistBooksArgs>>;
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

export type GenreResolvers<ContextType = any, ParentType extends ResolversParentTypes['Genre'] = ResolversParentTypes['Genre']> = {
  books?: Resolver<Array<ResolversTypes['Book']>, ParentType, ContextType, Partial<GenreBooksArgs>>;
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Genre']>, ParentType, ContextType>;
  parentId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subgenres?: Resolver<Array<ResolversTypes['Genre']>, ParentType, ContextType, Partial<GenreSubgenresArgs>>;
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
  paymentRef?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  placedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  shippedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  shippingAddress?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
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

export type PublisherResolvers<ContextType = any, ParentType extends ResolversParentTypes['Publisher'] = ResolversParentTypes['Publisher']> = {
  books?: Resolver<Array<ResolversTypes['Book']>, ParentType, ContextType, Partial<PublisherBooksArgs>>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  foundedYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  author?: Resolver<Maybe<ResolversTypes['Author']>, ParentType, ContextType, RequireFields<QueryAuthorArgs, 'id'>>;
  authors?: Resolver<Array<ResolversTypes['Author']>, ParentType, ContextType, Partial<QueryAuthorsArgs>>;
  book?: Resolver<Maybe<ResolversTypes['Book']>, ParentType, ContextType, RequireFields<QueryBookArgs, 'id'>>;
  bookAuthor?: Resolver<Maybe<ResolversTypes['BookAuthor']>, ParentType, ContextType, RequireFields<QueryBookAuthorArgs, 'authorId' | 'bookId'>>;
  bookAuthors?: Resolver<Array<ResolversTypes['BookAuthor']>, ParentType, ContextType, Partial<QueryBookAuthorsArgs>>;
  bookDetail?: Resolver<Maybe<ResolversTypes['BookDetail']>, ParentType, ContextType, RequireFields<QueryBookDetailArgs, 'id'>>;
  bookDetails?: Resolver<Array<ResolversTypes['BookDetail']>, ParentType, ContextType, Partial<QueryBookDetailsArgs>>;
  books?: Resolver<Array<ResolversTypes['Book']>, ParentType, ContextType, Partial<QueryBooksArgs>>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType, RequireFields<QueryCustomerArgs, 'id'>>;
  customers?: Resolver<Array<ResolversTypes['Customer']>, ParentType, ContextType, Partial<QueryCustomersArgs>>;
  genre?: Resolver<Maybe<ResolversTypes['Genre']>, ParentType, ContextType, RequireFields<QueryGenreArgs, 'id'>>;
  genres?: Resolver<Array<ResolversTypes['Genre']>, ParentType, ContextType, Partial<QueryGenresArgs>>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType, RequireFields<QueryOrderArgs, 'id'>>;
  orderLine?: Resolver<Maybe<ResolversTypes['OrderLine']>, ParentType, ContextType, RequireFields<QueryOrderLineArgs, 'id'>>;
  orderLines?: Resolver<Array<ResolversTypes['OrderLine']>, ParentType, ContextType, Partial<QueryOrderLinesArgs>>;
  orders?: Resolver<Array<ResolversTypes['Order']>, ParentType, ContextType, Partial<QueryOrdersArgs>>;
  publisher?: Resolver<Maybe<ResolversTypes['Publisher']>, ParentType, ContextType, RequireFields<QueryPublisherArgs, 'id'>>;
  publishers?: Resolver<Array<ResolversTypes['Publisher']>, ParentType, ContextType, Partial<QueryPublishersArgs>>;
  review?: Resolver<Maybe<ResolversTypes['Review']>, ParentType, ContextType, RequireFields<QueryReviewArgs, 'id'>>;
  reviews?: Resolver<Array<ResolversTypes['Review']>, ParentType, ContextType, Partial<QueryReviewsArgs>>;
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

export type Resolvers<ContextType = any> = {
  Author?: AuthorResolvers<ContextType>;
  BigInt?: GraphQLScalarType;
  Book?: BookResolvers<ContextType>;
  BookAuthor?: BookAuthorResolvers<ContextType>;
  BookDetail?: BookDetailResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Genre?: GenreResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderLine?: OrderLineResolvers<ContextType>;
  Publisher?: PublisherResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Review?: ReviewResolvers<ContextType>;
};

