import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateWebhooks1795989270701 implements MigrationInterface {
  name = 'CreateWebhooks1795989270701';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "outbox_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "type" character varying(100) NOT NULL, "payload" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cc0c9e40998e45ecfc5e313429d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_outbox_event_type" ON "outbox_event"  ("type", "created_at") `);
    await queryRunner.query(`CREATE TABLE "webhook_endpoint" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "url" character varying(2000) NOT NULL, "events" text array NOT NULL, "description" character varying(300), "active" boolean NOT NULL DEFAULT true, "signing_secret" character varying(100) NOT NULL, CONSTRAINT "PK_6c98112122b2b8a4f3984d2efa8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "webhook_delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "endpoint_id" uuid NOT NULL, "status" character varying(20) NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE, "last_response_status" integer, "last_response_body" text, "last_error" text, "delivered_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b1ae290239a778f12399db91354" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_webhook_delivery_endpoint" ON "webhook_delivery"  ("endpoint_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "ix_webhook_delivery_due" ON "webhook_delivery"  ("status", "next_attempt_at") `);
    await queryRunner.query(`ALTER TABLE "webhook_delivery" ADD CONSTRAINT "fk_webhook_delivery_event" FOREIGN KEY ("event_id") REFERENCES "outbox_event"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "webhook_delivery" ADD CONSTRAINT "fk_webhook_delivery_endpoint" FOREIGN KEY ("endpoint_id") REFERENCES "webhook_endpoint"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "webhook_delivery" DROP CONSTRAINT "fk_webhook_delivery_endpoint"`);
    await queryRunner.query(`ALTER TABLE "webhook_delivery" DROP CONSTRAINT "fk_webhook_delivery_event"`);
    await queryRunner.query(`DROP INDEX "public"."ix_webhook_delivery_due"`);
    await queryRunner.query(`DROP INDEX "public"."ix_webhook_delivery_endpoint"`);
    await queryRunner.query(`DROP TABLE "webhook_delivery"`);
    await queryRunner.query(`DROP TABLE "webhook_endpoint"`);
    await queryRunner.query(`DROP INDEX "public"."ix_outbox_event_type"`);
    await queryRunner.query(`DROP TABLE "outbox_event"`);
  }
}
