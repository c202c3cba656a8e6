import type { MigrationInterface, QueryRunner } from 'typeorm';
import { fundIdOf } from '../fund/fund-defaults';

/**
 * Routes now carry their action fund from the day they are made (the default became an admin
 * setting). Routes made before read USD 12,000 unstored; this stores exactly that on them, under
 * the id they showed, so a later change of the setting leaves them as they were.
 */
export class StoreRouteFunds1796520000002 implements MigrationInterface {
  name = 'StoreRouteFunds1796520000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    const routes: { id: string }[] = await queryRunner.query(
      `SELECT r."id" FROM "learning_route" r WHERE NOT EXISTS (SELECT 1 FROM "action_fund" f WHERE f."route_id" = r."id")`,
    );
    for (const route of routes) {
      await queryRunner.query(`INSERT INTO "action_fund" ("id", "version", "route_id", "amount_minor", "currency") VALUES ($1, 1, $2, 1200000, 'USD')`, [fundIdOf(route.id), route.id]);
    }
  }

  async down(): Promise<void> {
    // The stored funds equal what the routes read before; nothing to undo.
  }
}
