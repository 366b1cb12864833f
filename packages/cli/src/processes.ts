// Moved to @kaiku/platform (shared with @kaiku/testing without a dependency cycle); kept for existing imports.
export * from '@kaiku/platform/src/processes';
