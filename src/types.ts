// The domain model shared by every pipeline stage: plain, serializable data, no behaviour.
//
// Offsets: inside the extract stage, text positions are UTF-16 code-unit offsets (`Range`,
// `start`/`end`), because that is what JavaScript strings index by. Everything that leaves
// the extract stage uses `Span` (`begin`/`end`) in Unicode code points, as NIF requires.
// `src/text/offsets.ts` converts between the two at that one boundary.

/** Where an article came from, for error messages and provenance. */
export interface SourceRef {
  /** File path as given by the user. */
  path: string;
  /** 1-based line for JSONL inputs. */
  line?: number;
}

export type InputFormat = 'txt' | 'md' | 'html' | 'jsonl';

export interface Article {
  /** dcterms:identifier: file name without extension, or the JSONL `id`. */
  id: string;
  /** The exact text every offset refers to (decoded input, only a leading BOM removed). */
  text: string;
  title?: string;
  /** ISO date or date-time when known. */
  date?: string;
  url?: string;
  format: InputFormat;
  source: SourceRef;
}

/** Half-open UTF-16 code-unit range inside an article's text: internal to the extract stage. */
export interface Range {
  start: number;
  end: number;
}

/** Half-open range in Unicode code points of the article text, as NIF's beginIndex/endIndex. */
export interface Span {
  begin: number;
  end: number;
}

export type EntityType = 'Person' | 'Country' | 'Organization' | 'Place';

export interface Entity {
  /** Stable key, also the IRI path: `person/emmanuel-macron`, `country/france`. */
  key: string;
  type: EntityType;
  label: string;
  /** Every other surface form seen for it, as written (deduplicated, sorted). */
  aliases: string[];
  /** Wikidata QID when linked, e.g. `Q142`. */
  wikidata?: string;
  /** ISO 3166-1 alpha-2 code for countries. */
  iso2?: string;
  /**
   * A person the article only describes and never names ("the France manager", "Estonia's foreign
   * minister"). Not a named entity of the article: the graph gives it a node of its own article
   * (it may hold an office and speak), never one shared across the corpus.
   */
  described?: true;
}

export type MentionKind = 'name' | 'alias' | 'demonym' | 'pronoun' | 'nominal';

export interface Mention {
  span: Span;
  /** The text of the span, equal to the substring of the article text. */
  anchor: string;
  entity: string; // Entity.key
  kind: MentionKind;
}

export interface Role {
  person: string; // Entity.key
  /** The title as printed, e.g. "President", "foreign minister", "former President". */
  title: string;
  of?: string; // Entity.key of a Country or Organization
  /** The span of the text that states the role. */
  evidence: Span;
  /** The id of the rule or model that read it (src/extract/rules.ts), so a wrong fact says what made it. */
  rule: string;
}

export type QuoteKind = 'direct' | 'indirect' | 'mixed';

export interface Quote {
  /** Entity.key of the speaker, or undefined when no speaker could be identified. */
  speaker?: string;
  /** The local mention that names the speaker (the pronoun where the text says "he said"). */
  speakerMention?: Span;
  speakerText?: string;
  /** The label of a speaker the text describes without naming ("a senior finance ministry official"). */
  speakerLabel?: string;
  cue: string;
  cueSpan?: Span;
  kind: QuoteKind;
  /** One span a piece of content; a split quote has two or more. */
  segments: Span[];
  /** The content as printed, segments joined by a space. */
  text: string;
  /** The sentence (or sentences) the quote was found in. */
  evidence: Span;
  /** The id of the rule or model that read it (src/extract/rules.ts). */
  rule: string;
}

export interface MonetaryAmount {
  /** In full units: "100 million euros" is 100000000. */
  value: number;
  /** Upper bound of a range ("between 5 and 10 million"). */
  valueMax?: number;
  /** ISO 4217 code. */
  currency: string;
  /** "over", "about", "up to", "at least", "between", ... */
  qualifier?: string;
  /** As printed. */
  text: string;
}

export type PledgeStatus = 'pledged' | 'delivered' | 'signed' | 'approved' | 'planned' | 'requested' | 'conditional';

export interface Pledge {
  giver: string; // Entity.key
  /** The person who announced it, when not the giver. */
  announcedBy?: string; // Entity.key
  recipient?: string; // Entity.key
  amount?: MonetaryAmount;
  quantity?: number;
  item?: string;
  purpose?: string;
  status: PledgeStatus;
  /** The sentence the pledge was read from. */
  evidence: Span;
  /** The words that commit: "decided to provide", "announced the delivery". */
  cue?: string;
  /** The id of the rule or model that read it (src/extract/rules.ts). */
  rule: string;
}

/** Text that is not content: captions, photo credits, ads, datelines, comment notices. */
export interface Boilerplate {
  span: Span;
  kind: 'caption' | 'credit' | 'advertisement' | 'dateline' | 'notice' | 'headline' | 'references';
  text: string;
}

/** Everything the extract stage found in one article. */
export interface Extraction {
  article: Article;
  sentences: Span[];
  entities: Entity[];
  mentions: Mention[];
  roles: Role[];
  quotes: Quote[];
  pledges: Pledge[];
  boilerplate: Boilerplate[];
  /** Headline when derived from the text (first line) rather than given. */
  headline?: string;
  /** Dateline place as printed, e.g. "PARIS" (metadata, not an entity mention). */
  dateline?: string;
  /** The entity the dateline names (a place or a country), among `entities`. */
  datelineEntity?: string;
}
