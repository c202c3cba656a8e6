import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateIdempotencyKey1795989054205 implements MigrationInterface {
  name = 'CreateIdempotencyKey1795989054205';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "idempotency_key" ("scoped_key" character varying(500) NOT NULL, "request_hash" character varying(64) NOT NULL, "response" jsonb, "http_status" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_38960e3a7055b9b8e9a5509bdcc" PRIMARY KEY ("scoped_key"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "idempotency_key"`);
  }
}
