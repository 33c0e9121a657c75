// Finds what is not content: the headline line, photo captions and credits, advertisement
// markers, comment notices, the dateline and the list of sources a web article ends with. These
// become article metadata, never entities, quotes or pledges (captions still name who is
// pictured, so entities there are kept).

import type { Range, Boilerplate } from '../types.js';
import type { Tokenized } from '../text/tokenize.js';
import { type ContainerIndex, containerIndex } from '../text/intervals.js';
import { MONTH_NAMES } from './lexicon/time.js';

export interface BoilerplateRange {
  range: Range;
  kind: Boilerplate['kind'];
}

export interface BoilerplateResult {
  ranges: BoilerplateRange[];
  headline?: string;
  headlineRange?: Range;
  dateline?: string;
  /** The state, province or country printed after the dateline's town ("IRVINE, Calif., April 3 -"): a place of the article too. */
  datelineRegion?: string;
}

const AD = /^(?:advertisement|advertising|sponsored(?: content)?|story continues below(?: advertisement)?)$/i;
// Newswire sign-offs: Reuters-21578 ends every story with "REUTER" or "Reuter".
const SIGN_OFF = /^(?:reuters?|\(reuters?\)|ap|afp|-+ ?end ?-+)$/i;
const NOTICE =
  /^(?:comments? (?:are|is) (?:no longer available|closed|now closed)|(?:sign up|subscribe)\b|share (?:this|on)\b|read more\b|related(?: articles| stories| coverage)?:|click here\b|follow (?:us|@)|copyright\b|©|all rights reserved|skip to (?:content|main)|(?:this|the) (?:article|story) (?:was|has been) (?:updated|amended|corrected)|we use cookies)/i;
const AGENCIES = String.raw`(?:AP|AFP|Reuters|Getty Images?|EPA(?:-EFE)?|Pool|Bloomberg|Xinhua|PA(?: Wire)?|Shutterstock|Alamy|TASS|Sputnik|ANSA|dpa|Yonhap|Kyodo|AAP|NurPhoto|SOPA Images|Anadolu(?: Agency)?|LightRocket)`;
// "Gonzalo Fuentes/Pool via AP", "(AP Photo/Michel Euler)", "Photo: Getty Images", "Credit: Reuters"
const CREDIT = new RegExp(
  String.raw`(?:^|\s)(?:\((?:AP|AFP|Reuters)? ?Photo[^)]*\)|(?:Photo(?:graph)?|Image|Credit|Picture)s?:\s*[^.]{1,80}|(?:[\p{Lu}](?:[\p{L}'’-]+|\.)(?: [\p{Lu}](?:[\p{L}'’-]+|\.)){0,3})(?:\s*\/\s*[\p{L}'’ .-]{1,40})*\s*(?:\/|via|for)\s*${AGENCIES})\s*$`,
  'u',
);
// The heading, alone on its line, of the citations a web article ends with (Wikinews' "Sources", a wiki's
// "References" and "External links", a news site's "Related stories"): what follows names the outlets and
// authors cited and quotes their headlines, none of which the article itself reports.
const REFERENCES_HEADING = /^(?:sources?|references|external links|see also|further reading|bibliography|related (?:news|articles|stories|coverage|links)):?$/i;
/** The longest heading REFERENCES_HEADING takes, with its colon: longer lines are not tried. */
const REFERENCES_HEADING_MAX = 'related coverage:'.length;

