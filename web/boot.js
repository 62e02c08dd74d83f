// Starts compiling failsafe.wasm while the page is still loading. shell.js runs only once the
// styles are in and the page is parsed; failsafe.js then instantiates the module compiled here
// (Module.instantiateWasm in shell.js). docs/performance.md measures what this saves.
(function () {
  if (typeof WebAssembly !== 'object') return;  // shell.js says so to the user
  const get = () => fetch('failsafe.wasm', { credentials: 'same-origin' });  // matches the preload
  const bytes = () => get().then((r) => {
    if (!r.ok) throw new Error('failsafe.wasm: HTTP ' + r.status);
    return r.arrayBuffer();
  }).then((b) => WebAssembly.compile(b));
  // A host that serves .wasm without its MIME type makes streaming fail: compile the bytes then.
  window.failsafeWasm = WebAssembly.compileStreaming ? WebAssembly.compileStreaming(get()).catch(bytes) : bytes();
})();
