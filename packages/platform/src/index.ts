export * from './platform';
export * from './compose';
export * from './extension-rules';
export * from './processes';
