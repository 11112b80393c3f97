'use strict';
// Loads the command line's CommonJS bundles (dist/NAME.cjs) through V8's code cache.
//
// A cold start spends much of its time compiling JavaScript: parsing a megabyte of
// bundle and compiling every function it runs. The build runs the CLI on fixtures and
// saves V8's code cache of each bundle, the functions compiled by then included, next to
// it (dist/NAME.<build id>.cache). Later starts, on the main thread and in each worker
// thread, take the compiled code from the cache. V8 itself refuses a cache made by
// another V8 version or with other flags; the build id, written in the bundle's first
// line, ties the cache to the bundle it was made from. Without a usable cache the bundle
// is compiled as usual.
// Optimizing compilation without inlining. On this code (large functions that run once
// per document) inlining makes TurboFan's compiles several times longer (tens of ms per
// function, on background threads that compete with the work when every core has a
// worker) and the compiled code no faster; each worker thread compiles for itself.
// Regular expressions compiled to machine code at once, without the bytecode tier first:
// by default V8 interprets a new pattern once and then compiles it again; chithi's patterns
// are large (Vietnamese letter classes, word lists as alternations) and nearly all run
// many times per document, so compiling twice cost a one-file run about 10 ms.
// Set before any of chithi is compiled, and the same way in the build run that makes the
// code cache (V8 ties a cache to the flags).
require('node:v8').setFlagsFromString('--no-turbo-inlining');
require('node:v8').setFlagsFromString('--no-regexp-tier-up');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { createRequire } = require('node:module');

const loaded = new Map();

/** The exports of dist/NAME.cjs, loaded once. */
function bundle(name) {
  const known = loaded.get(name);
  if (known) return known.exports;
  const file = path.join(__dirname, `${name}.cjs`);
  const source = fs.readFileSync(file, 'utf8');
  const id = /^\/\/ chithi build ([0-9a-f]+)/.exec(source);
  const cacheFile = id ? path.join(__dirname, `${name}.${id[1]}.cache`) : null;
  let cachedData;
  if (cacheFile) try { cachedData = fs.readFileSync(cacheFile); } catch { /* no cache: compile */ }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
  });
  const mod = { exports: {} };
  const cache = cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'used';
  loaded.set(name, { script, cacheFile, cache, exports: mod.exports });
  script.runInThisContext().call(mod.exports, mod.exports, createRequire(file), mod, file, __dirname);
  loaded.get(name).exports = mod.exports;
  return mod.exports;
}

// The build sets CHITHI_WRITE_CODE_CACHE=NAME,… to save those bundles' caches at exit.
const toWrite = (process.env.CHITHI_WRITE_CODE_CACHE ?? '').split(',').filter(Boolean);
if (toWrite.length && require('node:worker_threads').isMainThread) {
  process.once('exit', () => {
    for (const name of toWrite) {
      const b = loaded.get(name);
      if (b?.cacheFile) fs.writeFileSync(b.cacheFile, b.script.createCachedData());
    }
  });
}

/** Whether bundle NAME came from its code cache: 'used', 'rejected' (stale, other V8), 'none'. */
const cacheState = (name) => loaded.get(name)?.cache ?? 'none';

module.exports = { bundle, cacheState };
