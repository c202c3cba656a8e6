import type { MigrationInterface, QueryRunner } from 'typeorm';

/** When a user's password last changed: sessions signed before it no longer count. */
export class UserSessionsFrom1796540000000 implements MigrationInterface {
  name = 'UserSessionsFrom1796540000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" ADD "sessions_from" TIMESTAMP WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "sessions_from"`);
  }
}
