import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The e-mail outbox (`mail_message`), one-time invitation links (`user_invitation`, only the
 * token's SHA-256), and on accounts: the person they belong to (no foreign key: the person table
 * is the core domain's), their language, and no password until an invitation is accepted.
 */
export class MailAndInvitations1795995062669 implements MigrationInterface {
  name = 'MailAndInvitations1795995062669';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "mail_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(50) NOT NULL, "to_address" character varying(320) NOT NULL, "to_name" character varying(200), "subject" character varying(300) NOT NULL, "text_body" text NOT NULL, "html_body" text, "language" character varying(2) NOT NULL DEFAULT 'en', "status" character varying(20) NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "next_attempt_at" TIMESTAMP WITH TIME ZONE, "sent_at" TIMESTAMP WITH TIME ZONE, "message_id" character varying(300), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d23285093ea237bc7632d4fcce9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_mail_message_created" ON "mail_message"  ("created_at") `);
    await queryRunner.query(`CREATE INDEX "ix_mail_message_due" ON "mail_message"  ("status", "next_attempt_at") `);
    await queryRunner.query(`CREATE TABLE "user_invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "invited_by_id" uuid, "mail_message_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_41026b90b70299ac5dc0183351a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_user_invitation_token" ON "user_invitation"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "ix_user_invitation_user" ON "user_invitation"  ("user_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "person_id" uuid`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "language" character varying(2) NOT NULL DEFAULT 'en'`);
    await queryRunner.query(`ALTER TABLE "app_user" ALTER COLUMN "password_hash" DROP NOT NULL`);
    await queryRunner.query(`CREATE INDEX "ix_app_user_person" ON "app_user"  ("person_id") `);
    await queryRunner.query(`ALTER TABLE "user_invitation" ADD CONSTRAINT "fk_user_invitation_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "user_invitation" ADD CONSTRAINT "fk_user_invitation_mail_message" FOREIGN KEY ("mail_message_id") REFERENCES "mail_message"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user_invitation" DROP CONSTRAINT "fk_user_invitation_mail_message"`);
    await queryRunner.query(`ALTER TABLE "user_invitation" DROP CONSTRAINT "fk_user_invitation_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_app_user_person"`);
    // Accounts still waiting for their invitation get a value no password matches.
    await queryRunner.query(`UPDATE "app_user" SET "password_hash" = '!' WHERE "password_hash" IS NULL`);
    await queryRunner.query(`ALTER TABLE "app_user" ALTER COLUMN "password_hash" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "language"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "person_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_user_invitation_user"`);
    await queryRunner.query(`DROP INDEX "public"."uq_user_invitation_token"`);
    await queryRunner.query(`DROP TABLE "user_invitation"`);
    await queryRunner.query(`DROP INDEX "public"."ix_mail_message_due"`);
    await queryRunner.query(`DROP INDEX "public"."ix_mail_message_created"`);
    await queryRunner.query(`DROP TABLE "mail_message"`);
  }
}
