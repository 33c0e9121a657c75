// Worker thread of a batch build: runs Core jobs (src/batch/core.ts) posted by the pool.
import { performance as perf } from 'node:perf_hooks';
const elu = () => perf.eventLoopUtilization();
import { parentPort, workerData } from 'node:worker_threads';
import { errorInfo } from '../errors.js';
import { Core, type Job, type Settings } from './core.js';

const core = new Core(workerData as Settings);
const encoder = new TextEncoder();
parentPort!.on('message', (msg: { id: number; job: Job } | 'close') => {
  if (msg === 'close') {
    if (process.env.NEWSKG_TIMING) process.stderr.write(`newskg: timing: worker busy ${(elu().active / 1000).toFixed(2)} s\n`);
    core.close();
    parentPort!.close();
    return;
  }
  try {
    const result = core.run(msg.job);
    if (result.kind === 'rendered') {
      // rendered graphs go back as UTF-8 bytes, moved rather than copied: encoding here runs in
      // parallel, and the main thread writes the bytes as they are (strings would be cloned into
      // its heap and encoded there, on the one thread all workers wait for)
      const chunks = result.chunks.map((c) => (typeof c === 'string' ? encoder.encode(c) : c));
      const transfer = chunks.map((c) => c.buffer as ArrayBuffer);
      if (result.index) transfer.push(result.index.rows.buffer as ArrayBuffer);
      parentPort!.postMessage({ id: msg.id, result: { ...result, chunks } }, transfer);
    } else if (result.kind === 'sorted') parentPort!.postMessage({ id: msg.id, result }, [result.rows.buffer as ArrayBuffer, result.firstRow.buffer as ArrayBuffer]);
    else parentPort!.postMessage({ id: msg.id, result });
  } catch (e) {
    parentPort!.postMessage({ id: msg.id, error: errorInfo(e) });
  }
});
