import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCoreDomain1795431664042 implements MigrationInterface {
  name = 'CreateCoreDomain1795431664042';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "country" ("code" character(2) NOT NULL, "name" jsonb NOT NULL, CONSTRAINT "PK_8ff4c23dc9a3f3856555bd86186" PRIMARY KEY ("code"))`);
    await queryRunner.query(`CREATE TABLE "organisation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "name" character varying(300) NOT NULL, "acronym" character varying(60), "type" character varying(30) NOT NULL, "country_code" character(2), "website" character varying(500), CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_organisation_country" ON "organisation"  ("country_code") `);
    await queryRunner.query(`CREATE TABLE "thematic_area" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "code" character varying(60) NOT NULL, "name" jsonb NOT NULL, "description" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_881f190b236a4a8ab6d3693fcc2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_thematic_area_code" ON "thematic_area"  ("code") `);
    await queryRunner.query(`CREATE TABLE "learning_need" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "country_code" character(2) NOT NULL, "thematic_area_id" uuid NOT NULL, "rank" integer NOT NULL, "source" character varying(300), CONSTRAINT "ck_learning_need_rank" CHECK (rank >= 1), CONSTRAINT "PK_b372a751437def0ba5e79b8dc23" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_learning_need_country_rank" ON "learning_need"  ("country_code", "rank") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_learning_need_country_area" ON "learning_need"  ("country_code", "thematic_area_id") `);
    await queryRunner.query(`CREATE TABLE "person" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "given_name" character varying(150) NOT NULL, "family_name" character varying(150) NOT NULL, "organisation_id" uuid, "country_code" character(2), "gender" character varying(20) NOT NULL DEFAULT 'UNDISCLOSED', "languages" text array NOT NULL DEFAULT '{}', "position" character varying(200), "email" character varying(320), "phone" character varying(50), CONSTRAINT "PK_5fdaf670315c4b7e70cce85daa3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_person_email" ON "person"  ("email") `);
    await queryRunner.query(`CREATE INDEX "ix_person_organisation" ON "person"  ("organisation_id") `);
    await queryRunner.query(`CREATE TABLE "programme" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "name" jsonb NOT NULL, "objectives" jsonb NOT NULL DEFAULT '{}', "funder_id" uuid, "coordinator_id" uuid, "facilitator_id" uuid, "budget_minor" bigint, "currency" character(3), "start_date" date, "end_date" date, "thematic_area_ids" uuid array NOT NULL DEFAULT '{}', "max_route_days" integer NOT NULL DEFAULT '8', CONSTRAINT "ck_programme_dates" CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date), CONSTRAINT "PK_76ff6b30b74f213944d1ac0a660" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "learning_route" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "programme_id" uuid NOT NULL, "title" jsonb NOT NULL, "summary" jsonb NOT NULL DEFAULT '{}', "learning_objectives" jsonb NOT NULL DEFAULT '{}', "host_country_code" character(2) NOT NULL, "working_languages" text array NOT NULL DEFAULT '{}', "start_date" date, "end_date" date, "thematic_area_ids" uuid array NOT NULL DEFAULT '{}', "phase" character varying(20) NOT NULL DEFAULT 'PLANNING', CONSTRAINT "ck_learning_route_dates" CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date), CONSTRAINT "PK_398517f4ba6d8a1ef3b9af9b3e7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_learning_route_host_country" ON "learning_route"  ("host_country_code") `);
    await queryRunner.query(`CREATE INDEX "ix_learning_route_programme" ON "learning_route"  ("programme_id") `);
    await queryRunner.query(`CREATE TABLE "route_phase_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "route_id" uuid NOT NULL, "from_phase" character varying(20) NOT NULL, "to_phase" character varying(20) NOT NULL, "reason" text, "changed_by" character varying(400) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8ed79a720017f0cbde1e0a276e5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_route_phase_change_route" ON "route_phase_change"  ("route_id", "at") `);
    await queryRunner.query(`ALTER TABLE "organisation" ADD CONSTRAINT "fk_organisation_country" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "learning_need" ADD CONSTRAINT "fk_learning_need_country" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "learning_need" ADD CONSTRAINT "fk_learning_need_thematic_area" FOREIGN KEY ("thematic_area_id") REFERENCES "thematic_area"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "person" ADD CONSTRAINT "fk_person_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "person" ADD CONSTRAINT "fk_person_country" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "programme" ADD CONSTRAINT "fk_programme_funder" FOREIGN KEY ("funder_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "programme" ADD CONSTRAINT "fk_programme_coordinator" FOREIGN KEY ("coordinator_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "programme" ADD CONSTRAINT "fk_programme_facilitator" FOREIGN KEY ("facilitator_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "learning_route" ADD CONSTRAINT "fk_learning_route_programme" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "learning_route" ADD CONSTRAINT "fk_learning_route_host_country" FOREIGN KEY ("host_country_code") REFERENCES "country"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "route_phase_change" ADD CONSTRAINT "fk_route_phase_change_route" FOREIGN KEY ("route_id") REFERENCES "learning_route"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "route_phase_change" DROP CONSTRAINT "fk_route_phase_change_route"`);
    await queryRunner.query(`ALTER TABLE "learning_route" DROP CONSTRAINT "fk_learning_route_host_country"`);
    await queryRunner.query(`ALTER TABLE "learning_route" DROP CONSTRAINT "fk_learning_route_programme"`);
    await queryRunner.query(`ALTER TABLE "programme" DROP CONSTRAINT "fk_programme_facilitator"`);
    await queryRunner.query(`ALTER TABLE "programme" DROP CONSTRAINT "fk_programme_coordinator"`);
    await queryRunner.query(`ALTER TABLE "programme" DROP CONSTRAINT "fk_programme_funder"`);
    await queryRunner.query(`ALTER TABLE "person" DROP CONSTRAINT "fk_person_country"`);
    await queryRunner.query(`ALTER TABLE "person" DROP CONSTRAINT "fk_person_organisation"`);
    await queryRunner.query(`ALTER TABLE "learning_need" DROP CONSTRAINT "fk_learning_need_thematic_area"`);
    await queryRunner.query(`ALTER TABLE "learning_need" DROP CONSTRAINT "fk_learning_need_country"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP CONSTRAINT "fk_organisation_country"`);
    await queryRunner.query(`DROP INDEX "public"."ix_route_phase_change_route"`);
    await queryRunner.query(`DROP TABLE "route_phase_change"`);
    await queryRunner.query(`DROP INDEX "public"."ix_learning_route_programme"`);
    await queryRunner.query(`DROP INDEX "public"."ix_learning_route_host_country"`);
    await queryRunner.query(`DROP TABLE "learning_route"`);
    await queryRunner.query(`DROP TABLE "programme"`);
    await queryRunner.query(`DROP INDEX "public"."ix_person_organisation"`);
    await queryRunner.query(`DROP INDEX "public"."uq_person_email"`);
    await queryRunner.query(`DROP TABLE "person"`);
    await queryRunner.query(`DROP INDEX "public"."uq_learning_need_country_area"`);
    await queryRunner.query(`DROP INDEX "public"."uq_learning_need_country_rank"`);
    await queryRunner.query(`DROP TABLE "learning_need"`);
    await queryRunner.query(`DROP INDEX "public"."uq_thematic_area_code"`);
    await queryRunner.query(`DROP TABLE "thematic_area"`);
    await queryRunner.query(`DROP INDEX "public"."ix_organisation_country"`);
    await queryRunner.query(`DROP TABLE "organisation"`);
    await queryRunner.query(`DROP TABLE "country"`);
  }
}
