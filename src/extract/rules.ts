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
  'quote.cue.passive': 'a passive report of speech: "X is reported to have said", "X is said to have told" (X speaks; the content follows the cue)',
  'quote.cue.document': 'a document "reads" its text: "a BBC statement read: “...”", "“...,” the message read" (the document, and through it the body that issued it, speaks)',
  'quote.according-to': '"according to X": X is the source of the clause before or after it',
  'quote.colon-headline': 'a headline "Name: statement"',
  'quote.transcript': 'an interview transcript turn: a label in capitals and a colon opening a paragraph ("TAPPER: ...", also inside the quotation that opens it), the paragraph its content',
  'quote.block': 'a cue and a colon end a paragraph ("Norton observed:"); the next paragraph, without quotation marks, is the block quotation',
  'quote.colon-intro': 'a sentence ending in a colon introduces the quotation after it; its subject speaks',
  'quote.asked': 'the question of "asked whether/if/about ...", with no speaker',
  'quote.unattributed': 'a stand-alone quotation no cue claimed (its speaker is that of the quote it most likely continues)',
  'quote.model.attribution': 'the learned attribution model (src/extract/quotes/model.ts, data/models/attribution.json) kept the candidate a quote rule proposed',

  // offices (src/extract/roles.ts)
  'role.title-before-name': '"French President Emmanuel Macron": a title (and its owner) right before a name',
  'role.appositive-before': '"its top diplomat for Europe, James O\'Brien": a title phrase, a comma, the name',
  'role.appositive-after': '"Joaquin Almunia, the European Union\'s monetary affairs commissioner": the name, a comma, a title phrase',
  'role.holder-named-after': '"the EU\'s monetary affairs commissioner made it clear ... . \'...,\' said Joaquin Almunia": a definite one-holder office with no name, held by the one speaker the next sentence names ("said X", "X said") who holds no office of their own',
  'role.unnamed-holder': '"Estonia\'s foreign minister" with no name: an office-holder of their own, for the quotes\' speaker; not output as an office (a title alone is no named person)',
  'role.copula': '"X is chief executive of Acme", "X has been named chairman", "X, who is also a vice president of Acme": a title after a verb of being or appointment',
  'role.appointed': '"Acme named X chairman", "elected X as president": a title after the appointed name',
  'role.fronted-appointed': '"Named chairman of Acme in 1999, X led the merger": a participle of appointment opening the sentence, its title given to the subject after the comma',
  'role.appointed-post': '"named X to its newly-created post of chief operating officer", "X was named to the additional post of chief executive": the title after a post noun (roles/titles.ts APPOINTMENT_POSTS)',
  'role.joined': '"X joined Acme as chief executive": the body joined owns the title after "as"',
  'role.tenure': '"X\'s future as Acme manager", "the exit of X as chief of staff": the office a noun of holding or leaving it names after "as"',
  'role.displaced': '"sacked X as shadow foreign minister", "succeed X as manager": the office the displaced person held',
  'role.succeeding': '"X will succeed Y as chairman", "X replaced Y as chief executive": the successor takes the office the displaced person held',
  'role.nominal-antecedent': '"Gordon Brown will speak. The chancellor is due to ...": a subject "the" + office after a sentence that names one person',
  'role.described-antecedent': '"Sanders may win upstate. Tuesday, the Vermont senator opened a rally": "the", a place and a governor\'s or legislator\'s office, no name after it, is the subject of the sentence before',
  'role.title-name-of': '"President Nestor Kirchner of Argentina", "analyst Jane Doe of Acme": the owner after the name',
  'role.of-same-person': 'an office whose phrase names no owner takes the owner of the same person\'s office with the same head elsewhere in the article (a party\'s office: the party of any office of theirs)',
  'role.of-antecedent': '"the company\'s finance director", "its governor", "a spokesman for the bank": the body of that kind named last before it',
  'role.of-sentence': 'an office whose phrase names no owner: the sentence\'s subject of the fitting kind ("Acme expects ..., chairman X said"), or for offices of bodies one named after the name',
  'role.of-sentence-party': 'a party\'s office whose phrase names no party, after words of its sentence that name one party and no other outside quotation marks (as a modifier too: "The Tory tax plan ... shadow chancellor X", "For the Conservatives, shadow education secretary X said"): that party, before the sentence before',
  'role.of-previous-sentence': 'an office whose phrase names no owner: the first body of the fitting kind in the sentence before',
  'role.of-lead': 'an office whose phrase names no owner: the first body of the fitting kind in the article\'s lead sentence',
  'role.of-dateline': 'a national office whose phrase names no country: the dateline\'s country, when the article names it',
  'role.of-only-country': 'a national office whose phrase names no country: the one country the article names, when it names no other',
  'role.of-main-country': 'a national office whose phrase and sentences name no country: the country the article names most (twice or more, more than any other), unless it has no such office',
  'role.of-company-subject': '"Acme Corp said President X ...", "It said President X", "... . President X said": a bare "President" no country owns, of the company named with its legal form (Corp, Inc, Plc) that is the clause\'s subject, or the subject of the sentence before when "it" or the title opens this one',
  'role.of-main-organization': 'a one-holder office of a body ("chief executive", "chairman") whose phrase and sentences name no owner: the organization the article names most (three times or more, twice as often as any other)',
  'role.of-us-chamber': '"Sen. X (R-Utah)", "WASHINGTON - Rep. X" in a story naming no chamber: the United States Senate or House',
  'role.of-body-noun': '"Committee Chairman X", "bank governor X": the body named before whose name has the title\'s first noun',
  'role.of-coordinated': '"Acme chairman X and president Y": an office after "and" shares the owner of the office before it; "Mr X and shadow chancellor Y": a party\'s office, the party the article gives X',
  'role.of-office-country': 'a government office only a few countries have (roles/titles.ts OFFICE_COUNTRIES: "Chancellor", "Home Secretary") whose owner nothing else gives: the one such country the article names',
  'role.portfolio-title': '"Malaysian Primary Industries Minister X": capitalized words no name covers between a country (or the phrase\'s start) and a capitalized "Minister"/"Secretary" are the portfolio, kept in the title (roles/titles.ts PORTFOLIO_TITLE_HEADS)',
  'role.of-only-court': 'a justice whose phrase and sentences name no court: the one court named "Supreme" the article names, or the one court it names',
  'role.of-institution-politics': 'a national office no nearer cue owns: the one country whose institutions the article names twice or more, when the office\'s sentence and the one before name no other country and its holder holds no other country\'s office',
  'role.of-institution-country': 'a national office whose phrase and context name no country: the one country whose institutions the article names twice or more, naming no other (roles/titles.ts INSTITUTION_COUNTRIES: "Downing Street", "MPs", "White House")',
  'role.of-last-party': 'a party\'s office that refers back ("the party\'s treasurer", "his shadow chancellor") where no subject names a party: the party named last before it, in its sentence or the three before',
  'role.of-headline': 'a headline\'s office ("ACME CHAIRMAN SAYS ...") gives its owner to the one body office of that head with none',

  // pledges (src/extract/pledges.ts; the cue table is src/extract/pledges/cues.ts)
  'pledge.give': 'a giving verb (provide, give, send, supply, deliver, transfer, release, hand over) with its giver, object and recipient',
  'pledge.donate': 'a donating verb (donate, contribute, bequeath) or a light verb with a donation noun ("made a £2m donation"); a person donates in their own name; a sum donated, or given to a named party, is a gift however small ("donated $750 to the campaign")',
  'pledge.lend': 'a lending verb (lend, loan, extend a credit) with its lender, amount and borrower',
  'pledge.order': 'aid ordered or directed by a ruler or government: "King Salman ordered $274m in aid for Yemen", "directed the release of $50m for relief"',
  'pledge.add': 'more money added to a commitment, said to be more: "Germany added another 20 million euros", "will add a further $5m"',
  'pledge.lend.open': 'a credit line opened for someone: "Japan opened a $300m line of credit for Kenya"',
  'pledge.lend.arrange': 'a loan a bank arranged for a named borrower: "Paribas arranged a 220 mln dlr loan for Ecuador"',
  'pledge.sign.creditor': 'a debt agreement signed with a creditor body: "Jamaica concluded a rescheduling accord with the Paris Club" (the creditor gives)',
  'pledge.approve': 'an approving or allocating verb (grant, award, approve, authorise, allocate, earmark, set aside)',
  'pledge.promise': 'a promising verb (pledge, promise, commit, offer)',
  'pledge.match': 'gifts matched: "the government will match public donations up to £5m"',
  'pledge.mobilize': 'money mobilized for others: "the World Bank will mobilize $400m for Ebola-hit countries"',
  'pledge.deposit': 'a deposit into another state\'s central bank: "Saudi Arabia deposited $2bn in Egypt\'s central bank"',
  'pledge.announce': 'an announcing verb (announce, unveil, confirm, launch) with an amount, an aid noun or a delivery noun right after it',
  'pledge.sign': 'an agreement signed (sign, ink, seal, conclude) with a named partner or by several parties',
  'pledge.agree': '"agreed to/with X to ...": an agreement that reschedules, lends or gives',
  'pledge.fund': 'a funding verb (fund, finance, put, pump, inject, channel ... into)',
  'pledge.debt': 'debt relief by a creditor (reschedule, write off, forgive, cancel, freeze, defer debts)',
  'pledge.raise': 'raising a commitment to someone: "Japan will double its aid to Africa", "increasing its funding to the IDA"',
  'pledge.spend': 'a paying verb (pay, spend) whose sentence is about aid',
  'pledge.borrow': '"Greece borrowed 10 billion euros from the ECB": a sum borrowed from a named lender is that lender\'s loan',
  'pledge.receipt': '"X received a loan from Y": Y is the giver',
  'pledge.fund.create': 'a fund set up, created or established with an amount: "Japan set up a $100m fund for refugees"',
  'pledge.source': 'money or a commitment that comes from a named giver: "Funding of £20m will come from the Department of Health"',
  'pledge.noun.loan': 'a lending noun with an amount (loan, credit, credit line, financing): "a $300m loan from X", "Japan\'s loan of ..."',
  'pledge.noun.aid': 'an aid noun with an amount (aid, assistance, grant, package): "French aid ... amounts to ..."',
  'pledge.noun.donation': 'a donation noun with an amount (donation, gift, bequest, contribution): "a bequest from X of £400,000"',
  'pledge.noun.added': 'a sum said to be added ("coupled with an additional $100m in food aid"), with no name before it in its sentence: the giver of the commitment just reported',
  'pledge.noun.earlier': 'a commitment noun compared with the one just reported ("The donation follows a £2.5m gift to the party in 2003"): the same giver\'s earlier commitment',
  'pledge.available': 'money made available: "Sweden has made available 30m crowns for refugees", "made $5m available", "£15m will be made available" (then the announcer gives)',
  'pledge.receipt.anaphor': '"Acme said it obtained a $50m loan from Citibank": a pronoun or a description that receives from a named giver is its antecedent, the recipient',
  'pledge.receipt.said': '"Jordan will receive two loans totalling $96m ..., the World Bank said": a loan, grant or aid received without "from" is the lending body\'s that reports it',
  'pledge.passive.said': '"A total of 5 billion soles is earmarked for irrigation, the government said": an agentless passive allocation reported by a state is that state\'s',
  'pledge.noun.said': '"One project will be supported by a 485 mln dlr loan, the bank said": a loan, credit or grant with its sum and no giver named is that of the lending body that reports it',
  'pledge.noun.list': 'sums listed with their givers after a commitment noun or a receipt: "Pledges include $500m from Japan and $350m from the US", "received £2.3m, including £1m from X", "donors include Japan ($500m)"',
  'pledge.noun.loan.agreement': '"Kenya\'s $1.2bn loan agreement with the IMF": a loan agreed with a lending body is the body\'s, lent to the other party',
  'pledge.noun.possessive': 'a commitment noun with an amount owned by a possessive pronoun: "Acme said its $4m contribution to the Red Cross", "its last loan of $30m was made to Laos" (the pronoun\'s antecedent gives)',
  'pledge.noun.bare': 'a commitment noun without a sum, its giver and the way it goes named around it: "a loan from the IMF", "Japan\'s aid to Nepal"',
  'pledge.noun.pledge': 'a pledge noun with an amount (pledge, commitment): "Japan\'s pledge of $1bn"',
} as const;

export type RuleId = keyof typeof RULES;

/** The id of a fact a rule proposed and a learned model accepted: "quote.cue+quote.model.attribution". */
export function acceptedBy(rule: RuleId, model: RuleId): string {
  return `${rule}+${model}`;
}
