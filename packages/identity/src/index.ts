export * from './roles';
export * from './keys';
export * from './tokens';
export * from './rate-limit';
export * from './cache';
export * from './client-address';
