export * from './schema';
export * from './publish';
export * from './follow';
export * from './notify';
export * from './listen';
export * from './background-query';
