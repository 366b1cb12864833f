// Types for the console's operations (the .graphql files beside each view), from the
// checked-in API schema. `npm run codegen -w console` (or pnpm -C console codegen) after a
// schema change; src/gql.test.ts fails when src/gql is stale.
const config = {
  overwrite: true,
  schema: '../packages/client/schema.graphql',
  documents: ['src/**/*.graphql'],
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { Date: 'string', DateTime: 'string', ID: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        // Only what the console's operations use: other parts of the schema may change freely.
        onlyOperationTypes: true,
      },
    },
  },
};
export default config;
