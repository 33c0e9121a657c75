// Offices the text states (src/extract/roles.ts): one line per construction, an invented sentence →
// the offices that must be read, as [person, title, owner], and the offices that must not be read
// (an office whose owner the text does not name is read, for quotes, but not output). Every office also names the rule that read it.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/index.js';
import type { Extraction } from '../src/types.js';
import { RULES } from '../src/extract/rules.js';

const run = (text: string): Extraction => extractArticle({ id: 'test', text, format: 'txt', source: { path: 'test.txt' } });
const offices = (x: Extraction) => {
  const label = (key?: string) => (key ? (x.entities.find((e) => e.key === key)?.label ?? key) : '');
  return x.roles.map((r) => [label(r.person), r.title, label(r.of)]);
};

type Office = [person: string, title: string, of: string];

const READ: [construction: string, text: string, expected: Office[]][] = [
  // titles before the name
  ['owner before the title', 'Brightwater Holdings chairman Harold Finch said the company would expand.', [['Harold Finch', 'chairman', 'Brightwater Holdings']]],
  ['Reuters company name with Inc', 'Brightwater Holdings Inc chairman Harold Finch said the company would expand.', [['Harold Finch', 'chairman', 'Brightwater Holdings Inc']]],
  ['seniority before the owner', 'The loans were safe, said senior Greystone Bank executive Laura Mendel.', [['Laura Mendel', 'senior executive', 'Greystone Bank']]],
  ['title of address between title and name', 'British Science Minister Lord Ashworth has given money to the Labour Party.', [['Lord Ashworth', 'Science Minister', 'United Kingdom']]],
  ['party word as owner', 'Tory shadow chancellor Oliver Pembridge attacked the plan.', [['Oliver Pembridge', 'shadow chancellor', 'Conservative Party']]],
  ['coordinated titles', 'Brightwater Holdings said president and chief executive officer Morris Delane had resigned.', [['Morris Delane', 'president and chief executive officer', 'Brightwater Holdings']]],
  ['a field between title and name', 'LONDON, March 23 - Britain has reaped profits, Chancellor of the Exchequer Nigel Lawson said.', [['Nigel Lawson', 'Chancellor of the Exchequer', 'United Kingdom']]],
  ['owner after the name', 'Talks were held with President Julio Ferreira of Brazil on Monday.', [['Julio Ferreira', 'President', 'Brazil']]],
  // appositions
  ['apposition: title of owner', 'Shares rose after Harold Finch, chief executive of Brightwater Holdings Plc, said profits would double.', [['Harold Finch', 'chief executive', 'Brightwater Holdings Plc']]],
  ['apposition: owner possessive', 'Peter Vance, the Labour Party\'s general secretary, welcomed the gift.', [['Peter Vance', 'general secretary', 'Labour Party']]],
  ['apposition: possessive after s', 'Harold Finch, Brightwater Holdings\' finance director, said costs fell.', [['Harold Finch', 'finance director', 'Brightwater Holdings']]],
  ['apposition: analyst at a firm', '"We expect growth," said Marta Kowalczyk, an analyst at Greystone Securities.', [['Marta Kowalczyk', 'analyst', 'Greystone Securities']]],
  ['apposition: spokeswoman for a firm', 'Marta Kowalczyk, a spokeswoman for Greystone Securities, declined to comment.', [['Marta Kowalczyk', 'spokeswoman', 'Greystone Securities']]],
  ['apposition: portfolio kept in the title', 'Marta Kowalczyk, vice president for corporate communications at Greystone Securities, declined to comment.', [['Marta Kowalczyk', 'vice president for corporate communications', 'Greystone Securities']]],
  ['apposition: field then owner', '"Viewers want choice," said Philip Stanhope, director of products at Greystone Securities.', [['Philip Stanhope', 'director of products', 'Greystone Securities']]],
  ['title phrase before the name', 'Greystone Bank cut its rates on Monday, and its governor, Alan Whitcombe, said more cuts were possible.', [['Alan Whitcombe', 'governor', 'Greystone Bank']]],
  // verbs of being and appointment
  ['copula', 'Harold Finch, 57, is president of Brightwater Holdings Inc, a maker of pumps.', [['Harold Finch', 'president', 'Brightwater Holdings Inc']]],
  ['appointment, owner the subject', 'Brightwater Holdings Inc said Harold Finch has been named chairman and chief executive officer.', [['Harold Finch', 'chairman and chief executive officer', 'Brightwater Holdings Inc']]],
  ['a noun of tenure after a possessive', 'Harold Finch\'s future as Greystone Rovers manager is uncertain.', [['Harold Finch', 'manager', 'Greystone Rovers']]],
  ['a noun of leaving before the name', 'The report prompted the exit of Harold Finch as Brightwater Holdings chairman.', [['Harold Finch', 'chairman', 'Brightwater Holdings']]],
  ['joining a body as its officer', 'Harold Finch joined Brightwater Holdings as chief executive in 1998.', [['Harold Finch', 'chief executive', 'Brightwater Holdings']]],
  ['the second of two appointments', 'Brightwater Holdings Inc said it named Harold Finch as chairman and Marta Kowalczyk as president.', [['Marta Kowalczyk', 'president', 'Brightwater Holdings Inc']]],
  ['an appointing verb in a headline\'s present tense', 'Greystone Rovers appoint Harold Finch as manager on Monday.', [['Harold Finch', 'manager', 'Greystone Rovers']]],
  ['a regional office the recognizer read as a body', 'The plan has the support of the Mayor of New York, Harold Finch, and the council.', [['Harold Finch', 'Mayor', 'New York']]],
  ['appointing verb before the name', 'Brightwater Holdings Inc said its board elected Harold Finch chairman.', [['Harold Finch', 'chairman', 'Brightwater Holdings Inc']]],
  // owners from context
  ['the company\'s: the company named before', 'Brightwater Holdings reported a loss. The company\'s finance director, Harold Finch, said costs fell.', [['Harold Finch', 'finance director', 'Brightwater Holdings']]],
  ['the subject of the sentence', 'Brightwater Holdings Inc expects higher profits in 1987, chairman Harold Finch said.', [['Harold Finch', 'chairman', 'Brightwater Holdings Inc']]],
  ['a country as subject for a national office', 'Jordan is to receive loans to finance development projects, Planning Minister Samir Haddad said.', [['Samir Haddad', 'Planning Minister', 'Jordan']]],
  ['a capital as dateline', 'TOKYO, March 30 - Finance Minister Kenji Watanabe said the dollar would recover. Japan wants growth.', [['Kenji Watanabe', 'Finance Minister', 'Japan']]],
  ['a party office after a party sentence', 'Labour launched its election slogan on Monday. Campaign coordinator Alan Fairbrother accused the Tories of planning cuts.', [['Alan Fairbrother', 'Campaign coordinator', 'Labour Party']]],
  ['a headline office', 'AMYLUM CORP CHAIRMAN SEES HIGHER PROFITS\n\nBRUSSELS, March 3 - Profits will rise this year, chairman Pierre Castel said. Amylum Corp makes starch.', [['Pierre Castel', 'chairman', 'Amylum Corp']]],
  ['the same office again, without its owner', 'Greystone Bank chairman Harold Finch spoke first. Later, chairman Harold Finch left the room.', [['Harold Finch', 'chairman', 'Greystone Bank']]],
  ['coordinated offices share the owner', 'Cole met Blues boss Jose Mourinho and chief executive Peter Kenyon in a hotel.', [['Peter Kenyon', 'chief executive', 'Blues']]],
  ['a company the recognizer took for a person', 'The nominees are Richard Fisher, Diana chairman, and Harold Sampson, a Diana director.', [['Richard Fisher', 'chairman', 'Diana'], ['Harold Sampson', 'director', 'Diana']]],
  ['lowercase words up to the owner stay in the title', '"Crops will be small," said Gail Martell, chief meteorologist for Greystone Securities.', [['Gail Martell', 'chief meteorologist', 'Greystone Securities']]],
  ['lowercase words between the owner and the title', 'The UN\'s emergency relief co-ordinator Jan Egeland said more aid was needed.', [['Jan Egeland', 'emergency relief co-ordinator', 'United Nations']]],
  ['office words read as a name stay in the title', 'Hilary Benn, the International Development Secretary, pledged money to Britain\'s partners in Britain.', [['Hilary Benn', 'International Development Secretary', 'United Kingdom']]],
  ['apposition in brackets', 'The plan was backed by Harold Finch (chairman of Brightwater Holdings) and others.', [['Harold Finch', 'chairman', 'Brightwater Holdings']]],
  ['Reuters field between commas stays in the title', 'Ronald Gaunt, vice president, finance, of Brightwater Holdings Inc, said sales rose.', [['Ronald Gaunt', 'vice president, finance', 'Brightwater Holdings Inc']]],
  ['a described owner: describing words, a country, a noun for a body, the name', 'The fine was paid by Harold Finch, chief executive of bankrupt US phone company Telvox.', [['Harold Finch', 'chief executive', 'Telvox']]],
  ['a time word ends the owner phrase', 'Harold Finch, finance minister of Poland last year, said debts would be paid.', [['Harold Finch', 'finance minister', 'Poland']]],
  ['two fields joined before the owner', 'Marta Kowalczyk, vice president of sales and marketing at Greystone Securities, declined to comment.', [['Marta Kowalczyk', 'vice president of sales and marketing', 'Greystone Securities']]],
  ['a possessive owner over lowercase field words', 'Greystone Bank\'s emergency relief coordinator, Harold Finch, said aid was coming.', [['Harold Finch', 'emergency relief coordinator', 'Greystone Bank']]],
  ['a possessive owner over capitalized field words', 'The EU\'s Humanitarian Aid Commissioner, Harold Finch, said aid was key.', [['Harold Finch', 'Humanitarian Aid Commissioner', 'European Union']]],
  ['an office word the recognizer took for a name, after a title modifier', 'Harold Finch, Chief Economist at Brightwater Holdings, said prices rose.', [['Harold Finch', 'Chief Economist', 'Brightwater Holdings']]],
  ['a sentence opening with "As" and the title', 'As chief economist of Brightwater Holdings, Harold Finch will speak in May.', [['Harold Finch', 'chief economist', 'Brightwater Holdings']]],
  ['verbs of leaving or serving before "as"', 'Harold Finch stepped down as chairman of Brightwater Holdings in May.', [['Harold Finch', 'chairman', 'Brightwater Holdings']]],
  ['served as', 'Harold Finch served as finance minister of Poland until 1999.', [['Harold Finch', 'finance minister', 'Poland']]],
  ['"is to become"', 'Greystone Holdings reported a loss. Mr Halvorsen is to become chairman of Greystone Holdings in April.', [['Mr Halvorsen', 'chairman', 'Greystone Holdings']]],
  ['"is set to become"', 'Peter Vance is set to become chief executive of Greystone Holdings next year.', [['Peter Vance', 'chief executive', 'Greystone Holdings']]],
  ['an adverb of time in the copula: the office held before is a former one', 'Harold Finch was formerly a director of Brightwater Holdings.', [['Harold Finch', 'former director', 'Brightwater Holdings']]],
  ['promoted to', 'Brightwater Holdings Inc said it promoted Harold Finch to president.', [['Harold Finch', 'president', 'Brightwater Holdings Inc']]],
  ['the object of a dismissal held the office', 'The Liberal Party leader sacked Peter Vance as shadow finance minister of the Liberal Party on Monday.', [['Peter Vance', 'shadow finance minister', 'Liberal Party']]],
  ['the one succeeded held the office', 'Stuart Pearce would like to succeed Harold Finch as manager at Brightwater City.', [['Harold Finch', 'manager', 'Brightwater City']]],
  ['a party\'s short form in a subject nominal', 'Harold Finch unveiled the Conservative Party manifesto on Monday. The Tory leader argued that taxes were too high.', [['Harold Finch', 'leader', 'Conservative Party']]],
  ['a government office of a region after "of"', 'Harold Finch, the foreign minister of Bavaria, said he would pay.', [['Harold Finch', 'foreign minister', 'Bavaria']]],
  ['an organization the recognizer left unnamed, after a company office', '"It is bad for business," said Harold Finch, president of Exhibitor Relations, which compiles statistics.', [['Harold Finch', 'president', 'Exhibitor Relations']]],
  ['an unnamed company with its legal form after a comma', 'NEW YORK, March 4 - Harold Finch, president of Brightwater Amusements, Inc, predicted he can win approval.', [['Harold Finch', 'president', 'Brightwater Amusements, Inc']]],
  ['a body\'s name the recognizer took for a place', 'Harold Finch, Director of the Welsh Regional Housing Advice Centre at Cardiff University, said: "It is slowing."', [['Harold Finch', 'Director', 'Welsh Regional Housing Advice Centre']]],
  ['a regional office after "of" in apposition', 'Harold Finch, the mayor of Leeds, said the plan was good.', [['Harold Finch', 'mayor', 'Leeds']]],
  ['a possessive name owning a company office in apposition', '"It will be different," said Anil Mehta, Peoplesoft\'s director of database markets.', [['Anil Mehta', 'director of database markets', 'Peoplesoft']]],
  ['an auxiliary before a verb of leaving', 'LOMBARD, March 3 - Brightwater Holdings Inc said Harold Finch has resigned as president and chief operating officer.', [['Harold Finch', 'president and chief operating officer', 'Brightwater Holdings Inc']]],
  ['the staff of a person named with a possessive serve that person\'s country', 'OSLO, March 3 - Prime Minister Harald Vinje\'s spokesman, Tor Lunde, said talks went well.', [['Harald Vinje', 'Prime Minister', 'Norway'], ['Tor Lunde', 'spokesman', 'Norway']]],
  ['the staff of a person named with a possessive serve that person\'s body', 'Brightwater Holdings chairman Harold Finch\'s spokesman, Tim Rook, declined to comment.', [['Harold Finch', 'chairman', 'Brightwater Holdings'], ['Tim Rook', 'spokesman', 'Brightwater Holdings']]],
  ['an office word the recognizer read into a body before a name', 'WELLINGTON, March 3 - Reserve Bank Governor Harald Vinje said reserves rose.', [['Harald Vinje', 'Governor', 'Reserve Bank']]],
  ['a participle of appointment opening the sentence', 'Appointed chairman of Brightwater Holdings in 1999, Harold Finch led the merger.', [['Harold Finch', 'chairman', 'Brightwater Holdings']]],
  ['a participle of promotion with "to" opening the sentence', 'Promoted to chief executive of Brightwater Holdings last year, Harold Finch cut costs.', [['Harold Finch', 'chief executive', 'Brightwater Holdings']]],
  ['a participle that appoints no one to an office', 'Named after his grandfather, Harold Finch joined Brightwater Holdings.', []],
  ['a body named later by one word of its name', 'Brightwater Scherer Inc said it would sell shares to Harold Finch, a Scherer director, at 25 dlrs a share.', [['Harold Finch', 'director', 'Brightwater Scherer Inc']]],
  ['a passive of dismissal before "as"', 'Harold Finch was sacked as coach of Brightwater Rovers on Monday.', [['Harold Finch', 'coach', 'Brightwater Rovers']]],
  ['a perfect passive of replacement before "as"', 'Harold Finch has been replaced as chairman of Brightwater Holdings.', [['Harold Finch', 'chairman', 'Brightwater Holdings']]],
  ['a passive of dismissal without "as" holds no office', 'Harold Finch was sacked by Brightwater Rovers on Monday.', []],
  ['"will step down as"', 'Brightwater Holdings Inc said Harold Finch will step down as chairman of Brightwater Holdings Inc in May.', [['Harold Finch', 'chairman', 'Brightwater Holdings Inc']]],
  ['a relative clause without its comma', 'Brightwater Holdings Inc said Peter Vance was elected president, succeeding Harold Finch who remains chairman.', [['Harold Finch', 'chairman', 'Brightwater Holdings Inc']]],
  ['owner, field words, title in apposition', '"I\'m sure people will buy it," said Lynne Hyman, Greystone Securities cosmetics analyst.', [['Lynne Hyman', 'cosmetics analyst', 'Greystone Securities']]],
  ['a capital\'s dateline names the country of an article that names none', 'OTTAWA, March 2 - Versatile Corp will build an icebreaker for the Canadian coast guard, Transport Minister Harold Finch said.', [['Harold Finch', 'Transport Minister', 'Canada']]],
  ['an office only a few countries have: the one of them the article names', 'Chancellor Harold Finch visited a Kenyan slum on a trip to Kenya and Tanzania, the first by a British minister this year.', [['Harold Finch', 'Chancellor', 'United Kingdom']]],
  ['an unnamed organization before a body\'s office', 'Greystone Decisions chief executive Harold Finch told the BBC that fraud would fall.', [['Harold Finch', 'chief executive', 'Greystone Decisions']]],
  ['an acronym no mention covers, before field words and the title', '"Demand has fallen," RICS housing spokesman Harold Finch said.', [['Harold Finch', 'housing spokesman', 'RICS']]],
  ['"of" inside an unnamed organization before the title', 'Association of Chief Harbour Officers president Harold Finch said the power was too weak.', [['Harold Finch', 'president', 'Association of Chief Harbour Officers']]],
  ['a former state older news names', 'Talks were held with Yugoslav Prime Minister Dragan Petrovic in Belgrade on Monday.', [['Dragan Petrovic', 'Prime Minister', 'Yugoslavia']]],
  ['a former state\'s two-word demonym', 'Soviet leader Ivan Petrov met West German Finance Minister Karl Adler in Bonn.', [['Ivan Petrov', 'leader', 'Soviet Union'], ['Karl Adler', 'Finance Minister', 'West Germany']]],
  ['a former state\'s capital as dateline', 'BONN, March 3 - Finance Minister Karl Adler said West Germany would not cut its rates.', [['Karl Adler', 'Finance Minister', 'West Germany']]],
  ['a demonym the country also uses as a name', 'In Bangkok, Thai Industry Minister Somchai Rattana said the quota would hold.', [['Somchai Rattana', 'Industry Minister', 'Thailand']]],
  ['a company\'s top office takes the body the article is about', 'Drug shares fell sharply on Monday. Greystone Pharmaceuticals Plc said a trial had failed. Greystone Pharmaceuticals Plc will cut jobs. Analysts were not surprised. "We are determined to recover," said chief executive Harold Finch.', [["Harold Finch", "chief executive", "Greystone Pharmaceuticals Plc"]]],
  ['a title before the name, and an apposition that names no owner either', 'PEKING, March 26 - Vice Premier Chen Hua, a former Commerce Minister, said China would borrow more.', [['Chen Hua', 'Vice Premier', 'China']]],
  ['a company\'s top office is no restatement of another office', 'Greystone Pharmaceuticals Plc said Peter Vance, formerly a director at Halvorsen Laboratories Inc, was appointed. Vance will be chief executive of the new company.', [['Peter Vance', 'chief executive', 'Greystone Pharmaceuticals Plc']]],
  ['lowercase field words between a named owner and the title', 'Aid is late, UN emergency relief coordinator Harold Finch said on Monday.', [['Harold Finch', 'emergency relief coordinator', 'United Nations']]],
  ['"of the board" is the company\'s board', 'Brightwater Savings and Loan Association said it appointed Harold Finch as president. It said Finch had been vice chairman of the board.', [['Harold Finch', 'vice chairman', 'Brightwater Savings and Loan Association']]],
  ['Reuters\' brackets around the owner after the title', 'NEW YORK, March 3 - Harold Finch, president of <Brightwater Holdings Inc>, said sales rose.', [['Harold Finch', 'president', 'Brightwater Holdings Inc']]],
  ['a hyphenated rank of the chair', 'Tory co-chairman Harold Finch said the party would win.', [['Harold Finch', 'co-chairman', 'Conservative Party']]],
  ['a hyphenated rank of the chair in apposition', 'Harold Finch, vice-chairman of Brightwater Holdings Inc, said sales rose.', [['Harold Finch', 'vice-chairman', 'Brightwater Holdings Inc']]],
  ['more office heads: undersecretary, constable', 'Agriculture Undersecretary Harold Finch said the United States would sell wheat. Assistant Chief Constable Peter Vance of Greystone Police said crime fell.', [['Harold Finch', 'Agriculture Undersecretary', 'United States'], ['Peter Vance', 'Assistant Chief Constable', 'Greystone Police']]],
  ['a nation without a state, by its demonym', 'Scottish Finance Minister, Harold Finch MSP, said councils would get more money.', [['Harold Finch', 'Finance Minister', 'Scotland']]],
  ['a partnership\'s name runs on through commas', '"Rates will fall," said Harold Finch, an analyst with Greystone, Halvorsen and Co.', [['Harold Finch', 'analyst', 'Greystone, Halvorsen and Co.']]],
  ['a portfolio in capitals no list holds, after a demonym', 'Malaysian Primary Industries Minister Harold Finch welcomed the accord.', [['Harold Finch', 'Primary Industries Minister', 'Malaysia']]],
  ['a hyphenated portfolio after a demonym', 'Chinese Vice-Foreign Minister Harold Finch said the talks would go on.', [['Harold Finch', 'Vice-Foreign Minister', 'China']]],
  ['a portfolio opening the sentence, the country from the dateline', 'LONDON, March 3 - Corporate Affairs Minister Harold Finch said Britain was ready.', [['Harold Finch', 'Corporate Affairs Minister', 'United Kingdom']]],
  ['a prefix joined to the portfolio', 'Leaked papers suggest ex-Home Secretary Harold Finch was wrong about Britain.', [['Harold Finch', 'ex-Home Secretary', 'United Kingdom']]],
  ['one unnamed word before a company\'s office names the company', 'Shares fell, Brightwing deputy chief executive Harold Finch told reporters.', [['Harold Finch', 'deputy chief executive', 'Brightwing']]],
  ['appointed to a post of an office', 'Brightwater Holdings Inc said it named Harold Finch to its newly-created post of chief operating officer.', [['Harold Finch', 'chief operating officer', 'Brightwater Holdings Inc']]],
  ['a second office by a post after an apposition', 'Brightwater Holdings Inc said its chairman, Harold Finch, was named to the additional post of chief executive.', [['Harold Finch', 'chairman', 'Brightwater Holdings Inc'], ['Harold Finch', 'chief executive', 'Brightwater Holdings Inc']]],
  ['a country before a team\'s office is the national team\'s', 'Scotland manager Harold Finch says he wants to restore pride.', [['Harold Finch', 'manager', 'Scotland']]],
  ['a country\'s institutions name the country of an office the article gives no owner', 'Home Secretary Harold Finch told MPs the plan would work. Downing Street backed him.', [['Harold Finch', 'Home Secretary', 'United Kingdom']]],
  ['a country\'s parts count with its institutions', 'Areas in England and Wales will get help. Labour sees crime as an issue. Prime Minister Harold Finch will speak.', [['Harold Finch', 'Prime Minister', 'United Kingdom']]],
  ['"his" shadow office of a leader without one: the party named last', 'The Tories\' poll ratings are low. Mr Vance wants tax cuts. He and his shadow chancellor Harold Finch will speak.', [['Harold Finch', 'shadow chancellor', 'Conservative Party']]],
  ['"the party\'s" office where no subject names the party', 'Among the gifts to the Tories were loans from Brightwater Services. This firm is run by the party\'s former treasurer Harold Finch.', [['Harold Finch', 'former treasurer', 'Conservative Party']]],
  ['an unnamed body before a possessive', '"It is growing," said Harold Finch, director of Qortek Systems\' wireless research group.', [['Harold Finch', 'director', 'Qortek Systems']]],
  ['words of company before a title are no field of it', 'He spoke with their cabinet colleagues Foreign Secretary Harold Finch and others in London, Britain.', [['Harold Finch', 'Foreign Secretary', 'United Kingdom']]],
  ['a capitalized portfolio before a lowercase head', 'They met Aid minister Harold Finch in London, Britain.', [['Harold Finch', 'Aid minister', 'United Kingdom']]],
  ['a prefix joined to a lowercase portfolio', 'Ex-health secretary Harold Finch earned money in Britain.', [['Harold Finch', 'Ex-health secretary', 'United Kingdom']]],
  ['a possessive country, describing words, a noun for a body and its name', 'His comments came after Harold Finch, the leader of Britain\'s biggest union Brightwork, told the paper.', [['Harold Finch', 'leader', 'Brightwork']]],
  ['a demonym inside a title after the name', '"The lira is weak," Harold Finch, chief Turkish economist for Greystone Bank, told reporters.', [['Harold Finch', 'chief Turkish economist', 'Greystone Bank']]],
  ['after a comma, a title naming its owner stands in apposition before the name', 'Prices rose, chairman of Brightwater Holdings Inc, Harold Finch, said on Monday.', [['Harold Finch', 'chairman', 'Brightwater Holdings Inc']]],
  ['a partnership after the name ends at its legal form', 'NEW YORK, April 24 - Analyst Harold Finch of Greystone, Halvorsen and Brightwater Securities Corp upgraded the banks.', [['Harold Finch', 'Analyst', 'Greystone, Halvorsen and Brightwater Securities Corp']]],
  ['", whose" + title: the body the relative follows', 'Bankers expect talks with Argentina and Brazil, whose finance minister Harold Finch wants separate terms.', [['Harold Finch', 'finance minister', 'Brazil']]],
  ['a capital\'s dateline printed without its accents', 'BRASILIA, March 30 - Brazil will buy U.S. dollars. Finance Minister Harold Finch said the move was temporary.', [['Harold Finch', 'Finance Minister', 'Brazil']]],
  ['a former holder is one of many', 'BRASILIA, March 30 - Brazilian President Peter Vance spoke. The council was closed by the government of former President Harold Finch.', [['Harold Finch', 'former President', 'Brazil']]],
  ['where an envoy is sent, between the title and the name', 'US ambassador to Iraq Harold Finch said the vote was close.', [['Harold Finch', 'ambassador to Iraq', 'United States']]],
  ['a prefix the recognizer took into the owner\'s name', 'The plan was backed by former Brightwater Holdings chairman Harold Finch on Monday.', [['Harold Finch', 'former chairman', 'Brightwater Holdings']]],
  ['an office only some countries have: the one of them the article names', 'The sources said Italy was invited back by Treasury Secretary Harold Finch. The United States wants growth.', [['Harold Finch', 'Treasury Secretary', 'United States']]],
  ['a party\'s word before a government\'s office is its portfolio', 'NICOSIA, June 2 - The union called off a strike after meeting Labour Minister Harold Finch.', [['Harold Finch', 'Labour Minister', 'Cyprus']]],
  ['a party\'s own office keeps the party before it', 'Tory shadow home secretary Harold Finch attacked the plan.', [['Harold Finch', 'shadow home secretary', 'Conservative Party']]],
  ['one unnamed word before an economist names the firm', 'Shares rose, Brightwing senior economist Harold Finch said.', [['Harold Finch', 'senior economist', 'Brightwing']]],
  ['two portfolios joined by "and"', 'TOKYO, March 3 - "It is a recovery," said Economic and Fiscal Policy Minister Harold Finch of Japan.', [['Harold Finch', 'Economic and Fiscal Policy Minister', 'Japan']]],
  ['a rank of an office only some countries have, from a capital\'s dateline', 'WASHINGTON, March 3 - Assistant Treasury Secretary Harold Finch said talks on loans to Argentina, the Philippines and Brazil went well. Brazil wants more.', [['Harold Finch', 'Assistant Treasury Secretary', 'United States']]],
  ['a subject nominal after one named person', 'Gordon Whitley will set out his goals for Britain on Monday. The chancellor is due to speak in London about Britain.', [['Gordon Whitley', 'chancellor', 'United Kingdom']]],
];

