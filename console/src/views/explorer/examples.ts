// The example operations of packages/client/operations in one document (bundled at build
// time): GraphiQL asks which operation to run. One document, not one tab each: GraphiQL's
// tabs nest buttons in tabs, which screen readers cannot use.
const files = import.meta.glob('../../../../packages/client/operations/*.graphql', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export const EXAMPLES_DOCUMENT = [
  '# Kaiku: the example operations of packages/client/operations.\n# Run one with the ▶ button; the book icon on the left opens the schema docs.\n',
  ...Object.entries(files).map(([path, text]) => `# ${path.split('/').pop()}\n${text}`),
].join('\n');
