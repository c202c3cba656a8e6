import type { CodegenConfig } from '@graphql-codegen/cli';

// One codegen run per portal project (each section, the shell, the shared GraphQL library).
// Each reads only its own folder's `graphql(...)` operations and writes them next to its code,
// so a remote bundles its own documents and never another section's.
//
// Which project: PORTAL_CODEGEN_PROJECT (its folder), set by the project's `codegen` and
// `codegen-check` targets. Output: <project>/src/graphql/generated/, or PORTAL_CODEGEN_OUTPUT.
const project = process.env.PORTAL_CODEGEN_PROJECT;
if (!project) throw new Error('Set PORTAL_CODEGEN_PROJECT to the project folder, e.g. apps/portal-routes');
const output = process.env.PORTAL_CODEGEN_OUTPUT ?? `${project}/src/graphql/generated/`;

const config: CodegenConfig = {
  schema: 'libs/shared/graphql-schema/schema.graphql',
  documents: [`${project}/src/**/*.{ts,tsx}`, `!${output}**`],
  // A new section has no operations yet; it still gets an (empty) typed `graphql()`.
  ignoreNoDocuments: true,
  generates: {
    [output]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTimeISO: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};

export default config;
