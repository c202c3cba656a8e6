// Creates a new domain module the settled way, registers it with the gateway and re-emits the
// schema; `--remove` undoes all of it:
//   npm run new:module -- --name delegations [--entity Delegation] [--with-section]
//   npm run new:module -- --name delegations --remove
// It writes libs/server/<name>/ (descriptor, one entity with its migration, inputs, service,
// resolver, demo data, an integration test) and adds the module to apps/gateway/src/modules.ts.
// The `@lr/server-*` path alias and the boundary rules (eslint.config.mjs, from the tags in the
// module's project.json) need no edit. `--with-section` also runs new-section.mjs for
// portal-<name> on the next free port. `--root <dir>` works on another copy of the workspace
// (the generator's own test), and `--skip-emit` leaves schema.graphql and codegen alone.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FLAGS = ['with-section', 'remove', 'skip-emit'];
const OPTIONS = ['name', 'entity', 'root'];

function parseArguments(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i++) {
    const [key, inline] = argv[i].replace(/^--/, '').split(/=(.*)/s);
    if (FLAGS.includes(key)) args[key] = true;
    else if (OPTIONS.includes(key)) args[key] = inline ?? argv[++i];
    else throw new Error(`Unknown argument ${argv[i]}; expected --name <kebab-name> [--entity <Pascal>] [--with-section] [--remove] [--skip-emit] [--root <dir>]`);
  }
  if (!args.name || !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(args.name)) throw new Error('Pass --name <kebab-case-name>, e.g. --name action-plans');
  if (args.name === 'core') throw new Error('core is the module kit, not a domain module');
  if (args.entity && !/^[A-Z][A-Za-z0-9]*$/.test(args.entity)) throw new Error('--entity must be PascalCase, e.g. ActionPlan');
  return args;
}

// ---- names -------------------------------------------------------------------------------

const capitalize = (w) => w[0].toUpperCase() + w.slice(1);
const camel = (words) => words[0] + words.slice(1).map(capitalize).join('');
const pascal = (words) => words.map(capitalize).join('');
const wordsOf = (pascalName) => pascalName.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(' ');

