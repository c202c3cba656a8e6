import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The module kit: a champion's contact consent moves onto the person (the one privacy policy
 * reads it there), and champions' references to core rows get RESTRICT foreign keys.
 */
export class KitConsentOnPersonAndReferences1795984544127 implements MigrationInterface {
  name = 'KitConsentOnPersonAndReferences1795984544127';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "person" p SET "contact_consent" = c."consent_to_contact", "contact_consent_date" = c."consent_to_contact_date" FROM "champion" c WHERE c."person_id" = p."id"`,
    );
    await queryRunner.query(`ALTER TABLE "champion" DROP COLUMN "consent_to_contact"`);
    await queryRunner.query(`ALTER TABLE "champion" DROP COLUMN "consent_to_contact_date"`);
    await queryRunner.query(`ALTER TABLE "champion" ADD CONSTRAINT "fk_champion_person" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "champion_feedback" ADD CONSTRAINT "fk_champion_feedback_route" FOREIGN KEY ("route_id") REFERENCES "learning_route"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "champion_training" ADD CONSTRAINT "fk_champion_training_trainer_person" FOREIGN KEY ("trainer_person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "champion_training" DROP CONSTRAINT "fk_champion_training_trainer_person"`);
    await queryRunner.query(`ALTER TABLE "champion_feedback" DROP CONSTRAINT "fk_champion_feedback_route"`);
    await queryRunner.query(`ALTER TABLE "champion" DROP CONSTRAINT "fk_champion_person"`);
    await queryRunner.query(`ALTER TABLE "champion" ADD "consent_to_contact_date" date`);
    await queryRunner.query(`ALTER TABLE "champion" ADD "consent_to_contact" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `UPDATE "champion" c SET "consent_to_contact" = p."contact_consent", "consent_to_contact_date" = p."contact_consent_date" FROM "person" p WHERE c."person_id" = p."id"`,
    );
  }
}
