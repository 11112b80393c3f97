// The command line's one bundle (dist/chithi.cjs): the CLI's entry and the batch worker's,
// so that one V8 code cache serves the main thread and every worker thread.
export { main } from './cli.js';
export { serveBatches } from './batch/worker.js';
