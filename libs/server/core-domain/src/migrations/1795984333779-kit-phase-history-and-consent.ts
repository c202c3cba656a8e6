import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The module kit: route phase history moves into the core's one `state_change` table (machine
 * `route.phase`), and people get their contact consent (moved from champions by their own
 * migration).
 */
export class KitPhaseHistoryAndConsent1795984333779 implements MigrationInterface {
  name = 'KitPhaseHistoryAndConsent1795984333779';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "person" ADD "contact_consent" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "person" ADD "contact_consent_date" date`);
    await queryRunner.query(
      `INSERT INTO "state_change" ("id", "machine", "record_id", "from_state", "to_state", "reason", "changed_by", "at") ` +
        `SELECT "id", 'route.phase', "route_id", "from_phase", "to_phase", "reason", "changed_by", "at" FROM "route_phase_change"`,
    );
    await queryRunner.query(`DROP TABLE "route_phase_change"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "route_phase_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "route_id" uuid NOT NULL, "from_phase" character varying(20) NOT NULL, "to_phase" character varying(20) NOT NULL, "reason" text, "changed_by" character varying(400) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8ed79a720017f0cbde1e0a276e5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_route_phase_change_route" ON "route_phase_change" ("route_id", "at")`);
    await queryRunner.query(`ALTER TABLE "route_phase_change" ADD CONSTRAINT "fk_route_phase_change_route" FOREIGN KEY ("route_id") REFERENCES "learning_route"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(
      `INSERT INTO "route_phase_change" ("id", "route_id", "from_phase", "to_phase", "reason", "changed_by", "at") ` +
        `SELECT "id", "record_id", "from_state", "to_state", "reason", "changed_by", "at" FROM "state_change" WHERE "machine" = 'route.phase'`,
    );
    await queryRunner.query(`DELETE FROM "state_change" WHERE "machine" = 'route.phase'`);
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "contact_consent_date"`);
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "contact_consent"`);
  }
}