describe('roles: offices read, with their owner', () => {
  it.each(READ)('%s', (_construction, text, expected) => {
    const x = run(text);
    const got = offices(x);
    for (const office of expected) expect(got).toContainEqual(office);
    for (const r of x.roles) expect(Object.keys(RULES)).toContain(r.rule);
  });
});

const NOT_READ: [construction: string, text: string, unexpected: Office[]][] = [
  ['an analyst\'s firm is not the company discussed', '"We expect growth," said analyst Marta Kowalczyk. Greystone Securities shares rose.', [['Marta Kowalczyk', 'analyst', 'Greystone Securities']]],
  ['a name we do not know stands for the owner', 'Fair Trials Abroad director Stephen Jakobi said the case was weak. The government of Britain rejected his view.', [['Stephen Jakobi', 'director', 'United Kingdom']]],
  ['a film is no owner', 'Harry Potter director Alfonso Cuaron has signed a deal with Warner Brothers.', [['Alfonso Cuaron', 'director', 'Warner Brothers']]],
  ['one president per country', 'WASHINGTON, March 12 - President Reagan today had talks with Kenyan President Daniel Arap Moi.', [['Reagan', 'President', 'Kenya']]],
  ['a shared surname gets no office', 'Jim Baker and Howard Baker met in Washington. Treasury Secretary Baker said the talks went well in the United States.', [['Howard Baker', 'Treasury Secretary', 'United States'], ['Jim Baker', 'Treasury Secretary', 'United States']]],
  ['a described owner is not guessed', 'Brazil set new rules. Wilson Moura, president of the national confederation of bank workers, said a strike would follow.', [['Wilson Moura', 'president', 'Brazil']]],
  ['a place governed by a preposition is no subject', 'Duff was injured in the cup defeat at Newcastle and manager Jose Mourinho said he would miss the final.', [['Jose Mourinho', 'manager', 'Newcastle']]],
  ['a country before a company office is its field', 'Paul Dales, UK economist at Capital Economics, said rates would rise.', [['Paul Dales', 'economist', 'United Kingdom']]],
  ['founding is not an office', 'Yukos founder Mikhail Khodorkovsky is in jail.', [['Mikhail Khodorkovsky', 'founder', 'Yukos']]],
  ['no president of a country without one', 'Prime Minister Tony Blair met students. The United States and America were discussed, and the United States was praised.', [['Tony Blair', 'Prime Minister', 'United States']]],
  ['a title before another name is that name\'s', 'The 77-year-old Anderson was President Eisenhower\'s treasury secretary from 1957 to 1961.', [['Anderson', 'President', '']]],
  ['an office held by no one in particular', 'Bates stepped down as Chelsea chairman in March last year.', [['Chelsea chairman', 'chairman', 'Chelsea']]],
  ['a name opening the next clause is no apposition', 'George Bush will take a new approach as US President, Tony Blair has said.', [['Tony Blair', 'US President', 'United States'], ['Tony Blair', 'President', 'United States']]],
  ['a country that owns another office is no owner', 'On Monday the Pakistani president met Prime Minister Tony Blair in London.', [['Tony Blair', 'Prime Minister', 'Pakistan']]],
  ['an evaluation is no office', 'Many said Mr Blair was a good prime minister and 38% disagreed.', [['Blair', 'good prime minister', '']]],
  ['an office of no body the text names is not output', 'The results were good, chairman Harold Finch said on Monday.', [['Harold Finch', 'chairman', '']]],
  ['a definite description is the main person\'s, not a passing name\'s', 'Harold Finch backed the plan. Finch spoke in York. The issue split America, where Peter Vance opposed it. But the Tory leader argued it was right.', [['Peter Vance', 'leader', 'Conservative Party']]],
  ['a date after a described board is no organization', 'Harold Finch will be the vice chairman of the board effective July One, 1987.', [['Harold Finch', 'vice chairman', 'July One']]],
  ['a rank of state after "of" is no organization', 'Harold Finch, President of the Republic, said the talks would go on.', [['Harold Finch', 'President', 'Republic']]],
  ['a qualifier before the title keeps the dateline out', 'PARIS, March 6 - Chief Soviet arms negotiator Harold Finch said the talks went well.', [['Harold Finch', 'negotiator', 'France'], ['Harold Finch', 'arms negotiator', 'France']]],
  ['two countries with such an office: no guess', 'Chancellor Harold Finch said growth would be slow. Britain and Germany sent aid to Kenya and Kenya thanked them.', [['Harold Finch', 'Chancellor', 'United Kingdom'], ['Harold Finch', 'Chancellor', 'Germany'], ['Harold Finch', 'Chancellor', 'Kenya']]],
  ['one capitalized common word opening the sentence is no organization', 'Festival director Harold Finch says the films are strong.', [['Harold Finch', 'director', 'Festival']]],
  ['one unnamed word after "and" is the end of a longer name, not the owner', 'Talks went well, and Cable and Brightwing chairman Harold Finch signed the deal.', [['Harold Finch', 'chairman', 'Brightwing']]],
  ['a post noun without "of" is no office', 'Brightwater Holdings Inc said Harold Finch was named to the post last year.', [['Harold Finch', 'post', 'Brightwater Holdings Inc']]],
  ['a country before a team\'s office names a field when a body follows the name', 'UK manager Harold Finch of Brightwater Holdings said sales rose.', [['Harold Finch', 'manager', 'United Kingdom']]],
  ['institutions of one country with another country named give no owner', 'Prime Minister Harold Finch told MPs in Westminster that Canada and Australia would trade more.', [['Harold Finch', 'Prime Minister', 'United Kingdom']]],
  ['a field with a slash after "of" is no body', 'The charity\'s head of HIV/Aids in Britain, Harold Finch, said funds were short.', [['Harold Finch', 'head', 'HIV/Aids']]],
  ['an unnamed demonym before a film director names no owner', 'The prize went to The Liberace of Baghdad by British director Harold Finch.', [['Harold Finch', 'director', 'United Kingdom']]],
  ['a full name before "and" is a person, not a partner of the owner', 'He was asked by Greystone Bank chairman Harold Finch and Brightwater Council chairman Peter Vance.', [['Peter Vance', 'chairman', 'Harold Finch and Brightwater Council']]],
  ['a capitalized word opening the sentence is no portfolio of a lowercase head', 'While finance minister, Harold Finch cut taxes in Poland.', [['Harold Finch', 'While finance minister', 'Poland']]],
  ['an office only some countries have is not the dateline\'s country\'s', 'TOKYO, April 3 - Japan wants a stable dollar, Treasury Secretary Harold Finch said after talks in Japan.', [['Harold Finch', 'Treasury Secretary', 'Japan']]],
  ['a field acronym is no organization', 'Harold Finch hired PR executive Peter Vance last year.', [['Peter Vance', 'executive', 'PR']]],
  ['the body an article is about owns no office of a part of it', 'Drug shares fell sharply on Monday. Greystone Pharmaceuticals Plc said a trial had failed. Greystone Pharmaceuticals Plc will cut jobs. Analysts were not surprised. "We will look at it," said committee chairman Harold Finch.', [["Harold Finch", "committee chairman", "Greystone Pharmaceuticals Plc"]]],
  ['the body an article is about owns no office when another body is as often named', 'Drug shares rose sharply on Monday. Greystone Pharmaceuticals Plc and Halvorsen Laboratories Inc signed a deal. Greystone Pharmaceuticals Plc and Halvorsen Laboratories Inc will merge. Analysts were not surprised. "We are pleased," said chief executive Harold Finch.', [["Harold Finch", "chief executive", "Greystone Pharmaceuticals Plc"], ["Harold Finch", "chief executive", "Halvorsen Laboratories Inc"]]],
  ['a monarchy has no president', 'TOKYO, March 27 - Prime Minister Kenji Watanabe will visit Washington to meet President Reagan. Japan wants more trade.', [['Reagan', 'President', 'Japan']]],
  ['England has no government of its own', 'Schools in England will get more money. Education Secretary Ruth Halvorsen said the plan would help England.', [['Ruth Halvorsen', 'Education Secretary', 'England']]],
  ['Scotland has ministers but no prime minister', 'Troops from Scotland will return home. Prime Minister Harold Finch said Scotland had paid a high price.', [['Harold Finch', 'Prime Minister', 'Scotland']]],
  ['a verb between a named owner and a title is no field of it', 'On Monday the Pakistani president met Prime Minister Harold Finch in London.', [['Harold Finch', 'president met Prime Minister', 'Pakistan'], ['Harold Finch', 'Prime Minister', 'Pakistan']]],
  ['a nation\'s secretary is the state\'s', 'Scottish Secretary Harold Finch said councils would get more money.', [['Harold Finch', 'Secretary', 'Scotland']]],
  ['a spokesman is one of many: no office for the phrase', 'A Rosneft spokesman said the purchase was legal.', [['Rosneft spokesman', 'spokesman', 'Rosneft']]],
];

describe('roles: offices not read', () => {
  it.each(NOT_READ)('%s', (_construction, text, unexpected) => {
    const got = offices(run(text));
    for (const office of unexpected) expect(got).not.toContainEqual(office);
  });
});
