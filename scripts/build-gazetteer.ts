// Builds data/gazetteer/gazetteer.json: the countries (with ISO codes, Wikidata entities, names,
// demonyms and capitals) and the major international bodies that newskg links. Run with
// `npx tsx scripts/build-gazetteer.ts`; the output is committed so builds need no network.
//
// Sources:
// - data/gazetteer/countries-wikidata.csv: ISO codes, English short names and Wikidata entities
//   (Wikidata, CC0; compiled from Our World in Data's grapher country table).
// - the npm package world-countries (ODbL 1.0): official names, alternative spellings,
//   English demonyms, capitals and currencies.
// - the corrections and organizations below, written by hand (facts, each with its reason).

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { slugify } from '../src/extract/names.js';

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  demonyms?: { eng?: { f: string; m: string } };
  currencies?: Record<string, { name: string }>;
}

const require = createRequire(import.meta.url);
const world: WorldCountry[] = require('world-countries');
const root = fileURLToPath(new URL('..', import.meta.url));

// News refers to the country in Europe (Q55), not the Kingdom of the Netherlands (Q29999), which
// also covers Aruba, Curaçao and Sint Maarten: Q55 is what "Dutch" and "the Netherlands" mean in a news
// story, and it is what Wikidata's own "country of citizenship" statements for Dutch politicians use.
const WIKIDATA_OVERRIDES: Record<string, string> = { NL: 'Q55' };
// Kosovo has no ISO code in the reference table.
const EXTRA_COUNTRIES = [{ iso2: 'XK', iso3: 'XKX', name: 'Kosovo', wikidata: 'Q1246' }];
/**
 * States that no longer exist but that older news (Reuters 1987) names all the time: "West German Finance
 * Minister", "Soviet leader", "Yugoslav Prime Minister". Without them an office there takes another
 * country the article names. Their ISO 3166 codes are the ones they held (ISO 3166-3 lists the retired
 * ones; DE/DEU was West Germany's before 1990); names, demonyms and capitals are given here, since
 * world-countries lists only today's states. A capital is listed only where no current state claims it.
 */
const FORMER_COUNTRIES = [
  { iso2: 'SU', iso3: 'SUN', name: 'Soviet Union', wikidata: 'Q15180', names: ['USSR', 'U.S.S.R.', 'the Soviet Union', 'Union of Soviet Socialist Republics'], demonyms: ['Soviet'], capitals: [] },
  { iso2: 'DE', iso3: 'DEU', name: 'West Germany', wikidata: 'Q713750', names: ['Federal Republic of Germany', 'West Germany'], demonyms: ['West German'], capitals: ['Bonn'] },
  { iso2: 'DD', iso3: 'DDR', name: 'East Germany', wikidata: 'Q16957', names: ['German Democratic Republic', 'GDR'], demonyms: ['East German'], capitals: ['East Berlin'] },
  { iso2: 'CS', iso3: 'CSK', name: 'Czechoslovakia', wikidata: 'Q33946', names: [], demonyms: ['Czechoslovak', 'Czechoslovakian'], capitals: [] },
  { iso2: 'YU', iso3: 'YUG', name: 'Yugoslavia', wikidata: 'Q83286', names: [], demonyms: ['Yugoslav', 'Yugoslavian'], capitals: [] },
];

