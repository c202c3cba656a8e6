import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The module kit: practice status history moves into the core's `state_change` table (machine
 * `practice.status`), and practices' references to core rows become RESTRICT (the reference
 * rules refuse such deletes with a message naming what still refers to the row).
 */
export class KitStatusHistoryAndReferences1795984362604 implements MigrationInterface {
  name = 'KitStatusHistoryAndReferences1795984362604';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `INSERT INTO "state_change" ("id", "machine", "record_id", "from_state", "to_state", "reason", "changed_by", "at") ` +
        `SELECT "id", 'practice.status', "practice_id", "from_status", "to_status", "reason", "changed_by", "at" FROM "practice_status_change"`,
    );
    await queryRunner.query(`DROP TABLE "practice_status_change"`);
    await queryRunner.query(`ALTER TABLE "assessment_criterion" DROP CONSTRAINT "fk_assessment_criterion_programme"`);
    await queryRunner.query(`ALTER TABLE "programme_criteria_choice" DROP CONSTRAINT "fk_programme_criteria_choice_programme"`);
    await queryRunner.query(`ALTER TABLE "route_case" DROP CONSTRAINT "fk_route_case_route"`);
    await queryRunner.query(`ALTER TABLE "systematization_step" DROP CONSTRAINT "fk_systematization_step_owner"`);
    await queryRunner.query(`ALTER TABLE "assessment_criterion" ADD CONSTRAINT "fk_assessment_criterion_programme" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "programme_criteria_choice" ADD CONSTRAINT "fk_programme_criteria_choice_programme" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "route_case" ADD CONSTRAINT "fk_route_case_route" FOREIGN KEY ("route_id") REFERENCES "learning_route"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "systematization_step" ADD CONSTRAINT "fk_systematization_step_owner" FOREIGN KEY ("owner_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "systematization_step" DROP CONSTRAINT "fk_systematization_step_owner"`);
    await queryRunner.query(`ALTER TABLE "route_case" DROP CONSTRAINT "fk_route_case_route"`);
    await queryRunner.query(`ALTER TABLE "programme_criteria_choice" DROP CONSTRAINT "fk_programme_criteria_choice_programme"`);
    await queryRunner.query(`ALTER TABLE "assessment_criterion" DROP CONSTRAINT "fk_assessment_criterion_programme"`);
    await queryRunner.query(`ALTER TABLE "systematization_step" ADD CONSTRAINT "fk_systematization_step_owner" FOREIGN KEY ("owner_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "route_case" ADD CONSTRAINT "fk_route_case_route" FOREIGN KEY ("route_id") REFERENCES "learning_route"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "programme_criteria_choice" ADD CONSTRAINT "fk_programme_criteria_choice_programme" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assessment_criterion" ADD CONSTRAINT "fk_assessment_criterion_programme" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE TABLE "practice_status_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "from_status" character varying(20) NOT NULL, "to_status" character varying(20) NOT NULL, "reason" text, "changed_by" character varying(400) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6d90a31da118d185a965fa17af4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_practice_status_change_practice" ON "practice_status_change"  ("practice_id", "at") `);
    await queryRunner.query(`ALTER TABLE "practice_status_change" ADD CONSTRAINT "fk_practice_status_change_practice" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(
      `INSERT INTO "practice_status_change" ("id", "practice_id", "from_status", "to_status", "reason", "changed_by", "at") ` +
        `SELECT "id", "record_id", "from_state", "to_state", "reason", "changed_by", "at" FROM "state_change" WHERE "machine" = 'practice.status'`,
    );
    await queryRunner.query(`DELETE FROM "state_change" WHERE "machine" = 'practice.status'`);
  }
}
