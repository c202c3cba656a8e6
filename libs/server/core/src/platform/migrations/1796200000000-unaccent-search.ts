import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Text search ignores accents ("Huamani" finds "Huamaní") through the `unaccent` extension,
 * which ships with PostgreSQL (contrib) and is trusted, so the database owner may install it.
 * The embedded database loads it as a PGlite extension.
 */
export class UnaccentSearch1796200000000 implements MigrationInterface {
  name = 'UnaccentSearch1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP EXTENSION IF EXISTS unaccent`);
  }
}
