// Resolution across the articles of one build: an article that names a person only by surname
// ("Macron said …") refers to the person of that surname that other articles name in full, when
// the articles share context, so both point at one node (SurnameLinker). Pure: extractions in,
// extractions out.

import type { Entity, Extraction } from '../types.js';
import { tokenize } from '../text/tokenize.js';
import { matchGazetteer } from '../extract/gazetteer.js';
import { PERSON_ADDRESS } from '../extract/entity-cues.js';
import { addressGender, type Gender, givenNameGenders } from '../extract/lexicon/address.js';

/** Titles of peers: "Lord Kinnock", "Baroness Kennedy". */
const PEERAGE: ReadonlySet<string> = new Set(['lord', 'lady', 'baroness', 'baron', 'viscount', 'earl', 'countess', 'duke', 'duchess', 'marquess']);

/** A person as linking needs it: key and label. */
export type PersonName = [key: string, label: string];

/**
 * Collects, article by article, the people each names and the other entities around them, and
 * decides at the end which surname-only person is which full name. Each article of the surname
 * that names other entities speaks for the full name whose articles share the most of that
 * context (an organization, place or person also named where the full name is named; countries
 * are too common to tell), when no other full name of the surname shares half as much. The
 * surname joins a full name only when
 *  - at least half of its articles that name other entities speak for it, and twice as many as
 *    for any other full name, and
 *  - a form of address with a gender ("Mr", "Ms") agrees with the full name's given name; a
 *    peer's title ("Lord X") never links.
 * So "Mr Blair" in articles about Labour joins the Tony Blair of other Labour articles, not the
 * police commissioner Ian Blair who also comes up in politics, while a "Kennedy" in a court ruling
 * stays apart from the Ted Kennedy of an unrelated essay. Keys are interned, so the batch costs a
 * few integers per article.
 */
export class SurnameLinker {
  private ids = new Map<string, number>();
  private keys: string[] = [];
  private labels: string[] = [];
  /** Per article: its person ids and its context ids (every entity but countries). */
  private articles: { persons: Int32Array; context: Int32Array }[] = [];

