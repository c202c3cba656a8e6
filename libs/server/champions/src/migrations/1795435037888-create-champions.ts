import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateChampions1795435037888 implements MigrationInterface {
  name = 'CreateChampions1795435037888';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "champion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "person_id" uuid NOT NULL, "thematic_area_ids" uuid array NOT NULL DEFAULT '{}', "expertise_tags" text array NOT NULL DEFAULT '{}', "languages" text array NOT NULL DEFAULT '{}', "bio" jsonb NOT NULL DEFAULT '{}', "consent_to_contact" boolean NOT NULL DEFAULT false, "consent_to_contact_date" date, "consent_to_photograph" boolean NOT NULL DEFAULT false, "consent_to_photograph_date" date, CONSTRAINT "PK_1b5629380079d160350cfc907b7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_champion_person" ON "champion"  ("person_id") `);
    await queryRunner.query(`CREATE TABLE "champion_practice" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "champion_id" uuid NOT NULL, "practice_id" uuid NOT NULL, "role" character varying(30) NOT NULL, CONSTRAINT "PK_c58bffe35d1ee85dd386f0eed72" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_champion_practice_practice" ON "champion_practice"  ("practice_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_champion_practice" ON "champion_practice"  ("champion_id", "practice_id") `);
    await queryRunner.query(`CREATE TABLE "champion_feedback" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "champion_id" uuid NOT NULL, "route_id" uuid NOT NULL, "author_user_id" uuid NOT NULL, "rating" smallint NOT NULL, "comment" text, "session_label" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_champion_feedback_rating" CHECK (rating BETWEEN 1 AND 5), CONSTRAINT "PK_a30fca874c861716dae819f9556" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_champion_feedback_route" ON "champion_feedback"  ("route_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_champion_feedback_author" ON "champion_feedback"  ("champion_id", "route_id", "author_user_id") `);
    await queryRunner.query(`CREATE TABLE "champion_training" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "champion_id" uuid NOT NULL, "topic" character varying(200) NOT NULL, "date" date NOT NULL, "trainer_name" character varying(200), "trainer_person_id" uuid, "completed" boolean NOT NULL DEFAULT false, "notes" text, CONSTRAINT "PK_7b2f2acc86333761f98892cce19" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_champion_training_champion" ON "champion_training"  ("champion_id", "date") `);
    await queryRunner.query(`ALTER TABLE "champion_practice" ADD CONSTRAINT "fk_champion_practice_champion" FOREIGN KEY ("champion_id") REFERENCES "champion"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "champion_feedback" ADD CONSTRAINT "fk_champion_feedback_champion" FOREIGN KEY ("champion_id") REFERENCES "champion"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "champion_training" ADD CONSTRAINT "fk_champion_training_champion" FOREIGN KEY ("champion_id") REFERENCES "champion"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "champion_training" DROP CONSTRAINT "fk_champion_training_champion"`);
    await queryRunner.query(`ALTER TABLE "champion_feedback" DROP CONSTRAINT "fk_champion_feedback_champion"`);
    await queryRunner.query(`ALTER TABLE "champion_practice" DROP CONSTRAINT "fk_champion_practice_champion"`);
    await queryRunner.query(`DROP INDEX "public"."ix_champion_training_champion"`);
    await queryRunner.query(`DROP TABLE "champion_training"`);
    await queryRunner.query(`DROP INDEX "public"."uq_champion_feedback_author"`);
    await queryRunner.query(`DROP INDEX "public"."ix_champion_feedback_route"`);
    await queryRunner.query(`DROP TABLE "champion_feedback"`);
    await queryRunner.query(`DROP INDEX "public"."uq_champion_practice"`);
    await queryRunner.query(`DROP INDEX "public"."ix_champion_practice_practice"`);
    await queryRunner.query(`DROP TABLE "champion_practice"`);
    await queryRunner.query(`DROP INDEX "public"."uq_champion_person"`);
    await queryRunner.query(`DROP TABLE "champion"`);
  }
}
