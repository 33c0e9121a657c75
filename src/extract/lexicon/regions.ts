// Short forms of US states and Canadian provinces as newswires print them after a town ("IRVINE,
// Calif.", "Trenton, N.J.-based"): the AP stylebook's abbreviations, the postal codes wires use
// without dots in datelines ("Calif", "Mass"), and the Canadian Press's for provinces. A place read
// so is the state or province itself, one node with its full name. Not "D.C.": after "Washington, "
// it is the city's own name.

import { wordTable } from './word-table.js';

const AP_ABBREVIATIONS: Record<string, string> = wordTable({
  'Ala.': 'Alabama', 'Ariz.': 'Arizona', 'Ark.': 'Arkansas', 'Calif.': 'California', 'Colo.': 'Colorado', 'Conn.': 'Connecticut',
  'Del.': 'Delaware', 'Fla.': 'Florida', 'Ga.': 'Georgia', 'Ill.': 'Illinois', 'Ind.': 'Indiana', 'Kan.': 'Kansas', 'Kans.': 'Kansas',
  'Ky.': 'Kentucky', 'La.': 'Louisiana', 'Md.': 'Maryland', 'Mass.': 'Massachusetts', 'Mich.': 'Michigan', 'Minn.': 'Minnesota',
  'Miss.': 'Mississippi', 'Mo.': 'Missouri', 'Mont.': 'Montana', 'Neb.': 'Nebraska', 'Nebr.': 'Nebraska', 'Nev.': 'Nevada',
  'N.H.': 'New Hampshire', 'N.J.': 'New Jersey', 'N.M.': 'New Mexico', 'N.Mex.': 'New Mexico', 'N.Y.': 'New York', 'N.C.': 'North Carolina',
  'N.D.': 'North Dakota', 'Okla.': 'Oklahoma', 'Ore.': 'Oregon', 'Oreg.': 'Oregon', 'Pa.': 'Pennsylvania', 'Penn.': 'Pennsylvania',
  'R.I.': 'Rhode Island', 'S.C.': 'South Carolina', 'S.D.': 'South Dakota', 'Tenn.': 'Tennessee', 'Tex.': 'Texas', 'Vt.': 'Vermont',
  'Va.': 'Virginia', 'Wash.': 'Washington', 'W.Va.': 'West Virginia', 'W.Va': 'West Virginia', 'Wis.': 'Wisconsin', 'Wisc.': 'Wisconsin', 'Wyo.': 'Wyoming',
  'Alta.': 'Alberta', 'B.C.': 'British Columbia', 'Man.': 'Manitoba', 'N.B.': 'New Brunswick', 'Nfld.': 'Newfoundland',
  'N.S.': 'Nova Scotia', 'Ont.': 'Ontario', 'Que.': 'Quebec', 'Sask.': 'Saskatchewan', 'P.E.I.': 'Prince Edward Island',
});

/** Keyed by the form without its dots and in lowercase ("calif", "nj", "wva"): wires drop the dots or print capitals. */
export const REGION_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  Object.entries(AP_ABBREVIATIONS).map(([form, name]) => [form.replace(/\./g, '').toLowerCase(), name]),
);

/** The state or province a short form stands for ("Calif." → California, "N.J" → New Jersey), or undefined. */
export function expandRegionAbbreviation(form: string): string | undefined {
  const bare = form.replace(/[.\s]/g, '').toLowerCase();
  // a two-letter word with no dot is an ordinary word or initials ("Pa", "Mo", "La"), not a state
  if (bare.length < 3 && !form.includes('.')) return undefined;
  return REGION_ABBREVIATIONS.get(bare);
}

/**
 * The fifty US states: a legislator's or governor's state ("Texas Sen. Ted Cruz", "Sen. Susan Collins of Maine",
 * "the Vermont senator") marks the office as American.
 */
export const US_STATE_NAMES: ReadonlySet<string> = new Set([
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii',
  'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan',
  'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York',
  'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota',
  'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming',
]);

/** Whether a printed form names a US state, in full or as the wire abbreviates it ("Ohio", "N.J.", "Fla."). */
export function isUsState(form: string): boolean {
  const name = US_STATE_NAMES.has(form) ? form : expandRegionAbbreviation(form);
  return !!name && US_STATE_NAMES.has(name);
}

/**
 * A member's party letter and state after the name, in brackets or between commas ("(D-Fla.)", "(R-Texas)",
 * "(I-VT)", "Jo Hale, D-Fla., said"), as US papers print them.
 */
const PARTY_STATE_TAG = /^(?:\(|, )([DRI])-([\p{L}. ]{2,16}?)\.?[),]/u;

/** Whether the name at [start, end) is, or is inside, a party-and-state tag (the state written in full, short, or as a postal code). */
export function isPartyStateTag(text: string, start: number, end: number): boolean {
  const open = text[start - 1] === '(' ? start - 1 : text.slice(start - 2, start) === ', ' ? start - 2 : -1;
  if (open < 0) return false;
  const m = PARTY_STATE_TAG.exec(text.slice(open, open + 22));
  if (!m || end > open + m[0].length) return false;
  const state = m[2]!;
  return isUsState(state) || isUsState(`${state}.`) || /^[A-Z]{2}$/.test(state);
}

/**
 * The buildings whose names stand for a government, as a capital's does ("the Kremlin said", "Downing Street denied"), with
 * the gazetteer key of the country (the guide: metonyms for a government are the country's aliases). Only where the seat
 * acts as a capital would (entities.ts capitalActsAsGovernment); elsewhere the recognizer's reading stands. Not "Number
 * 10" or "No 10" (a shirt, a house number), "Whitehall" (also towns: "Whitehall, Pa.") nor ministries' seats ("the
 * Pentagon", "Foggy Bottom"): a ministry is a body. Not yet "White House": roles read a story's US institutions and a
 * bare "House" (the chamber) from the White House as a body (roles.ts houseNotWhiteHouse). BBC/Reuters: Downing Street
 * 56 mentions in 42 articles, Kremlin 24/20 (White House 298/200).
 */
export const SEATS_OF_GOVERNMENT: ReadonlyMap<string, string> = new Map([
  ['Kremlin', 'country/russia'],
  ['Downing Street', 'country/united-kingdom'],
  ['Elysee', 'country/france'], ['Élysée', 'country/france'], ['Elysee Palace', 'country/france'], ['Élysée Palace', 'country/france'],
  ['Zhongnanhai', 'country/china'],
  ['Casa Rosada', 'country/argentina'],
  ['Palazzo Chigi', 'country/italy'],
  ['Malacanang', 'country/philippines'], ['Malacañang', 'country/philippines'],
]);
