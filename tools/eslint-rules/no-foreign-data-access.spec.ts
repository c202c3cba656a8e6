import { RuleTester } from 'eslint';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const rule = require('./no-foreign-data-access');
const parser = require('@typescript-eslint/parser');

// A small workspace whose modules' entities name the tables the rule learns at start-up.
const WORKSPACE = mkdtempSync(join(tmpdir(), 'lr-rule-'));
const ENTITIES: Record<string, string> = {
  'libs/server/practices/src/practices/practice.entity.ts': `@Entity('practice')\nexport class Practice extends BaseRecord {}\n`,
  // Unnamed: the table is the class name in snake_case.
  'libs/server/practices/src/cases/route-case.entity.ts': `@Entity()\n@Index('ix', ['routeId'])\nexport class RouteCase {}\n`,
  'libs/server/core-domain/src/people/person.entity.ts': `@ObjectType()\n@Entity('person')\nexport class Person {}\n`,
  'libs/server/champions/src/champions/champion.entity.ts': `@Entity('champion')\nexport class Champion {}\n`,
  'libs/server/core/src/auth/user.entity.ts': `@Entity('app_user')\nexport class User {}\n`,
};
for (const [path, source] of Object.entries(ENTITIES)) {
  mkdirSync(dirname(join(WORKSPACE, path)), { recursive: true });
  writeFileSync(join(WORKSPACE, path), source);
}
afterAll(() => rmSync(WORKSPACE, { recursive: true, force: true }));

/** A file of the champions module. */
const champions = (file = 'champions/champion.service.ts') => join(WORKSPACE, 'libs/server/champions/src', file);
const PRACTICE = `import { Practice } from '@lr/server-practices';\n`;
const PERSON = `import { Person } from '@lr/server-core-domain';\n`;

const tester = new RuleTester({ languageOptions: { parser, ecmaVersion: 2022, sourceType: 'module' } });

tester.run('no-foreign-data-access', rule, {
  valid: [
    // Its own tables, in any way.
    { filename: champions(), code: `import { Champion } from './champion.entity';\nctx.repo(Champion); loadOne(ctx, Champion, id);` },
    { filename: champions(), code: `q.andWhere('EXISTS (SELECT 1 FROM champion c WHERE c.id = :id)');` },
    // The kit's classes and entries are everyone's.
    { filename: champions(), code: `import { User, loadOne } from '@lr/server-core';\nimport { startTestGateway } from '@lr/server-core/testing';\nctx.repo(User);` },
    // Another module's public entry, for ids, field types and its published reference targets.
    { filename: champions(), code: `${PRACTICE}import { PracticeRef } from '@lr/server-practices';\n@FieldResolver(() => Practice) class R {}\nawait check.one(PracticeRef, input.practiceId, 'input.practiceId');` },
    // Joining another module's public entity (to search or sort by it) is allowed; reading it alone is not.
    { filename: champions(), code: `${PERSON}ctx.repo(Champion).createQueryBuilder('c').leftJoin(Person, 'p', 'p.id = c.person_id');` },
    // Prose is not SQL.
    { filename: champions(), code: `const description = 'Only feedback from practice leaders, joined into person records';` },
    // Outside a module's src (tests), and in the kit itself, nothing is checked.
    { filename: join(WORKSPACE, 'libs/server/champions/test/helpers.ts'), code: `${PRACTICE}gw.dataSource.getRepository(Practice);` },
    { filename: join(WORKSPACE, 'libs/server/core/src/x.ts'), code: `${PRACTICE}ctx.repo(Practice); q.where('SELECT 1 FROM practice');` },
  ],
  invalid: [
    {
      filename: champions(),
      code: `${PRACTICE}ctx.repo(Practice).find();`,
      errors: [
        {
          message:
            'Practice belongs to the practices module: repo() reads its table. Use the read functions the practices module exports from its index.ts (@lr/server-practices); ask its owners for one if it is missing.',
        },
      ],
    },
    ...[
      `this.ctx.repo<Practice>(Practice as never);`,
      `ctx.entityManager.getRepository(Practice);`,
      `manager.findOneBy(Practice, { id });`,
      `manager.count(Practice);`,
      `dataSource.createQueryBuilder(Practice, 'p');`,
      `loadOne(ctx, Practice, id);`,
      `loadMany(ctx, Practice, id, 'ownerId');`,
      `findOrFail(ctx, Practice, id);`,
      `loadForUpdate(ctx, Practice, id, version);`,
      `lockRow(ctx, Practice, id);`,
    ].map((call) => ({ filename: champions(), code: PRACTICE + call, errors: [{ messageId: 'foreignEntity' }] })),
    { filename: champions(), code: `${PERSON}ctx.repo(Person);`, errors: [{ messageId: 'foreignEntity', data: { name: 'Person', module: 'core-domain', call: 'repo' } }] },
    { filename: champions(), code: `import * as practices from '@lr/server-practices';\nctx.repo(practices.Practice);`, errors: [{ messageId: 'foreignEntity' }] },
    // SQL naming another module's tables, in strings and templates, quoted or not.
    { filename: champions(), code: `q.andWhere('EXISTS (SELECT 1 FROM practice p WHERE p.id = c.practice_id)');`, errors: [{ messageId: 'foreignTable', data: { module: 'practices', table: 'practice' } }] },
    {
      filename: champions(),
      code: 'manager.query(`SELECT * FROM "route_case" rc JOIN public.person p ON p.id = rc.person_id WHERE rc.id = ${id}`);',
      errors: [
        { messageId: 'foreignTable', data: { module: 'practices', table: 'route_case' } },
        { messageId: 'foreignTable', data: { module: 'core-domain', table: 'person' } },
      ],
    },
    { filename: champions(), code: `manager.query('INSERT INTO practice (id) VALUES ($1)');`, errors: [{ messageId: 'foreignTable' }] },
    { filename: champions(), code: `manager.query('UPDATE practice SET status = $1');`, errors: [{ messageId: 'foreignTable' }] },
    { filename: champions(), code: `manager.query('delete from practice where id = $1');`, errors: [{ messageId: 'foreignTable' }] },
    // Paths inside another module.
    {
      filename: champions(),
      code: `import { Practice } from '@lr/server-practices/src/practices/practice.entity';\nctx.repo(Practice);`,
      errors: [{ messageId: 'privatePath', data: { source: '@lr/server-practices/src/practices/practice.entity', module: 'practices' } }, { messageId: 'foreignEntity' }],
    },
    {
      filename: champions(),
      code: `import { Practice } from '../../../practices/src/practices/practice.entity';`,
      errors: [{ messageId: 'privatePath', data: { source: '../../../practices/src/practices/practice.entity', module: 'practices' } }],
    },
    { filename: champions(), code: `export { Person } from '@lr/server-core-domain/src/people/person.entity';`, errors: [{ messageId: 'privatePath' }] },
  ],
});
