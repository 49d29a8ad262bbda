/**
 * The column types MySQL databases have beyond the first release's (issue 15): `SmallInteger`,
 * `TinyInteger` (both also UNSIGNED), `Year`, `Time`, `Set` and `LargeBinary`, over a table
 * shaped like Sakila's `film`, on every dialect and through both executors (`twoExecutors.ts`):
 *
 * - the GraphQL types: Int for the integers and years, `Time`, `Base64`, a list of an enum for a
 *   set; sets and bytes are not offered in `orderBy`, and have filters of their own;
 * - values written through mutations read back the same, and are stored as MySQL stores them
 *   (a set's members joined by commas in declaration order, whatever order they were given in);
 * - filters on sets (`eq`, `has`, `hasEvery`, `hasSome`), times, years and bytes (`isNull`);
 * - a value outside a column's range is `BAD_USER_INPUT` and writes nothing; malformed `Time` and
 *   `Base64` input is refused before any SQL;
 * - aggregates (a sum of small integers is a BigInt; min and max of years and times) and a
 *   connection paged by a time column;
 * - introspection reads every type back as declared, and the drift check finds nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  isInputObjectType,
  type GraphQLObjectType,
  type GraphQLInputObjectType,
} from 'graphql';
import {
  Column,
  Enum,
  ForeignKey,
  LargeBinary,
  Set as SetType,
  SmallInteger,
  String as Str,
  Time,
  TinyInteger,
  Year,
  declarativeBase,
  relationship,
} from '../../src/declare/index.js';
import { configure } from '../../src/session/configure.js';
import { buildSchema } from '../../src/schema/index.js';
import { checkDrift } from '../../src/introspect/checkDrift.js';
import { inferModels } from '../../src/introspect/inferModels.js';
import { readCatalog } from '../../src/introspect/readCatalog.js';
import { writeModelsModule } from '../../src/introspect/writeModelsModule.js';
import { DIALECTS } from '../support/index.js';
import { onlyError, openApis, type Apis } from './twoExecutors.js';

const Base = declarativeBase();
Base.model('Language', {
  tableName: 'language',
  language_id: Column(TinyInteger({ unsigned: true }), { primaryKey: true }),
  name: Column(Str(20), { nullable: false }),
  films: relationship('Film', { backPopulates: 'language' }),
});
Base.model('Film', {
  tableName: 'film',
  film_id: Column(SmallInteger({ unsigned: true }), { primaryKey: true }),
  title: Column(Str(50), { nullable: false }),
  release_year: Column(Year),
  language_id: Column(TinyInteger({ unsigned: true }), ForeignKey('language.language_id'), { nullable: false }),
  rental_duration: Column(TinyInteger({ unsigned: true }), { nullable: false, default: 3 }),
  length: Column(SmallInteger({ unsigned: true })),
  delta: Column(TinyInteger),
  rating: Column(Enum(['G', 'PG', 'PG-13', 'R', 'NC-17'])),
  special_features: Column(SetType(['Trailers', 'Commentaries', 'Deleted Scenes', 'Behind the Scenes'])),
  showtime: Column(Time),
  poster: Column(LargeBinary),
  language: relationship('Language', { backPopulates: 'films' }),
});

const schema = buildSchema(configure(Base));
const fields = (name: string) => (schema.getType(name) as GraphQLObjectType | GraphQLInputObjectType).getFields();

describe('column types: the schema', () => {
  it('maps narrow integers and years to Int, times to Time, bytes to Base64, a set to a list of its enum', () => {
    const film = fields('Film');
    expect(String(film['filmId']!.type)).toBe('Int!');
    expect(String(film['releaseYear']!.type)).toBe('Int');
    expect(String(film['rentalDuration']!.type)).toBe('Int!');
    expect(String(film['showtime']!.type)).toBe('Time');
    expect(String(film['poster']!.type)).toBe('Base64');
    expect(String(film['specialFeatures']!.type)).toBe('[FilmSpecialFeatures!]');
    expect(String(film['rating']!.type)).toBe('FilmRating');
    const features = schema.getType('FilmSpecialFeatures') as unknown as { getValues(): Array<{ name: string; value: string }> };
    expect(features.getValues().map((v) => [v.name, v.value])).toEqual([
      ['Trailers', 'Trailers'],
      ['Commentaries', 'Commentaries'],
      ['Deleted_Scenes', 'Deleted Scenes'],
      ['Behind_the_Scenes', 'Behind the Scenes'],
    ]);
    expect(String(fields('FilmCreateInput')['specialFeatures']!.type)).toBe('[FilmSpecialFeatures!]');
    expect(String(fields('FilmCreateInput')['poster']!.type)).toBe('Base64');
  });

  it('offers no ordering by a set or by bytes, and gives each its own filter', () => {
    expect(Object.keys(fields('FilmOrderBy'))).not.toContain('specialFeatures');
    expect(Object.keys(fields('FilmOrderBy'))).not.toContain('poster');
    expect(Object.keys(fields('FilmOrderBy'))).toContain('showtime');
    const where = fields('FilmWhere');
    expect(String(where['specialFeatures']!.type)).toBe('FilmSpecialFeaturesSetFilter');
    expect(Object.keys(fields('FilmSpecialFeaturesSetFilter'))).toEqual(['eq', 'has', 'hasEvery', 'hasSome', 'isNull']);
    expect(Object.keys(fields(String(where['poster']!.type)))).toEqual(['isNull']);
    expect(Object.keys(fields(String(where['showtime']!.type)))).toEqual(['eq', 'ne', 'in', 'notIn', 'lt', 'lte', 'gt', 'gte', 'isNull']);
  });

  it('takes sums of narrow integers as BigInt, and min and max of years and times', () => {
    const sum = schema.getType('FilmAggregate') as GraphQLObjectType;
    const sumFields = (getNamedType(sum.getFields()['sum']!.type) as GraphQLObjectType).getFields();
    expect(Object.keys(sumFields).sort()).toEqual(['delta', 'filmId', 'languageId', 'length', 'rentalDuration']);
    expect(String(sumFields['length']!.type)).toBe('BigInt');
    const minFields = (getNamedType(sum.getFields()['min']!.type) as GraphQLObjectType).getFields();
    expect(String(minFields['releaseYear']!.type)).toBe('Int');
    expect(String(minFields['showtime']!.type)).toBe('Time');
    expect(Object.keys(minFields)).not.toContain('specialFeatures');
    expect(Object.keys(minFields)).not.toContain('poster');
    expect(isObjectType(sum) && !isNonNullType(sum) && !isListType(sum) && !isInputObjectType(sum)).toBe(true);
  });
});

const bytes = Buffer.from([0, 1, 2, 250, 255, 128, 10]);
const filmFields = 'filmId title releaseYear rentalDuration length delta rating specialFeatures showtime poster language { name }';

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: column types`, () => {
    let apis: Apis;
    const count = async () => (await apis.data<{ filmsAggregate: { count: number } }>('{ filmsAggregate { count } }')).filmsAggregate.count;

    /** A mutation runs once (`ask` would run it on both executors); reads compare the two. */
    const mutate = async <T = any>(query: string, variables?: Record<string, unknown>): Promise<T> => {
      const { answer } = await apis.send<T>('plan', query, variables);
      if (answer.errors?.length) throw new Error(`The mutation failed: ${JSON.stringify(answer.errors)}`);
      return answer.data as T;
    };

    beforeAll(async () => {
      apis = await openApis(dialect, Base);
      await mutate('mutation { createLanguage(input: { languageId: 1, name: "English" }) { languageId } }');
    });
    afterAll(async () => apis?.drop());

    it('writes and reads every type back, and stores a set as MySQL does', async () => {
      const { createFilm } = await mutate(
        `mutation($poster: Base64) {
        createFilm(input: {
          filmId: 65535, title: "ACADEMY DINOSAUR", releaseYear: 2006, languageId: 1, length: 86, delta: -128, rating: PG_13,
          specialFeatures: [Behind_the_Scenes, Deleted_Scenes, Behind_the_Scenes], showtime: "09:30", poster: $poster
        }) { ${filmFields} }
      }`,
        { poster: bytes.toString('base64') },
      );
      const expected = {
        filmId: 65535,
        title: 'ACADEMY DINOSAUR',
        releaseYear: 2006,
        rentalDuration: 3,
        length: 86,
        delta: -128,
        rating: 'PG_13',
        specialFeatures: ['Deleted_Scenes', 'Behind_the_Scenes'],
        showtime: '09:30:00',
        poster: bytes.toString('base64'),
        language: { name: 'English' },
      };
      expect(createFilm).toEqual(expected);
      expect((await apis.data(`{ film(filmId: 65535) { ${filmFields} } }`)).film).toEqual(expected);
      const stored = await apis.driver.execute({
        sql:
          dialect.name === 'mariadb'
            ? 'SELECT special_features AS f, rating AS r, HEX(poster) AS p FROM film'
            : 'SELECT special_features AS f, rating AS r, hex(poster) AS p FROM film',
        params: [],
        kind: 'select',
      });
      expect(stored.rows).toEqual([{ f: 'Deleted Scenes,Behind the Scenes', r: 'PG-13', p: bytes.toString('hex').toUpperCase() }]);
    });

    it('filters sets by members, times and years by order, bytes by presence', async () => {
      await mutate(`mutation {
        a: createFilm(input: { filmId: 2, title: "ACE GOLDFINGER", releaseYear: 1901, languageId: 1, specialFeatures: [Trailers], showtime: "23:59:59" }) { filmId }
        b: createFilm(input: { filmId: 3, title: "ADAPTATION HOLES", releaseYear: 2155, languageId: 1, specialFeatures: [], showtime: "00:00:00" }) { filmId }
        c: createFilm(input: { filmId: 4, title: "AFFAIR PREJUDICE", languageId: 1 }) { filmId }
        d: createFilm(input: { filmId: 5, title: "AGENT TRUMAN", languageId: 1, specialFeatures: [Trailers, Commentaries, Deleted_Scenes] }) { filmId }
      }`);
      const ids = async (where: string) =>
        (
          await apis.data<{ films: Array<{ filmId: number }> }>(`{ films(where: ${where}, orderBy: [{ filmId: ASC }]) { filmId } }`)
        ).films.map((f) => f.filmId);
      expect(await ids('{ specialFeatures: { has: Trailers } }')).toEqual([2, 5]);
      expect(await ids('{ specialFeatures: { has: Deleted_Scenes } }')).toEqual([5, 65535]);
      expect(await ids('{ specialFeatures: { hasEvery: [Deleted_Scenes, Trailers] } }')).toEqual([5]);
      expect(await ids('{ specialFeatures: { hasSome: [Commentaries, Behind_the_Scenes] } }')).toEqual([5, 65535]);
      expect(await ids('{ specialFeatures: { hasSome: [] } }')).toEqual([]);
      expect(await ids('{ specialFeatures: { eq: [Behind_the_Scenes, Deleted_Scenes] } }')).toEqual([65535]);
      expect(await ids('{ specialFeatures: { eq: [] } }')).toEqual([3]);
      expect(await ids('{ specialFeatures: { isNull: true } }')).toEqual([4]);
      // A NULL set neither has nor lacks a member, as a NULL column neither equals nor differs.
      expect(await ids('{ NOT: { specialFeatures: { has: Trailers } } }')).toEqual([3, 65535]);
      expect(await ids('{ showtime: { gt: "09:30" } }')).toEqual([2]);
      expect(await ids('{ showtime: { lte: "09:30:00" } }')).toEqual([3, 65535]);
      expect(await ids('{ releaseYear: { gte: 2006 } }')).toEqual([3, 65535]);
      expect(await ids('{ poster: { isNull: false } }')).toEqual([65535]);
    });

    it("refuses a value outside its column's range, and writes nothing", async () => {
      const before = await count();
      for (const [field, value] of [
        ['rentalDuration', 256],
        ['delta', -129],
        ['delta', 128],
        ['length', -1],
        ['releaseYear', 1900],
        ['releaseYear', 2156],
      ] as const) {
        const { answer } = await apis.ask(
          `mutation { createFilm(input: { filmId: 99, title: "X", languageId: 1, ${field}: ${value} }) { filmId } }`,
        );
        expect(onlyError(answer).extensions?.code, `${field}: ${value}`).toBe('BAD_USER_INPUT');
      }
      const { answer } = await apis.ask('mutation { updateFilm(filmId: 2, input: { rentalDuration: 300 }) { filmId } }');
      expect(onlyError(answer).extensions?.code).toBe('BAD_USER_INPUT');
      expect(await count()).toBe(before);
      expect((await apis.data('{ film(filmId: 2) { rentalDuration } }')).film.rentalDuration).toBe(3);
    });

    it('refuses malformed times and bytes before any SQL', async () => {
      for (const [type, value] of [
        ['Time', '24:00'],
        ['Time', '9:30'],
        ['Time', '09:30:00.5'],
        ['Base64', 'abc'],
        ['Base64', 'ab$='],
        ['Base64', 'YQ'],
      ] as const) {
        const field = type === 'Time' ? 'showtime' : 'poster';
        const { answer, statements } = await apis.ask(
          `mutation($v: ${type}) { createFilm(input: { filmId: 98, title: "X", languageId: 1, ${field}: $v }) { filmId } }`,
          { v: value },
        );
        expect(onlyError(answer).message, `${type} ${value}`).toContain(`${type} cannot represent`);
        expect(statements, `${type} ${value}`).toEqual({ plan: 0, 'graphql-js': 0 });
      }
    });

    it('aggregates narrow integers, years and times', async () => {
      const { filmsAggregate } = await apis.data(
        '{ filmsAggregate { count sum { length rentalDuration delta } min { releaseYear showtime } max { releaseYear showtime } } }',
      );
      expect(filmsAggregate).toEqual({
        count: 5,
        sum: { length: '86', rentalDuration: '15', delta: '-128' },
        min: { releaseYear: 1901, showtime: '00:00:00' },
        max: { releaseYear: 2155, showtime: '23:59:59' },
      });
    });

    it('pages a connection ordered by a time, and by a year, with cursors', async () => {
      for (const order of ['{ showtime: ASC }', '{ releaseYear: DESC }']) {
        const { films } = await apis.data(`{ films(orderBy: [${order}]) { filmId } }`);
        const seen: number[] = [];
        let after: string | null = null;
        for (let page = 0; page < 10; page++) {
          const {
            filmsConnection,
          }: { filmsConnection: { nodes: Array<{ filmId: number }>; pageInfo: { hasNextPage: boolean; endCursor: string } } } =
            await apis.data(
              `query($after: String) { filmsConnection(first: 2, after: $after, orderBy: [${order}]) { nodes { filmId } pageInfo { hasNextPage endCursor } } }`,
              { after },
            );
          seen.push(...filmsConnection.nodes.map((n) => n.filmId));
          if (!filmsConnection.pageInfo.hasNextPage) break;
          after = filmsConnection.pageInfo.endCursor;
        }
        expect(seen, order).toEqual(films.map((f: { filmId: number }) => f.filmId));
      }
    });

    it('introspects every type as declared, and finds no drift', async () => {
      const catalog = await readCatalog(apis.driver);
      const text = writeModelsModule(inferModels(catalog));
      // SQLite numbers a key itself only when it is declared INTEGER PRIMARY KEY, so it reads back as Integer.
      const key = dialect.name === 'mariadb' ? 'SmallInteger({ unsigned: true })' : 'Integer';
      expect(text).toContain(`film_id: Column(${key}, { primaryKey: true })`);
      expect(text).toContain(
        "language_id: Column(TinyInteger({ unsigned: true }), ForeignKey('language.language_id'), { nullable: false })",
      );
      expect(text).toContain('rental_duration: Column(TinyInteger({ unsigned: true }), { nullable: false, default: 3 })');
      expect(text).toContain('length: Column(SmallInteger({ unsigned: true }))');
      expect(text).toContain('release_year: Column(Year)');
      expect(text).toContain('delta: Column(TinyInteger)');
      expect(text).toContain('showtime: Column(Time)');
      expect(text).toContain(`rating: Column(Enum(['G', 'PG', 'PG-13', 'R', 'NC-17']))`);
      if (dialect.name === 'mariadb') {
        expect(text).toContain("special_features: Column(Set(['Trailers', 'Commentaries', 'Deleted Scenes', 'Behind the Scenes']))");
        expect(text).toContain('poster: Column(LargeBinary)');
      } else {
        // SQLite keeps a set as TEXT, and cannot say it was one.
        expect(text).toContain('special_features: Column(Text)');
        expect(text).toContain('poster: Column(LargeBinary)');
      }
      const drift = checkDrift(apis.mapping, catalog, apis.driver.dialect.name);
      expect(drift).toEqual({ problems: [], warnings: [] });
    });
  });
}
