// Failsafe's service worker: the app shell of one build, cache-first, offline after one visit.
// scripts/stamp_sw.py fills in BUILD (a hash of this build) and FILES (each shell file's SHA-256)
// at build time, so each build has its own cache and a page never gets one build's .js with
// another's .wasm. Caches are named after the deployment (this worker's scope): builds under
// /a/ and /b/ on one site each keep their own.
'use strict';
const BUILD = '__BUILD__';
const FILES = __FILES__;
// Files fetched only when the page needs them (the UI font's second file): cached once it has.
const LAZY = __LAZY__;
const SCOPE = self.registration.scope;
const PREFIX = 'failsafe ' + SCOPE + ' ';
const CACHE = PREFIX + BUILD;

// `name` from the network, checked against this build's `hash` of it (an error page or another
// build's file fails here; a failed fetch fails in fetch itself).
async function fetchChecked(name, hash) {
  const response = await fetch(new Request(name, { cache: 'reload' }));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await response.clone().arrayBuffer()));
  const hex = Array.from(digest.subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
  if (hex !== hash) throw new Error(name + ' is not the file of build ' + BUILD);
  return [name, response];
}

self.addEventListener('install', (event) => {
  // Everything or nothing: every file is fetched and checked against this build's hash before
  // any is cached, so a half-updated host never installs a mixed set; the old worker keeps
  // serving. No skipWaiting here: the page asks the user before a new version takes over.
  // A lazy file an older build had cached comes along, if it can be had.
  event.waitUntil((async () => {
    try {
      const got = await Promise.all(Object.keys(FILES).map((name) => fetchChecked(name, FILES[name])));
      const old = (await caches.keys()).filter((k) => k.startsWith(PREFIX));
      for (const name of Object.keys(LAZY)) {
        const had = await Promise.all(old.map(async (k) => (await caches.open(k)).match(name)));
        if (had.some(Boolean)) got.push(await fetchChecked(name, LAZY[name]).catch(() => [name, null]));
      }
      const cache = await caches.open(CACHE);
      await Promise.all(got.map(([name, response]) => response && cache.put(name, response)));
    } catch (e) {
      await caches.delete(CACHE);  // nothing half-filled is left behind
      throw e;
    }
  })());
});

self.addEventListener('activate', (event) => {
  // Deletes this deployment's older caches only, and its caches from before caches were named
  // after the scope ('failsafe-BUILD', recognised by holding this scope's page).
  event.waitUntil((async () => {
    await Promise.all((await caches.keys()).map(async (k) => {
      if (k !== CACHE && (k.startsWith(PREFIX) || (k.startsWith('failsafe-') && await (await caches.open(k)).match(SCOPE)))) {
        await caches.delete(k);
      }
    }));
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
  // The page fetched a lazy file: kept for offline (fetched again here, as the page may have
  // fetched it before this worker served it).
  const hash = LAZY[event.data];
  if (typeof hash === 'string') {
    event.waitUntil((async () => {
      const cache = await caches.open(CACHE);
      if (!await cache.match(event.data)) await cache.put(...await fetchChecked(event.data, hash));
    })());
  }
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