  private id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      this.ids.set(key, (id = this.keys.length));
      this.keys.push(key);
      this.labels.push('');
    }
    return id;
  }

  /** One article: the people it names (key, label) and the keys of all its entities. */
  add(persons: Iterable<PersonName>, entityKeys: Iterable<string>): void {
    const personIds: number[] = [];
    for (const [key, label] of persons) {
      const id = this.id(key);
      // the least label is a stable choice, whatever order the articles arrive in
      if (!this.labels[id] || label < this.labels[id]!) this.labels[id] = label;
      personIds.push(id);
    }
    const context: number[] = [];
    for (const key of entityKeys) if (!key.startsWith('country/')) context.push(this.id(key));
    if (personIds.length) this.articles.push({ persons: Int32Array.from(personIds), context: Int32Array.from(new Set(context)) });
  }

  /** The label of a person key seen so far. */
  label(key: string): string | undefined {
    const id = this.ids.get(key);
    return id === undefined ? undefined : this.labels[id] || undefined;
  }

  /** Surname-only (or initial and surname) person key → the full-name person key it refers to. */
  links(): Map<string, string> {
    const bySurname = new Map<string, number[]>();
    const bare = new Map<number, string>();
    /** The gender a bare name's form of address gives ("Mr Blair", "Baroness Morgan"). */
    const addressed = new Map<number, Gender>();
    /** The initial a name is given with ("J Pavey", "J. Pavey"): it joins a full name of that initial. */
    const initialOf = new Map<number, string>();
    for (let id = 0; id < this.keys.length; id++) {
      const label = this.labels[id];
      if (!label) continue;
      // "Mr Blair" is a surname alone, as "Blair" is (entities.ts labels a person named only so by the address).
      const words = label.split(/\s+/);
      const address = words.length > 1 && PERSON_ADDRESS.has(words[0]!.toLowerCase()) ? words.shift()!.toLowerCase().replace(/\.$/, '') : undefined;
      const surname = words.at(-1)!.toLowerCase();
      // a peer is named by a title that is often not the surname other articles give them
      // ("Baroness Morgan" is Sally Morgan, whom no article here names in full)
      if (address && PEERAGE.has(address)) continue;
      if (words.length === 1) {
        bare.set(id, surname);
        const gender = addressGender(address);
        if (gender) addressed.set(id, gender);
      }
      else if (!/['’]s$/.test(label) && /^\p{Lu}/u.test(words[0]!)) {
        let list = bySurname.get(surname);
        if (!list) bySurname.set(surname, (list = []));
        list.push(id);
        // a team sheet's or a results table's "J Pavey" is also a surname to link, to a full name of that initial
        if (words.length === 2 && /^\p{Lu}\.?$/u.test(words[0]!)) {
          bare.set(id, surname);
          initialOf.set(id, words[0]![0]!.toLowerCase());
        }
      }
    }
    const wanted = new Set<number>();
    for (const [id, surname] of bare) if (bySurname.has(surname)) wanted.add(id);
    for (const [id, surname] of bare) if (wanted.has(id)) for (const f of bySurname.get(surname)!) wanted.add(f);
    // the articles of every person that takes part, and the context each full name is seen in
    const articlesOf = new Map<number, number[]>();
    this.articles.forEach((a, i) => {
      for (const p of a.persons) {
        if (!wanted.has(p)) continue;
        let list = articlesOf.get(p);
        if (!list) articlesOf.set(p, (list = []));
        list.push(i);
      }
    });
    const bags = new Map<number, Set<number>>();
    const bagOf = (person: number) => {
      let bag = bags.get(person);
      if (bag) return bag;
      bag = new Set();
      for (const i of articlesOf.get(person) ?? []) for (const k of this.articles[i]!.context) if (k !== person) bag.add(k);
      bags.set(person, bag);
      return bag;
    };
    // "George W. Bush", "George Bush", "G. Bush": candidates with the same first name (or its
    // initial) are spellings of one name, not other people, and do not make the surname ambiguous.
    const firstOf = (id: number) => this.labels[id]!.split(/\s+/)[0]!.toLowerCase().replace(/\.$/, '');
    const sameFirst = (a: number, b: number) => {
      const [x, y] = [firstOf(a), firstOf(b)];
      return x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));
    };
    // ties go to the longest label, then the least key: the order articles arrive in must not matter
    const before = (a: number, b: number) => this.labels[b]!.length - this.labels[a]!.length || (this.keys[a]! < this.keys[b]! ? -1 : 1);
    const links = new Map<string, string>();
    for (const [id, surname] of bare) {
      // a form of address with a gender names someone of that gender: a full name qualifies when its
      // given name is on that gender's list ("Tony", on both, qualifies for either)
      const gender = addressed.get(id);
      const initial = initialOf.get(id);
      const candidates = bySurname
        .get(surname)
        ?.filter((c) => c !== id && (!gender || givenNameGenders(firstOf(c)).includes(gender)) && (!initial || (firstOf(c).length > 1 && firstOf(c).startsWith(initial))));
      if (!candidates?.length) continue;
      let informative = 0;
      const support = new Map<number, number>(candidates.map((c) => [c, 0]));
      for (const i of articlesOf.get(id) ?? []) {
        const context = [...this.articles[i]!.context].filter((k) => k !== id);
        if (context.length < 2) continue; // too little around it to tell either way
        informative++;
        // the article speaks for the candidate whose articles share the most of its context, when
        // no other person of that surname shares half as much: "Mr Blair" among Labour, Downing
        // Street and the Commons shares ten of them with Tony Blair's articles and three with the
        // police commissioner Ian Blair's, who also comes up in politics
        const shared = candidates.map((c): [number, number] => {
          const bag = bagOf(c);
          let n = 0;
          for (const k of context) if (bag.has(k)) n++;
          return [c, n];
        });
        shared.sort((a, b) => b[1] - a[1] || before(a[0], b[0]));
        const [top] = shared;
        if (!top || top[1] === 0) continue;
        const next = shared.find(([c]) => c !== top[0] && !sameFirst(c, top[0]));
        if (next && top[1] < 2 * next[1]) continue;
        // the vote goes to the fullest spelling of the name ("Eric Miller" rather than "E Miller"),
        // unless the initial stands for several first names ("J Hayes": John or Joanna)
        const group = candidates.filter((c) => sameFirst(c, top[0])).sort(before);
        const spelling = new Set(group.map(firstOf).filter((f) => f.length > 1)).size <= 1 ? group[0]! : top[0];
        support.set(spelling, support.get(spelling)! + 1);
      }
      const ranked = [...support].sort((a, b) => b[1] - a[1] || before(a[0], b[0]));
      const [best] = ranked;
      const rival = ranked.find(([c, n]) => c !== best![0] && n > 0 && !sameFirst(c, best![0]));
      let target: number | undefined;
      if (informative === 0) target = candidates.length === 1 ? candidates[0] : undefined;
      else if (best![1] > 0 && best![1] * 2 >= informative && (!rival || best![1] >= 2 * rival[1])) target = best![0];
      if (target !== undefined) links.set(this.keys[id]!, this.keys[target]!);
    }
    // "Hayes" → "J Hayes" → "John Hayes": each name to the end of its chain (relinking takes one step)
    for (const [from, to] of links) {
      let end = to;
      for (let hops = 0; links.has(end) && hops < 8; hops++) end = links.get(end)!;
      if (end !== from) links.set(from, end);
      else links.delete(from);
    }
    return links;
  }
}

