// The example operations of packages/client/operations, one tab each (bundled at build time).
const files = import.meta.glob('../../../../packages/client/operations/*.graphql', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export const EXAMPLES = [
  { name: 'areas', query: '# Try: run this with the ▶ button\n{ areas { code name { fi sv } } }\n' },
  ...Object.entries(files).map(([path, query]) => ({ name: path.split('/').pop()!.replace('.graphql', ''), query })),
];
