// Starts compiling failsafe.wasm as early as the page allows: at the first frame the page paints
// (the splash, its largest text), not before it. shell.js runs only once the styles are in and
// the page is parsed; failsafe.js then instantiates the module compiled here
// (Module.instantiateWasm in shell.js). Asked for before that paint, the wasm would count in a
// slow network's largest contentful paint (docs/performance.md, Lighthouse).
(function () {
  if (typeof WebAssembly !== 'object') return;  // shell.js says so to the user
  const get = () => fetch('failsafe.wasm', { credentials: 'same-origin' });
  const bytes = () => get().then((r) => {
    if (!r.ok) throw new Error('failsafe.wasm: HTTP ' + r.status);
    return r.arrayBuffer();
  }).then((b) => WebAssembly.compile(b));
  // A host that serves .wasm without its MIME type makes streaming fail: compile the bytes then.
  const compile = () => (WebAssembly.compileStreaming ? WebAssembly.compileStreaming(get()).catch(bytes) : bytes());
  // Once the splash is on screen: the browser's report of its largest paint comes after the
  // frame is presented (where the browser has no such report: the frame after the first).
  // A page opened in the background paints nothing until shown: no reason to wait there.
  window.failsafeWasm = new Promise((done) => {
    let started = false;
    const start = () => started || done(compile(), started = true);
    if (document.visibilityState === 'hidden') return start();
    const P = window.PerformanceObserver;
    if (P && (P.supportedEntryTypes || []).includes('largest-contentful-paint')) {
      new P((list, observer) => (observer.disconnect(), start())).observe({ type: 'largest-contentful-paint', buffered: true });
      setTimeout(start, 500);  // no paint reported (nothing to paint?): not forever
    } else {
      requestAnimationFrame(() => setTimeout(start, 0));
    }
  });
})();
