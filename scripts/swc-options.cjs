/**
 * The one set of SWC options for TypeScript in this repository: Jest's in-process transform
 * (jest.config.js) and `npm run build` (scripts/build.mjs) compile alike. Legacy decorators
 * with their `design:type` metadata: type-graphql and TypeORM read the types of decorated
 * members from it.
 */
module.exports = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
};
