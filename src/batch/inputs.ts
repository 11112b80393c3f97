// Expand command-line paths into input files: files as given, folders walked
// recursively (by extension; hidden entries skipped unless asked; symlink loops never
// followed twice), glob patterns ("archive/**/*.txt").
import { readdirSync, realpathSync, statSync, lstatSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

export type Input = { path: string; /** path relative to the folder/glob root it came from (for --out-dir) */ rel: string };
export type WalkOptions = { exts: string[]; hidden: boolean; followSymlinks: boolean; exclude: string[] };

const GLOB_CHARS = /[*?[]/;

export function expandInputs(args: string[], opts: WalkOptions): { inputs: Input[]; missing: string[] } {
  const inputs: Input[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const push = (path: string, rel: string) => {
    const key = resolve(path);
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push({ path, rel });
  };
  for (const arg of args) {
    if (GLOB_CHARS.test(arg) && !exists(arg)) {
      const { root, re } = globToRegex(arg);
      const before = inputs.length;
      walk(root, opts, (file) => {
        const r = relative(root, file).split(sep).join('/');
        if (re.test(r)) push(file, r);
      }, true);
      if (inputs.length === before) missing.push(arg);
      continue;
    }
    let st;
    try { st = statSync(arg); } catch { missing.push(arg); continue; }
    if (st.isDirectory()) walk(arg, opts, (file) => push(file, relative(arg, file)), false);
    else push(arg, arg.split(/[\\/]/).pop()!);
  }
  return { inputs, missing };
}

function exists(p: string): boolean {
  try { statSync(p); return true; } catch { return false; }
}

function walk(root: string, opts: WalkOptions, onFile: (p: string) => void, anyExt: boolean): void {
  const visited = new Set<string>();
  const exclude = opts.exclude.map((e) => resolve(e));
  const visit = (dir: string) => {
    let real: string;
    try { real = realpathSync(dir); } catch { return; }
    if (visited.has(real)) return; // a symlink loop
    visited.add(real);
    if (exclude.some((e) => resolve(dir) === e || real === e)) return;
    let entries;
    try { entries = readdirSync(dir, { withFileTypes: true }); } catch { return; }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (!opts.hidden && e.name.startsWith('.')) continue;
      const p = join(dir, e.name);
      let isDir = e.isDirectory(), isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const st = statSync(p);
          if (st.isDirectory() && !opts.followSymlinks) continue;
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch { continue; } // dangling link
      }
      if (isDir) visit(p);
      else if (isFile && (anyExt || opts.exts.some((x) => e.name.toLowerCase().endsWith('.' + x)))) {
        if (!exclude.some((x) => resolve(p).startsWith(x + sep))) onFile(p);
      }
    }
  };
  try { if (lstatSync(root)) visit(root); } catch { /* missing root: nothing */ }
}

/** "a/b/**\/*.txt" -> root "a/b" and a regex over paths relative to it. */
export function globToRegex(pattern: string): { root: string; re: RegExp } {
  const parts = pattern.split('/');
  const rootParts: string[] = [];
  while (parts.length > 1 && !GLOB_CHARS.test(parts[0]!)) rootParts.push(parts.shift()!);
  const root = rootParts.join('/') || (pattern.startsWith('/') ? '/' : '.');
  let re = '';
  const rest = parts.join('/');
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i]!;
    if (c === '*' && rest[i + 1] === '*') {
      i++;
      if (rest[i + 1] === '/') { i++; re += '(?:[^/]*/)*'; } else re += '.*';
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = rest.indexOf(']', i);
      if (close < 0) re += '\\[';
      else { re += '[' + rest.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']'; i = close; }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return { root, re: new RegExp(`^${re}$`, 'u') };
}
