// A batch worker thread: runs jobs it is sent, answers with their results.
import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type Job, type JobOptions } from './job.js';
import { useRemark } from '../structure/markdown.js';

useRemark();

const opts = workerData as JobOptions;
parentPort?.on('message', (jobs: Job[]) => {
  parentPort!.postMessage(jobs.map((j) => runJob(j, opts)));
});
