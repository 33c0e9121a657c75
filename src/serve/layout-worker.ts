// The viewer's layout (viewer-layout.ts) on a thread of its own, so that the server answers while
// the outer rings settle (seconds on an archive): it posts the first ring (the default view) as
// soon as that has settled, then the whole layout.
import { parentPort, workerData } from 'node:worker_threads';
import type { LayoutMessage } from './layout-thread.js';
import { type LayoutInput, layoutDisplayGraph } from './viewer-layout.js';

const input = workerData as LayoutInput;
const post = (m: LayoutMessage) => parentPort!.postMessage(m);
const { positions, result } = layoutDisplayGraph(input.entities, input.quotes, input.pledges, input.roles, {
  onFirstRing: (first) => post({ type: 'first', positions: [...first.positions], quality: first.quality, defaultView: first.defaultView }),
});
post({ type: 'whole', positions: [...positions], result });
