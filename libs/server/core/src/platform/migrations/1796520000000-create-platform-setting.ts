import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Run-time settings admins changed (one row per key and scope; settings never changed have none). */
export class CreatePlatformSetting1796520000000 implements MigrationInterface {
  name = 'CreatePlatformSetting1796520000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "platform_setting" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "key" character varying(100) NOT NULL, "scope" character varying(120) NOT NULL DEFAULT '', "value" jsonb NOT NULL, "updated_by" character varying(200) NOT NULL, CONSTRAINT "PK_platform_setting" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_platform_setting_key_scope" ON "platform_setting" ("key", "scope")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "platform_setting"`);
  }
}