function singular(word) {
  if (/[^aeiou]ies$/.test(word)) return word.slice(0, -3) + 'y';
  if (/(s|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (/[^su]s$/.test(word)) return word.slice(0, -1);
  return word;
}

function plural(word) {
  if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + 'ies';
  if (/(s|x|z|ch|sh)$/.test(word)) return word + 'es';
  return word + 's';
}

/** Every name the templates use, from the module's kebab-case name. */
function namesFor(name, entityOverride) {
  const words = name.split('-');
  const entityWords = entityOverride ? wordsOf(entityOverride) : [...words.slice(0, -1), singular(words.at(-1))];
  const pluralWords = [...entityWords.slice(0, -1), plural(entityWords.at(-1))];
  const table = entityWords.join('_');
  return {
    name,
    Name: pascal(words),
    title: words.map(capitalize).join(' '),
    descriptor: `${camel(words)}Module`,
    migrations: `${camel(words)}Migrations`,
    Entity: pascal(entityWords),
    entity: camel(entityWords),
    Entities: pascal(pluralWords),
    entities: camel(pluralWords),
    entityFile: entityWords.join('-'),
    folder: pluralWords.join('-'),
    label: entityWords.join(' '),
    labels: pluralWords.join(' '),
    table,
    alias: table[0],
    // TypeORM's DefaultNamingStrategy.primaryKeyName: "PK_" + sha1(`${table}_${columns sorted}`), 27 hex digits.
    primaryKey: 'PK_' + createHash('sha1').update(`${table}_id`).digest('hex').slice(0, 27),
  };
}

// ---- the module's files ------------------------------------------------------------------

function moduleFiles(n, stamp) {
  const root = `libs/server/${n.name}`;
  const migrationClass = `Create${n.Name}${stamp}`;
  const migrationFile = `${stamp}-create-${n.name}`;
  const json = (value) => JSON.stringify(value, null, 2) + '\n';
  return {
    [`${root}/project.json`]: json({
      name: `server-${n.name}`,
      $schema: '../../../node_modules/nx/schemas/project-schema.json',
      sourceRoot: `${root}/src`,
      projectType: 'library',
      // Add `uses:<module>` for each other module whose public API this one imports (eslint.config.mjs).
      tags: ['scope:server', 'type:domain', `domain:${n.name}`],
      targets: {
        typecheck: { executor: 'nx:run-commands', options: { command: `tsc -p ${root}/tsconfig.json --noEmit` } },
        lint: { executor: 'nx:run-commands', options: { command: `eslint ${root} --max-warnings=0` } },
        test: { executor: 'nx:run-commands', options: { command: `node tools/scripts/run-jest.mjs ${root}` } },
      },
    }),
    [`${root}/tsconfig.json`]: json({
      extends: '../../../tsconfig.base.json',
      compilerOptions: { types: ['node', 'jest'] },
      include: ['src/**/*.ts', 'test/**/*.ts'],
    }),
    [`${root}/jest.config.js`]: `module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'server-${n.name}',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
};
`,
    [`${root}/src/index.ts`]: `export { ${n.descriptor} } from './${n.name}.module';
// What other modules may use: the target to check their references to ${n.labels} (ReferenceCheck).
export { ${n.Entity}Ref } from './${n.folder}/${n.entityFile}.entity';
`,
    [`${root}/src/${n.name}.module.ts`]: `import type { DomainModule } from '@lr/server-core';
import { seed${n.Entities}Demo } from './demo/${n.name}-demo';
import { ${n.migrations} } from './migrations';
import { ${n.Entity} } from './${n.folder}/${n.entityFile}.entity';
import { ${n.Entity}Resolver } from './${n.folder}/${n.entityFile}.resolver';
import { ${n.Entity}Service } from './${n.folder}/${n.entityFile}.service';

/** ${n.title}: ${n.labels} and what belongs to them. */
export const ${n.descriptor}: DomainModule = {
  name: '${n.name}',
  description: '${capitalize(n.labels)}',
  entities: [${n.Entity}],
  resolvers: [${n.Entity}Resolver],
  services: [${n.Entity}Service],
  migrations: ${n.migrations},
  references: [],
  seedDemo: seed${n.Entities}Demo,
};
`,
    [`${root}/src/${n.folder}/${n.entityFile}.entity.ts`]: `import { Field, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { BaseRecord, referenceTarget } from '@lr/server-core';

@ObjectType({ description: 'A ${n.label}' })
@Entity('${n.table}')
export class ${n.Entity} extends BaseRecord {
  @Field()
  @Column({ type: 'varchar', length: 200 })
  name: string;
}

/** How other modules check that the ${n.label} an input names exists, without reading its table. */
export const ${n.Entity}Ref = referenceTarget(${n.Entity}, '${n.label}');
`,
    [`${root}/src/${n.folder}/${n.entityFile}.inputs.ts`]: `import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs } from '@lr/server-core';

const NOT_BLANK = /\\S/;

@InputType()
export class Create${n.Entity}Input {
  @Field() @IsString() @Matches(NOT_BLANK, { message: 'must not be blank' }) @MaxLength(200) name: string;
}

@InputType()
export class Update${n.Entity}Input {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT' }) @IsInt() version: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @Matches(NOT_BLANK, { message: 'must not be blank' }) @MaxLength(200) name?: string;
}

@InputType()
export class ${n.Entity}Filter {
  @Field({ nullable: true, description: 'Matches the name, anywhere, ignoring case' }) @IsOptional() @IsString() @MaxLength(200) search?: string;
}

@ArgsType()
export class ${n.Entities}Args extends PageArgs {
  @Field(() => ${n.Entity}Filter, { nullable: true }) @IsOptional() @ValidateNested() filter?: ${n.Entity}Filter;
}
`,
    [`${root}/src/${n.folder}/${n.entityFile}.service.ts`]: `import {
  Service,
  findOrFail,
  hasSearch,
  loadForUpdate,
  paginate,
  searchTerm,
  textMatches,
  type Connection,
  type RequestContext,
  type Selection,
} from '@lr/server-core';
import { ${n.Entity} } from './${n.entityFile}.entity';
import type { Create${n.Entity}Input, ${n.Entities}Args, Update${n.Entity}Input } from './${n.entityFile}.inputs';

@Service()
export class ${n.Entity}Service {
  /**
   * A page of ${n.labels} ordered by name, optionally only those whose name matches the search;
   * reading only what \`selection\` (the query's look-ahead) asks for.
   */
  list(ctx: RequestContext, args: ${n.Entities}Args, selection?: Selection): Promise<Connection<${n.Entity}>> {
    const q = ctx.repo(${n.Entity}).createQueryBuilder('${n.alias}');
    const search = args.filter?.search;
    if (hasSearch(search)) q.andWhere(textMatches('${n.alias}', { plain: ['name'] }), { term: searchTerm(search) });
    return paginate(q, args, { expression: 'lower(${n.alias}.name)', direction: 'ASC' }, selection);
  }

  get(ctx: RequestContext, id: string): Promise<${n.Entity}> {
    return findOrFail(ctx, ${n.Entity}, id);
  }

  create(ctx: RequestContext, input: Create${n.Entity}Input): Promise<${n.Entity}> {
    const repo = ctx.repo(${n.Entity});
    return repo.save(repo.create({ name: input.name.trim() }));
  }

  async update(ctx: RequestContext, input: Update${n.Entity}Input): Promise<${n.Entity}> {
    const ${n.entity} = await loadForUpdate(ctx, ${n.Entity}, input.id, input.version);
    if (input.name !== undefined && input.name !== null) ${n.entity}.name = input.name.trim();
    return ctx.repo(${n.Entity}).save(${n.entity});
  }

  async delete(ctx: RequestContext, id: string, version: number): Promise<string> {
    const ${n.entity} = await loadForUpdate(ctx, ${n.Entity}, id, version);
    await ctx.repo(${n.Entity}).remove(${n.entity});
    return id;
  }
}
`,
    [`${root}/src/${n.folder}/${n.entityFile}.resolver.ts`]: `import { Arg, Args, Ctx, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Allow, ConnectionType, LookAhead, type RequestContext, type Selection } from '@lr/server-core';
import { ${n.Entity} } from './${n.entityFile}.entity';
import { Create${n.Entity}Input, ${n.Entities}Args, Update${n.Entity}Input } from './${n.entityFile}.inputs';
import { ${n.Entity}Service } from './${n.entityFile}.service';

@ObjectType()
export class ${n.Entity}Connection extends ConnectionType(${n.Entity}) {}

@Resolver(() => ${n.Entity})
export class ${n.Entity}Resolver {
  constructor(private readonly service: ${n.Entity}Service) {}

  @Allow.read()
  @Query(() => ${n.Entity}Connection, { description: 'Ordered by name' })
  ${n.entities}(@Ctx() ctx: RequestContext, @Args() args: ${n.Entities}Args, @LookAhead() selection: Selection) {
    return this.service.list(ctx, args, selection);
  }

  @Allow.read()
  @Query(() => ${n.Entity})
  ${n.entity}(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.get(ctx, id);
  }

  @Allow.edit('${n.name}')
  @Mutation(() => ${n.Entity})
  create${n.Entity}(@Ctx() ctx: RequestContext, @Arg('input') input: Create${n.Entity}Input) {
    return this.service.create(ctx, input);
  }

  @Allow.edit('${n.name}')
  @Mutation(() => ${n.Entity})
  update${n.Entity}(@Ctx() ctx: RequestContext, @Arg('input') input: Update${n.Entity}Input) {
    return this.service.update(ctx, input);
  }

  @Allow.edit('${n.name}')
  @Mutation(() => ID, { description: 'Deletes the ${n.label} at the version you read; returns its id' })
  delete${n.Entity}(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return this.service.delete(ctx, id, version);
  }
}
`,
    // The SQL is what `npm run migration:generate` writes for the entity above; the gateway's
    // migrations test checks that the timeline builds exactly the entities.
    [`${root}/src/migrations/${migrationFile}.ts`]: `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${migrationClass} implements MigrationInterface {
  name = '${migrationClass}';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(\`CREATE TABLE "${n.table}" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "name" character varying(200) NOT NULL, CONSTRAINT "${n.primaryKey}" PRIMARY KEY ("id"))\`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(\`DROP TABLE "${n.table}"\`);
  }
}
`,
    [`${root}/src/migrations/index.ts`]: `import type { MigrationInterface } from 'typeorm';
import { ${migrationClass} } from './${migrationFile}';

// The ${n.name} module's part of the migration timeline. Never edit a released migration: add one.
export const ${n.migrations}: (new () => MigrationInterface)[] = [${migrationClass}];
`,
    [`${root}/src/demo/${n.name}-demo.ts`]: `import type { DemoSeedContext } from '@lr/server-core';
import { ${n.Entity} } from '../${n.folder}/${n.entityFile}.entity';

/** Demo data for a fresh \`npm start\`: a few ${n.labels} to list and search. */
export async function seed${n.Entities}Demo({ manager }: DemoSeedContext): Promise<void> {
  const repo = manager.getRepository(${n.Entity});
  // Through the repository, so the audit subscriber records them like any other write.
  await repo.save([repo.create({ name: 'First ${n.label}' }), repo.create({ name: 'Second ${n.label}' })]);
}
`,
    [`${root}/test/${n.name}.spec.ts`]: moduleTest(n),
  };
}

function moduleTest(n) {
  const fields = 'id name version';
  return `import { createLogger, platformModule, Role } from '@lr/server-core';
import { startTestGateway, type GraphqlResponse, type TestGateway } from '@lr/server-core/testing';
import { coreDomainModule } from '@lr/server-core-domain';
import { ${n.descriptor} } from '../src';

interface ${n.Entity}Fields {
  id: string;
  name: string;
  version: number;
}

const CREATE = \`mutation($input: Create${n.Entity}Input!) { create${n.Entity}(input: $input) { ${fields} } }\`;
const UPDATE = \`mutation($input: Update${n.Entity}Input!) { update${n.Entity}(input: $input) { ${fields} } }\`;
const DELETE = \`mutation($id: ID!, $version: Int!) { delete${n.Entity}(id: $id, version: $version) }\`;
const GET = \`query($id: ID!) { ${n.entity}(id: $id) { ${fields} } }\`;
const LIST = \`query($search: String) { ${n.entities}(first: 10, filter: { search: $search }) { totalCount edges { node { name } } } }\`;

const codeOf = (res: GraphqlResponse) => res.errors?.[0]?.extensions?.['code'];

describe('the ${n.name} module', () => {
  let gw: TestGateway;
  let editor: string;

  beforeAll(async () => {
    gw = await startTestGateway([platformModule, coreDomainModule, ${n.descriptor}]);
    editor = await gw.tokenFor(Role.EDITOR, ['${n.name}']);
  });
  afterAll(() => gw?.close());

  async function create(name: string): Promise<${n.Entity}Fields> {
    const res = await gw.graphql(CREATE, { input: { name } }, { token: editor });
    expect(res.errors).toBeUndefined();
    return res.data!['create${n.Entity}'];
  }

  it('creates ${n.labels} and lists them by name, filtered by a search', async () => {
    for (const name of ['Zeta match', 'alpha match', 'Beta other']) await create(name);
    const res = await gw.graphql(LIST, { search: ' MATCH ' }, { token: editor });
    expect(res.errors).toBeUndefined();
    expect(res.data!['${n.entities}'].totalCount).toBe(2);
    expect(res.data!['${n.entities}'].edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['alpha match', 'Zeta match']);
  });

  it('updates at the version read, and refuses a stale version with CONFLICT', async () => {
    const created = await create('Before');
    const updated = await gw.graphql(UPDATE, { input: { id: created.id, version: created.version, name: 'After' } }, { token: editor });
    expect(updated.data!['update${n.Entity}']).toMatchObject({ name: 'After', version: created.version + 1 });
    const stale = await gw.graphql(UPDATE, { input: { id: created.id, version: created.version, name: 'Lost' } }, { token: editor });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0].extensions!['currentVersion']).toBe(created.version + 1);
  });

  it('refuses invalid input with BAD_USER_INPUT naming the field', async () => {
    const res = await gw.graphql(CREATE, { input: { name: '   ' } }, { token: editor });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!['fields']).toEqual([{ path: 'input.name', message: 'must not be blank' }]);
  });

  it('lets a VIEWER read but not write (FORBIDDEN)', async () => {
    const viewer = await gw.tokenFor(Role.VIEWER);
    expect(codeOf(await gw.graphql(LIST, {}, { token: viewer }))).toBeUndefined();
    expect(codeOf(await gw.graphql(CREATE, { input: { name: 'Not allowed' } }, { token: viewer }))).toBe('FORBIDDEN');
  });

  it('deletes at the version read', async () => {
    const created = await create('Doomed');
    const res = await gw.graphql(DELETE, { id: created.id, version: created.version }, { token: editor });
    expect(res.data!['delete${n.Entity}']).toBe(created.id);
    expect(codeOf(await gw.graphql(GET, { id: created.id }, { token: editor }))).toBe('NOT_FOUND');
  });

  it('loads its demo data', async () => {
    await gw.dataSource.transaction((manager) => ${n.descriptor}.seedDemo!({ manager, logger: createLogger('silent') }));
    const res = await gw.graphql(LIST, { search: 'First ${n.label}' }, { token: editor });
    expect(res.data!['${n.entities}'].totalCount).toBe(1);
  });
});
`;
}

// ---- registrations -----------------------------------------------------------------------

const MODULES_FILE = 'apps/gateway/src/modules.ts';
const SECTIONS_FILE = 'tools/portal/sections.json';
const MODULE_LIST = /(gatewayModules: DomainModule\[\] = \[)([\s\S]*?)(\];)/;

const importLine = (n) => `import { ${n.descriptor} } from '@lr/server-${n.name}';\n`;

/** Adds the import after the last import, and the descriptor at the end of the module list. */
function registerModule(text, n) {
  const imports = [...text.matchAll(/^import .*;\n/gm)];
  const end = imports.length ? imports.at(-1).index + imports.at(-1)[0].length : 0;
  const withImport = text.slice(0, end) + importLine(n) + text.slice(end);
  if (!MODULE_LIST.test(withImport)) throw new Error(`${MODULES_FILE}: no "gatewayModules: DomainModule[] = [...]" list found`);
  return withImport.replace(MODULE_LIST, (_, open, items, close) => {
    // One line as today; a list prettier has wrapped gets one line per module.
    const added = items.includes('\n') ? `${items}  ${n.descriptor},\n` : `${items}, ${n.descriptor}`;
    return open + added + close;
  });
}

/** The exact inverse of registerModule. */
function unregisterModule(text, n) {
  return text
    .replace(importLine(n), '')
    .replace(MODULE_LIST, (_, open, items, close) => {
      const removed = items.includes('\n') ? items.replace(new RegExp(`^[ \\t]*${n.descriptor},\\n`, 'm'), '') : items.replace(new RegExp(`, ${n.descriptor}(?=,|$)`), '');
      return open + removed + close;
    });
}

function readSections(root) {
  return JSON.parse(readFileSync(join(root, SECTIONS_FILE), 'utf8'));
}

function nextFreePort(sections) {
  return Math.max(sections.shell.port, ...sections.sections.map((s) => s.port)) + 1;
}

// ---- running -----------------------------------------------------------------------------

function run(root, command, args) {
  console.log(`> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

function emit(root, withCodegen) {
  run(root, 'npm', ['run', 'schema:emit']);
  if (withCodegen) run(root, 'npm', ['run', 'codegen']);
}

/** Refuses names whose GraphQL types or root fields the schema already has. */
function assertFreeInSchema(root, n) {
  const schemaFile = join(root, 'libs/shared/graphql-schema/schema.graphql');
  if (!existsSync(schemaFile)) return;
  const schema = readFileSync(schemaFile, 'utf8');
  const taken = [`type ${n.Entity} `, `  ${n.entities}(`, `  ${n.entity}(`].find((s) => schema.includes(s));
  if (taken) throw new Error(`The schema already has "${taken.trim()}"; choose another --name or --entity`);
}

function create(root, n, args) {
  const moduleDir = join(root, 'libs/server', n.name);
  if (existsSync(moduleDir)) throw new Error(`libs/server/${n.name} exists already`);
  if (n.entities === n.entity) throw new Error(`Cannot tell one ${n.label} from many; pass --entity <Singular>`);
  assertFreeInSchema(root, n);
  const sectionProject = `portal-${n.name}`;
  if (args['with-section'] && existsSync(join(root, 'apps', sectionProject))) throw new Error(`apps/${sectionProject} exists already`);

  for (const [path, content] of Object.entries(moduleFiles(n, Date.now()))) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  const modulesFile = join(root, MODULES_FILE);
  writeFileSync(modulesFile, registerModule(readFileSync(modulesFile, 'utf8'), n));
  console.log(`Created libs/server/${n.name} (project server-${n.name}) and added ${n.descriptor} to ${MODULES_FILE}.`);

  if (args['with-section']) {
    const port = nextFreePort(readSections(root));
    run(root, process.execPath, [
      fileURLToPath(new URL('./new-section.mjs', import.meta.url)),
      `--project=${sectionProject}`,
      `--section=${n.name}`,
      `--module=${n.name}`,
      `--port=${port}`,
      // The titles start out in English; translate them in tools/portal/sections.json and the section's messages.
      ...['en', 'fr', 'es'].map((lang) => `--title-${lang}=${n.title}`),
      // The schema must list the module's types before the section's documents are generated.
      '--skip-codegen',
    ]);
  }
  if (!args['skip-emit']) emit(root, args['with-section']);
  console.log(`Next: describe the module, shape ${n.Entity}, then npx nx run-many -t typecheck,lint,test --projects=server-${n.name},gateway`);
}

/** `--remove` undoes a generation; a module someone has committed is git's to remove, not ours. */
function assertNotCommitted(root, dirs) {
  const tracked = spawnSync('git', ['ls-files', '--', ...dirs], { cwd: root, encoding: 'utf8' });
  if (tracked.status === 0 && tracked.stdout.trim()) {
    throw new Error(`Refusing to remove committed files (${tracked.stdout.trim().split('\n')[0]} …); use git rm if you mean it`);
  }
}

function remove(root, n, args) {
  const moduleDir = join(root, 'libs/server', n.name);
  const sectionDir = join(root, 'apps', `portal-${n.name}`);
  const modulesFile = join(root, MODULES_FILE);
  const sections = readSections(root);
  const listed = sections.sections.some((s) => s.project === `portal-${n.name}`);
  const hadSection = listed || existsSync(sectionDir);
  if (!existsSync(moduleDir) && !hadSection) throw new Error(`Nothing to remove: no libs/server/${n.name}, no apps/portal-${n.name}`);
  assertNotCommitted(root, [moduleDir, sectionDir]);

  rmSync(moduleDir, { recursive: true, force: true });
  writeFileSync(modulesFile, unregisterModule(readFileSync(modulesFile, 'utf8'), n));
  if (hadSection) {
    rmSync(sectionDir, { recursive: true, force: true });
    sections.sections = sections.sections.filter((s) => s.project !== `portal-${n.name}`);
    // new-section.mjs writes the file this way, so removing the entry restores it exactly.
    writeFileSync(join(root, SECTIONS_FILE), JSON.stringify(sections, null, 2) + '\n');
  }
  console.log(`Removed libs/server/${n.name}${hadSection ? ` and apps/portal-${n.name}` : ''}, and their registrations.`);
  if (!args['skip-emit']) emit(root, hadSection);
}

function main() {
  const args = parseArguments(process.argv.slice(2));
  const root = args.root ?? fileURLToPath(new URL('../..', import.meta.url));
  const n = namesFor(args.name, args.entity);
  if (args.remove) remove(root, n, args);
  else create(root, n, args);
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
