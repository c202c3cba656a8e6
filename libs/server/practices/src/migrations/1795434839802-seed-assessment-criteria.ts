import type { MigrationInterface, QueryRunner } from 'typeorm';
import { DEFAULT_CRITERIA_SETS } from '../criteria/criteria-sets';

/**
 * The two default criteria sets: the seven characteristics of a best practice (seed 002) and
 * the suitability box (seed 000 §24). Programmes use one of them unless they define their own.
 */
export class SeedAssessmentCriteria1795434839802 implements MigrationInterface {
  name = 'SeedAssessmentCriteria1795434839802';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [setKey, criteria] of Object.entries(DEFAULT_CRITERIA_SETS)) {
      for (const [position, c] of criteria.entries()) {
        await queryRunner.query(
          `INSERT INTO "assessment_criterion" ("version", "programme_id", "set_key", "code", "name", "description", "weight", "position")
           VALUES (1, NULL, $1, $2, $3::jsonb, $4::jsonb, $5, $6)`,
          [setKey, c.code, JSON.stringify(c.name), JSON.stringify(c.description), c.weight, position],
        );
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "assessment_criterion" WHERE "programme_id" IS NULL AND "set_key" = ANY($1)`, [Object.keys(DEFAULT_CRITERIA_SETS)]);
  }
}
