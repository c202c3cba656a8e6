// Creates a new portal section (a federation remote) on the pattern the other sections follow:
//   npm run new:section -- --project=portal-practices --section=practices --module=practices \
//     --port=4202 --title-en=Practices --title-fr=Pratiques --title-es=Prácticas
// It writes apps/<project>/ (federation config, dev frame, its own codegen output, its i18next
// namespace in en/fr/es, a first page) and lists the section in tools/portal/sections.json; the
// shell, `npm start`, the portal server and the browser tests pick it up from there.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const arg = (name) => {
  const value = process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  if (!value) throw new Error(`Pass --${name}=…`);
  return value;
};
const project = arg('project');
const section = arg('section');
const module = arg('module');
const port = Number(arg('port'));
const title = { en: arg('title-en'), fr: arg('title-fr'), es: arg('title-es') };
// The section is a URL segment and an i18next namespace: keep it to lower-case words and hyphens.
if (!/^[a-z][a-z0-9-]*$/.test(section)) throw new Error('--section takes lower-case letters, digits and hyphens, e.g. action-plans');
const federationName = project.replace(/-/g, '_');
const root = join('apps', project);
if (existsSync(root)) throw new Error(`${root} exists already`);

const sectionsFile = 'tools/portal/sections.json';
const sections = JSON.parse(readFileSync(sectionsFile, 'utf8'));
if (sections.sections.some((s) => s.port === port) || sections.shell.port === port) throw new Error(`port ${port} is taken`);
sections.sections.push({ project, federationName, section, port, title });
writeFileSync(sectionsFile, JSON.stringify(sections, null, 2) + '\n');

// Names in the section's code: 'action-plans' → ACTION_PLANS_NAMESPACE, actionPlansMessages.
const camel = section.replace(/-(\w)/g, (_, c) => c.toUpperCase());
const namespaceConst = `${section.replace(/-/g, '_').toUpperCase()}_NAMESPACE`;
const messagesConst = `${camel}Messages`;
const quoted = (text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

// What every section has in common is copied from the routes section, so the two stay in step.
const fromRoutes = (path) => readFileSync(join('apps/portal-routes', path), 'utf8');

const files = {
  'project.json': fromRoutes('project.json').replaceAll('portal-routes', project).replace('"section:routes"', `"section:${section}"`),
  'tsconfig.json': fromRoutes('tsconfig.json'),
  'index.html': fromRoutes('index.html').replace('Routes section', `${title.en} section`),
  'vite.config.ts': fromRoutes('vite.config.ts').replaceAll('portal-routes', project),
  'src/dev/main.ts': fromRoutes('src/dev/main.ts'),
  'src/components/section-context.tsx': `import { createSectionContext } from '@lr/portal-ui';

/** The ${section} section edits the ${module} module. */
export const { SectionContextProvider, useSection } = createSectionContext('${module}');
`,
  'src/i18n/en.ts': `/** The ${section} section's words (ICU MessageFormat); shared words are in the \`common\` namespace. */
export const en = {
  sectionTitle: ${quoted(title.en)},
} as const;
`,
  ...Object.fromEntries(
    ['fr', 'es'].map((language) => [
      `src/i18n/${language}.ts`,
      `import type { Messages } from '@lr/portal-i18n';
import type { en } from './en';

export const ${language}: Messages<typeof en> = {
  sectionTitle: ${quoted(title[language])},
};
`,
    ]),
  ),
  'src/i18n/index.ts': `import type { Catalogue } from '@lr/portal-i18n';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';

/** The ${section} section's i18next namespace, added to the shell's i18next when the remote loads. */
export const ${namespaceConst} = '${section}';
export const ${messagesConst}: Catalogue<typeof en> = { en, fr, es };

declare module 'i18next' {
  interface ResourceNamespaceMap {
    '${section}': typeof en;
  }
}
`,
  'src/pages/HomePage.tsx': `import { PageHeader } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';

/** The section's first page. */
export function HomePage() {
  const { t } = useTranslation(['${section}', 'common']);
  return <PageHeader title={t('sectionTitle')} />;
}
`,
  'src/module.tsx': `import { labelsOf, registerSectionMessages } from '@lr/portal-i18n';
import type { SectionModule, SectionProps } from '@lr/portal-shell-contract';
import { Route, Routes } from 'react-router';
import { Provider } from 'urql';
import { SectionContextProvider } from './components/section-context';
import { ${namespaceConst}, ${messagesConst} } from './i18n';
import { HomePage } from './pages/HomePage';

function Section(props: SectionProps) {
  return (
    <Provider value={props.client}>
      <SectionContextProvider props={props}>
        <Routes>
          <Route index element={<HomePage />} />
        </Routes>
      </SectionContextProvider>
    </Provider>
  );
}

// The section's words join the shell's i18next as soon as the remote loads.
registerSectionMessages(${namespaceConst}, ${messagesConst});

const section: SectionModule = {
  id: '${section}',
  title: labelsOf(${messagesConst}, 'sectionTitle'),
  requiredRoles: [],
  nav: [{ path: '', label: labelsOf(${messagesConst}, 'sectionTitle') }],
  Component: Section,
};

export default section;
`,
};
for (const [path, content] of Object.entries(files)) {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

// The section's own typed `graphql()` (no operations yet), so its lint's codegen check passes.
// `--skip-codegen`: the caller runs it (new:module emits the schema first, then runs codegen).
if (!process.argv.includes('--skip-codegen')) {
  const codegen = spawnSync('npx', ['graphql-codegen', '--config', 'tools/portal/codegen.ts'], {
    stdio: 'inherit',
    env: { ...process.env, PORTAL_CODEGEN_PROJECT: root },
  });
  if (codegen.status !== 0) throw new Error('graphql-codegen failed');
}

console.log(`Created ${root} (port ${port}) and listed it in ${sectionsFile}.
Next: operations with graphql() from src/graphql/generated, then npm run codegen; PageHeader on every page;
lists with useUrlListState + ConnectionView; forms with useApiForm + FormBanner inside RequireEdit; state machines
with StateMoves; Undo through notify(message, kind, action); figures with useFormat(); search providers in the
module; words in src/i18n (en, fr, es); a browser test, and the main pages in apps/portal-e2e/test/phone.spec.ts.`);
