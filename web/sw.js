// Failsafe's service worker: the app shell of one build, cache-first, offline after one visit.
// scripts/stamp_sw.py fills in BUILD (a hash of this build's files) and ASSETS at build time,
// so each build has its own cache and a page never gets one build's .js with another's .wasm.
'use strict';
const BUILD = '__BUILD__';
const ASSETS = __ASSETS__;
const CACHE = 'failsafe-' + BUILD;

self.addEventListener('install', (event) => {
  // Everything or nothing: a partial cache would mix builds. No skipWaiting here: the page
  // asks the user before a new version takes over.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS.map((a) => new Request(a, { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('failsafe-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()));
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(request, { ignoreSearch: true }) ||
      (request.mode === 'navigate' ? await cache.match('./') || await cache.match('index.html') : undefined);
    if (hit) return hit;
    // Not part of the app shell: straight from the network, never cached (no error responses
    // or other builds' files end up in this build's cache).
    return fetch(request);
  })());
});
