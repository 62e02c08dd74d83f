// Compiles failsafe.wasm as it streams in, fetched once the splash is painted (not preloaded:
// bytes asked for before that paint count in a slow network's LCP; docs/performance.md).
// shell.js's Module.instantiateWasm instantiates it.
(function () {
  if (typeof WebAssembly !== 'object') return;  // shell.js says so to the user
  const get = () => fetch('failsafe.wasm', { credentials: 'same-origin' });
  const bytes = () => get().then((r) => {
    if (!r.ok) throw new Error('failsafe.wasm: HTTP ' + r.status);
    return r.arrayBuffer();
  }).then((b) => WebAssembly.compile(b));
  // A host that serves .wasm without its MIME type makes streaming fail: compile the bytes then.
  const compile = () => (WebAssembly.compileStreaming ? WebAssembly.compileStreaming(get()).catch(bytes) : bytes());
  window.failsafeWasm = new Promise((done) => {
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      done(compile());
      // The WebGL context too, while the wasm comes: the page's own work for a new context runs
      // now, not after the app's start. The app's request (sdl_web.cpp) gets this same context.
      // At the size the app gives it (sdl_web.cpp's size_canvas), so that its drawing buffer is
      // made once.
      const canvas = document.getElementById('canvas');
      if (!canvas) return;
      const box = canvas.getBoundingClientRect(), ratio = Math.fround(window.devicePixelRatio || 1);
      canvas.width = Math.trunc(Math.fround(Math.trunc(box.width)) * ratio);
      canvas.height = Math.trunc(Math.fround(Math.trunc(box.height)) * ratio);
      canvas.getContext('webgl2', { alpha: false, depth: false, stencil: false, antialias: false });
    };
    if (document.visibilityState === 'hidden') return start();  // nothing is painted in the background
    const P = window.PerformanceObserver;
    if (P && (P.supportedEntryTypes || []).includes('largest-contentful-paint')) {
      // Reported once the splash's frame is on screen; or, if that never comes, soon anyway.
      new P((list, observer) => (observer.disconnect(), start())).observe({ type: 'largest-contentful-paint', buffered: true });
      setTimeout(start, 500);
    } else {
      requestAnimationFrame(() => setTimeout(start, 0));  // the frame after the first paint
    }
  });
})();
