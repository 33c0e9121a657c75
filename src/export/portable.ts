// Text every RDF parser reads: the characters n3's writers leave raw that some parsers refuse
// (controls), and the escapes they write that some parsers refuse (U+FFFE, U+FFFF).

// Raw characters no RDF text file should hold: C0 controls other than tab and LF (n3 escapes only
// some) and DEL. They can only occur inside literals here, where \uXXXX stands for them in every
// text format.
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;
const RAW_CONTROL_ALL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
/** A character as \uXXXX (upper-case hex, as n3's canonical writer spells it). */
export const uEscape = (c: string) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Escapes the raw characters RDF text files must not hold (see RAW_CONTROL) as \uXXXX. */
export function escapeControls(s: string): string {
  return RAW_CONTROL.test(s) ? s.replace(RAW_CONTROL_ALL, uEscape) : s;
}

// The noncharacters U+FFFE and U+FFFF are written as themselves: Raptor (rapper 2.0) refuses
// the escapes \uFFFE and \uFFFF in N-Triples, N-Quads and Turtle alike ("Illegal Unicode
// character") but reads the characters; n3 and oxigraph read both. n3's writers escape them: an
// escape is one whose backslash is not itself escaped (an even run of backslashes before it).
const ESCAPED_NONCHARACTER = /(?<!\\)((?:\\\\)*)\\uFFF([EF])/g;

/** RDF text (N-Triples, N-Quads, Turtle, TriG) fit for every parser: controls escaped, U+FFFE/U+FFFF not. */
export function portableRdfText(s: string): string {
  const escaped = escapeControls(s);
  // a cheap test first: a build writes hundreds of megabytes, almost never with one of these
  return escaped.includes('\\uFFF') ? escaped.replace(ESCAPED_NONCHARACTER, (_, backslashes: string, last: string) => `${backslashes}${last === 'E' ? '\ufffe' : '\uffff'}`) : escaped;
}
