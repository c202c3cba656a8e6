import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
/** The files the generators edit… */
const EDITED = ['apps/gateway/src/modules.ts', 'tools/portal/sections.json'];
/** …and the ones they only read (new-section.mjs copies the routes section's). */
const READ = [
  'libs/shared/graphql-schema/schema.graphql',
  'apps/portal-routes/project.json',
  'apps/portal-routes/tsconfig.json',
  'apps/portal-routes/index.html',
  'apps/portal-routes/vite.config.ts',
  'apps/portal-routes/src/dev/main.ts',
];

/** Runs the generator on a scratch workspace, never emitting the schema or running codegen. */
function generate(root: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'tools/scripts/new-module.mjs'), '--root', root, '--skip-emit', ...args], { encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

const read = (root: string, path: string) => readFileSync(join(root, path));
const text = (root: string, path: string) => readFileSync(join(root, path), 'utf8');

describe('npm run new:module', () => {
  let scratch: string;

  beforeEach(() => {
    scratch = mkdtempSync(join(tmpdir(), 'lr-new-module-'));
    for (const file of [...EDITED, ...READ]) cpSync(join(ROOT, file), join(scratch, file));
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  it('writes the module and its section, registers both, and --remove restores every edited file byte for byte', () => {
    const before = EDITED.map((file) => read(scratch, file));

    const created = generate(scratch, '--name', 'field-visits', '--with-section');
    expect(created).toMatchObject({ status: 0 });

    const lib = 'libs/server/field-visits';
    for (const file of [
      'project.json',
      'tsconfig.json',
      'jest.config.js',
      'src/index.ts',
      'src/field-visits.module.ts',
      'src/field-visits/field-visit.entity.ts',
      'src/field-visits/field-visit.inputs.ts',
      'src/field-visits/field-visit.service.ts',
      'src/field-visits/field-visit.resolver.ts',
      'src/migrations/index.ts',
      'src/demo/field-visits-demo.ts',
      'test/field-visits.spec.ts',
    ]) {
      expect(existsSync(join(scratch, lib, file))).toBe(true);
    }
    const project = JSON.parse(text(scratch, `${lib}/project.json`));
    expect(project.name).toBe('server-field-visits');
    expect(project.tags).toEqual(['scope:server', 'type:domain', 'domain:field-visits']);
    expect(Object.keys(project.targets)).toEqual(['typecheck', 'lint', 'test']);

    const [migration] = readdirSync(join(scratch, lib, 'src/migrations')).filter((f) => f !== 'index.ts');
    expect(migration).toMatch(/^\d{13}-create-field-visits\.ts$/);
    expect(text(scratch, `${lib}/src/migrations/${migration}`)).toMatch(/export class CreateFieldVisits\d{13} /);
    expect(text(scratch, `${lib}/src/field-visits.module.ts`)).toContain(`references: [],`);
    expect(text(scratch, `${lib}/src/field-visits/field-visit.resolver.ts`)).toContain(`@Allow.edit('field-visits')`);

    const modules = text(scratch, 'apps/gateway/src/modules.ts');
    expect(modules).toContain(`import { fieldVisitsModule } from '@lr/server-field-visits';\n`);
    expect(modules).toMatch(/gatewayModules: DomainModule\[\] = \[.*, fieldVisitsModule\];/);

    const sections = JSON.parse(text(scratch, 'tools/portal/sections.json'));
    const highestPort = Math.max(...JSON.parse(before[1].toString()).sections.map((s: { port: number }) => s.port));
    expect(sections.sections.at(-1)).toMatchObject({
      project: 'portal-field-visits',
      section: 'field-visits',
      port: highestPort + 1,
      title: { en: 'Field Visits', fr: 'Field Visits', es: 'Field Visits' },
    });
    expect(existsSync(join(scratch, 'apps/portal-field-visits/project.json'))).toBe(true);

    expect(generate(scratch, '--name', 'field-visits', '--remove')).toMatchObject({ status: 0 });
    expect(existsSync(join(scratch, lib))).toBe(false);
    expect(existsSync(join(scratch, 'apps/portal-field-visits'))).toBe(false);
    EDITED.forEach((file, i) => expect(read(scratch, file).equals(before[i])).toBe(true));
  });

  it('adds one line per module to a module list that prettier has wrapped, and removes it again', () => {
    const wrapped = `import { platformModule, type DomainModule } from '@lr/server-core';\n\nexport const gatewayModules: DomainModule[] = [\n  platformModule,\n];\n`;
    writeFileSync(join(scratch, EDITED[0]), wrapped);
    expect(generate(scratch, '--name', 'logistics', '--entity', 'Trip')).toMatchObject({ status: 0 });
    expect(text(scratch, EDITED[0])).toContain(`[\n  platformModule,\n  logisticsModule,\n];`);
    expect(text(scratch, 'libs/server/logistics/src/trips/trip.entity.ts')).toContain(`@Entity('trip')`);
    expect(generate(scratch, '--name', 'logistics', '--remove')).toMatchObject({ status: 0 });
    expect(text(scratch, EDITED[0])).toBe(wrapped);
  });

  it('names the primary key as TypeORM does (the champions migration has PK_1b5629380079d160350cfc907b7)', () => {
    rmSync(join(scratch, 'libs/shared/graphql-schema/schema.graphql')); // which has a Champion type
    expect(generate(scratch, '--name', 'champions', '--entity', 'Champion')).toMatchObject({ status: 0 });
    const dir = join(scratch, 'libs/server/champions/src/migrations');
    const [migration] = readdirSync(dir).filter((f) => f !== 'index.ts');
    expect(readFileSync(join(dir, migration), 'utf8')).toContain(`CONSTRAINT "PK_1b5629380079d160350cfc907b7" PRIMARY KEY ("id")`);
  });

  it('refuses a module that exists, a name the schema already has, and a name that is not kebab-case', () => {
    expect(generate(scratch, '--name', 'field-visits')).toMatchObject({ status: 0 });
    expect(generate(scratch, '--name', 'field-visits').output).toMatch(/libs\/server\/field-visits exists already/);
    expect(generate(scratch, '--name', 'practices').output).toMatch(/The schema already has "type Practice"/);
    expect(generate(scratch, '--name', 'FieldVisits').output).toMatch(/kebab-case/);
    expect(generate(scratch, '--name', 'nothing-here', '--remove').output).toMatch(/Nothing to remove/);
  });
});
