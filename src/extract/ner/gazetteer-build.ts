// Builds the gazetteer that is stored inside the model file, at training time only: country
// names, capitals and demonyms from the `world-countries` package (ODbL), plus the hand-written
// lists of lexicon.ts. At run time the recognizer reads the lists from the model file and needs
// no package.

import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { CITIES, COMMON_GIVEN_NAMES, EXTRA_DEMONYMS, FACILITY_WORDS, FIRST_NAMES, LOC_WORDS, ORG_WORDS, ORGS, REGIONS, SURNAMES, TITLES } from './lexicon.js';
import type { GazetteerData } from './features.js';

function uniqSorted(xs: Iterable<string>): string[] {
  return [...new Set([...xs].map((x) => x.trim()).filter((x) => x.length > 0))].sort();
}

function plural(d: string): string[] {
  if (/(?:an|i|ese|ish|ch|sh)$/.test(d) === false) return [];
  if (/(?:ese|ish|ch|sh)$/.test(d)) return [];
  return [d + 's'];
}

export function buildGazetteer(): GazetteerData {
  const countries = createRequire(import.meta.url)('world-countries/countries.json') as Country[];
  const cty: string[] = [];
  const cap: string[] = [];
  const dem: string[] = [];
  for (const c of countries) {
    cty.push(c.name.common, c.name.official);
    for (const alt of c.altSpellings) {
      // Skip ISO codes ("FR") and native-language forms; keep "USA", "UK", "Great Britain".
      if (alt === c.cca2 && !['UK', 'US'].includes(alt)) continue;
      if (/[^\x20-\x7e\u00c0-\u017f]/.test(alt)) continue;
      cty.push(alt);
    }
    for (const x of c.capital ?? []) cap.push(x);
    const eng = c.demonyms?.['eng'];
    if (eng) for (const d of [eng.m, eng.f]) if (d) dem.push(d, ...plural(d));
  }
  for (const d of EXTRA_DEMONYMS) dem.push(d, ...plural(d));
  return {
    phrases: {
      cty: uniqSorted(cty),
      cap: uniqSorted(cap),
      dem: uniqSorted(dem),
      reg: uniqSorted(REGIONS),
      city: uniqSorted(CITIES),
      org: uniqSorted(ORGS),
    },
    words: {
      fn: uniqSorted([...FIRST_NAMES, ...COMMON_GIVEN_NAMES].map((x) => x.toLowerCase())),
      sn: uniqSorted(SURNAMES.map((x) => x.toLowerCase())),
      title: uniqSorted(TITLES.map((x) => x.toLowerCase())),
      orgw: uniqSorted(ORG_WORDS.map((x) => x.toLowerCase())),
      locw: uniqSorted(LOC_WORDS.map((x) => x.toLowerCase())),
      facw: uniqSorted(FACILITY_WORDS.map((x) => x.toLowerCase())),
    },
  };
}
