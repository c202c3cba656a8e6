import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateActionPlans1796005984516 implements MigrationInterface {
  name = 'CreateActionPlans1796005984516';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "action_fund" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "route_id" uuid NOT NULL, "amount_minor" bigint NOT NULL, "currency" character(3) NOT NULL, "voting_status" character varying(10) NOT NULL DEFAULT 'NOT_OPEN', "voting_opened_at" TIMESTAMP WITH TIME ZONE, "voting_closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "REL_8740cd3d1d996f35f96e008f64" UNIQUE ("route_id"), CONSTRAINT "ck_action_fund_voting" CHECK (voting_status IN ('NOT_OPEN', 'OPEN', 'CLOSED')), CONSTRAINT "ck_action_fund_amount" CHECK (amount_minor >= 0), CONSTRAINT "PK_b85bd5bcdffa94b1aa03fe116b2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_action_fund_route" ON "action_fund"  ("route_id") `);
    await queryRunner.query(`CREATE TABLE "action_plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "route_id" uuid NOT NULL, "delegation_id" uuid NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'DRAFT', "language" character varying(2) NOT NULL DEFAULT 'en', "title" jsonb NOT NULL, "practice_ids" uuid array NOT NULL DEFAULT '{}', "innovations" jsonb NOT NULL DEFAULT '{}', "context" jsonb NOT NULL DEFAULT '{}', "expected_results" jsonb NOT NULL DEFAULT '{}', "version_count" integer NOT NULL DEFAULT '0', CONSTRAINT "ck_action_plan_status" CHECK (status IN ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'REVISION_REQUESTED', 'FINAL', 'AWARDED')), CONSTRAINT "PK_73de59f4ddad48bad469c1afdbd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_action_plan_route" ON "action_plan"  ("route_id", "status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_action_plan_delegation" ON "action_plan"  ("delegation_id") `);
    await queryRunner.query(`CREATE TABLE "action_fund_award" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "fund_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "kind" character varying(30) NOT NULL, "amount_minor" bigint NOT NULL, "description" character varying(300) NOT NULL, CONSTRAINT "ck_action_fund_award_kind" CHECK (kind IN ('CASH', 'IN_KIND', 'TECHNICAL_ASSISTANCE_VISIT')), CONSTRAINT "ck_action_fund_award_amount" CHECK (amount_minor >= 0), CONSTRAINT "PK_be8695dc89a2307d09cd62b3989" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_action_fund_award_plan" ON "action_fund_award"  ("plan_id") `);
    await queryRunner.query(`CREATE INDEX "ix_action_fund_award_fund" ON "action_fund_award"  ("fund_id") `);
    await queryRunner.query(`CREATE TABLE "action_fund_ballot" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "fund_id" uuid NOT NULL, "voter_person_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "cast_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_39ec2c22937ad59f796119e442e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_action_fund_ballot_plan" ON "action_fund_ballot"  ("plan_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_action_fund_ballot_voter" ON "action_fund_ballot"  ("fund_id", "voter_person_id") `);
    await queryRunner.query(`CREATE TABLE "action_plan_objective" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "plan_id" uuid NOT NULL, "position" integer NOT NULL, "statement" jsonb NOT NULL, "indicator" jsonb NOT NULL DEFAULT '{}', "baseline_value" numeric(20,4), "baseline_date" date, "target_value" numeric(20,4), "target_date" date, "unit" character varying(40), CONSTRAINT "PK_6b9adef8329f83a2747e0f48264" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_action_plan_objective_plan" ON "action_plan_objective"  ("plan_id", "position") `);
    await queryRunner.query(`CREATE TABLE "action_plan_activity" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "plan_id" uuid NOT NULL, "objective_id" uuid, "position" integer NOT NULL, "description" jsonb NOT NULL, "responsible_person_id" uuid, "responsible_organisation_id" uuid, "start_date" date, "due_date" date, "resources" text, "budget_minor" bigint, "budget_currency" character(3), CONSTRAINT "ck_action_plan_activity_budget" CHECK ((budget_minor IS NULL) = (budget_currency IS NULL) AND (budget_minor IS NULL OR budget_minor >= 0)), CONSTRAINT "PK_d916ab54aae5951f9a0481e4eb3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_action_plan_activity_plan" ON "action_plan_activity"  ("plan_id", "position") `);
    await queryRunner.query(`CREATE TABLE "action_plan_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "number" integer NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "submitted_by" uuid, "snapshot" jsonb NOT NULL, CONSTRAINT "PK_82465a009191db45bbd69570305" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_action_plan_version_number" ON "action_plan_version"  ("plan_id", "number") `);
    await queryRunner.query(`CREATE TABLE "action_plan_review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "plan_id" uuid NOT NULL, "version_id" uuid NOT NULL, "reviewer_user_id" uuid NOT NULL, "reviewer_name" character varying(200) NOT NULL, "recommendation" character varying(10) NOT NULL, "summary" text, "comments" jsonb NOT NULL DEFAULT '[]', CONSTRAINT "ck_action_plan_review_recommendation" CHECK (recommendation IN ('ACCEPT', 'REVISE')), CONSTRAINT "PK_afc421108c0a71630fe788de91b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_action_plan_review_plan" ON "action_plan_review"  ("plan_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_action_plan_review_reviewer" ON "action_plan_review"  ("version_id", "reviewer_user_id") `);
    await queryRunner.query(`ALTER TABLE "action_fund" ADD CONSTRAINT "fk_action_fund_route" FOREIGN KEY ("route_id") REFERENCES "learning_route"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "action_plan" ADD CONSTRAINT "fk_action_plan_route" FOREIGN KEY ("route_id") REFERENCES "learning_route"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "action_plan" ADD CONSTRAINT "fk_action_plan_delegation" FOREIGN KEY ("delegation_id") REFERENCES "delegation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "action_fund_award" ADD CONSTRAINT "fk_action_fund_award_fund" FOREIGN KEY ("fund_id") REFERENCES "action_fund"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "action_fund_award" ADD CONSTRAINT "fk_action_fund_award_plan" FOREIGN KEY ("plan_id") REFERENCES "action_plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "action_fund_ballot" ADD CONSTRAINT "fk_action_fund_ballot_fund" FOREIGN KEY ("fund_id") REFERENCES "action_fund"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "action_fund_ballot" ADD CONSTRAINT "fk_action_fund_ballot_voter" FOREIGN KEY ("voter_person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "action_fund_ballot" ADD CONSTRAINT "fk_action_fund_ballot_plan" FOREIGN KEY ("plan_id") REFERENCES "action_plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "action_plan_objective" ADD CONSTRAINT "fk_action_plan_objective_plan" FOREIGN KEY ("plan_id") REFERENCES "action_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "action_plan_activity" ADD CONSTRAINT "fk_action_plan_activity_plan" FOREIGN KEY ("plan_id") REFERENCES "action_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "action_plan_activity" ADD CONSTRAINT "fk_action_plan_activity_objective" FOREIGN KEY ("objective_id") REFERENCES "action_plan_objective"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "action_plan_activity" ADD CONSTRAINT "fk_action_plan_activity_person" FOREIGN KEY ("responsible_person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "action_plan_activity" ADD CONSTRAINT "fk_action_plan_activity_organisation" FOREIGN KEY ("responsible_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "action_plan_version" ADD CONSTRAINT "fk_action_plan_version_plan" FOREIGN KEY ("plan_id") REFERENCES "action_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "action_plan_review" ADD CONSTRAINT "fk_action_plan_review_plan" FOREIGN KEY ("plan_id") REFERENCES "action_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "action_plan_review" ADD CONSTRAINT "fk_action_plan_review_version" FOREIGN KEY ("version_id") REFERENCES "action_plan_version"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // A submitted version is what its reviews were written about: the table refuses any change
    // to it (deleting comes only with its plan).
    await queryRunner.query(`CREATE FUNCTION action_plan_version_immutable() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'action plan versions cannot be changed' USING ERRCODE = 'check_violation'; END $$`);
    await queryRunner.query(`CREATE TRIGGER action_plan_version_no_update BEFORE UPDATE ON "action_plan_version" FOR EACH ROW EXECUTE FUNCTION action_plan_version_immutable()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER action_plan_version_no_update ON "action_plan_version"`);
    await queryRunner.query(`DROP FUNCTION action_plan_version_immutable()`);
    await queryRunner.query(`ALTER TABLE "action_plan_review" DROP CONSTRAINT "fk_action_plan_review_version"`);
    await queryRunner.query(`ALTER TABLE "action_plan_review" DROP CONSTRAINT "fk_action_plan_review_plan"`);
    await queryRunner.query(`ALTER TABLE "action_plan_version" DROP CONSTRAINT "fk_action_plan_version_plan"`);
    await queryRunner.query(`ALTER TABLE "action_plan_activity" DROP CONSTRAINT "fk_action_plan_activity_organisation"`);
    await queryRunner.query(`ALTER TABLE "action_plan_activity" DROP CONSTRAINT "fk_action_plan_activity_person"`);
    await queryRunner.query(`ALTER TABLE "action_plan_activity" DROP CONSTRAINT "fk_action_plan_activity_objective"`);
    await queryRunner.query(`ALTER TABLE "action_plan_activity" DROP CONSTRAINT "fk_action_plan_activity_plan"`);
    await queryRunner.query(`ALTER TABLE "action_plan_objective" DROP CONSTRAINT "fk_action_plan_objective_plan"`);
    await queryRunner.query(`ALTER TABLE "action_fund_ballot" DROP CONSTRAINT "fk_action_fund_ballot_plan"`);
    await queryRunner.query(`ALTER TABLE "action_fund_ballot" DROP CONSTRAINT "fk_action_fund_ballot_voter"`);
    await queryRunner.query(`ALTER TABLE "action_fund_ballot" DROP CONSTRAINT "fk_action_fund_ballot_fund"`);
    await queryRunner.query(`ALTER TABLE "action_fund_award" DROP CONSTRAINT "fk_action_fund_award_plan"`);
    await queryRunner.query(`ALTER TABLE "action_fund_award" DROP CONSTRAINT "fk_action_fund_award_fund"`);
    await queryRunner.query(`ALTER TABLE "action_plan" DROP CONSTRAINT "fk_action_plan_delegation"`);
    await queryRunner.query(`ALTER TABLE "action_plan" DROP CONSTRAINT "fk_action_plan_route"`);
    await queryRunner.query(`ALTER TABLE "action_fund" DROP CONSTRAINT "fk_action_fund_route"`);
    await queryRunner.query(`DROP INDEX "public"."uq_action_plan_review_reviewer"`);
    await queryRunner.query(`DROP INDEX "public"."ix_action_plan_review_plan"`);
    await queryRunner.query(`DROP TABLE "action_plan_review"`);
    await queryRunner.query(`DROP INDEX "public"."uq_action_plan_version_number"`);
    await queryRunner.query(`DROP TABLE "action_plan_version"`);
    await queryRunner.query(`DROP INDEX "public"."ix_action_plan_activity_plan"`);
    await queryRunner.query(`DROP TABLE "action_plan_activity"`);
    await queryRunner.query(`DROP INDEX "public"."ix_action_plan_objective_plan"`);
    await queryRunner.query(`DROP TABLE "action_plan_objective"`);
    await queryRunner.query(`DROP INDEX "public"."uq_action_fund_ballot_voter"`);
    await queryRunner.query(`DROP INDEX "public"."ix_action_fund_ballot_plan"`);
    await queryRunner.query(`DROP TABLE "action_fund_ballot"`);
    await queryRunner.query(`DROP INDEX "public"."ix_action_fund_award_fund"`);
    await queryRunner.query(`DROP INDEX "public"."ix_action_fund_award_plan"`);
    await queryRunner.query(`DROP TABLE "action_fund_award"`);
    await queryRunner.query(`DROP INDEX "public"."uq_action_plan_delegation"`);
    await queryRunner.query(`DROP INDEX "public"."ix_action_plan_route"`);
    await queryRunner.query(`DROP TABLE "action_plan"`);
    await queryRunner.query(`DROP INDEX "public"."uq_action_fund_route"`);
    await queryRunner.query(`DROP TABLE "action_fund"`);
  }
}