/** Names used in news that neither source gives. */
const EXTRA_NAMES: Record<string, string[]> = {
  US: ['U.S.', 'U.S.A.', 'USA', 'US', 'America', 'United States of America', 'the United States', 'the U.S.'],
  GB: ['U.K.', 'UK', 'Britain', 'Great Britain', 'the United Kingdom', 'the U.K.', 'the UK'],
  NL: ['Holland', 'the Netherlands', 'The Netherlands'],
  CZ: ['Czechia'],
  RU: ['Russian Federation'],
  KR: ['S. Korea', 'Korea'],
  KP: ['N. Korea', 'DPRK'],
  AE: ['UAE', 'U.A.E.', 'Emirates'],
  CD: ['DRC', 'DR Congo', 'Congo-Kinshasa'],
  CN: ['PRC', "People's Republic of China", 'mainland China'],
  TR: ['Turkey', 'Türkiye', 'Turkiye'],
  MM: ['Burma'],
  SA: ['Saudi'],
  CI: ['Ivory Coast', "Cote d'Ivoire", "Côte d'Ivoire"],
  VA: ['Vatican', 'Holy See'],
  UA: ['the Ukraine'],
  PH: ['the Philippines'],
  SZ: ['Swaziland'],
  MK: ['Macedonia'],
  CV: ['Cape Verde'],
  TL: ['East Timor'],
};
const EXTRA_DEMONYMS: Record<string, string[]> = {
  US: ['U.S.', 'US', 'American'],
  GB: ['British', 'U.K.', 'UK'],
  NL: ['Dutch'],
  CZ: ['Czech'],
  KR: ['South Korean'],
  KP: ['North Korean'],
  PH: ['Filipino', 'Philippine'],
  CH: ['Swiss'],
  NZ: ['New Zealand'],
  AE: ['Emirati'],
  IL: ['Israeli'],
  SA: ['Saudi'],
  AF: ['Afghan'],
  PK: ['Pakistani'],
  BD: ['Bangladeshi'],
  TH: ['Thai'],
  DK: ['Danish'],
  SE: ['Swedish'],
  FI: ['Finnish'],
  NO: ['Norwegian'],
  PL: ['Polish'],
  ES: ['Spanish'],
  PT: ['Portuguese'],
  IE: ['Irish'],
  IS: ['Icelandic'],
  TR: ['Turkish'],
  GR: ['Greek'],
  FR: ['French'],
  CN: ['Chinese'],
  JP: ['Japanese'],
  VN: ['Vietnamese'],
  BE: ['Belgian'],
  HU: ['Hungarian'],
  SK: ['Slovak'],
  SI: ['Slovenian', 'Slovene'],
  HR: ['Croatian'],
  RS: ['Serbian', 'Serb'],
  LT: ['Lithuanian'],
  LV: ['Latvian'],
  EE: ['Estonian'],
  UA: ['Ukrainian'],
  BY: ['Belarusian'],
  GE: ['Georgian'],
  TW: ['Taiwanese'],
  AU: ['Australian'],
  CA: ['Canadian'],
  MX: ['Mexican'],
  BR: ['Brazilian'],
  AR: ['Argentine', 'Argentinian'],
};
/** Capitals whose name stands for the government ("Kyiv says …") as well as for the city. */
const EXTRA_CAPITALS: Record<string, string[]> = { UA: ['Kiev'], US: ['Washington'], IN: ['New Delhi', 'Delhi'], CN: ['Beijing', 'Peking'] };
/**
 * Native spellings that English news uses only as the first word of company names ("Nippon Steel",
 * "Nippon Life", "Nihon Keizai"), and alone as their short form ("Inland and Nippon will provide"),
 * never for the country: in the 21,000 BBC/Reuters articles, all 167 "Nippon" and 8 "Nihon" are companies'.
 */
const NOT_COUNTRY_NAMES = new Set(['Nippon', 'Nihon']);
/** Country names that are also common first names or words: only taken when the recognizer agrees. */
const AMBIGUOUS = new Set(['Jordan', 'Chad', 'Georgia', 'Guinea', 'Niger', 'Turkey', 'America', 'Korea', 'Washington', 'Congo', 'Dominica', 'US']);

