export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
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

/** Links the Author that `where` names if there is one, else creates it from `create` (whose key columns default to `where`'s) and links it. */
export type AuthorConnectOrCreateInput = {
  /** The Author to create when none has that key. */
  create: AuthorCreateInput;
  /** One unique key of the Author. */
  where: AuthorUniqueInput;
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
  /** Link the Author with this unique key, creating it if it does not exist. */
  connectOrCreate?: InputMaybe<AuthorConnectOrCreateInput>;
  /** Create and link a new Author. */
  create?: InputMaybe<AuthorCreateInput>;
  /** true: unlink the current Author. */
  disconnect?: InputMaybe<Scalars['Boolean']['input']>;
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

/** Links the BookAuthor that `where` names if there is one, else creates it from `create` (whose key columns default to `where`'s) and links it. */
export type BookAuthorConnectOrCreateInput = {
  /** The BookAuthor to create when none has that key. */
  create: BookAuthorCreateInput;
  /** One unique key of the BookAuthor. */
  where: BookAuthorUniqueInput;
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
  /** Link the BookAuthor rows with these unique keys, creating those that do not exist. */
  connectOrCreate?: InputMaybe<Array<BookAuthorConnectOrCreateInput>>;
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

/** Links the Book that `where` names if there is one, else creates it from `create` (whose key columns default to `where`'s) and links it. */
export type BookConnectOrCreateInput = {
  /** The Book to create when none has that key. */
  create: BookCreateInput;
  /** One unique key of the Book. */
  where: BookUniqueInput;
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

/** Links the BookDetail that `where` names if there is one, else creates it from `create` (whose key columns default to `where`'s) and links it. */
export type BookDetailConnectOrCreateInput = {
  /** The BookDetail to create when none has that key. */
  create: BookDetailCreateInput;
  /** One unique key of the BookDetail. */
  where: BookDetailUniqueInput;
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
  /** Link the BookDetail with this unique key, creating it if it does not exist. */
  connectOrCreate?: InputMaybe<BookDetailConnectOrCreateInput>;
  /** Create and link a new BookDetail. */
  create?: InputMaybe<BookDetailCreateInput>;
  /** true: unlink the current BookDetail. */
  disconnect?: InputMaybe<Scalars['Boolean']['input']>;
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
  /** Link the Book rows with these unique keys, creating those that do not exist. */
  connectOrCreate?: InputMaybe<Array<BookConnectOrCreateInput>>;
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
  /** Link the Book with this unique key, creating it if it does not exist. */
  connectOrCreate?: InputMaybe<BookConnectOrCreateInput>;
  /** Create and link a new Book. */
  create?: InputMaybe<BookCreateInput>;
  /** true: unlink the current Book. */
  disconnect?: InputMaybe<Scalars['Boolean']['input']>;
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

/** Links the Customer that `where` names if there is one, else creates it from `create` (whose key columns default to `where`'s) and links it. */
export type CustomerConnectOrCreateInput = {
  /** The Customer to create when none has that key. */
  create: CustomerCreateInput;
  /** One unique key of the Customer. */
  where: CustomerUniqueInput;
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
  /** Link the Customer rows with these unique keys, creating those that do not exist. */
  connectOrCreate?: InputMaybe<Array<CustomerConnectOrCreateInput>>;
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
  /** Link the Customer with this unique key, creating it if it does not exist. */
  connectOrCreate?: InputMaybe<CustomerConnectOrCreateInput>;
  /** Create and link a new Customer. */
  create?: InputMaybe<CustomerCreateInput>;
  /** true: unlink the current Customer. */
  disconnect?: InputMaybe<Scalars['Boolean']['input']>;
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

/** Links the Genre that `where` names if there is one, else creates it from `create` (whose key columns default to `where`'s) and links it. */
export type GenreConnectOrCreateInput = {
  /** The Genre to create when none has that key. */
  create: GenreCreateInput;
  /** One unique key of the Genre. */
  where: GenreUniqueInput;
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
  /** Link the Genre rows with these unique keys, creating those that do not exist. */
  connectOrCreate?: InputMaybe<Array<GenreConnectOrCreateInput>>;
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
  /** Link the Genre with this unique key, creating it if it does not exist. */
  connectOrCreate?: InputMaybe<GenreConnectOrCreateInput>;
  /** Create and link a new Genre. */
  create?: InputMaybe<GenreCreateInput>;
  /** true: unlink the current Genre. */
  disconnect?: InputMaybe<Scalars['Boolean']['input']>;
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

/** Links the Order that `where` names if there is one, else creates it from `create` (whose key columns default to `where`'s) and links it. */
export type OrderConnectOrCreateInput = {
  /** The Order to create when none has that key. */
  create: OrderCreateInput;
  /** One unique key of the Order. */
  where: OrderUniqueInput;
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

/** Links the OrderLine that `where` names if there is one, else creates it from `create` (whose key columns default to `where`'s) and links it. */
export type OrderLineConnectOrCreateInput = {
  /** The OrderLine to create when none has that key. */
  create: OrderLineCreateInput;
  /** One unique key of the OrderLine. */
  where: OrderLineUniqueInput;
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
  /** Link the OrderLine rows with these unique keys, creating those that do not exist. */
  connectOrCreate?: InputMaybe<Array<OrderLineConnectOrCreateInput>>;
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

/** Links the Publisher that `where` names if there is one, else creates it from `create` (whose key columns default to `where`'s) and links it. */
export type PublisherConnectOrCreateInput = {
  /** The Publisher to create when none has that key. */
  create: PublisherCreateInput;
  /** One unique key of the Publisher. */
  where: PublisherUniqueInput;
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
  /** Link the Publisher with this unique key, creating it if it does not exist. */
  connectOrCreate?: InputMaybe<PublisherConnectOrCreateInput>;
  /** Create and link a new Publisher. */
  create?: InputMaybe<PublisherCreateInput>;
  /** true: unlink the current Publisher. */
  disconnect?: InputMaybe<Scalars['Boolean']['input']>;
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

/** Links the Review that `where` names if there is one, else creates it from `create` (whose key columns default to `where`'s) and links it. */
export type ReviewConnectOrCreateInput = {
  /** The Review to create when none has that key. */
  create: ReviewCreateInput;
  /** One unique key of the Review. */
  where: ReviewUniqueInput;
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
  /** Link the Review rows with these unique keys, creating those that do not exist. */
  connectOrCreate?: InputMaybe<Array<ReviewConnectOrCreateInput>>;
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

export type BookPageQueryVariables = Exact<{
  id: Scalars['Int']['input'];
  reviewLimit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type BookPageQuery = { book: { id: number, isbn: string, title: string, subtitle: string | null, description: string | null, format: BookFormat, price: string, pages: number | null, publishedOn: string | null, inPrint: boolean, publisher: { id: number, name: string, country: string }, detail: { language: string, edition: number, weightGrams: number | null, dimensions: unknown | null, firstLine: string | null } | null, bookAuthors: Array<{ role: ContributorRole, position: number, author: { id: number, name: string } }>, genres: Array<{ id: number, name: string, slug: string, parent: { id: number, name: string } | null }>, reviews: Array<{ id: number, rating: number, headline: string | null, body: string | null, verifiedPurchase: boolean, createdAt: string, customer: { fullName: string } }> } | null };

export type AuthorPageQueryVariables = Exact<{
  id: Scalars['Int']['input'];
}>;


export type AuthorPageQuery = { author: { id: number, name: string, bornOn: string | null, nationality: string | null, bio: string | null, books: Array<{ id: number, title: string, publishedOn: string | null }>, bookAuthors: Array<{ role: ContributorRole, book: { id: number, title: string } }> } | null };

export type GenreTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type GenreTreeQuery = { genres: Array<{ id: number, name: string, slug: string, subgenres: Array<{ id: number, name: string, slug: string, subgenres: Array<{ id: number, name: string, slug: string }> }> }> };

export type CatalogQueryVariables = Exact<{
  genreSlug: Scalars['String']['input'];
  maxPrice?: InputMaybe<Scalars['Decimal']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CatalogQuery = { books: Array<{ id: number, title: string, subtitle: string | null, format: BookFormat, price: string, publishedOn: string | null, publisher: { id: number, name: string }, authors: Array<{ id: number, name: string }> }> };

export type SearchBooksQueryVariables = Exact<{
  pattern: Scalars['String']['input'];
}>;


export type SearchBooksQuery = { books: Array<{ id: number, title: string, isbn: string }> };

export type MyAccountQueryVariables = Exact<{
  customerId: Scalars['Int']['input'];
  statuses?: InputMaybe<Array<OrderStatus> | OrderStatus>;
  orderLimit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MyAccountQuery = { customer: { id: number, fullName: string, email: string, newsletter: boolean, createdAt: string, preferences: unknown | null, orders: Array<{ id: number, status: OrderStatus, placedAt: string, shippedOn: string | null, total: string, paymentRef: string | null, shippingAddress: unknown | null, lines: Array<{ position: number, quantity: number, unitPrice: string, book: { id: number, title: string } }> }>, wishlistBooks: Array<{ id: number, title: string, price: string }> } | null };

export type PublisherBacklistQueryVariables = Exact<{
  publisherId: Scalars['Int']['input'];
  minRating?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PublisherBacklistQuery = { publisher: { id: number, name: string, foundedYear: number | null, books: Array<{ id: number, title: string, reviews: Array<{ rating: number, headline: string | null }> }> } | null };

export type PreviewDeleteBookMutationVariables = Exact<{
  id: Scalars['Int']['input'];
}>;


export type PreviewDeleteBookMutation = { previewDeleteBook: { refused: boolean, deleted: Array<{ model: string | null, relationship: string | null, count: number, keys: Array<unknown> }>, nulled: Array<{ model: string | null, relationship: string | null, fields: Array<string>, count: number }>, unlinked: Array<{ relationship: string | null, count: number }>, handledByDatabase: Array<{ model: string | null, relationship: string | null, onDelete: ReferentialAction | null, refuses: boolean, count: number }> } };

export type ReviewsOfBookSubscriptionVariables = Exact<{
  bookId: Scalars['Int']['input'];
}>;


export type ReviewsOfBookSubscription = { bookReviewsChanged: { operation: LinkOperation, review: { rating: number, headline: string | null, customer: { fullName: string } } | null } };

export type PublisherChangesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type PublisherChangesSubscription = { publisherChanged: { operation: ChangeOperation, id: number, changedFields: Array<string>, publisher: { name: string, country: string } | null } };

export type PlaceOrderMutationVariables = Exact<{
  customerId: Scalars['Int']['input'];
  total: Scalars['Decimal']['input'];
  lines: Array<OrderLineCreateInput> | OrderLineCreateInput;
  address?: InputMaybe<Scalars['JSON']['input']>;
  giftNote?: InputMaybe<Scalars['String']['input']>;
}>;


export type PlaceOrderMutation = { createOrder: { id: number, status: OrderStatus, placedAt: string, total: string, lines: Array<{ position: number, quantity: number, unitPrice: string, book: { id: number, title: string } }> } };

export type AddBookMutationVariables = Exact<{
  input: BookCreateInput;
}>;


export type AddBookMutation = { createBook: { id: number, title: string, publisher: { name: string }, detail: { id: number, language: string } | null, genres: Array<{ slug: string }> } };

export type AddContributorMutationVariables = Exact<{
  bookId: Scalars['Int']['input'];
  authorId: Scalars['Int']['input'];
  role?: InputMaybe<ContributorRole>;
  position?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AddContributorMutation = { addBookAuthor: { id: number, bookAuthors: Array<{ role: ContributorRole, position: number, author: { id: number, name: string } }> } };

export type TagBookMutationVariables = Exact<{
  bookId: Scalars['Int']['input'];
  genreId: Scalars['Int']['input'];
}>;


export type TagBookMutation = { addBookGenre: { id: number, genres: Array<{ id: number, slug: string }> } };

export type ToggleWishlistMutationVariables = Exact<{
  customerId: Scalars['Int']['input'];
  bookId: Scalars['Int']['input'];
  add: Scalars['Boolean']['input'];
}>;


export type ToggleWishlistMutation = { add?: { id: number, wishlistBooks: Array<{ id: number }> }, remove?: { id: number, wishlistBooks: Array<{ id: number }> } };

export type ShipOrderMutationVariables = Exact<{
  id: Scalars['Int']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
  shippedOn: Scalars['Date']['input'];
}>;


export type ShipOrderMutation = { updateOrder: { id: number, status: OrderStatus, shippedOn: string | null, version: number } };

export type MoveGenreMutationVariables = Exact<{
  id: Scalars['Int']['input'];
  parentId?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MoveGenreMutation = { setGenreParent: { id: number, parent: { id: number, name: string } | null } };

export type DeleteReviewMutationVariables = Exact<{
  id: Scalars['Int']['input'];
}>;


export type DeleteReviewMutation = { deleteReview: { id: number, rating: number } };