/** Rewrites entity keys in one extraction (merging entities that become the same). */
export function relink(x: Extraction, links: Map<string, string>, labels: Map<string, string>): Extraction {
  if (!x.entities.some((e) => links.has(e.key))) return x;
  const to = (key: string) => links.get(key) ?? key;
  const merged = new Map<string, Entity>();
  for (const e of x.entities) {
    const key = to(e.key);
    const label = key === e.key ? e.label : labels.get(key) ?? e.label;
    const existing = merged.get(key);
    const aliases = new Set([...(existing?.aliases ?? []), ...e.aliases, ...(key === e.key ? [] : [e.label])]);
    aliases.delete(label);
    merged.set(key, { ...(existing ?? e), key, label, aliases: [...aliases].sort() });
  }
  return {
    ...x,
    entities: [...merged.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    mentions: x.mentions.map((m) => ({ ...m, entity: to(m.entity) })),
    roles: x.roles.map((r) => ({ ...r, person: to(r.person), ...(r.of ? { of: to(r.of) } : {}) })),
    quotes: x.quotes.map((q) => (q.speaker ? { ...q, speaker: to(q.speaker) } : q)),
    pledges: x.pledges.map((p) => ({
      ...p,
      giver: to(p.giver),
      ...(p.recipient ? { recipient: to(p.recipient) } : {}),
      ...(p.announcedBy ? { announcedBy: to(p.announcedBy) } : {}),
    })),
  };
}

/**
 * The labels each entity key is written with across a batch, counted once per article: entities
 * of different articles meet in one node when their keys agree ("WorldCom" and "Worldcom",
 * "Theo van Gogh" and "Theo Van Gogh", "Department of Trade and Industry" and "Department for
 * Trade and Industry"), and a node has one rdfs:label, so the batch picks the form most of its
 * articles write (on a tie, the least in code-unit order: the same whatever order the articles
 * arrive in); the others are aliases.
 */
export class LabelLedger {
  private counts = new Map<string, Map<string, number>>();

  /** One article's (key, label) pairs. */
  add(named: Iterable<readonly [string, string]>): void {
    for (const [key, label] of named) {
      let byLabel = this.counts.get(key);
      if (!byLabel) this.counts.set(key, (byLabel = new Map()));
      byLabel.set(label, (byLabel.get(label) ?? 0) + 1);
    }
  }

  /** The label to use for every key written with more than one. */
  choices(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [key, byLabel] of this.counts) {
      if (byLabel.size < 2) continue;
      out.set(key, pickLabel(byLabel));
    }
    return out;
  }
}

/** The most frequent label, the least in code-unit order on a tie. */
export function pickLabel(counts: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [label, n] of counts) {
    if (n > bestCount || (n === bestCount && label < best)) {
      best = label;
      bestCount = n;
    }
  }
  return best;
}

/**
 * The countries people hold offices of, across the batch. A person whose offices name one
 * country in at least SETTLED_MIN articles, and that country at least SETTLED_RATIO times as
 * often as any other, has a settled country: an office of another country read from one article
 * ("Prime Minister Tony Blair … Pakistan" in a sentence about a visit) is the office of someone
 * else in that sentence, and so is a title that names another country used for them ("US
 * President", "the Palestinian leader").
 */
export const SETTLED_MIN = 5;
export const SETTLED_RATIO = 4;

export class OfficeLedger {
  private counts = new Map<string, Map<string, number>>();

  /** One article's offices: (person key, country key) pairs; each pair counts once per article. */
  add(offices: Iterable<[person: string, country: string]>): void {
    const seen = new Set<string>();
    for (const [person, country] of offices) {
      const pair = `${person}\n${country}`;
      if (seen.has(pair)) continue;
      seen.add(pair);
      let byCountry = this.counts.get(person);
      if (!byCountry) this.counts.set(person, (byCountry = new Map()));
      byCountry.set(country, (byCountry.get(country) ?? 0) + 1);
    }
  }

