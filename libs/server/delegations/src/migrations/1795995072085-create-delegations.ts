import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateDelegations1795995072085 implements MigrationInterface {
  name = 'CreateDelegations1795995072085';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "delegation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "route_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "kind" character varying(30) NOT NULL, "country_code" character(2), "head_person_id" uuid, "organisation_ids" uuid array NOT NULL DEFAULT '{}', "notes" text, CONSTRAINT "ck_delegation_national_country" CHECK (kind <> 'NATIONAL_TEAM' OR country_code IS NOT NULL), CONSTRAINT "ck_delegation_kind" CHECK (kind IN ('NATIONAL_TEAM', 'CIVIL_SOCIETY_ALLIANCE', 'STAKEHOLDER_GROUP')), CONSTRAINT "PK_a2cb6c9b942d68b109131beab44" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_delegation_country" ON "delegation"  ("country_code") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_delegation_route_name" ON "delegation"  ("route_id", "name") `);
    await queryRunner.query(`CREATE TABLE "participant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "delegation_id" uuid NOT NULL, "route_id" uuid NOT NULL, "person_id" uuid NOT NULL, "sector" character varying(20) NOT NULL, "position" character varying(200), "decision_power" character varying(10), "motivation" text, "application_context" text, "commitment_before" text, "commitment_during" text, "commitment_after" text, "roles" text array NOT NULL DEFAULT '{}', "status" character varying(20) NOT NULL DEFAULT 'NOMINATED', "consent_personal_data" boolean, "consent_personal_data_date" date, "consent_personal_data_by" character varying(200), "consent_photos_and_media" boolean, "consent_photos_and_media_date" date, "consent_photos_and_media_by" character varying(200), "consent_share_plan" boolean, "consent_share_plan_date" date, "consent_share_plan_by" character varying(200), "checked_in_at" TIMESTAMP WITH TIME ZONE, "checked_in_by" character varying(200), CONSTRAINT "ck_participant_sector" CHECK (sector IN ('GOVERNMENT', 'CIVIL_SOCIETY', 'UN', 'DONOR', 'BUSINESS', 'ACADEMIA')), CONSTRAINT "ck_participant_status" CHECK (status IN ('NOMINATED', 'SELECTED', 'WAITLISTED', 'DECLINED', 'WITHDRAWN')), CONSTRAINT "PK_64da4237f502041781ca15d4c41" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_participant_person" ON "participant"  ("person_id") `);
    await queryRunner.query(`CREATE INDEX "ix_participant_delegation" ON "participant"  ("delegation_id", "status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_participant_route_person" ON "participant"  ("route_id", "person_id") `);
    await queryRunner.query(`CREATE TABLE "route_composition" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "route_id" uuid NOT NULL, "route_kind" character varying(20) NOT NULL, "max_people" integer NOT NULL, "national_teams" integer NOT NULL, "team_size" integer NOT NULL, "min_government_per_team" integer NOT NULL, "max_per_stakeholder_group" integer NOT NULL, "min_participants" integer NOT NULL, "max_participants" integer NOT NULL, "min_alliances" integer NOT NULL, "max_gender_share_percent" integer NOT NULL, CONSTRAINT "REL_0168471da78258e711d7425f35" UNIQUE ("route_id"), CONSTRAINT "ck_route_composition_participants" CHECK (min_participants <= max_participants), CONSTRAINT "PK_f551c76b879426bb794e3c6ae20" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_route_composition_route" ON "route_composition"  ("route_id") `);
    await queryRunner.query(`CREATE TABLE "route_team_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "route_id" uuid NOT NULL, "person_id" uuid NOT NULL, "role" character varying(40) NOT NULL, CONSTRAINT "PK_37128791618a39cfb7cca94f2b6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_route_team_member_person" ON "route_team_member"  ("route_id", "person_id") `);
    await queryRunner.query(`ALTER TABLE "delegation" ADD CONSTRAINT "fk_delegation_route" FOREIGN KEY ("route_id") REFERENCES "learning_route"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "delegation" ADD CONSTRAINT "fk_delegation_country" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "delegation" ADD CONSTRAINT "fk_delegation_head_person" FOREIGN KEY ("head_person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "participant" ADD CONSTRAINT "fk_participant_delegation" FOREIGN KEY ("delegation_id") REFERENCES "delegation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "participant" ADD CONSTRAINT "fk_participant_route" FOREIGN KEY ("route_id") REFERENCES "learning_route"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "participant" ADD CONSTRAINT "fk_participant_person" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "route_composition" ADD CONSTRAINT "fk_route_composition_route" FOREIGN KEY ("route_id") REFERENCES "learning_route"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "route_team_member" ADD CONSTRAINT "fk_route_team_member_route" FOREIGN KEY ("route_id") REFERENCES "learning_route"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "route_team_member" ADD CONSTRAINT "fk_route_team_member_person" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "route_team_member" DROP CONSTRAINT "fk_route_team_member_person"`);
    await queryRunner.query(`ALTER TABLE "route_team_member" DROP CONSTRAINT "fk_route_team_member_route"`);
    await queryRunner.query(`ALTER TABLE "route_composition" DROP CONSTRAINT "fk_route_composition_route"`);
    await queryRunner.query(`ALTER TABLE "participant" DROP CONSTRAINT "fk_participant_person"`);
    await queryRunner.query(`ALTER TABLE "participant" DROP CONSTRAINT "fk_participant_route"`);
    await queryRunner.query(`ALTER TABLE "participant" DROP CONSTRAINT "fk_participant_delegation"`);
    await queryRunner.query(`ALTER TABLE "delegation" DROP CONSTRAINT "fk_delegation_head_person"`);
    await queryRunner.query(`ALTER TABLE "delegation" DROP CONSTRAINT "fk_delegation_country"`);
    await queryRunner.query(`ALTER TABLE "delegation" DROP CONSTRAINT "fk_delegation_route"`);
    await queryRunner.query(`DROP INDEX "public"."uq_route_team_member_person"`);
    await queryRunner.query(`DROP TABLE "route_team_member"`);
    await queryRunner.query(`DROP INDEX "public"."uq_route_composition_route"`);
    await queryRunner.query(`DROP TABLE "route_composition"`);
    await queryRunner.query(`DROP INDEX "public"."uq_participant_route_person"`);
    await queryRunner.query(`DROP INDEX "public"."ix_participant_delegation"`);
    await queryRunner.query(`DROP INDEX "public"."ix_participant_person"`);
    await queryRunner.query(`DROP TABLE "participant"`);
    await queryRunner.query(`DROP INDEX "public"."uq_delegation_route_name"`);
    await queryRunner.query(`DROP INDEX "public"."ix_delegation_country"`);
    await queryRunner.query(`DROP TABLE "delegation"`);
  }
}
