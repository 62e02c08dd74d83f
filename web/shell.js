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
    _firstFrame() {
      document.getElementById('splash').classList.add('gone');
      resolveReady();
    },
  };

  if (typeof WebAssembly !== 'object') { fail('This browser has no WebAssembly: Failsafe cannot run here.'); return; }
  const probe = document.createElement('canvas');
  if (!probe.getContext('webgl2')) { fail('This browser has no WebGL2: Failsafe cannot draw here.'); return; }

  const canvas = document.getElementById('canvas');
  canvas.addEventListener('contextmenu', (e) => e.preventDefault());
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
