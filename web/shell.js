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

  // Storage keys belong to this deployment: a build under /a/ and one under /b/ of the same site
  // keep separate plans. A deployment at the site's root keeps the original, unscoped keys; one
  // in a folder starts from a copy of them (made once), as it read them before keys were scoped.
  const folder = location.pathname.replace(/[^/]*$/, '');
  const scope = folder === '/' ? '' : folder;
  const scopedKeys = (prefix) => {
    const keys = [];
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k && k.startsWith(scope + prefix)) keys.push(k.slice(scope.length));
    }
    return keys;
  };
  // All or nothing: when storage is too full for the whole copy, none is kept and the next
  // visit tries again (the originals stay where they are).
  if (scope) {
    const copied = [];
    try {
      if (localStorage.getItem(scope + 'failsafe/scoped') === null) {
        for (const k of Object.keys(localStorage)) {  // a snapshot: inserting reorders the keys
          if (!k.startsWith('failsafe/') || localStorage.getItem(scope + k) !== null) continue;
          localStorage.setItem(scope + k, localStorage.getItem(k));
          copied.push(scope + k);
        }
        localStorage.setItem(scope + 'failsafe/scoped', '1');
      }
    } catch {
      try { copied.forEach((k) => localStorage.removeItem(k)); } catch { /* storage unavailable */ }
    }
  }

  // The crash screen: if the app stops after start-up (a bug), the page says so and hands out
  // every saved plan, read from storage here, since the app itself can no longer run.
  let crashed = false;
  function crash(what) {
    if (crashed) return;
    crashed = true;
    fail('Failsafe stopped: ' + (what || 'an internal error'));
    // The runtime is dead: no more frames (Emscripten's loop asks requestAnimationFrame for
    // each), and no more writes to storage from whatever state it left.
    window.requestAnimationFrame = () => 0;
    // What was on screen, unsaved changes included, if the memory can still be read.
    let open = null;
    try { open = JSON.parse(call('failsafe_plan_json', 'string')); } catch { /* not readable */ }
    const box = document.createElement('div');
    box.id = 'crash';
    box.setAttribute('role', 'alertdialog');
    const title = document.createElement('h1');
    title.textContent = 'Failsafe stopped';
    const text = document.createElement('p');
    text.textContent = 'Something went wrong inside the app (' + String(what || 'an internal error').slice(0, 200) + '). ' +
      'Your saved plans are still in this browser. Download them to be safe, then reload. ' +
      (open ? 'Changes that were not saved yet are only in the first download.' : 'Changes that were not saved yet are lost.');
    const list = document.createElement('div');
    const offer = (label, file, json) => {
      const b = document.createElement('button');
      b.textContent = label;
      b.onclick = () => window.failsafe._download(file, json);
      list.append(b);
    };
    if (open) offer('Download "' + open.name + '" as it was on screen', 'failsafe-plan-on-screen.json', JSON.stringify(open, null, 2));
    let entries = [];
    try { entries = scopedKeys('failsafe/v1/plan/').concat(scopedKeys('failsafe/kept/')); } catch { /* nothing readable */ }
    entries.forEach((key, i) => {
      const value = window.failsafe._storageGet(key) || '';
      const json = value.replace(/^\d+\n/, '');
      let name = 'Unreadable entry ' + (i + 1);
      try { name = JSON.parse(json).name || 'Untitled plan'; } catch { /* kept aside: offered as it is */ }
      offer('Download "' + name + '"', 'failsafe-plan-' + (i + 1) + '.json', json);
    });
    if (!entries.length && !open) list.textContent = 'No saved plans were found in this browser.';
    const reload = document.createElement('button');
    reload.textContent = 'Reload';
    reload.className = 'primary';
    reload.onclick = () => location.reload();
    box.append(title, text, list, reload);
    document.body.append(box);
  }
  window.addEventListener('error', (e) => { if (e.error instanceof WebAssembly.RuntimeError) crash(e.error.message); });
  window.addEventListener('unhandledrejection', (e) => { if (e.reason instanceof WebAssembly.RuntimeError) crash(e.reason.message); });

  // ---- the page's text input (src/app/page_text.hpp) ----
  // While an app text field is active, a real <input> (a <textarea> for multiline text) sits
  // over it with the focus, so a phone's keyboard opens and IME composition, paste and selection
  // are the browser's own. The element holds the text: each change is handed to the app (not in
  // the middle of a composition), which says when its rules changed it (_textSet). Of the keys,
  // only Enter (on one line), Escape and Tab reach the app; the rest edit the element.
  // held: a finger is on the canvas; the input then takes the focus when it is lifted, inside
  // the touch's own handler (iOS opens its keyboard only from inside the user's gesture).
  const typing = { el: null, multiline: false, composing: false, held: false, focusOnRelease: false };
  // UTF-8 bytes (the app's offsets) of value.slice(0, index), and back.
  const utf8Bytes = (value, index) => window.Module.lengthBytesUTF8(value.slice(0, index));
  function indexOfBytes(value, bytes) {
    let i = 0, b = 0;
    while (i < value.length && b < bytes) {
      const c = value.codePointAt(i);
      b += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      i += c > 0xffff ? 2 : 1;
    }
    return i;
  }
  function typed() {
    const el = typing.el;
    if (typing.composing || crashed) return;
    call('failsafe_text_typed', null, ['string', 'number', 'number'],
      [el.value, utf8Bytes(el.value, el.selectionStart), utf8Bytes(el.value, el.selectionEnd)]);
  }
  function typingElement(multiline) {
    if (typing.el && typing.multiline === multiline) return typing.el;
    if (typing.el) typing.el.remove();
    const el = document.createElement(multiline ? 'textarea' : 'input');
    el.id = 'text-input';
    el.autocomplete = 'off';
    el.spellcheck = false;
    el.setAttribute('autocapitalize', 'off');
    if (!multiline) el.setAttribute('enterkeyhint', 'done');
    const forApp = (e) => !typing.composing && !e.isComposing && e.keyCode !== 229 &&
      (e.key === 'Escape' || e.key === 'Tab' || (e.key === 'Enter' && !multiline));
    const keys = (e) => { if (!forApp(e)) e.stopPropagation(); };
    el.addEventListener('keydown', keys);
    el.addEventListener('keyup', keys);
    el.addEventListener('keypress', (e) => e.stopPropagation());  // the app's text comes from `input`
    el.addEventListener('input', typed);
    el.addEventListener('compositionstart', () => { typing.composing = true; });
    el.addEventListener('compositionend', () => { typing.composing = false; typed(); });
    document.body.append(el);
    typing.el = el;
    typing.multiline = multiline;
    return el;
  }

  // ---- the screen-reader mirror (src/app/a11y_mirror.hpp) ----
  // The app says when it changed; it is read once edits pause (not every frame of a drag) and
  // drawn into <main id="mirror">; the muscles whose budget changed are announced politely.
  let mirrorTimer = 0, lastBudget = null;
  const make = (tag, text, ...children) => {
    const node = document.createElement(tag);
    if (text) node.textContent = text;
    node.append(...children);
    return node;
  };
  function renderMirror() {
    if (crashed) return;
    const m = JSON.parse(call('failsafe_mirror_json', 'string') || 'null');
    if (!m) return;
    const days = m.days.map(([day, lines, rest]) =>
      make('section', '', make('h3', day), lines.length ? make('ul', '', ...lines.map((l) => make('li', l))) : make('p', rest)));
    const b = m.budget;
    const row = (cells, header) => make('tr', '', ...cells.map((c, i) => {
      const cell = make(header || i === 0 ? 'th' : 'td', c);
      if (header || i === 0) cell.scope = header ? 'col' : 'row';
      return cell;
    }));
    const table = make('table', '', make('caption', b.title), make('thead', '', row(b.head, true)),
      make('tbody', '', ...b.rows.map((r) => row(r.slice(0, b.head.length)))));
    const f = m.findings;
    const findings = make('ul', '', ...f.items.map(([severity, where, text]) => make('li', severity + ': ' + where + '. ' + text)));
    const h = m.history ? [make('h2', m.history.title), make('ul', '', ...m.history.items.map((t) => make('li', t)))] : [];
    document.getElementById('mirror').replaceChildren(make('h1', m.title), make('h2', m.week), ...days,
      make('h2', b.title), table, make('h2', f.title), make('p', f.summary), findings, ...h);
    const said = b.rows.map((r) => r[b.head.length]);
    if (lastBudget) {
      const changed = said.filter((s, i) => s !== lastBudget[i]);
      if (changed.length) document.getElementById('announce').textContent = changed.join('. ');
    }
    lastBudget = said;
  }

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
    // Reads a picked file of at most maxBytes as UTF-8 text; hands over its name, text and
    // what was wrong with it.
    _pickFile(maxBytes) {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = '.json,application/json';
      input.onchange = async () => {
        const file = input.files && input.files[0];
        if (!file) return;
        let text = '', error = '';
        if (file.size > maxBytes) error = 'larger than ' + Math.round(maxBytes / 1048576) + ' MiB, far more than any plan';
        else {
          try { text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer()); } catch { error = 'not UTF-8 text (is it a Failsafe plan?)'; }
        }
        call('failsafe_file_picked', null, ['string', 'string', 'string'], [file.name, text, error]);
      };
      input.click();
    },
    // The UI font's second file: a promise of its bytes. The service worker is asked to keep it
    // for offline use (web/sw.js).
    _fetchFont() {
      const name = 'ui-font-extra.ttf';
      return fetch(name).then((r) => {
        if (!r.ok) throw new Error(name + ': ' + r.status);
        if ('serviceWorker' in navigator) navigator.serviceWorker.ready.then((reg) => reg.active.postMessage(name));
        return r.arrayBuffer();
      });
    },
    // Draws each character of `text` with the browser's own fonts at `px` pixels, as
    // platform::SystemGlyphs (src/platform/platform.hpp): five metrics a character (its ink's
    // size, where the ink starts from the pen on the baseline, its advance in whole pixels, as
    // the UI font's are), and the ink's coverage.
    _drawGlyphs(text, px) {
      const chars = Array.from(text), cell = Math.ceil(px * 2), width = 16 * cell, metrics = [], coverage = [];
      if (typeof OffscreenCanvas !== 'function') return { metrics, coverage };  // an older browser: boxes
      const canvas = new OffscreenCanvas(width, Math.ceil(chars.length / 16) * cell);
      const g = canvas.getContext('2d', { willReadFrequently: true });
      g.font = px + 'px system-ui, sans-serif';
      g.fillStyle = '#fff';
      const pad = Math.ceil(px / 2), base = pad + Math.ceil(px);  // the pen in each cell
      chars.forEach((c, i) => g.fillText(c, (i % 16) * cell + pad, (i >> 4) * cell + base));
      const pixels = g.getImageData(0, 0, canvas.width, canvas.height).data;
      chars.forEach((c, i) => {
        const ink = (x, y) => pixels[(((i >> 4) * cell + y) * width + (i % 16) * cell + x) * 4 + 3];
        let l = cell, t = cell, r = -1, b = -1;
        for (let y = 0; y < cell; y++) {
          for (let x = 0; x < cell; x++) if (ink(x, y)) [l, r, t, b] = [Math.min(l, x), Math.max(r, x), Math.min(t, y), y];
        }
        if (r < 0) [l, r, t, b] = [0, -1, 0, -1];  // no ink: a space
        metrics.push(r - l + 1, b - t + 1, l - pad, t - base, Math.round(g.measureText(c).width));
        for (let y = t; y <= b; y++) for (let x = l; x <= r; x++) coverage.push(ink(x, y));
      });
      return { metrics, coverage };
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
      try { return localStorage.getItem(scope + key); } catch { return null; }
    },
    _storageSet(key, value) {
      if (crashed) return 'the app has stopped';
      try {
        localStorage.setItem(scope + key, value);
        return localStorage.getItem(scope + key) === value ? '' : 'what was saved does not read back';
      } catch (e) {
        return e && e.name === 'QuotaExceededError' ? 'the browser\'s storage is full' : 'the browser refused to store data (' + (e && e.message || e) + ')';
      }
    },
    _storageRemove(key) {
      if (crashed) return;
      try { localStorage.removeItem(scope + key); } catch { /* nothing to keep */ }
    },
    _storageKeys(prefix) {
      try { return scopedKeys(prefix).join('\n'); } catch { return ''; }
    },
    // For the browser tests of the crash screen: stops the app the way a bug would.
    _crash() { call('failsafe_crash', null); },
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
    _textPlace(x, y, w, h, multiline) {
      const input = typingElement(Boolean(multiline));
      Object.assign(input.style, { left: x + 'px', top: y + 'px', width: w + 'px', height: h + 'px' });
      input.hidden = false;
      if (document.activeElement === input) return;
      if (typing.held) typing.focusOnRelease = true;
      else input.focus({ preventScroll: true });
    },
    _textSet(value, start, end) {
      const input = typing.el;
      if (input.value !== value) input.value = value;
      input.setSelectionRange(indexOfBytes(value, start), indexOfBytes(value, end));
    },
    _textHide() {
      if (!typing.el) return;
      typing.composing = false;
      typing.el.blur();
      typing.el.hidden = true;
    },
    _mirrorChanged() {
      clearTimeout(mirrorTimer);
      mirrorTimer = setTimeout(renderMirror, 150);
    },
    _firstFrame() {
      if (crashed) return;  // the crash screen stays
      performance.mark('failsafe:first-frame');  // for profiles and Lighthouse's user timings
      canvas.classList.add('drawn');
      const splash = document.getElementById('splash');
      splash.classList.add('gone');
      splash.setAttribute('aria-hidden', 'true');  // "Loading..." leaves the accessibility tree
      resolveReady();
      // Events for the app, none once it has stopped.
      const on = (target, type, handler) => target.addEventListener(type, (e) => { if (!crashed) handler(e); });
      // A finger's release is the app's at once (failsafe_frame_now), so that a text field it
      // opens takes the focus inside the tap. On the window: after the canvas's own handler.
      on(canvas, 'touchstart', () => { typing.held = true; });
      const release = () => {
        typing.held = false;
        call('failsafe_frame_now', null);
        const input = typing.el;
        if (typing.focusOnRelease && input && !input.hidden && document.activeElement !== input) input.focus({ preventScroll: true });
        typing.focusOnRelease = false;
      };
      on(window, 'touchend', release);
      on(window, 'touchcancel', release);
      on(window, 'hashchange', () => call('failsafe_hash_changed', null, ['string'], [location.hash.replace(/^#/, '')]));
      setTimeout(registerServiceWorker, 0);  // not in the first frame's task
      on(window, 'pagehide', () => call('failsafe_page_hide', null));
      on(document, 'visibilitychange', () => { if (document.visibilityState === 'hidden') call('failsafe_page_hide', null); });
      // An edit that could not be saved: the browser asks before the page goes.
      on(window, 'beforeunload', (e) => {
        call('failsafe_page_hide', null);
        if (call('failsafe_unsaved', 'number')) { e.preventDefault(); e.returnValue = ''; }
      });
      // Another tab of this deployment saved: the app follows, or keeps both versions.
      on(window, 'storage', (e) => {
        if (e.storageArea !== localStorage || (e.key !== null && !e.key.startsWith(scope + 'failsafe/'))) return;
        call('failsafe_storage_changed', null, ['string'], [e.key === null ? '' : e.key.slice(scope.length)]);
      });
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
    onAbort: crash,
    // The module boot.js started compiling while the page loaded (or, without it, compiled now).
    instantiateWasm: (imports, done) => {
      const compiled = window.failsafeWasm ||
        WebAssembly.compileStreaming(fetch('failsafe.wasm', { credentials: 'same-origin' }));
      compiled.then((module) => WebAssembly.instantiate(module, imports).then((instance) => done(instance, module)))
        .catch((e) => fail('Could not load failsafe.wasm - check your connection and reload. (' + e.message + ')'));
      return {};
    },
  };
  const script = document.createElement('script');
  script.src = 'failsafe.js';
  script.onerror = () => fail('Could not load failsafe.js - check your connection and reload.');
  document.body.appendChild(script);
})();
