import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePractices1795434839801 implements MigrationInterface {
  name = 'CreatePractices1795434839801';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "assessment_criterion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "programme_id" uuid, "set_key" character varying(40) NOT NULL, "code" character varying(60) NOT NULL, "name" jsonb NOT NULL, "description" jsonb NOT NULL DEFAULT '{}', "weight" integer NOT NULL DEFAULT '1', "position" integer NOT NULL DEFAULT '0', CONSTRAINT "ck_assessment_criterion_weight" CHECK (weight BETWEEN 1 AND 100), CONSTRAINT "PK_011a9eb8eb09755aee0a9deceb3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_assessment_criterion_programme_code" ON "assessment_criterion"  ("programme_id", "code") WHERE programme_id IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_assessment_criterion_default_code" ON "assessment_criterion"  ("set_key", "code") WHERE programme_id IS NULL`);
    await queryRunner.query(`CREATE TABLE "practice" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "title" jsonb NOT NULL, "country_code" character(2) NOT NULL, "locality" character varying(200), "level" character varying(20) NOT NULL, "leading_organisation_ids" uuid array NOT NULL DEFAULT '{}', "summary" jsonb NOT NULL DEFAULT '{}', "key_success_factors" jsonb NOT NULL DEFAULT '{}', "lessons_learned" jsonb NOT NULL DEFAULT '{}', "innovations" jsonb NOT NULL DEFAULT '{}', "evidence" jsonb NOT NULL DEFAULT '{}', "thematic_area_ids" uuid array NOT NULL DEFAULT '{}', "status" character varying(20) NOT NULL DEFAULT 'IDENTIFIED', CONSTRAINT "ck_practice_status" CHECK (status IN ('IDENTIFIED', 'UNDER_ASSESSMENT', 'SELECTED', 'REJECTED', 'SYSTEMATIZED', 'PUBLISHED')), CONSTRAINT "ck_practice_level" CHECK (level IN ('COMMUNITY', 'DISTRICT', 'PROVINCIAL', 'NATIONAL')), CONSTRAINT "PK_4d094a10eae690da34cc5b8ea32" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_practice_status" ON "practice"  ("status") `);
    await queryRunner.query(`CREATE INDEX "ix_practice_country" ON "practice"  ("country_code") `);
    await queryRunner.query(`CREATE TABLE "assessment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "practice_id" uuid NOT NULL, "assessor_id" uuid NOT NULL, "programme_id" uuid, "status" character varying(20) NOT NULL DEFAULT 'DRAFT', "submitted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_c511a7dc128256876b6b1719401" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_assessment_assessor" ON "assessment"  ("assessor_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_assessment_practice_assessor" ON "assessment"  ("practice_id", "assessor_id") `);
    await queryRunner.query(`CREATE TABLE "assessment_score" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "assessment_id" uuid NOT NULL, "criterion_id" uuid NOT NULL, "score" integer NOT NULL, "comment" text, CONSTRAINT "ck_assessment_score_range" CHECK (score BETWEEN 0 AND 5), CONSTRAINT "PK_a3455c8cd02e8ca1ebed762d481" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_assessment_score_criterion" ON "assessment_score"  ("assessment_id", "criterion_id") `);
    await queryRunner.query(`CREATE TABLE "programme_criteria_choice" ("programme_id" uuid NOT NULL, "set_key" character varying(40) NOT NULL, CONSTRAINT "PK_bf2f3a9d81c453215a453163239" PRIMARY KEY ("programme_id"))`);
    await queryRunner.query(`CREATE TABLE "route_case" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "route_id" uuid NOT NULL, "practice_id" uuid NOT NULL, "attached_by" character varying(400) NOT NULL, "attached_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_949c19ad09adc3334b4360782cb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_route_case_practice" ON "route_case"  ("practice_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_route_case_route_practice" ON "route_case"  ("route_id", "practice_id") `);
    await queryRunner.query(`CREATE TABLE "practice_material" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "practice_id" uuid NOT NULL, "kind" character varying(30) NOT NULL, "language" character varying(2) NOT NULL, "title" character varying(300) NOT NULL, "url" character varying(2000), "file_key" character varying(300), "file_name" character varying(300), "content_type" character varying(100), "file_size" integer, CONSTRAINT "ck_practice_material_link_or_file" CHECK (url IS NULL OR file_key IS NULL), CONSTRAINT "PK_c6298ed6127ee5cd898b61c6be5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_practice_material_practice" ON "practice_material"  ("practice_id") `);
    await queryRunner.query(`CREATE TABLE "systematization_step" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "practice_id" uuid NOT NULL, "step" character varying(40) NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'NOT_STARTED', "owner_id" uuid, "start_date" date, "due_date" date, "done_date" date, CONSTRAINT "ck_systematization_step_dates" CHECK (due_date IS NULL OR start_date IS NULL OR due_date >= start_date), CONSTRAINT "PK_b814250a07f51d92743eee0f1c0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_systematization_step_practice_step" ON "systematization_step"  ("practice_id", "step") `);
    await queryRunner.query(`CREATE TABLE "practice_status_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "from_status" character varying(20) NOT NULL, "to_status" character varying(20) NOT NULL, "reason" text, "changed_by" character varying(400) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6d90a31da118d185a965fa17af4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_practice_status_change_practice" ON "practice_status_change"  ("practice_id", "at") `);
    await queryRunner.query(`ALTER TABLE "assessment_criterion" ADD CONSTRAINT "fk_assessment_criterion_programme" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "practice" ADD CONSTRAINT "fk_practice_country" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assessment" ADD CONSTRAINT "fk_assessment_practice" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assessment" ADD CONSTRAINT "fk_assessment_assessor" FOREIGN KEY ("assessor_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assessment" ADD CONSTRAINT "fk_assessment_programme" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assessment_score" ADD CONSTRAINT "fk_assessment_score_assessment" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assessment_score" ADD CONSTRAINT "fk_assessment_score_criterion" FOREIGN KEY ("criterion_id") REFERENCES "assessment_criterion"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "programme_criteria_choice" ADD CONSTRAINT "fk_programme_criteria_choice_programme" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "route_case" ADD CONSTRAINT "fk_route_case_route" FOREIGN KEY ("route_id") REFERENCES "learning_route"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "route_case" ADD CONSTRAINT "fk_route_case_practice" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "practice_material" ADD CONSTRAINT "fk_practice_material_practice" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "systematization_step" ADD CONSTRAINT "fk_systematization_step_practice" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "systematization_step" ADD CONSTRAINT "fk_systematization_step_owner" FOREIGN KEY ("owner_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "practice_status_change" ADD CONSTRAINT "fk_practice_status_change_practice" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "practice_status_change" DROP CONSTRAINT "fk_practice_status_change_practice"`);
    await queryRunner.query(`ALTER TABLE "systematization_step" DROP CONSTRAINT "fk_systematization_step_owner"`);
    await queryRunner.query(`ALTER TABLE "systematization_step" DROP CONSTRAINT "fk_systematization_step_practice"`);
    await queryRunner.query(`ALTER TABLE "practice_material" DROP CONSTRAINT "fk_practice_material_practice"`);
    await queryRunner.query(`ALTER TABLE "route_case" DROP CONSTRAINT "fk_route_case_practice"`);
    await queryRunner.query(`ALTER TABLE "route_case" DROP CONSTRAINT "fk_route_case_route"`);
    await queryRunner.query(`ALTER TABLE "programme_criteria_choice" DROP CONSTRAINT "fk_programme_criteria_choice_programme"`);
    await queryRunner.query(`ALTER TABLE "assessment_score" DROP CONSTRAINT "fk_assessment_score_criterion"`);
    await queryRunner.query(`ALTER TABLE "assessment_score" DROP CONSTRAINT "fk_assessment_score_assessment"`);
    await queryRunner.query(`ALTER TABLE "assessment" DROP CONSTRAINT "fk_assessment_programme"`);
    await queryRunner.query(`ALTER TABLE "assessment" DROP CONSTRAINT "fk_assessment_assessor"`);
    await queryRunner.query(`ALTER TABLE "assessment" DROP CONSTRAINT "fk_assessment_practice"`);
    await queryRunner.query(`ALTER TABLE "practice" DROP CONSTRAINT "fk_practice_country"`);
    await queryRunner.query(`ALTER TABLE "assessment_criterion" DROP CONSTRAINT "fk_assessment_criterion_programme"`);
    await queryRunner.query(`DROP INDEX "public"."ix_practice_status_change_practice"`);
    await queryRunner.query(`DROP TABLE "practice_status_change"`);
    await queryRunner.query(`DROP INDEX "public"."uq_systematization_step_practice_step"`);
    await queryRunner.query(`DROP TABLE "systematization_step"`);
    await queryRunner.query(`DROP INDEX "public"."ix_practice_material_practice"`);
    await queryRunner.query(`DROP TABLE "practice_material"`);
    await queryRunner.query(`DROP INDEX "public"."uq_route_case_route_practice"`);
    await queryRunner.query(`DROP INDEX "public"."ix_route_case_practice"`);
    await queryRunner.query(`DROP TABLE "route_case"`);
    await queryRunner.query(`DROP TABLE "programme_criteria_choice"`);
    await queryRunner.query(`DROP INDEX "public"."uq_assessment_score_criterion"`);
    await queryRunner.query(`DROP TABLE "assessment_score"`);
    await queryRunner.query(`DROP INDEX "public"."uq_assessment_practice_assessor"`);
    await queryRunner.query(`DROP INDEX "public"."ix_assessment_assessor"`);
    await queryRunner.query(`DROP TABLE "assessment"`);
    await queryRunner.query(`DROP INDEX "public"."ix_practice_country"`);
    await queryRunner.query(`DROP INDEX "public"."ix_practice_status"`);
    await queryRunner.query(`DROP TABLE "practice"`);
    await queryRunner.query(`DROP INDEX "public"."uq_assessment_criterion_default_code"`);
    await queryRunner.query(`DROP INDEX "public"."uq_assessment_criterion_programme_code"`);
    await queryRunner.query(`DROP TABLE "assessment_criterion"`);
  }
}
