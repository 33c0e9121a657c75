// The registry of what may make a fact: every rule and learned model of the extract stage has an
// id here, and every quote, pledge and role carries the id of the one that read it (`nkg:rule` in
// the graph). A user who finds a wrong fact can tell which rule made it; a developer can count
// facts per rule (`npm run eval` misses, `scripts/explain.ts`) and retire the ones that mislead.
//
// Ids are dotted: the fact kind, then the reading. Adding a producer means adding its id here;
// the type `RuleId` keeps producers from emitting an id that is not listed.

export const RULES = {
  // quotes (src/extract/quotes.ts)
  'quote.cue': 'a verb of saying outside quotation marks, with its speaker phrase and its content (a quotation, a reported clause or both)',
  'quote.according-to': '"according to X": X is the source of the clause before or after it',
  'quote.colon-headline': 'a headline or transcript label "Name: statement"',
  'quote.colon-intro': 'a sentence ending in a colon introduces the quotation after it; its subject speaks',
  'quote.asked': 'the question of "asked whether/if/about ...", with no speaker',
  'quote.unattributed': 'a stand-alone quotation no cue claimed (its speaker is that of the quote it most likely continues)',
  'quote.model.attribution': 'the learned attribution model (src/extract/quotes/model.ts, data/models/attribution.json) kept the candidate a quote rule proposed',

  // offices (src/extract/roles.ts)
  'role.title-before-name': '"French President Emmanuel Macron": a title (and its owner) right before a name',
  'role.appositive-before': '"its top diplomat for Europe, James O\'Brien": a title phrase, a comma, the name',
  'role.appositive-after': '"Joaquin Almunia, the European Union\'s monetary affairs commissioner": the name, a comma, a title phrase',
  'role.unnamed-holder': '"Estonia\'s foreign minister" with no name: an office-holder of their own',

  // pledges (src/extract/pledges.ts)
  'pledge.verb': 'a commitment verb (provide, pledge, lend, sign, approve ...) with its giver, object and recipient',
  'pledge.passive': 'a passive commitment verb, the giver after "by"',
  'pledge.receipt': '"X received a loan from Y": Y is the giver',
  'pledge.noun': 'a commitment noun with an amount ("a $300m loan from X", "French aid ... amounts to ...")',
} as const;

export type RuleId = keyof typeof RULES;

/** The id of a fact a rule proposed and a learned model accepted: "quote.cue+quote.model.attribution". */
export function acceptedBy(rule: RuleId, model: RuleId): string {
  return `${rule}+${model}`;
}
