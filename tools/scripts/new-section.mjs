// Creates a new portal section (a federation remote) from the pattern the routes section set:
//   npm run new:section -- --project=portal-practices --section=practices --module=practices \
//     --port=4202 --title-en=Practices --title-fr=Pratiques --title-es=Prácticas
// It writes apps/<project>/ and lists the section in tools/portal/sections.json; the shell,
// `npm start`, the portal server and the browser tests pick it up from there.
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
const federationName = project.replace(/-/g, '_');
const root = join('apps', project);
if (existsSync(root)) throw new Error(`${root} exists already`);

const sectionsFile = 'tools/portal/sections.json';
const sections = JSON.parse(readFileSync(sectionsFile, 'utf8'));
if (sections.sections.some((s) => s.port === port) || sections.shell.port === port) throw new Error(`port ${port} is taken`);
sections.sections.push({ project, federationName, section, port, title });
writeFileSync(sectionsFile, JSON.stringify(sections, null, 2) + '\n');

const files = {
  'project.json': JSON.stringify(
    {
      name: project,
      $schema: '../../node_modules/nx/schemas/project-schema.json',
      sourceRoot: `${root}/src`,
      projectType: 'application',
      tags: ['scope:portal', 'type:app', `section:${section}`],
      targets: {
        serve: { executor: 'nx:run-commands', options: { command: `vite --config ${root}/vite.config.ts` } },
        build: {
          executor: 'nx:run-commands',
          outputs: [`{workspaceRoot}/dist/apps/${project}`],
          options: { command: `vite build --config ${root}/vite.config.ts --logLevel warn` },
        },
        typecheck: { executor: 'nx:run-commands', options: { command: `tsc -p ${root}/tsconfig.json --noEmit` } },
        lint: { executor: 'nx:run-commands', options: { command: `eslint ${root} --max-warnings=0` } },
      },
    },
    null,
    2,
  ) + '\n',
  'tsconfig.json': JSON.stringify({ extends: '../../tsconfig.portal.json', include: ['src/**/*.ts', 'src/**/*.tsx'] }, null, 2) + '\n',
  'index.html': readFileSync('apps/portal-routes/index.html', 'utf8').replace('Routes section', `${title.en} section`),
  'vite.config.ts': readFileSync('apps/portal-routes/vite.config.ts', 'utf8').replaceAll('portal-routes', project),
  'src/dev/main.ts': readFileSync('apps/portal-routes/src/dev/main.ts', 'utf8'),
  'src/components/list-labels.ts': readFileSync('apps/portal-routes/src/components/list-labels.ts', 'utf8'),
  'src/components/section-context.tsx': `import { createSectionContext } from '@lr/portal-ui';
import { messages } from '../messages';

/** The ${section} section edits the ${module} module. */
export const { SectionContextProvider, useSection } = createSectionContext(messages, '${module}');
`,
  'src/messages.ts': `import type { Messages } from '@lr/portal-ui';

const en = {
  sectionTitle: ${JSON.stringify(title.en)},
  loadFailed: 'The list could not be loaded',
  retry: 'Try again',
  previous: 'Previous',
  next: 'Next',
  range: '{from}–{to} of {total}',
};

type Key = keyof typeof en;

const fr: Messages<Key> = {
  sectionTitle: ${JSON.stringify(title.fr)},
  loadFailed: 'La liste n’a pas pu être chargée',
  retry: 'Réessayer',
  previous: 'Précédent',
  next: 'Suivant',
  range: '{from}–{to} sur {total}',
};

const es: Messages<Key> = {
  sectionTitle: ${JSON.stringify(title.es)},
  loadFailed: 'No se pudo cargar la lista',
  retry: 'Reintentar',
  previous: 'Anterior',
  next: 'Siguiente',
  range: '{from}–{to} de {total}',
};

export const messages = { en, fr, es };
`,
  'src/module.tsx': `import type { SectionModule, SectionProps } from '@lr/portal-shell-contract';
import { Routes } from 'react-router';
import { Provider } from 'urql';
import { SectionContextProvider } from './components/section-context';
import { messages } from './messages';

function Section(props: SectionProps) {
  return (
    <Provider value={props.client}>
      <SectionContextProvider props={props}>
        <Routes>{/* <Route index element={<ListPage />} /> … */}</Routes>
      </SectionContextProvider>
    </Provider>
  );
}

const label = (key: keyof typeof messages.en) => ({ en: messages.en[key], fr: messages.fr[key], es: messages.es[key] });

const section: SectionModule = {
  id: '${section}',
  title: label('sectionTitle'),
  requiredRoles: [],
  nav: [{ path: '', label: label('sectionTitle') }],
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
console.log(`Created ${root} (port ${port}) and listed it in ${sectionsFile}. Next: pages, operations (npm run codegen), a browser test.`);
