/**
 * A write the database refuses is explained in the terms of the declarations (issue 16): which
 * row, which relationship, and the declaration that would allow it, with CONSTRAINT_VIOLATION;
 * the tables are left as they were. Over Sakila-shaped models on every dialect:
 *
 * - removing a Film from `Language.films` when `film.language_id` is NOT NULL;
 * - deleting an Actor whose `FilmActor` association rows may not lose their actor;
 * - deleting a Category whose films `passiveDeletes` leaves to a foreign key without ON DELETE.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Column, ForeignKey, Integer, String as Str, declarativeBase, relationship } from '../../src/declare/index.js';
import { DIALECTS, createTestDriver, insertRows, type TestDriver } from '../support/index.js';
import { createTestApi, type TestApi } from '../support/graphqlApi.js';

const Base = declarativeBase();
Base.model('Language', {
  tableName: 'language',
  language_id: Column(Integer, { primaryKey: true }),
  name: Column(Str(20), { nullable: false }),
  films: relationship('Film', { backPopulates: 'language' }),
});
Base.model('Category', {
  tableName: 'category',
  category_id: Column(Integer, { primaryKey: true }),
  films: relationship('Film', { backPopulates: 'category', passiveDeletes: true }),
});
Base.model('Film', {
  tableName: 'film',
  film_id: Column(Integer, { primaryKey: true }),
  language_id: Column(Integer, ForeignKey('language.language_id'), { nullable: false }),
  category_id: Column(Integer, ForeignKey('category.category_id')),
  language: relationship('Language', { backPopulates: 'films' }),
  category: relationship('Category', { backPopulates: 'films' }),
  filmActors: relationship('FilmActor', { backPopulates: 'film' }),
});
Base.model('Actor', {
  tableName: 'actor',
  actor_id: Column(Integer, { primaryKey: true }),
  filmActors: relationship('FilmActor', { backPopulates: 'actor' }),
});
Base.model('FilmActor', {
  tableName: 'film_actor',
  actor_id: Column(Integer, ForeignKey('actor.actor_id'), { primaryKey: true }),
  film_id: Column(Integer, ForeignKey('film.film_id'), { primaryKey: true }),
  actor: relationship('Actor', { backPopulates: 'filmActors' }),
  film: relationship('Film', { backPopulates: 'filmActors' }),
});

const tables = ['language', 'category', 'film', 'actor', 'film_actor'];

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: constraint violations name the relationship`, () => {
    let api: TestApi;
    let driver: TestDriver;
    beforeAll(async () => {
      driver = await createTestDriver(dialect);
      api = await createTestApi(Base, driver);
      await insertRows(driver, 'language', [{ language_id: 1, name: 'English' }]);
      await insertRows(driver, 'category', [{ category_id: 1 }]);
      await insertRows(driver, 'film', [{ film_id: 1, language_id: 1, category_id: 1 }]);
      await insertRows(driver, 'actor', [{ actor_id: 3 }]);
      await insertRows(driver, 'film_actor', [{ actor_id: 3, film_id: 1 }]);
    });
    afterAll(async () => driver?.drop());

    const snapshot = async () => {
      const all: Record<string, readonly unknown[]> = {};
      for (const table of tables) all[table] = (await driver.execute({ sql: `SELECT * FROM ${table}`, params: [], kind: 'select' })).rows;
      return JSON.stringify(all);
    };

    const refused = async (mutation: string) => {
      const before = await snapshot();
      const answer = await api.query(mutation);
      expect(answer.errors, JSON.stringify(answer)).toHaveLength(1);
      expect(await snapshot()).toBe(before);
      const [error] = answer.errors!;
      expect(error!.extensions?.code).toBe('CONSTRAINT_VIOLATION');
      return error!.message;
    };

    it('removing a film from a list its NOT NULL key cannot leave names the list and the cascade that would delete it', async () => {
      expect(await refused('mutation { removeLanguageFilm(languageId: 1, filmId: 1) { languageId } }')).toBe(
        "removeLanguageFilm failed: removing Film with filmId 1 from Language.films would leave it without a Language, which Film.languageId does not allow. Link the Film to another Language instead, or declare Language.films with cascade: 'all, delete-orphan' so that a Film removed from it is deleted.",
      );
    });

    it('deleting a row whose association rows may not lose it names the relationship to cascade', async () => {
      expect(await refused('mutation { deleteActor(actorId: 3) { actorId } }')).toBe(
        "deleteActor failed: deleting Actor with actorId 3 would leave its FilmActor rows (Actor.filmActors) without an Actor, which FilmActor.actorId does not allow. Delete them with it (cascade: 'all, delete-orphan' on Actor.filmActors), let the database do it (passiveDeletes: true on Actor.filmActors with ON DELETE CASCADE on the foreign key), or move them to another Actor first.",
      );
    });

    it('deleting a row that passiveDeletes leaves to a foreign key without ON DELETE says so', async () => {
      expect(await refused('mutation { deleteCategory(categoryId: 1) { categoryId } }')).toBe(
        "deleteCategory failed: rows still refer to Category with categoryId 1 through Category.films, and passiveDeletes leaves them to the database, whose foreign key refuses. Delete them with it (cascade: 'all, delete-orphan' on Category.films), let the database do it (passiveDeletes: true on Category.films with ON DELETE CASCADE on the foreign key), or move them to another Category first.",
      );
    });
  });
}
