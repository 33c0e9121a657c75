// Resolution across the articles of one build: an article that names a person only by surname
// ("Macron said …") refers to the one person of that surname that other articles name in full,
// so both articles point at one node. Pure: extractions in, extractions out.

import type { Entity, Extraction } from '../types.js';

/** The person keys that stand for a surname alone, mapped to the full-name key they refer to. */
export function surnameLinks(extractions: Iterable<Extraction>): Map<string, string> {
  // surname → full-name person keys (with their labels), over the whole batch
  const bySurname = new Map<string, Map<string, string>>();
  const bare = new Map<string, string>(); // bare person key → surname
  for (const x of extractions) {
    for (const e of x.entities) {
      if (e.type !== 'Person') continue;
      const words = e.label.split(/\s+/);
      const surname = words.at(-1)!.toLowerCase();
      if (words.length === 1) bare.set(e.key, surname);
      else if (!/['’]s$/.test(e.label) && /^\p{Lu}/u.test(words[0]!)) {
        let keys = bySurname.get(surname);
        if (!keys) bySurname.set(surname, (keys = new Map()));
        keys.set(e.key, e.label);
      }
    }
  }
  const links = new Map<string, string>();
  for (const [key, surname] of bare) {
    const full = bySurname.get(surname);
    // Only an unambiguous surname: two different "… Brown"s leave "Brown" alone.
    if (full && full.size === 1) links.set(key, [...full.keys()][0]!);
  }
  return links;
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

/** Links every surname-only person to the batch's full-name person of that surname. */
export function linkAcrossArticles(extractions: Extraction[]): Extraction[] {
  const links = surnameLinks(extractions);
  if (!links.size) return extractions;
  const labels = new Map<string, string>();
  for (const x of extractions) for (const e of x.entities) if (e.type === 'Person') labels.set(e.key, e.label);
  return extractions.map((x) => relink(x, links, labels));
}
