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
    async generateBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((name) => !name.endsWith('.map'));
      const { createHash } = await import('node:crypto');
      const version = createHash('sha256').update(files.sort().join('\n')).digest('hex').slice(0, 12);
      const { readFileSync } = await import('node:fs');
      const template = readFileSync(new URL('./src/sw-template.js', import.meta.url), 'utf8');
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: template.replace('__VERSION__', version).replace('__FILES__', JSON.stringify(['/', ...files.map((file) => `/${file}`)])),
      });
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
