import 'reflect-metadata';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createModuleDataSource, startEmbeddedPostgres } from '@lr/server-core';
import { gatewayModules } from './modules';

/**
 * Generates a migration from the difference between the entities and the schema the existing
 * timeline builds. Runs on a throwaway embedded database, so it needs no server.
 *
 *   npm run migration:generate -- --dir=libs/server/core-domain/src/migrations --name=AddRouteBudget
 *   (--modules=platform,core compares only those modules' entities)
 */
function argument(name: string, optional = false): string {
  const value = process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  if (!value && !optional) throw new Error(`Pass --${name}=…`);
  return value ?? '';
}

const quote = (sql: string) => '`' + sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';

async function main() {
  const dir = argument('dir');
  const name = argument('name').replace(/[^A-Za-z0-9]/g, '');
  // --modules=platform,core limits the comparison to those modules' entities (for bootstrapping).
  const only = argument('modules', true).split(',').filter(Boolean);
  const modules = only.length ? gatewayModules.filter((m) => only.includes(m.name)) : gatewayModules;
  const db = await startEmbeddedPostgres({ maxConnections: 4 });
  const dataSource = createModuleDataSource(db.url, modules, 2);
  await dataSource.initialize();
  await dataSource.runMigrations();
  const { upQueries, downQueries } = await dataSource.driver.createSchemaBuilder().log();
  await dataSource.destroy();
  await db.stop();
  if (upQueries.length === 0) {
    process.stdout.write('The entities match the migrations: nothing to generate.\n');
    return;
  }
  const stamp = Date.now();
  const className = `${name}${stamp}`;
  const file = join(dir, `${stamp}-${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}.ts`);
  const up = upQueries.map((q) => `    await queryRunner.query(${quote(q.query)});`).join('\n');
  const down = [...downQueries].reverse().map((q) => `    await queryRunner.query(${quote(q.query)});`).join('\n');
  writeFileSync(
    file,
    `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\n` +
      `export class ${className} implements MigrationInterface {\n` +
      `  name = '${className}';\n\n` +
      `  async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n` +
      `  async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
  );
  const files = readdirSync(dir).filter((f) => /^\d{13}-.+\.ts$/.test(f)).sort();
  process.stdout.write(`wrote ${file}\nRegister it in ${join(dir, 'index.ts')} (${files.length} migrations in the folder).\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
