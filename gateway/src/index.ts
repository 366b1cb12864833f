export * from './server';
export * from './caller';
export * from './format-error';
