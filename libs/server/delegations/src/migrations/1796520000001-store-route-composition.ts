import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Routes now carry their composition targets from the day they are made (the defaults became an
 * admin setting). Routes made before that read the seeds' defaults; this stores exactly those on
 * them, so a later change of the setting leaves them as they were. The numbers are written out:
 * this migration must do the same whatever the defaults become.
 */
export class StoreRouteComposition1796520000001 implements MigrationInterface {
  name = 'StoreRouteComposition1796520000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `INSERT INTO "route_composition" ("version", "route_id", "route_kind", "max_people", "national_teams", "team_size", "min_government_per_team", "max_per_stakeholder_group", "min_participants", "max_participants", "min_alliances", "max_gender_share_percent")
       SELECT 1, r."id", 'NATIONAL_TEAMS', 26, 5, 3, 1, 1, 21, 24, 7, 60 FROM "learning_route" r
       WHERE NOT EXISTS (SELECT 1 FROM "route_composition" c WHERE c."route_id" = r."id")`,
    );
  }

  async down(): Promise<void> {
    // The stored rows equal what the routes read before; nothing to undo.
  }
}
