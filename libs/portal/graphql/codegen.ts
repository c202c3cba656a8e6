import type { CodegenConfig } from '@graphql-codegen/cli';

// One codegen run for the whole portal: the committed schema plus the operations every
// section writes with `graphql(...)`. `npm run codegen` writes; the lint target checks it is fresh.
const config: CodegenConfig = {
  schema: 'libs/shared/graphql-schema/schema.graphql',
  documents: ['apps/portal-*/src/**/*.{ts,tsx}', 'libs/portal/graphql/src/reference/**/*.ts', '!apps/portal-e2e/**'],
  ignoreNoDocuments: true,
  generates: {
    'libs/portal/graphql/src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTimeISO: 'string', JSONObject: 'Record<string, unknown>' } },
    },
  },
};

export default config;
