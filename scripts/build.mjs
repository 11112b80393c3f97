// Build:
// - dist/index.js: the library, one ESM bundle (one file to load, no resolution of
//   hundreds of node_modules files), with type declarations from tsc;
// - dist/chithi.cjs: the command line and its batch worker, one CommonJS bundle, which
//   bin/chithi.js and dist/worker.cjs load through dist/load.cjs with a V8 code cache
//   made here by running the CLI on fixtures (see src/boot/load.cjs). What only some runs
//   need has a bundle of its own, loaded on first use: dist/markdown.cjs (remark, for
//   pipe tables) and dist/schema.cjs (zod, for `chithi schema`).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

rmSync('dist', { recursive: true, force: true });
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  define: { __CHITHI_VERSION__: JSON.stringify(pkg.version) },
  logLevel: 'warning',
  // a CommonJS dependency loaded on first use only, with require()
  external: ['iconv-lite'],
  minifySyntax: true,
  minifyWhitespace: true,
};
await build({
  ...common,
  format: 'esm',
  entryPoints: { index: 'src/index.ts' },
  outdir: 'dist',
  // some CommonJS dependencies (iconv-lite) call require(): give the ESM bundle one
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});

// --- the command line's CommonJS bundles ---------------------------------------------
const id = randomBytes(8).toString('hex');
const cjs = {
  ...common,
  format: 'cjs',
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  external: [...common.external, './load.cjs'],
  define: { ...common.define, 'import.meta.url': '__chithi_url' },
  banner: { js: `// chithi build ${id}\nvar __chithi_url = require("node:url").pathToFileURL(__filename).href;` },
};
// In dist/chithi.cjs, the markdown and schema modules are stand-ins that load their own
// bundles on first use.
const tables = resolve('src/structure/tables.ts');
const standIns = {
  name: 'stand-ins',
  setup(b) {
    b.onResolve({ filter: /[\\/](markdown|schema)\.js$/ }, (a) => ({ path: /markdown\.js$/.test(a.path) ? 'markdown' : 'schema', namespace: 'stand-in' }));
    b.onLoad({ filter: /^markdown$/, namespace: 'stand-in' }, () => ({
      resolveDir: resolve('src'),
      contents: `import { setTableReader } from ${JSON.stringify(tables)};
let remark = null;
export function useRemark() {
  setTableReader((block) => (remark ??= require('./load.cjs').bundle('markdown')).headerTableCells(block));
}`,
    }));
    b.onLoad({ filter: /^schema$/, namespace: 'stand-in' }, () => ({ contents: "module.exports = require('./load.cjs').bundle('schema');" }));
  },
};
// Node's own modules that a one-file run never uses (commander's child_process, for
// subcommands run as programs; worker_threads, for batches) are loaded on first use: each
// costs a few milliseconds of a cold start.
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    b.onResolve({ filter: /^node:(?:child_process|worker_threads)$/ }, (a) =>
      (a.namespace === 'lazy-builtin' ? { path: a.path, external: true } : { path: a.path, namespace: 'lazy-builtin' }));
    // one getter per export (the names read from this Node at build time): esbuild's
    // interop copies exports as getters, so the module loads when a name is first read
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, async (a) => ({
      contents: `let m = null; const get = () => (m ??= require(${JSON.stringify(a.path)}));
for (const k of ${JSON.stringify(Object.keys(await import(a.path)).filter((k) => k !== 'default'))}) Object.defineProperty(module.exports, k, { enumerable: true, get: () => get()[k] });`,
    }));
  },
};
await build({ ...cjs, entryPoints: { chithi: 'src/bundle.ts' }, plugins: [standIns, lazyBuiltins] });
await build({ ...cjs, entryPoints: { markdown: 'src/structure/markdown.ts', schema: 'src/schema.ts' } });
copyFileSync('src/boot/load.cjs', 'dist/load.cjs');
copyFileSync('src/boot/worker.cjs', 'dist/worker.cjs');

// the code caches: runs of the CLI compile what a run needs (a plain text and a markdown
// export with a header table)
const cli = (file, bundles) => {
  if (existsSync(file)) execFileSync(process.execPath, ['bin/chithi.js', 'extract', file], { stdio: 'ignore', env: { ...process.env, CHITHI_WRITE_CODE_CACHE: bundles } });
};
cli('fixtures/variants/ke-hoach-markdown-table.md', 'markdown');
cli('fixtures/seeds/cao-bang-01-ct-ubnd-2023.txt', 'chithi');

execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--emitDeclarationOnly'], { stdio: 'inherit' });
