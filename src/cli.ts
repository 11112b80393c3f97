// The command line: a thin layer over the library.
import { Command, CommanderError, Option } from 'commander';
import { ChithiError } from './errors.js';
import { parseSize, readInput } from './io.js';
import { ENCODINGS, type Encoding } from './ingest/encodings.js';
import { VERSION } from './package-version.js';

const program = new Command();

function fail(path: string | null, e: unknown): never {
  const msg = e instanceof ChithiError ? e.message : `internal error: ${(e as Error)?.message ?? String(e)}`;
  process.stderr.write(`chithi: ${path === null ? '<stdin>' : path}: ${msg}\n`);
  process.exit(1);
}

function usage(msg: string): never {
  process.stderr.write(`chithi: ${msg}\nTry 'chithi --help'.\n`);
  process.exit(2);
}

function parseRefDate(s: string | undefined): Date | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) usage(`--ref-date must be YYYY-MM-DD, got '${s}'`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

export type ExtractCliOptions = {
  outDir?: string; pretty?: boolean; compact?: boolean; jobs?: string; ext?: string; force?: boolean; unordered?: boolean;
  quiet?: boolean; report?: string; ndjsonInput?: boolean; encoding?: Encoding; maxSize?: string; refDate?: string;
  hidden?: boolean; followSymlinks?: boolean;
};

program
  .name('chithi')
  .description('Turn Vietnamese directive texts (chỉ thị, kế hoạch, news of a "phát động phong trào thi đua") into structured JSON.')
  .version(VERSION, '-V, --version')
  .showHelpAfterError(false)
  .configureOutput({ writeErr: (s) => process.stderr.write(s) })
  .exitOverride();

program
  .command('extract')
  .description('extract one JSON document per input (a file, a folder, a glob, or "-"/nothing for stdin)')
  .argument('[paths...]', 'files, folders (recursive) or glob patterns; "-" or nothing reads stdin')
  .option('-o, --out-dir <dir>', 'write one NAME.json per input, mirroring the folder layout')
  .option('--pretty', 'indented JSON (default for one input)')
  .option('--compact', 'one-line JSON (default for several inputs: NDJSON)')
  .option('-j, --jobs <n>', 'documents extracted at once: this thread and n-1 worker threads (default: number of cores)')
  .option('--ext <list>', 'file endings to take from folders, comma-separated', 'txt,md')
  .option('-f, --force', 'with --out-dir: redo inputs whose output is already up to date')
  .option('--unordered', 'emit results as they finish instead of in input order')
  .option('-q, --quiet', 'no progress bar and no summary on stderr')
  .option('--report <file>', 'write the run summary and every failure as JSON')
  .option('--ndjson-input', 'read lines {"id": …, "text": …} on stdin, write one output line per input line')
  .addOption(new Option('--encoding <name>', 'force the input encoding instead of detecting it').choices([...ENCODINGS]))
  .option('--max-size <size>', 'largest input accepted (e.g. 50MB)', '50MB')
  .option('--ref-date <YYYY-MM-DD>', 'reference date for dates written without a year')
  .option('--hidden', 'also walk hidden files and folders')
  .option('--follow-symlinks', 'follow symbolic links to folders when walking')
  .action(async (paths: string[], opts: ExtractCliOptions) => {
    const maxBytes = (() => { try { return parseSize(opts.maxSize ?? '50MB'); } catch (e) { return usage((e as Error).message); } })();
    const refDate = parseRefDate(opts.refDate);
    if (opts.jobs !== undefined && !/^[1-9]\d*$/.test(opts.jobs)) usage(`--jobs takes a positive whole number, got '${opts.jobs}'`);
    const single = !opts.outDir && !opts.ndjsonInput && paths.length <= 1;
    if (single) {
      const path = paths[0] ?? null;
      const { statSync } = (await import('./builtins.js')).fs;
      let isDir = false;
      try { isDir = path !== null && path !== '-' && statSync(path).isDirectory(); } catch { /* reported by readInput */ }
      if (!isDir && !(path && /[*?[]/.test(path))) {
        const { extract } = await import('./extract.js');
        try {
          const bytes = readInput(path === '-' ? null : path, maxBytes);
          await loadMarkdownIfNeeded(bytes);
          const out = extract(bytes, { path: path === '-' ? null : path, encoding: opts.encoding, refDate });
          process.stdout.write(JSON.stringify(out, null, opts.compact ? undefined : 2) + '\n');
          return;
        } catch (e) {
          fail(path === '-' ? null : path, e);
        }
      }
    }
    const { runBatch } = await import('./batch/run.js');
    const code = await runBatch(paths, { ...opts, maxBytes, refDate });
    process.exitCode = code;
  });

program
  .command('text')
  .description('print the normalized text that all spans refer to')
  .argument('[file]', 'input file ("-" or nothing for stdin)')
  .addOption(new Option('--encoding <name>', 'force the input encoding').choices([...ENCODINGS]))
  .option('--max-size <size>', 'largest input accepted', '50MB')
  .action(async (file: string | undefined, opts: { encoding?: Encoding; maxSize?: string }) => {
    const path = file && file !== '-' ? file : null;
    const { ingest } = await import('./ingest/index.js');
    try {
      const bytes = readInput(path, parseSize(opts.maxSize ?? '50MB'));
      process.stdout.write(ingest(bytes, { path, encoding: opts.encoding }).text);
    } catch (e) {
      fail(path, e);
    }
  });

program
  .command('schema')
  .description('print the JSON Schema of the output')
  .action(async () => {
    const { jsonSchema } = await import('./schema.js');
    process.stdout.write(JSON.stringify(jsonSchema(), null, 2) + '\n');
  });

/** remark is loaded only for inputs that have a markdown pipe table (a header table). */
async function loadMarkdownIfNeeded(bytes: Uint8Array): Promise<void> {
  if (!Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1 << 16)).includes('|')) return;
  const { useRemark } = await import('./structure/markdown.js');
  useRemark();
}

/** Runs the command line (the bin calls this once). */
export async function main(argv: string[] = process.argv): Promise<void> {
  // a reader that goes away (`chithi extract … | head`) ends the run quietly, as Unix tools do
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    process.stderr.write(`chithi: cannot write the output: ${e.message}\n`);
    process.exit(1);
  });
  try {
    await program.parseAsync(argv);
  } catch (e) {
    onError(e);
  }
}

function onError(e: unknown): never {
  if (e instanceof CommanderError) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') process.exit(0);
    process.exit(e.exitCode === 0 ? 0 : 2);
  }
  process.stderr.write(`chithi: internal error: ${(e as Error)?.message ?? String(e)}\n`);
  process.exit(1);
}
