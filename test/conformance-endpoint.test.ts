// The W3C SPARQL tests through `newskg serve`'s endpoint, as a SPARQL client sees it: the query
// over HTTP, the answer in SPARQL XML (SELECT, ASK) or N-Triples (CONSTRUCT), compared with the
// expected results as test/conformance.test.ts compares them. One server per data set costs
// seconds, so this runs four data sets that carry many tests (about a fifth of the suite:
// functions, type promotion, ordered solution sequences, regular expressions); the rest
// reach the same engine (oxigraph) through `newskg query` in test/conformance.test.ts. Tests
// listed in test/conformance-known.ts are not posed here.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planQuery } from '../src/store/index.js';
import { KNOWN_OXIGRAPH } from './conformance-known.js';
import { type Served, serve } from './browser/serve.js';
import { SUITE_ROOT, type W3cTest, dataFile, describe as brief, fromNTriples, fromXml, notPosable, orderVariables, queryText, readExpected, readSuite, sameAnswer } from './w3c/suite.js';

const DATA_SETS = ['sparql11/functions/data.ttl', 'sparql10/type-promotion/tP.ttl', 'sparql10/solution-seq/data.ttl', 'sparql10/regex/regex-data-quantifiers.ttl'];

const all = readSuite();
const haveSuite = all.length > 0;
if (!haveSuite) console.warn(`conformance-endpoint: skipped: the W3C SPARQL test suites are not at ${SUITE_ROOT}`);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newskg-w3c-endpoint-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

for (const dataSet of DATA_SETS) {
  const tests = all.filter((t) => t.data.length === 1 && t.data[0] === join(SUITE_ROOT, dataSet) && !notPosable(t) && !t.csv && !(t.id in KNOWN_OXIGRAPH));
  describe.skipIf(!haveSuite)(`serve on ${dataSet}`, () => {
    let server: Served;
    beforeAll(async () => {
      server = await serve([dataFile(tests[0], dir, dataSet.replace(/[^\w-]+/g, '_'))]);
    });
    afterAll(async () => {
      await server?.stop();
    });

    it('poses enough of the suite to matter', () => {
      expect(tests.length).toBeGreaterThanOrEqual(10);
    });

    it.each(tests.map((t) => [t.id, t] as const))('%s', async (_id, t: W3cTest) => {
      const query = queryText(t);
      const graph = planQuery(query, undefined).graphQuery;
      const res = await fetch(`${server.url}sparql?query=${encodeURIComponent(query)}`, { headers: { Accept: graph ? 'application/n-triples' : 'application/sparql-results+xml' } });
      const body = await res.text();
      expect(res.status, body).toBe(200);
      const expected = readExpected(t.result ?? '');
      const actual = graph ? fromNTriples(body) : fromXml(body);
      const verdict = sameAnswer(expected, actual, { lax: t.lax, order: orderVariables(query) });
      expect(verdict.ok ? 'ok' : `${verdict.why}\ngot:\n${brief(actual)}\nexpected:\n${brief(expected)}`).toBe('ok');
    });
  });
}
