// A batch worker thread: runs the batches it is sent, answers with their results.
import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type Job, type JobOptions } from './job.js';
import { useRemark } from '../structure/markdown.js';

/** Serves batches on this worker thread's port until the pool ends the thread. */
export function serveBatches(): void {
  useRemark();
  // Test seam for the pool's crash handling: CHITHI_TEST_WORKER_FAULT=start makes workers
  // fail as they start, =path:TEXT makes a worker exit when it is given a file whose path
  // contains TEXT. Unset in normal use.
  const fault = process.env.CHITHI_TEST_WORKER_FAULT ?? '';
  if (fault === 'start') throw new Error('worker failed to start (test fault)');
  const faultPath = fault.startsWith('path:') ? fault.slice(5) : null;

  const opts = workerData as JobOptions;
  const utf8 = new TextEncoder();
  parentPort?.on('message', (jobs: Job[]) => {
    if (faultPath && jobs.some((j) => j.path.includes(faultPath))) process.exit(3);
    const results = jobs.map((j) => runJob(j, opts));
    // outputs go as bytes, transferred: the main thread only writes them
    const moved: ArrayBuffer[] = [];
    for (const r of results) {
      if (r.status === 'ok' && typeof r.json === 'string') {
        r.json = utf8.encode(r.json + '\n');
        moved.push(r.json.buffer as ArrayBuffer);
      }
    }
    parentPort!.postMessage(results, moved);
  });
}