interface Org {
  label: string;
  names: string[];
  wikidata?: string;
  /** The country it belongs to, for bodies like Congress. */
  country?: string;
}
// Wikidata entities checked by hand; where unsure the QID is left out rather than guessed.
const ORGANIZATIONS: Org[] = [
  { label: 'European Union', names: ['EU', 'E.U.', 'the European Union'], wikidata: 'Q458' },
  { label: 'NATO', names: ['North Atlantic Treaty Organization', 'Nato', 'N.A.T.O.', 'the Atlantic alliance'], wikidata: 'Q7184' },
  { label: 'United Nations', names: ['UN', 'U.N.', 'the United Nations'], wikidata: 'Q1065' },
  { label: 'United Nations Security Council', names: ['UN Security Council', 'U.N. Security Council', 'Security Council'], wikidata: 'Q37470' },
  { label: 'International Monetary Fund', names: ['IMF', 'the IMF'], wikidata: 'Q7804' },
  { label: 'World Bank', names: ['the World Bank'], wikidata: 'Q7164' },
  { label: 'World Trade Organization', names: ['WTO', 'World Trade Organisation'], wikidata: 'Q7825' },
  { label: 'World Health Organization', names: ['WHO', 'World Health Organisation'], wikidata: 'Q7817' },
  { label: 'OPEC', names: ['Organization of the Petroleum Exporting Countries', 'Organisation of Petroleum Exporting Countries'], wikidata: 'Q7795' },
  { label: 'European Commission', names: ['the European Commission', 'EU Commission'], wikidata: 'Q8880' },
  { label: 'European Parliament', names: ['the European Parliament'], wikidata: 'Q8889' },
  { label: 'European Central Bank', names: ['ECB'], wikidata: 'Q8901' },
  { label: 'African Union', names: ['AU'], wikidata: 'Q7159' },
  { label: 'ASEAN', names: ['Association of Southeast Asian Nations', 'Association of South East Asian Nations'], wikidata: 'Q7768' },
  { label: 'United States Congress', names: ['Congress', 'U.S. Congress', 'US Congress'], wikidata: 'Q11268', country: 'US' },
  { label: 'United States Senate', names: ['U.S. Senate', 'US Senate'], wikidata: 'Q66096', country: 'US' },
  { label: 'United States House of Representatives', names: ['House of Representatives', 'U.S. House of Representatives'], wikidata: 'Q11701', country: 'US' },
  { label: 'Federal Reserve', names: ['the Fed', 'Federal Reserve Board', 'U.S. Federal Reserve'], wikidata: 'Q53536', country: 'US' },
  { label: 'International Committee of the Red Cross', names: ['ICRC', 'Red Cross'], wikidata: 'Q71' },
  { label: 'BBC', names: ['British Broadcasting Corporation'], wikidata: 'Q9531' },
  { label: 'Reuters', names: [], wikidata: 'Q130879' },
  { label: 'Associated Press', names: ['AP', 'The Associated Press'], wikidata: 'Q40469' },
  { label: 'FIFA', names: [], wikidata: 'Q253414' },
  { label: 'International Olympic Committee', names: ['IOC'], wikidata: 'Q40970' },
  { label: 'G7', names: ['Group of Seven', 'G-7'] },
  { label: 'G20', names: ['Group of 20', 'G-20'] },
  { label: 'OSCE', names: ['Organization for Security and Co-operation in Europe'] },
];

function readCsv(path: string): { iso2: string; iso3: string; name: string; wikidata: string }[] {
  const [header, ...rows] = readFileSync(path, 'utf8').trim().split('\n').filter((l) => !l.startsWith('#'));
  const cols = header!.split(',');
  return rows.map((row) => {
    const cells = row.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'));
    return Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? ''])) as { iso2: string; iso3: string; name: string; wikidata: string };
  });
}

