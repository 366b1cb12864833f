// The console's service worker (written into dist/sw.js by vite.config.ts with this build's
// files). The app loads with no network after one visit: pages and hashed assets come from
// the cache; the graph (/graphql) and the gateway's /console endpoints are never cached.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `kaiku-console-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('kaiku-console-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith('/graphql') || url.pathname.startsWith('/console/')) return;
  if (request.mode === 'navigate') {
    // Network first, so a new build shows at once; the cached shell when offline.
    event.respondWith(fetch(request).catch(() => caches.match('/', { cacheName: CACHE })));
    return;
  }
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((cached) => cached ?? fetch(request)));
});
