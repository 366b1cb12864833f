export * from '@kaiku/test-database';
export * from './graphql-client';
export * from './stack';
export * from './cli';
export * from './processes';
export * from './load';
export * from './postgres';
export * from './dates';
