// Forms of address shared by entity resolution, roles and the name filters: the one place the
// courtesy titles are written, so "Mr", "Dr." and "Lady" mean a person everywhere, and what they
// say of a person's gender.
import { readFileSync } from 'node:fs';
import { wordTable } from './word-table.js';

/** Courtesy titles before a person's name, with and without their period: "Mr. Smith", "Dame Judi". */
export const COURTESY_TITLES = ['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'professor', 'sir', 'dame', 'lady', 'lord'] as const;

export type Gender = 'f' | 'm';

/** The gender a form of address gives the person it names (without its period). */
export const ADDRESS_GENDER: Readonly<Record<string, Gender>> = wordTable({ mr: 'm', mister: 'm', sir: 'm', lord: 'm', mrs: 'f', ms: 'f', miss: 'f', madam: 'f', dame: 'f', lady: 'f', baroness: 'f' });

/** The gender a form of address as printed gives ("Mrs", "MR.", "lady"), or undefined for any other word. */
export function addressGender(word: string | undefined): Gender | undefined {
  return word ? ADDRESS_GENDER[word.toLowerCase().replace(/\.$/, '')] : undefined;
}

let givenNames: Map<string, Gender[]> | undefined;

/**
 * The genders a given name is listed with (data/names/given-names.tsv: the Moby lists, public
 * domain): one, both ("Tony", "Jean"), or none for a name the lists do not hold ("Rhodri").
 */
export function givenNameGenders(name: string): readonly Gender[] {
  givenNames ??= new Map(
    readFileSync(new URL('../../../data/names/given-names.tsv', import.meta.url), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [n, g] = line.split('\t');
        return [n!.toLowerCase(), [...g!] as Gender[]];
      }),
  );
  return givenNames.get(name.toLowerCase()) ?? [];
}
