// The page half of Failsafe's browser bridge: boots the wasm app, shows the splash until
// the first frame, and exposes window.failsafe (src/platform/platform_web.cpp is the other half).
'use strict';
(function () {
  const status = document.getElementById('splash-status');
  let resolveReady, rejectReady;
  const ready = new Promise((resolve, reject) => { resolveReady = resolve; rejectReady = reject; });

  function fail(message) {
    status.textContent = message;
    status.classList.add('error');
    rejectReady(new Error(message));
  }

  const call = (name, ret, types, args) => window.Module.ccall(name, ret, types || [], args || []);

  window.failsafe = {
    ready,
    // The plan as format-v1 JSON (an object).
    plan: () => JSON.parse(call('failsafe_plan_json', 'string')),
    // The analysis, as `failsafe analyze --json` prints it (an object).
    analysis: () => JSON.parse(call('failsafe_analysis_json', 'string')),
    // Replaces the plan (one undo step). Takes JSON text or an object; returns '' or an error.
    load: (json) => call('failsafe_load_json', 'string', ['string'], [typeof json === 'string' ? json : JSON.stringify(json)]),
    // Screen rectangles of the UI's items, in CSS pixels.
    layout: () => JSON.parse(call('failsafe_layout_json', 'string')),
    // Frames drawn since start (an idle app draws none).
    frames: () => call('failsafe_frames', 'number'),
    // CPU milliseconds of the most recent drawn frames (up to 240).
    frameStats: () => JSON.parse(call('failsafe_frame_stats', 'string')),
    // What the app is telling the user right now (toasts and banners), for tests.
    messages: () => JSON.parse(call('failsafe_messages', 'string')),
    // The share link (#p=...) of the plan on screen.
    shareLink: () => call('failsafe_share_link', 'string'),
    // Called by the app (src/platform/platform_web.cpp).
    _copy(text) {
      const fallback = () => window.failsafe._showText('Copy this:', text);
      if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).catch(fallback);
      else fallback();
    },
    _download(name, text) {
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    },
    _pickFile() {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = '.json,application/json';
      input.onchange = async () => {
        const file = input.files && input.files[0];
        if (!file) return;
        const text = file.size > 2 * 1024 * 1024 ? '' : await file.text();
        call('failsafe_file_picked', null, ['string', 'string'], [file.name, text]);
      };
      input.click();
    },
    // A JS string copied into wasm memory (the app frees it); 0 for null.
    _toWasm(text) {
      if (text === null || text === undefined) return 0;
      const n = window.Module.lengthBytesUTF8(text) + 1;
      const p = window.Module._malloc(n);
      window.Module.stringToUTF8(text, p, n);
      return p;
    },
    // Replaces the URL's #fragment without adding a history entry.
    _replaceFragment(fragment) {
      history.replaceState(history.state, '', fragment ? '#' + fragment : location.pathname + location.search);
    },
    // Local storage for the app (src/platform/platform_web.cpp): every write is read back.
    _storageGet(key) {
      try { return localStorage.getItem(key); } catch { return null; }
    },
    _storageSet(key, value) {
      try {
        localStorage.setItem(key, value);
        return localStorage.getItem(key) === value ? '' : 'what was saved does not read back';
      } catch (e) {
        return e && e.name === 'QuotaExceededError' ? 'the browser\'s storage is full' : 'the browser refused to store data (' + (e && e.message || e) + ')';
      }
    },
    _storageRemove(key) {
      try { localStorage.removeItem(key); } catch { /* nothing to keep */ }
    },
    _storageKeys(prefix) {
      try {
        const keys = [];
        for (let i = 0; i < localStorage.length; i++) { const k = localStorage.key(i); if (k && k.startsWith(prefix)) keys.push(k); }
        return keys.join('\n');
      } catch { return ''; }
    },
    // Shows text selected for manual copying (when the clipboard is not allowed).
    _showText(title, text) {
      const box = document.getElementById('notice');
      box.replaceChildren();
      const label = document.createElement('div');
      label.textContent = title;
      const field = document.createElement('textarea');
      field.value = text;
      field.readOnly = true;
      field.rows = 3;
      field.className = 'copy-field';
      const close = document.createElement('button');
      close.textContent = 'Close';
      close.onclick = () => { box.hidden = true; };
      box.append(label, field, close);
      box.hidden = false;
      field.focus();
      field.select();
    },
    _fatal(message) { fail(message); },
    _firstFrame() {
      document.getElementById('splash').classList.add('gone');
      resolveReady();
      window.addEventListener('hashchange', () => call('failsafe_hash_changed', null, ['string'], [location.hash.replace(/^#/, '')]));
      registerServiceWorker();
      window.addEventListener('pagehide', () => call('failsafe_page_hide', null));
      document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') call('failsafe_page_hide', null); });
    },
  };

  // Offline and updates: a new build is installed in the background and offered to the user;
  // it takes over only on their word (the plan is saved first), never in the middle of an edit.
  let registration = null;
  function showUpdate(worker) {
    const box = document.getElementById('notice');
    box.replaceChildren();
    const text = document.createElement('span');
    text.textContent = 'A new version of Failsafe is ready. ';
    const now = document.createElement('button');
    now.textContent = 'Update now';
    now.id = 'update-now';
    now.onclick = () => {
      call('failsafe_page_hide', null);  // save first
      window.failsafe._updateAccepted = true;
      worker.postMessage('skip-waiting');
    };
    const later = document.createElement('button');
    later.textContent = 'Later';
    later.onclick = () => { box.hidden = true; };
    box.append(text, now, later);
    box.hidden = false;
  }
  function registerServiceWorker() {
    if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
    navigator.serviceWorker.register('sw.js').then((reg) => {
      registration = reg;
      const offer = (worker) => { if (navigator.serviceWorker.controller && worker) showUpdate(worker); };
      if (reg.waiting) offer(reg.waiting);
      reg.addEventListener('updatefound', () => {
        const worker = reg.installing;
        worker.addEventListener('statechange', () => { if (worker.state === 'installed') offer(worker); });
      });
    }).catch((e) => console.warn('service worker not registered:', e));
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (window.failsafe._updateAccepted) location.reload();
    });
  }
  window.failsafe.checkForUpdate = () => (registration ? registration.update() : Promise.resolve());

  if (typeof WebAssembly !== 'object') { fail('This browser has no WebAssembly: Failsafe cannot run here.'); return; }
  // No test context here: creating one costs start-up time. A browser that has the API but cannot
  // make a context is told by the app itself (_fatal).
  if (typeof WebGL2RenderingContext === 'undefined') { fail('This browser has no WebGL2: Failsafe cannot draw here.'); return; }

  const canvas = document.getElementById('canvas');
  canvas.addEventListener('contextmenu', (e) => e.preventDefault());
  // A lost WebGL context (GPU reset, tab in the background) comes back without losing the plan.
  canvas.addEventListener('webglcontextlost', (e) => e.preventDefault());
  canvas.addEventListener('webglcontextrestored', () => call('failsafe_gl_restored', null));
  window.Module = {
    canvas,
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    onAbort: (what) => fail('Failsafe stopped: ' + what),
  };
  const script = document.createElement('script');
  script.src = 'failsafe.js';
  script.onerror = () => fail('Could not load failsafe.js - check your connection and reload.');
  document.body.appendChild(script);
})();
