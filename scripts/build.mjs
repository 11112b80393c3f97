// Build: one esbuild bundle per entry (fast start: one file to load, no resolution of
// hundreds of node_modules files), plus type declarations from tsc.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

rmSync('dist', { recursive: true, force: true });
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: false,
  legalComments: 'none',
  define: { __CHITHI_VERSION__: JSON.stringify(pkg.version) },
  logLevel: 'warning',
  // some CommonJS dependencies (iconv-lite) call require(): give the ESM bundle one
  external: ['iconv-lite'],
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
};
await build({
  ...common,
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts', worker: 'src/batch/worker.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  minifySyntax: true,
  minifyWhitespace: true,
});
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--emitDeclarationOnly'], { stdio: 'inherit' });
