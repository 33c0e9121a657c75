// Known countries and international bodies: their names, demonyms and capitals, matched over
// tokens (longest match first). Loaded once from data/gazetteer/gazetteer.json.

import { readFileSync } from 'node:fs';
import type { Token } from '../text/tokenize.js';
import { tokenize } from '../text/tokenize.js';
import { SEATS_OF_GOVERNMENT } from './lexicon/regions.js';

export interface CountryRecord {
  key: string;
  label: string;
  iso2: string;
  iso3: string;
  wikidata?: string;
  names: string[];
  demonyms: string[];
  capitals: string[];
  ambiguous: string[];
  /** Today's currencies (ISO 4217). */
  currencies?: string[];
}

export interface OrganizationRecord {
  key: string;
  label: string;
  wikidata?: string;
  country?: string;
  names: string[];
}

export type GazetteerForm = 'name' | 'demonym' | 'capital';

export interface GazetteerEntry {
  key: string;
  type: 'Country' | 'Organization';
  form: GazetteerForm;
  /** A name that is also a common word or first name ("Jordan", "Chad"): needs the recognizer's agreement. */
  ambiguous: boolean;
  /** A capital-like form that is a government's seat, not a town ("the Kremlin", "Downing Street"): SEATS_OF_GOVERNMENT. */
  seat?: boolean;
}

export interface GazetteerMatch extends GazetteerEntry {
  firstToken: number;
  endToken: number;
}

export interface Gazetteer {
  countries: Map<string, CountryRecord>;
  organizations: Map<string, OrganizationRecord>;
  /** Token sequence (joined by a space, apostrophes straightened) → entry. */
  forms: Map<string, GazetteerEntry>;
  /** Forms and every proper prefix of a form in one map (key → its entry, if a form, and whether it is a prefix): one probe per word in matchGazetteer, and matching stops as soon as no form can continue. */
  steps: Map<string, { entry: GazetteerEntry | undefined; prefix: boolean }>;
  maxTokens: number;
}

let loaded: Gazetteer | undefined;

export function gazetteer(): Gazetteer {
  if (loaded) return loaded;
  const data = JSON.parse(readFileSync(new URL('../../data/gazetteer/gazetteer.json', import.meta.url), 'utf8')) as {
    countries: CountryRecord[];
    organizations: OrganizationRecord[];
  };
  const forms = new Map<string, GazetteerEntry>();
  const prefixes = new Set<string>();
  let maxTokens = 1;
  const addForm = (surface: string, entry: GazetteerEntry) => {
    const toks = tokenize(surface).map((t) => straighten(t.text));
    if (toks[0]?.toLowerCase() === 'the') toks.shift(); // "the" is matched as context, not as part of the name
    if (!toks.length) return;
    maxTokens = Math.max(maxTokens, toks.length);
    for (let n = 1; n < toks.length; n++) {
      prefixes.add(toks.slice(0, n).join(' '));
      prefixes.add(toks.slice(0, n).join(' ').toUpperCase());
    }
    for (const variant of [toks.join(' '), toks.join(' ').toUpperCase()]) {
      const existing = forms.get(variant);
      // A country's own name beats another entry's alias; otherwise the first one wins (stable order).
      if (!existing || (existing.form !== 'name' && entry.form === 'name')) forms.set(variant, entry);
    }
  };
  for (const c of data.countries) {
    const ambiguous = new Set(c.ambiguous);
    for (const n of [c.label, ...c.names]) for (const v of initialismVariants(n)) addForm(v, { key: c.key, type: 'Country', form: 'name', ambiguous: ambiguous.has(n) });
  }
  for (const o of data.organizations) {
    for (const n of [o.label, ...o.names]) for (const v of initialismVariants(n)) addForm(v, { key: o.key, type: 'Organization', form: 'name', ambiguous: false });
  }
  for (const c of data.countries) {
    for (const d of c.demonyms) addForm(d, { key: c.key, type: 'Country', form: 'demonym', ambiguous: false });
    for (const cap of c.capitals) addForm(cap, { key: c.key, type: 'Country', form: 'capital', ambiguous: cap === 'Washington' });
  }
  for (const [seat, key] of SEATS_OF_GOVERNMENT) addForm(seat, { key, type: 'Country', form: 'capital', ambiguous: false, seat: true });
  const steps = new Map<string, { entry: GazetteerEntry | undefined; prefix: boolean }>();
  for (const [k, entry] of forms) steps.set(k, { entry, prefix: prefixes.has(k) });
  for (const k of prefixes) if (!forms.has(k)) steps.set(k, { entry: undefined, prefix: true });
  loaded = {
    countries: new Map(data.countries.map((c) => [c.key, c])),
    organizations: new Map(data.organizations.map((o) => [o.key, o])),
    forms,
    steps,
    maxTokens,
  };
  return loaded;
}

const DOTTED_INITIALISM = /^(?:\p{Lu}\.){2,}$/u;

/**
 * A name and the other ways writers print it when it is an initialism with periods: "U.S." is also
 * "U.S" (the last period dropped, as wire copy does before a noun: "the U.S economy") and "U. S."
 * (a space after each period).
 */
export function initialismVariants(name: string): string[] {
  if (!DOTTED_INITIALISM.test(name)) return [name];
  return [name, name.slice(0, -1), name.replace(/\.(?=\p{Lu})/gu, '. ')];
}

/** "G.O.P." → "GOP": a name written as an initialism with periods, without them (undefined for any other name). */
export function undottedInitialism(name: string): string | undefined {
  return DOTTED_INITIALISM.test(name) ? name.replace(/\./g, '') : undefined;
}

export function straighten(s: string): string {
  // Most strings hold none of the marks: a scan of char codes spares a replace (and its copy).
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2019 || c === 0x2018 || c === 0x60 || c === 0xb4) return s.replace(/[’‘`´]/g, "'");
  }
  return s;
}

/** Starts with an uppercase letter or a digit (/^[\p{Lu}\p{N}]/u), tested by char code for ASCII: it is asked of every token. */
function opensName(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return /^[\p{Lu}\p{N}]/u.test(word);
}

/** All longest, non-overlapping gazetteer matches, left to right. */
export function matchGazetteer(tokens: Token[], from = 0, to = tokens.length): GazetteerMatch[] {
  const g = gazetteer();
  const out: GazetteerMatch[] = [];
  for (let i = from; i < to; ) {
    let found: GazetteerMatch | undefined;
    const first = tokens[i]!.text;
    if (opensName(first)) {
      let key = '';
      for (let n = 1; n <= g.maxTokens && i + n <= to; n++) {
        const tok = tokens[i + n - 1]!;
        // Names do not run across line breaks or wide gaps.
        if (n > 1 && tok.start - tokens[i + n - 2]!.end > 1) break;
        key = n === 1 ? straighten(tok.text) : `${key} ${straighten(tok.text)}`;
        // (one probe of forms and prefixes together: most capitalised words are neither)
        const step = g.steps.get(key);
        if (!step) break;
        const entry = step.entry;
        if (entry) found = { key: entry.key, type: entry.type, form: entry.form, ambiguous: entry.ambiguous, seat: entry.seat, firstToken: i, endToken: i + n };
        if (!step.prefix) break;
      }
    }
    if (found) {
      out.push(found);
      i = found.endToken;
    } else i++;
  }
  return out;
}
