import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a one-time link is for (`user_invitation.purpose`): an invitation, or a password reset
 * sent by an admin. Links made before are invitations, which the default says.
 */
export class InvitationPurpose1796530000000 implements MigrationInterface {
  name = 'InvitationPurpose1796530000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user_invitation" ADD "purpose" character varying(20) NOT NULL DEFAULT 'INVITATION'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user_invitation" DROP COLUMN "purpose"`);
  }
}
