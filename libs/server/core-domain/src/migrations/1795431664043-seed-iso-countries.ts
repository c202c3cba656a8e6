import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ISO_3166_COUNTRIES } from '../countries/iso-3166-countries';

/** The 249 ISO 3166-1 countries with English, French and Spanish names. */
export class SeedIsoCountries1795431664043 implements MigrationInterface {
  name = 'SeedIsoCountries1795431664043';

  async up(queryRunner: QueryRunner): Promise<void> {
    const values = ISO_3166_COUNTRIES.map((_, i) => `($${i * 2 + 1}, $${i * 2 + 2}::jsonb)`).join(', ');
    const params = ISO_3166_COUNTRIES.flatMap(([code, en, fr, es]) => [code, JSON.stringify({ en, fr, es })]);
    await queryRunner.query(`INSERT INTO "country" ("code", "name") VALUES ${values}`, params);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "country"`);
  }
}
