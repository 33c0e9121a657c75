// Worker thread of a batch build: runs Core jobs (src/build/core.ts) posted by the pool.
import { performance as perf } from 'node:perf_hooks';
const elu = () => perf.eventLoopUtilization();
import { parentPort, workerData } from 'node:worker_threads';
import { Core, type Job, type Settings, errorInfo } from './core.js';

const core = new Core(workerData as Settings);
parentPort!.on('message', (msg: { id: number; job: Job } | 'close') => {
  if (msg === 'close') {
    if (process.env.NEWSKG_TIMING) process.stderr.write(`newskg: timing: worker busy ${(elu().active / 1000).toFixed(2)} s\n`);
    core.close();
    parentPort!.close();
    return;
  }
  try {
    parentPort!.postMessage({ id: msg.id, result: core.run(msg.job) });
  } catch (e) {
    parentPort!.postMessage({ id: msg.id, error: errorInfo(e) });
  }
});