const englishLike = (s: string) => /^[A-Za-z][A-Za-z .,'’()-]*$/.test(s) && !/,/.test(s);
const sortedUnique = (xs: string[]) => [...new Set(xs.filter(Boolean))].sort();

const rows = [...readCsv(`${root}data/gazetteer/countries-wikidata.csv`), ...EXTRA_COUNTRIES];
const countries = rows.map((r) => {
  const w = world.find((c) => c.cca2 === r.iso2);
  const demonyms = sortedUnique([...(w?.demonyms?.eng ? [w.demonyms.eng.m, w.demonyms.eng.f] : []), ...(EXTRA_DEMONYMS[r.iso2] ?? [])]);
  // "Thai", "Togolese": an alternative spelling that is the country's demonym is read as one ("Thai Industry
  // Minister"), unless the hand-written list gives it as a name too ("U.S.", "Saudi").
  const names = sortedUnique([
    r.name,
    ...(w ? [w.name.common, w.name.official, ...w.altSpellings.filter((s) => englishLike(s) && s.length > 2 && !demonyms.includes(s) && !NOT_COUNTRY_NAMES.has(s))] : []),
    ...(EXTRA_NAMES[r.iso2] ?? []),
  ]).filter((n) => n !== r.name);
  const capitals = sortedUnique([...(w?.capital ?? []).map((c) => c.replace(/ D\.C\.$/, '')), ...(EXTRA_CAPITALS[r.iso2] ?? [])]);
  return {
    key: `country/${slugify(r.name)}`,
    label: r.name,
    iso2: r.iso2,
    iso3: r.iso3,
    wikidata: WIKIDATA_OVERRIDES[r.iso2] ?? r.wikidata,
    names,
    demonyms,
    capitals,
    ambiguous: sortedUnique([r.name, ...names].filter((n) => AMBIGUOUS.has(n))),
    // today's currencies (ISO 4217): an amount in "pesos" in a sentence about Colombia is in COP
    currencies: Object.keys(w?.currencies ?? {}).sort(),
  };
});
// A demonym shared by several entries ("American" for the United States and its territories) belongs
// to the country that the hand-written list gives it to, else to no one: it would be a guess.
const demonymOwners = new Map<string, string[]>();
for (const c of countries) for (const d of c.demonyms) demonymOwners.set(d, [...(demonymOwners.get(d) ?? []), c.iso2]);
for (const c of countries) {
  c.demonyms = c.demonyms.filter((d) => {
    const owners = demonymOwners.get(d)!;
    if (owners.length === 1) return true;
    const declared = owners.filter((iso) => EXTRA_DEMONYMS[iso]?.includes(d));
    return declared.length === 1 && declared[0] === c.iso2;
  });
}
countries.push(...FORMER_COUNTRIES.map((f) => ({
  key: `country/${slugify(f.name)}`,
  label: f.name,
  iso2: f.iso2,
  iso3: f.iso3,
  wikidata: f.wikidata,
  names: sortedUnique(f.names).filter((n) => n !== f.name),
  demonyms: sortedUnique(f.demonyms),
  capitals: sortedUnique(f.capitals),
  ambiguous: [] as string[],
  currencies: [] as string[],
})));
// Today's states own their codes: West Germany's DE is Germany's for the bodies listed below.
const byIso = new Map(countries.filter((c) => !FORMER_COUNTRIES.some((f) => f.name === c.label)).map((c) => [c.iso2, c.key]));
const organizations = ORGANIZATIONS.map((o) => ({
  key: `organization/${slugify(o.label)}`,
  label: o.label,
  ...(o.wikidata ? { wikidata: o.wikidata } : {}),
  ...(o.country ? { country: byIso.get(o.country) } : {}),
  names: sortedUnique(o.names),
}));

const out = {
  about: 'Generated by scripts/build-gazetteer.ts from data/gazetteer/countries-wikidata.csv (Wikidata, CC0) and the npm package world-countries (ODbL 1.0). Do not edit by hand.',
  countries,
  organizations,
};
writeFileSync(`${root}data/gazetteer/gazetteer.json`, JSON.stringify(out, null, 1) + '\n');
console.log(`wrote data/gazetteer/gazetteer.json: ${countries.length} countries, ${organizations.length} organizations`);
