import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The search across modules (docs/decisions/0015-search.md) finds names and cognates by
 * trigram similarity ("nutricion" finds "nutrition") through `pg_trgm`, which ships with
 * PostgreSQL (contrib) and is trusted, so the database owner may install it. The embedded
 * database loads it as a PGlite extension.
 *
 * No index: search evaluates `unaccent` (not IMMUTABLE) at query time, which at the
 * programme's data sizes (thousands of rows) costs milliseconds. An index would need an
 * IMMUTABLE wrapper around `unaccent`; add it here when the tables grow.
 */
export class TrigramSearch1796400000000 implements MigrationInterface {
  name = 'TrigramSearch1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP EXTENSION IF EXISTS pg_trgm`);
  }
}
