export * from './errors';
export * from './port';
export * from './external';
export * from './embedded';
export * from './identity';
