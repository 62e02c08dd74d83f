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
