import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Scheduled jobs (`scheduled_job`): work modules asked for later, run once by the job runner. */
export class CreateScheduledJob1796008600000 implements MigrationInterface {
  name = 'CreateScheduledJob1796008600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "scheduled_job" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" character varying(200) NOT NULL, "kind" character varying(100) NOT NULL, "payload" jsonb NOT NULL DEFAULT '{}', "run_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" character varying(20) NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "done_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_893185383f029ca8d57bb781fa8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_scheduled_job_key" ON "scheduled_job" ("key") `);
    await queryRunner.query(`CREATE INDEX "ix_scheduled_job_due" ON "scheduled_job" ("status", "run_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_scheduled_job_due"`);
    await queryRunner.query(`DROP INDEX "public"."uq_scheduled_job_key"`);
    await queryRunner.query(`DROP TABLE "scheduled_job"`);
  }
}
