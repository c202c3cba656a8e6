import type { MigrationInterface, QueryRunner } from 'typeorm';

/** When each partner key last called the API, for the admins' key list. */
export class ApiKeyLastUsed1796310000000 implements MigrationInterface {
  name = 'ApiKeyLastUsed1796310000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "api_key" ADD "last_used_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "api_key" DROP COLUMN "last_used_at"`);
  }
}
