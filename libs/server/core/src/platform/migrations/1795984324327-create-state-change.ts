import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateStateChange1795984324327 implements MigrationInterface {
  name = 'CreateStateChange1795984324327';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "state_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "machine" character varying(60) NOT NULL, "record_id" uuid NOT NULL, "from_state" character varying(40) NOT NULL, "to_state" character varying(40) NOT NULL, "reason" text, "changed_by" character varying(400) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7c190d537f2aa3363805bb30d50" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_state_change_record" ON "state_change"  ("machine", "record_id", "at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_state_change_record"`);
    await queryRunner.query(`DROP TABLE "state_change"`);
  }
}
