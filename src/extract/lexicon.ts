// Word lists for offices, honorifics and pronouns, shared by entity resolution and roles.

import { COURTESY_TITLES } from './lexicon/address.js';

/** Heads that name an office someone holds (not a job description like "analyst"). */
export const OFFICE_HEADS = new Set([
  'president', 'vice-president', 'president-elect', 'premier', 'chancellor', 'minister', 'secretary', 'secretary-general',
  'commissioner', 'ambassador', 'envoy', 'diplomat', 'governor', 'senator', 'congressman', 'congresswoman', 'mayor',
  'king', 'queen', 'prince', 'princess', 'emperor', 'pope', 'leader', 'chairman', 'chairwoman', 'chairperson',
  'director', 'director-general', 'head', 'chief', 'spokesman', 'spokeswoman', 'spokesperson', 'general', 'admiral',
  'commander', 'prosecutor', 'attorney-general', 'speaker', 'ceo', 'dictator', 'monarch', 'taoiseach', 'chancellor-elect',
  'negotiator', 'representative', 'manager', 'coach', 'captain', 'boss', 'mp', 'lawmaker', 'adviser', 'advisor',
]);

/** Words that head an office title: "Prime Minister", "foreign secretary", "top diplomat" — the offices, and job words. */
export const TITLE_HEADS = new Set([
  ...OFFICE_HEADS, 'chair', 'sheikh', 'ayatollah', 'deputy', 'officer', 'official', 'founder', 'executive', 'economist', 'analyst', 'strategist',
]);

/** Words that may stand inside a title before its head: "Prime", "Foreign", "monetary affairs", "top". */
export const TITLE_MODIFIERS = new Set([
  'prime', 'foreign', 'defence', 'defense', 'finance', 'financial', 'treasury', 'interior', 'home', 'trade', 'economy',
  'economic', 'economics', 'justice', 'health', 'education', 'environment', 'environmental', 'energy', 'transport',
  'culture', 'sports', 'sport', 'state', 'deputy', 'vice', 'chief', 'executive', 'monetary', 'affairs', 'top', 'senior',
  'shadow', 'acting', 'interim', 'opposition', 'party', 'labour', 'labor', 'conservative', 'general', 'supreme', 'first',
  'junior', 'security', 'national', 'commerce', 'agriculture', 'industry', 'development', 'international', 'information',
  'communications', 'military', 'army', 'navy', 'air', 'force', 'intelligence', 'central', 'bank', 'cabinet', 'budget',
  'europe', 'european', 'social', 'welfare', 'employment', 'work', 'pensions', 'immigration', 'media',
  'technology', 'science', 'research', 'industrial', 'fisheries', 'farm', 'farming', 'rural', 'local', 'government',
  'public', 'minority', 'majority', 'house', 'senate', 'democratic', 'republican', 'liberal', 'green', 'union', 'crown',
  'outgoing', 'incoming', 'caretaker', 'managing', 'operating', 'assistant', 'associate', 'regional', 'federal',
  'exchequer', 'attorney', 'secretary', 'minister', 'policy', 'oil', 'petroleum', 'agricultural', 'veterans', 'human',
  'rights', 'tourism', 'housing', 'water', 'resources', 'mines', 'mining', 'planning', 'relations', 'lord',
  'special', 'commission', 'council', 'group', 'team', 'club', 'company', 'world', 'olympic',
]);

/** Words that mark a former or temporary holder; kept in the title as printed. */
export const TITLE_PREFIXES = new Set(['former', 'ex', 'late', 'then', 'acting', 'interim', 'outgoing', 'incoming', 'current', 'deposed', 'ousted', 'exiled', 'slain', 'assassinated', 'jailed', 'embattled', 'disgraced', 'newly-elected', 'elected', 'designated']);

/**
 * Honorifics that are not part of a name: "Rabbi Feldstein" and "Detective Inspector Evans" are the "David Feldstein"
 * and "Mark Evans" named before, not second people (the clergy's, police and military ranks' and civic offices' words
 * written in full, besides the short forms).
 */
export const HONORIFICS = new Set<string>([...COURTESY_TITLES, 'miss', 'rev', 'rev.', 'sen', 'sen.', 'rep', 'rep.', 'gov', 'gov.', 'gen', 'gen.', 'col', 'col.', 'lt', 'lt.', 'capt', 'capt.', 'sgt', 'sgt.', 'maj', 'maj.', 'adm', 'adm.', 'president', 'minister', 'chancellor', 'king', 'queen', 'prince', 'princess', 'pope', 'premier', 'senator', 'governor', 'mayor', 'judge', 'justice', 'cardinal', 'archbishop', 'bishop', 'sheikh', 'emir', 'ayatollah', 'general', 'secretary', 'prime', 'foreign', 'defence', 'defense', 'finance', 'chairman', 'coach', 'captain', 'striker', 'midfielder', 'defender', 'goalkeeper', 'manager', 'boss', 'chief', 'executive', 'vice', 'deputy', 'spokesman', 'spokeswoman', 'former', 'ex', 'late',
  'rabbi', 'imam', 'pastor', 'reverend', 'mullah', 'mufti', 'patriarch', 'consul', 'councillor', 'councilman', 'councilwoman', 'cllr', 'alderman', 'assemblyman', 'assemblywoman', 'magistrate', 'coroner', 'sheriff',
  'detective', 'inspector', 'superintendent', 'constable', 'sergeant', 'corporal', 'lieutenant', 'colonel', 'brigadier']);

export const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself']);
export const GROUP_PRONOUNS = new Set(['they', 'them', 'their', 'it', 'its', 'we', 'our', 'us', 'i', 'my', 'me', 'you']);