// "PARIS —", "WASHINGTON (Reuters) -", "LONDON, March 3 -", "SALVADOR, Feb 26 -", "KYIV, Ukraine (AP) —"
const DATELINE = /^([\p{Lu}][\p{Lu}\p{M} .'’-]{1,40}?)(?:,\s*[\p{L}.]+(?: [\p{L}.]+)?(?: \d{1,2})?){0,2}\s*(?:\([^)]{1,30}\))?\s*[—–-]{1,2}\s+/u;

export function findBoilerplate(text: string, doc: Tokenized): BoilerplateResult {
  const ranges: BoilerplateRange[] = [];
  const result: BoilerplateResult = { ranges };
  const paras = doc.paragraphs;
  paras.forEach((p, i) => {
    const body = text.slice(p.start, p.end);
    if (AD.test(body.trim())) return void ranges.push({ range: p, kind: 'advertisement' });
    if (body.length < 200 && NOTICE.test(body.trim())) return void ranges.push({ range: p, kind: 'notice' });
    if (i === paras.length - 1 && SIGN_OFF.test(body.trim())) return void ranges.push({ range: p, kind: 'credit' });
    // A credit ends its paragraph; what precedes it in the same short paragraph is the caption.
    const credit = body.length < 600 ? CREDIT.exec(body) : null;
    if (credit) {
      const creditStart = p.start + credit.index + (credit[0].length - credit[0].trimStart().length);
      if (creditStart > p.start) ranges.push({ range: { start: p.start, end: trimEnd(text, p.start, creditStart) }, kind: 'caption' });
      ranges.push({ range: { start: creditStart, end: p.end }, kind: 'credit' });
      return;
    }
    // The first paragraph is a headline when it is one short line without final punctuation.
    if (i === 0 && paras.length > 1 && !/[.!?:"”]$/.test(body) && !body.includes('\n') && body.split(/\s+/).length <= 25) {
      result.headline = body;
      result.headlineRange = p;
    }
  });
  // A sign-off on the last line, even when it shares the paragraph: "… he said.\n REUTER", also as the
  // wire left it ("REUTER...", a carriage return shown as "^M") or mistyped ("REUITER").
  const last = /\n[ \t]*((?:REU[A-Z]?TERS?|Reuters?)(?:\.{2,3})?(?:\^M)?)[ \t]*\s*$/.exec(text);
  if (last && !ranges.some((r) => r.kind === 'credit' && r.range.end >= text.length - last[0].length)) {
    const start = last.index + last[0].indexOf(last[1]!);
    ranges.push({ range: { start, end: start + last[1]!.length }, kind: 'credit' });
  }
  const references = referencesFrom(text, paras[0]?.end ?? 0);
  if (references) ranges.push({ range: references, kind: 'references' });
  // The dateline opens the first paragraph of body text.
  const firstBody = paras.find((p) => p !== result.headlineRange && !ranges.some((r) => r.range.start < p.end && p.start < r.range.end));
  if (firstBody) {
    const m = DATELINE.exec(text.slice(firstBody.start, Math.min(firstBody.end, firstBody.start + 120)));
    if (m && m[1]!.trim().length >= 2 && /\p{Lu}{2}/u.test(m[1]!)) {
      result.dateline = m[1]!.trim();
      const region = datelineRegion(m[0].slice(m[1]!.length));
      if (region) result.datelineRegion = region;
      ranges.push({ range: { start: firstBody.start, end: firstBody.start + m[0].trimEnd().length }, kind: 'dateline' });
    }
  }
  ranges.sort((a, b) => a.range.start - b.range.start);
  return result;
}

const MONTH_START = new RegExp(`^(?:${MONTH_NAMES.map((mo) => mo.slice(0, 3)).join('|')})`, 'i');
/** ", Calif., April 3 -" → "Calif.": the first part after a comma that is no date (no digit, no month's name). */
function datelineRegion(rest: string): string | undefined {
  const part = rest.replace(/\([^)]*\)/g, '').split(/[—–]|\s-{1,2}\s|,/).map((p) => p.trim())[1];
  if (!part || /\d/.test(part) || MONTH_START.test(part) || !/^\p{Lu}/u.test(part)) return undefined;
  return part;
}

/** From a citation list's heading to the end of the text, when the heading follows some body (after the first paragraph). */
function referencesFrom(text: string, bodyFrom: number): Range | undefined {
  // (Line by line, trying only short lines: a pattern anchored at every line start would read all of every article.)
  for (let lineStart = text.indexOf('\n', bodyFrom) + 1; lineStart > 0 && lineStart < text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let a = lineStart;
    while (a < lineEnd && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 9)) a++;
    const b = trimEnd(text, a, lineEnd);
    if (b > a && b - a <= REFERENCES_HEADING_MAX && REFERENCES_HEADING.test(text.slice(a, b))) return { start: a, end: trimEnd(text, a, text.length) };
    lineStart = lineEnd + 1;
  }
  return undefined;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/** Whether [start, end) lies inside a range of one of the given kinds. */
export function insideBoilerplate(ranges: BoilerplateRange[], start: number, end: number, kinds?: Boilerplate['kind'][]): boolean {
  if (ranges.length < 16) return ranges.some((r) => r.range.start <= start && end <= r.range.end && (!kinds || kinds.includes(r.kind)));
  // Called once per name, quote and pledge: index the ranges (once per array and length) so long articles stay linear.
  let cached = INDEXES.get(ranges);
  if (!cached || cached.length !== ranges.length) INDEXES.set(ranges, (cached = { length: ranges.length, index: containerIndex(ranges, (r) => r.range) }));
  return cached.index.some(start, end, (i) => !kinds || kinds.includes(ranges[i]!.kind));
}

const INDEXES = new WeakMap<BoilerplateRange[], { length: number; index: ContainerIndex }>();