  /** Person key (after surname links) → the one country their offices are of. */
  settled(links: Map<string, string> = new Map()): Map<string, string> {
    const merged = new Map<string, Map<string, number>>();
    for (const [person, byCountry] of this.counts) {
      const [who, head] = person.split(HEAD_SEPARATOR);
      const linked = links.get(who!) ?? who!;
      const key = head === undefined ? linked : `${linked}${HEAD_SEPARATOR}${head}`;
      let into = merged.get(key);
      if (!into) merged.set(key, (into = new Map()));
      for (const [country, n] of byCountry) into.set(country, (into.get(country) ?? 0) + n);
    }
    const out = new Map<string, string>();
    for (const [person, byCountry] of merged) {
      const ranked = [...byCountry].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      const [top, next] = ranked;
      if (top![1] >= SETTLED_MIN && (!next || top![1] >= SETTLED_RATIO * next[1])) out.set(person, top![0]);
    }
    return out;
  }
}

/**
 * Offices one person holds at a time and one body has one holder of ("leader", "chairman"): a
 * person's such office of a body settles like a country does, per head word, so "leader of the
 * Liberal Democrats" read once for the leader of another party in many articles is dropped (that
 * sentence named two leaders). Offices a body has many of ("minister", "spokesman") never settle.
 */
export const SINGLE_HOLDER_HEADS: ReadonlySet<string> = new Set(['leader', 'president', 'chairman', 'chairwoman', 'chairperson', 'chair', 'ceo', 'premier', 'chancellor', 'governor', 'mayor', 'speaker', 'secretary-general', 'director-general', 'taoiseach']);

/** Joins a person key and an office head into the ledger's key for that person's offices of bodies. */
const HEAD_SEPARATOR = '\u0000';

/** The head word of a title that settles per body ("Conservative leader" → "leader"), or undefined. */
function singleHolderHead(title: string): string | undefined {
  const head = title.toLowerCase().split(/\s+/).at(-1) ?? '';
  return SINGLE_HOLDER_HEADS.has(head) ? head : undefined;
}

/**
 * The offices of one extraction, as the ledger takes them: (person, country), and for the offices
 * of bodies with one holder, (person + head word, body).
 */
export function countryOffices(x: Extraction): [string, string][] {
  const out: [string, string][] = [];
  for (const r of x.roles) {
    if (!r.of) continue;
    if (r.of.startsWith('country/')) out.push([r.person, r.of]);
    else if (r.of.startsWith('organization/')) {
      const head = singleHolderHead(r.title);
      if (head) out.push([`${r.person}${HEAD_SEPARATOR}${head}`, r.of]);
    }
  }
  return out;
}

/** The countries a phrase names ("US President" → United States, "the Palestinian leader" → Palestine). */
function countriesNamed(phrase: string): Set<string> {
  return new Set(matchGazetteer(tokenize(phrase)).filter((m) => m.type === 'Country').map((m) => m.key));
}

/**
 * Drops from one extraction the offices of a person's unsettled countries, and the titles naming
 * another country that were taken for that person (aliases and nominal mentions): see OfficeLedger.
 */
export function dropForeignOffices(x: Extraction, settled: Map<string, string>): Extraction {
  if (!settled.size || !x.roles.some((r) => settled.has(r.person) || settled.has(`${r.person}${HEAD_SEPARATOR}${singleHolderHead(r.title)}`))) return x;
  // "leader" of a body other than the one the person leads in the rest of the batch
  const otherBody = (r: Extraction['roles'][number]) => {
    if (!r.of?.startsWith('organization/')) return false;
    const head = singleHolderHead(r.title);
    const body = head ? settled.get(`${r.person}${HEAD_SEPARATOR}${head}`) : undefined;
    return !!body && body !== r.of;
  };
  const foreign = (person: string, phrase: string) => {
    const home = settled.get(person);
    if (!home) return false;
    const named = countriesNamed(phrase);
    return named.size > 0 && !named.has(home);
  };
  const nominal = new Set(x.mentions.filter((m) => m.kind === 'nominal' && foreign(m.entity, m.anchor)).map((m) => `${m.entity}\n${m.anchor}`));
  return {
    ...x,
    entities: x.entities.map((e) => (settled.has(e.key) ? { ...e, aliases: e.aliases.filter((a) => !nominal.has(`${e.key}\n${a}`)) } : e)),
    mentions: x.mentions.filter((m) => !(m.kind === 'nominal' && nominal.has(`${m.entity}\n${m.anchor}`))),
    roles: x.roles.filter((r) => !(r.of?.startsWith('country/') && settled.has(r.person) && settled.get(r.person) !== r.of) && !otherBody(r)),
  };
}
