// graphql-codegen config for a front end: types from the served SDL (here the repo's files; a
// front end points `schema` at http://localhost:4000/schema.graphql), Date as an ISO string.
// `npx graphql-codegen --config test/frontend-example/codegen.ts`; test/unit/codegen.test.ts fails
// when the committed output under gql/ differs from what this config generates.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  documents: ['test/frontend-example/*.ts'],
  ignoreNoDocuments: false,
  // ESM imports with .js extensions, as NodeNext resolution requires.
  emitLegacyCommonJSImports: false,
  generates: {
    'test/frontend-example/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { Date: 'string' },
        useTypeImports: true,
        enumsAsTypes: true,
      },
    },
  },
};

export default config;
