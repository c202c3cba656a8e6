import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePlatform1795431655777 implements MigrationInterface {
  name = 'CreatePlatform1795431655777';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_kind" character varying(20) NOT NULL, "actor_id" uuid, "actor_label" character varying(400) NOT NULL, "action" character varying(10) NOT NULL, "entity_type" character varying(100) NOT NULL, "entity_id" character varying(100) NOT NULL, "changes" jsonb NOT NULL, "request_id" uuid, CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_audit_entry_at" ON "audit_entry"  ("at") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_entry_entity" ON "audit_entry"  ("entity_type", "entity_id") `);
    await queryRunner.query(`CREATE TABLE "api_key" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "name" character varying(200) NOT NULL, "prefix" character varying(20) NOT NULL, "secret_hash" character varying(64) NOT NULL, "scopes" text array NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid NOT NULL, CONSTRAINT "PK_b1bd840641b8acbaad89c3d8d11" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_api_key_prefix" ON "api_key"  ("prefix") `);
    await queryRunner.query(`CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "email" character varying(320) NOT NULL, "display_name" character varying(200) NOT NULL, "password_hash" character varying(300) NOT NULL, "role" character varying(20) NOT NULL, "modules" text array NOT NULL DEFAULT '{}', "active" boolean NOT NULL DEFAULT true, "last_login_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_app_user_email" ON "app_user"  ("email") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_app_user_email"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP INDEX "public"."uq_api_key_prefix"`);
    await queryRunner.query(`DROP TABLE "api_key"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_entry_entity"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_entry_at"`);
    await queryRunner.query(`DROP TABLE "audit_entry"`);
  }
}
