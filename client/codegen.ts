import type { CodegenConfig } from '@graphql-codegen/cli';

// Run from the repository root (npm run client:codegen). Every `graphql(...)` call in client/src is validated
// against the printed schema; `npm test` runs this with --check, so an operation that no longer matches the schema
// (or generated types that were not refreshed) fails the suite.
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['client/src/**/*.{ts,tsx}', '!client/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'client/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { Money: 'string', DateTimeISO: 'string', Decimal: 'string', LocalDate: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
      },
    },
  },
};

export default config;
