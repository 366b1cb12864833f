import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Writes sw.js after the bundle: the service worker gets the build's file list and a version
 * made from the hashed names, so each build is a new worker and old caches are dropped.
 */
function serviceWorker(): Plugin {
  return {
    name: 'kaiku-service-worker',
    apply: 'build',
    // From the files as written, not the bundle as generated: Vite drops the empty JavaScript
    // of CSS-only chunks after generateBundle, and a worker that lists a missing file never
    // installs (cache.addAll fails as a whole).
    async writeBundle(options) {
      const { readdirSync, readFileSync, writeFileSync } = await import('node:fs');
      const { join, relative, sep } = await import('node:path');
      const { createHash } = await import('node:crypto');
      const dir = options.dir!;
      const files = (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
        .filter((entry) => entry.isFile())
        .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
        .filter((name) => name !== 'sw.js' && !name.endsWith('.map'))
        .sort();
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      const template = readFileSync(new URL('./src/sw-template.js', import.meta.url), 'utf8');
      writeFileSync(join(dir, 'sw.js'), template.replace('__VERSION__', version).replace('__FILES__', JSON.stringify(['/', ...files.map((file) => `/${file}`)])));
    },
  };
}

export default defineConfig({
  plugins: [react(), serviceWorker()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 3000,
    rollupOptions: {
      // GraphiQL's React compiler runtime carries a "use no memo" directive; bundling drops it harmlessly.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000', '/console': 'http://127.0.0.1:4000' } },
});
