import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { tokenizeDocument } from '../src/text/tokenize.js';
import { findPledges, isCommitted, type EntityRef, type PledgeCandidate } from '../src/extract/pledges.js';
import type { EntityType, PledgeStatus } from '../src/types.js';
import { extractArticle } from '../src/extract/index.js';

// A stand-in for the pipeline's mentions: these surface forms, matched exactly.
const NAMES: Record<string, [string, EntityType]> = {
  Japan: ['country/japan', 'Country'], UK: ['country/united-kingdom', 'Country'], Indonesia: ['country/indonesia', 'Country'], Kenya: ['country/kenya', 'Country'],
  'World Bank': ['organization/world-bank', 'Organization'], Britain: ['country/united-kingdom', 'Country'], Pakistan: ['country/pakistan', 'Country'],
  EU: ['organization/european-union', 'Organization'], Greece: ['country/greece', 'Country'], Germany: ['country/germany', 'Country'],
  German: ['country/germany', 'Country'], Ukraine: ['country/ukraine', 'Country'], 'U.S.': ['country/united-states', 'Country'], US: ['country/united-states', 'Country'], USD: ['organization/usd', 'Organization'],
  Canada: ['country/canada', 'Country'], Norway: ['country/norway', 'Country'], Denmark: ['country/denmark', 'Country'],
  Italy: ['country/italy', 'Country'], IMF: ['organization/imf', 'Organization'], Egypt: ['country/egypt', 'Country'],
  Netherlands: ['country/netherlands', 'Country'], Dutch: ['country/netherlands', 'Country'], France: ['country/france', 'Country'],
  French: ['country/france', 'Country'], 'U.K.': ['country/united-kingdom', 'Country'], Gabon: ['country/gabon', 'Country'],
  'Olaf Scholz': ['person/olaf-scholz', 'Person'], 'Mark Rutte': ['person/mark-rutte', 'Person'], 'Acme Corp': ['organization/acme-corp', 'Organization'],
  'Beta Inc': ['organization/beta-inc', 'Organization'], Poland: ['country/poland', 'Country'], Polish: ['country/poland', 'Country'], Russia: ['country/russia', 'Country'],
  Sweden: ['country/sweden', 'Country'], China: ['country/china', 'Country'], 'Asian Development Bank': ['organization/adb', 'Organization'],
  Nepal: ['country/nepal', 'Country'], Australia: ['country/australia', 'Country'], Tonga: ['country/tonga', 'Country'],
  Taiwan: ['country/taiwan', 'Country'], Swedish: ['country/sweden', 'Country'], Ghana: ['country/ghana', 'Country'], Italian: ['country/italy', 'Country'],
  Philippines: ['country/philippines', 'Country'], Nigeria: ['country/nigeria', 'Country'], Hungary: ['country/hungary', 'Country'], India: ['country/india', 'Country'], 'Japanese Export-Import Bank': ['organization/jexim', 'Organization'],
  'Paris Club': ['organization/paris-club', 'Organization'], ADB: ['organization/adb', 'Organization'], Uganda: ['country/uganda', 'Country'], Mozambique: ['country/mozambique', 'Country'],
  'Gates Foundation': ['organization/gates-foundation', 'Organization'], Congress: ['organization/us-congress', 'Organization'], 'World Food Programme': ['organization/wfp', 'Organization'], JICA: ['organization/jica', 'Organization'], Vietnam: ['country/vietnam', 'Country'], Gavi: ['organization/gavi', 'Organization'], Spain: ['country/spain', 'Country'],
  'Gordon Brown': ['person/gordon-brown', 'Person'], Macron: ['person/emmanuel-macron', 'Person'], Indonesian: ['country/indonesia', 'Country'],
  'Anna Weber': ['person/anna-weber', 'Person'], 'Lord Carver': ['person/lord-carver', 'Person'], 'Lindqvist Trust': ['organization/lindqvist-trust', 'Organization'],
  'Green Party': ['organization/green-party', 'Organization'], 'Carlos Moya': ['person/carlos-moya', 'Person'], Mexico: ['country/mexico', 'Country'],
  'World Bank Group': ['organization/world-bank-group', 'Organization'], Haiti: ['country/haiti', 'Country'], 'Saudi Arabia': ['country/saudi-arabia', 'Country'],
  'Bank of England': ['organization/bank-of-england', 'Organization'], Estonia: ['country/estonia', 'Country'], Turkey: ['country/turkey', 'Country'],
  EC: ['organization/european-community', 'Organization'], 'West Germany': ['place/west-germany', 'Place'], 'Soviet Union': ['place/soviet-union', 'Place'], Zaire: ['place/zaire', 'Place'], Tanzania: ['country/tanzania', 'Country'],
  Belgium: ['country/belgium', 'Country'], British: ['country/united-kingdom', 'Country'], Scotland: ['country/scotland', 'Country'], 'Tom Kerr': ['person/tom-kerr', 'Person'], Kerr: ['person/tom-kerr', 'Person'], Ashby: ['person/lord-ashby', 'Person'], 'Nina Holt': ['person/nina-holt', 'Person'], 'Anglia Water': ['organization/anglia-water', 'Organization'], 'Tom Lee': ['person/tom-lee', 'Person'], 'Mia Lee': ['person/mia-lee', 'Person'], 'Red Cross': ['organization/red-cross', 'Organization'], 'Sam Ruiz': ['person/sam-ruiz', 'Person'], 'Government of Japan': ['organization/government-of-japan', 'Organization'],
  Bank: ['organization/bank', 'Organization'], 'Ban Ki-moon': ['person/ban-ki-moon', 'Person'], 'Lena Ortiz': ['person/lena-ortiz', 'Person'], 'Raj Patel': ['person/raj-patel', 'Person'], 'Vera Lind': ['person/vera-lind', 'Person'], Mongolia: ['country/mongolia', 'Country'],
  'Omar Reyes': ['person/omar-reyes', 'Person'], 'Hong Kong': ['country/hong-kong', 'Country'], 'European Community': ['organization/european-community', 'Organization'], 'Executive Board': ['organization/executive-board', 'Organization'], Norwegian: ['country/norway', 'Country'], Mexican: ['country/mexico', 'Country'], Tokyo: ['place/tokyo', 'Place'], Ohio: ['place/ohio', 'Place'], Washington: ['place/washington', 'Place'],
};
const OFFICE: Record<string, string> = { 'person/omar-reyes': 'country/ghana', 'person/sam-ruiz': 'country/kenya', 'person/tom-lee': 'organization/acme-corp', 'person/olaf-scholz': 'country/germany', 'person/mark-rutte': 'country/netherlands', 'person/gordon-brown': 'country/united-kingdom', 'person/emmanuel-macron': 'country/france', 'person/raj-patel': 'organization/beta-inc', 'person/vera-lind': 'organization/beta-inc' };
// The titles the roles step read, with or without their country or body.
const TITLES: Record<string, string[]> = { 'person/omar-reyes': ['Education Secretary'], 'person/sam-ruiz': ['Transport Minister'], 'person/lena-ortiz': ['Prime Minister'], 'person/raj-patel': ['chief executive'], 'person/vera-lind': ['founder'], 'person/tom-lee': ['chairman'] };
const NAME_RE = new RegExp(`(?<![\\p{L}])(?:${Object.keys(NAMES).sort((a, b) => b.length - a.length).map((s) => s.replace(/[.]/g, '\\.')).join('|')})(?![\\p{L}])`, 'gu');

function run(text: string): PledgeCandidate[] {
  const mentions: EntityRef[] = [...text.matchAll(NAME_RE)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, entity: NAMES[m[0]]![0], type: NAMES[m[0]]![1] }));
  return findPledges({ text, doc: tokenizeDocument(text), mentions, officeOf: (k) => OFFICE[k], titlesOf: (k) => TITLES[k] ?? [], quotes: [] });
}

interface Want {
  giver: string;
  purpose?: string;
  recipient?: string;
  value?: number;
  quantity?: number;
  item?: string;
  status?: PledgeStatus;
  announcedBy?: string;
}
type Case = [sentence: string, want: Want | Want[]];

// One line per case: the committed pledges (pledged, delivered, signed, approved) the sentence states.
const PLEDGES: Case[] = [
  // the giver of a person's commitment: a name is no negation ("Ban"); a state's office-holder with no state named
  // gives as themself; a company's executive for the company
  ['Ban Ki-moon pledged $10m to help Haiti.', { giver: 'person/ban-ki-moon', value: 10e6 }],
  // (never the article's most mentioned country: a state is read, not guessed)
  ['Prime Minister Lena Ortiz announced a $1bn credit line for Mongolia. India is keen to expand ties.', { giver: 'person/lena-ortiz', recipient: 'country/mongolia', value: 1e9 }],
  ['Prime Minister Lena Ortiz set aside $500m for the war in Mongolia.', { giver: 'person/lena-ortiz', value: 500e6 }],
  ['Beta Inc chief executive Raj Patel announced a $2m grant to the Red Cross.', { giver: 'organization/beta-inc', announcedBy: 'person/raj-patel', value: 2e6 }],
  ['Beta Inc founder Vera Lind gave $2m to the Red Cross.', { giver: 'person/vera-lind', value: 2e6 }],
  ['The Lena Ortiz administration pledged $100m to fight malaria. India leads the response.', { giver: 'person/lena-ortiz', value: 100e6 }],
  // a noun of planning plans only what it is about: a means adjunct after it is an act done
  ['Anna Weber fueled talk about her future by donating $2,700 to the Lindqvist Trust.', { giver: 'person/anna-weber', recipient: 'organization/lindqvist-trust', value: 2700 }],
  ['Anna Weber stirred speculation about a comeback by giving $5,000 to the Green Party.', { giver: 'person/anna-weber', recipient: 'organization/green-party', value: 5000 }],
  // a sum given each year is a recurring commitment, not a rate; an unstated sum is money all the same
  ['Japan gives Kenya $200m a year in development aid.', { giver: 'country/japan', recipient: 'country/kenya', value: 200e6 }],
  ['Saudi Arabia has given billions of dollars to Egypt.', { giver: 'country/saudi-arabia', recipient: 'country/egypt', item: 'billions of dollars' }],
  ['Saudi Arabia has given Egypt billions of dollars since 2013.', { giver: 'country/saudi-arabia', recipient: 'country/egypt', item: 'billions of dollars' }],
  // "only"/"just" before the sum keeps the indirect object; "the community" is the European Community named before
  ['Japan gave Kenya just $5m for the flood appeal.', { giver: 'country/japan', recipient: 'country/kenya', value: 5e6 }],
  ['The European Community met Turkey. The community has offered Turkey only 380 mln ECUs.', { giver: 'organization/european-community', recipient: 'country/turkey', value: 380e6 }],
  // "X is to provide": the description before "is to" is the subject; "the government" with no state named is
  // the one the article's ministers serve
  ['The UK faces floods. The government is to provide £10m to help farmers hit by the floods.', { giver: 'country/united-kingdom', value: 10e6, status: 'pledged' }],
  ['Transport Minister Sam Ruiz spoke on Monday. The government also announced it will provide $13m in loan insurance to the shipyard.', { giver: 'country/kenya', value: 13e6 }],
  // who announced a state's commitment speaks for it again later in the article, unless they give their own
  ['Tom Kerr said Britain would give £50m to Kenya. Mr Kerr also pledged £10m for schools.', [{ giver: 'country/united-kingdom', value: 50e6 }, { giver: 'country/united-kingdom', announcedBy: 'person/tom-kerr', value: 10e6 }]],
  ['Tom Kerr said Britain would give £50m to Kenya. Mr Kerr also donated £1,000 to the Red Cross.', [{ giver: 'country/united-kingdom', value: 50e6 }, { giver: 'person/tom-kerr', value: 1000 }]],
  // a loan signed with a partner: the lending body lends, whichever side signs
  ['Pakistan signed a $200m loan with the Asian Development Bank.', { giver: 'organization/adb', recipient: 'country/pakistan', value: 200e6, status: 'signed' }],
  ['The Asian Development Bank signed a $200m loan with Pakistan on Monday.', { giver: 'organization/adb', recipient: 'country/pakistan', value: 200e6, status: 'signed' }],
  ['Dutch Prime Minister Mark Rutte said his country decided to provide over 100 million euros for that purpose.', { giver: 'country/netherlands', announcedBy: 'person/mark-rutte', value: 100e6, status: 'pledged' }],
  ['Macron said, as France announced last month the delivery of 40 additional long-range Scalp cruise missiles.', { giver: 'country/france', quantity: 40, item: 'long-range Scalp cruise missiles', status: 'delivered' }],
  ['France, Germany and the U.K. recently signed 10-year bilateral agreements with Ukraine.', [{ giver: 'country/france', recipient: 'country/ukraine', item: '10-year bilateral agreement', status: 'signed' }, { giver: 'country/germany', item: '10-year bilateral agreement' }, { giver: 'country/united-kingdom', item: '10-year bilateral agreement' }]],
  ['Japan will give $1bn to Indonesia.', { giver: 'country/japan', recipient: 'country/indonesia', value: 1e9, status: 'pledged' }],
  ['The World Bank approved a $300 million loan to Kenya.', { giver: 'organization/world-bank', recipient: 'country/kenya', value: 300e6, item: 'loan', status: 'approved' }],
  ['Britain pledged £50m in aid for flood victims in Pakistan.', { giver: 'country/united-kingdom', recipient: 'country/pakistan', value: 50e6, item: 'aid', status: 'pledged' }],
  ['The EU agreed a 2 billion euro package for Greece.', { giver: 'organization/european-union', recipient: 'country/greece', value: 2e9, status: 'approved' }],
  ['Germany will send 40 Leopard tanks to Ukraine.', { giver: 'country/germany', recipient: 'country/ukraine', quantity: 40, item: 'Leopard tanks', status: 'pledged' }],
  ['Canada has delivered eight Leopard 2 tanks to Ukraine.', { giver: 'country/canada', quantity: 8, item: 'Leopard 2 tanks', status: 'delivered' }],
  ['Norway and Denmark donated 2 million doses of vaccine to Kenya.', [{ giver: 'country/norway', quantity: 2e6, status: 'delivered' }, { giver: 'country/denmark', quantity: 2e6 }]],
  ['Italy signed a 10-year security agreement with Ukraine.', { giver: 'country/italy', recipient: 'country/ukraine', item: '10-year security agreement', status: 'signed' }],
  ['The Netherlands has provided Ukraine with 18 F-16 fighter jets.', { giver: 'country/netherlands', recipient: 'country/ukraine', quantity: 18, item: 'F-16 fighter jets', status: 'delivered' }],
  ['German Chancellor Olaf Scholz said Germany would provide another 500 million euros in military aid to Ukraine.', { giver: 'country/germany', recipient: 'country/ukraine', value: 500e6, item: 'military aid' }],
  ['Olaf Scholz pledged 7 billion euros for Ukraine next year.', { giver: 'country/germany', announcedBy: 'person/olaf-scholz', recipient: 'country/ukraine', value: 7e9 }],
  ['UK Chancellor Gordon Brown has offered £960m ($1.8bn) over 15 years to an international scheme.', { giver: 'country/united-kingdom', announcedBy: 'person/gordon-brown', value: 960e6 }],
  ['Mr Brown welcomed news that the Gates Foundation and Norway are joining up to put an extra £0.53bn ($1bn ) into Gavi.', [{ giver: 'organization/gates-foundation', recipient: 'organization/gavi', value: 530e6 }, { giver: 'country/norway', value: 530e6 }]],
  ['The Philippines has received a 300 mln dlr loan from the Japanese Export-Import Bank, officials said.', { giver: 'organization/jexim', recipient: 'country/philippines', value: 300e6, status: 'delivered' }],
  ['Ongpin said the loan matches a 300 mln dlr economic recovery loan approved by the World Bank in March.', { giver: 'organization/world-bank', value: 300e6, status: 'approved' }],
  ["The Paris Club agreed to a major rescheduling of Uganda's and Mozambique's debts.", [{ giver: 'organization/paris-club', recipient: 'country/uganda', item: 'debt rescheduling', status: 'approved' }, { giver: 'organization/paris-club', recipient: 'country/mozambique', item: 'debt rescheduling' }]],
  ['The ministry said French aid to Gabon in 1987 amounts to about 1.67 billion francs.', { giver: 'country/france', recipient: 'country/gabon', value: 1.67e9 }],
  ['China lent Russia $6bn to help the Russian government renationalise the key unit of oil group Yukos.', { giver: 'country/china', recipient: 'country/russia', value: 6e9, status: 'delivered' }],
  ['The Asian Development Bank approved a 200 mln dlr loan to Nepal for road building.', { giver: 'organization/adb', recipient: 'country/nepal', value: 200e6, status: 'approved' }],
  ['Australia gave Tonga A$10m for reconstruction after the tsunami.', { giver: 'country/australia', recipient: 'country/tonga', value: 10e6, status: 'delivered' }],
  ['Indonesian officials said Japan signed an agreement to lend Indonesia 150 billion yen.', { giver: 'country/japan', recipient: 'country/indonesia', value: 150e9 }],
  ['Indonesia signed an agreement to borrow 150 billion yen from the Japanese Export-Import Bank.', { giver: 'organization/jexim', recipient: 'country/indonesia', value: 150e9 }],
  ['Nigeria and Britain signed an agreement to reschedule Nigeria\'s official debts.', { giver: 'country/united-kingdom', recipient: 'country/nigeria', item: 'debt rescheduling' }],
  ['The IMF approved a $1.5 billion loan to Egypt to help it shore up its currency.', { giver: 'organization/imf', recipient: 'country/egypt', value: 1.5e9, status: 'approved' }],
  ['Japan will provide $500m to Indonesia to help it cover its budget deficit.', { giver: 'country/japan', recipient: 'country/indonesia', value: 500e6 }],
  ['UK pledges £1bn to vaccine effort', { giver: 'country/united-kingdom', value: 1e9, status: 'pledged' }],
  // who gives: a relative pronoun's antecedent, the name before a parenthetical, a pronoun or a description resolved
  ['The hospital thanked Anna Weber who gave £300,000 to its cancer unit.', { giver: 'person/anna-weber', value: 300e3 }],
  ['Its largest donor was the Lindqvist Trust, a charity which funds research, which gave £250,000.', { giver: 'organization/lindqvist-trust', value: 250e3 }],
  ['Lord Carver, whose bank won several government contracts, gave £200,000 to the Green Party.', { giver: 'person/lord-carver', recipient: 'organization/green-party', value: 200e3 }],
  ['Anna Weber said she would donate an undisclosed sum to the appeal.', { giver: 'person/anna-weber', item: 'undisclosed sum' }],
  ['The World Bank met officials on Monday. The bank said it would lend Kenya $200m.', { giver: 'organization/world-bank', recipient: 'country/kenya', value: 200e6 }],
  ['Kenya launched a cocoa plan. The government will pump 900m shillings into subsidies for farmers.', { giver: 'country/kenya', value: 900e6 }],
  ['Carlos Moya won the final. The Spaniard then donated his £28,000 prize money to relief efforts.', { giver: 'person/carlos-moya', value: 28e3 }],
  ['Gordon Brown announced that £50m had been earmarked for flood defences.', { giver: 'country/united-kingdom', announcedBy: 'person/gordon-brown', value: 50e6 }],
  // a sum's conversion in brackets is the same sum: it bounds no clause ("a $10m (£5.3m) grant")
  ['The $10m (£5.3m) grant from the Gates Foundation will fund clinics.', { giver: 'organization/gates-foundation', value: 10e6 }],
  ['Japan\'s $10m (£5.3m) loan to Kenya was signed on Monday.', { giver: 'country/japan', recipient: 'country/kenya', value: 10e6 }],
  ['Some $10m (£5.3m; €7m) has been donated by Acme Corp to the appeal.', { giver: 'organization/acme-corp', value: 10e6 }],
  // others joined to the named subject leave it the subject
  ['Canada and a group of other lenders granted Kenya a $40m bridge loan.', { giver: 'country/canada', recipient: 'country/kenya', value: 40e6 }],
  ['Norway and a number of other donors have pledged $15m to Uganda.', { giver: 'country/norway', recipient: 'country/uganda', value: 15e6 }],
  // an agentless passive allocation reported by a state
  ['A total of 5 billion pesos ($10m; £5m) is earmarked for rural schools, the French government said.', { giver: 'country/france', value: 5e9 }],
  ['A total of 5 billion pesos is earmarked for rural schools, the French government said.', { giver: 'country/france', value: 5e9 }],
  ['Some 80m pesos have been allocated to flood relief, Mexico\'s finance ministry said.', { giver: 'country/mexico', value: 80e6 }],
  ['Tom Lee and his wife Mia Lee donated $25m to the Red Cross.', [{ giver: 'person/tom-lee', value: 25e6 }, { giver: 'person/mia-lee', value: 25e6 }]],
  // donations in a person's own name, light verbs and commitment nouns
  ['Olaf Scholz made a €1m donation to the Green Party.', { giver: 'person/olaf-scholz', recipient: 'organization/green-party', value: 1e6, item: 'donation' }],
  // a sum of several words is one modifier of the light verb's noun, however it is written
  ['Olaf Scholz made a $5 million donation to the Green Party.', { giver: 'person/olaf-scholz', recipient: 'organization/green-party', value: 5e6, item: 'donation' }],
  ['Anna Weber has made a USD 2 million gift to the Lindqvist Trust.', { giver: 'person/anna-weber', recipient: 'organization/lindqvist-trust', value: 2e6 }],
  ['Beta Inc made a Rs 50 crore contribution to the Red Cross.', { giver: 'organization/beta-inc', value: 50e7 }],
  ['Olaf Scholz pledged €5m of his own money to the appeal.', { giver: 'person/olaf-scholz', value: 5e6 }],
  ['The largest gift was a bequest from Anna Weber of nearly £400,000.', { giver: 'person/anna-weber', value: 400e3, item: 'bequest' }],
  ['The party also received 12 donations totalling £80,000 from Acme Corp.', { giver: 'organization/acme-corp', value: 80e3, quantity: 12 }],
  // loans, credit lines, financing and debt relief
  ['Kenya signed for a $300m loan from the World Bank.', { giver: 'organization/world-bank', value: 300e6 }],
  ['Acme Corp will provide bridge financing of up to $600m for the bid.', { giver: 'organization/acme-corp', value: 600e6, item: 'bridge financing' }],
  ['Beta Inc drew on a revolving credit facility the World Bank has agreed to provide.', { giver: 'organization/world-bank', item: 'revolving credit facility' }],
  ['The Paris Club agreed to a moratorium on debt repayments for tsunami-hit countries.', { giver: 'organization/paris-club', item: 'debt freeze' }],
  ['Indonesia no longer needs the debt freeze offered by the Paris Club group of creditors.', { giver: 'organization/paris-club', item: 'debt freeze' }],
  // several amounts, and more of an existing commitment
  ['Japan will provide $1.2bn in grants and $500m in soft loans to Indonesia.', [{ giver: 'country/japan', value: 1.2e9, item: 'grants' }, { giver: 'country/japan', value: 500e6, item: 'soft loans' }]],
  ['Norway is increasing its funding to the Gates Foundation.', { giver: 'country/norway', recipient: 'organization/gates-foundation', item: 'funding' }],
  // funding given or pledged to a named party or for a stated purpose, without its sum
  ['The Lindqvist Trust will also provide funding to help a new panel of experts.', { giver: 'organization/lindqvist-trust', item: 'funding' }],
  ['Norway has pledged funding for the Gates Foundation.', { giver: 'country/norway', recipient: 'organization/gates-foundation', item: 'funding' }],
  ['Japan has pledged $500m, Australia A$1bn and Germany 500m euros to the tsunami-hit countries.', [{ giver: 'country/japan', value: 500e6 }, { giver: 'country/australia', value: 1e9 }, { giver: 'country/germany', value: 500e6 }]],
  ['Germany will send 40 tanks and 20 howitzers to Ukraine.', [{ giver: 'country/germany', quantity: 40, item: 'tanks' }, { giver: 'country/germany', quantity: 20, item: 'howitzers' }]],
  // passives with the amount after the verb, possessives before the amount
  ['Uganda was given $5 million by Japan to rebuild schools.', { giver: 'country/japan', recipient: 'country/uganda', value: 5e6 }],
  ["Japan's $500 million loan to Indonesia will fund a new port.", { giver: 'country/japan', recipient: 'country/indonesia', value: 500e6 }],
  // budget commitments, goods carried, a company's people giving their own money, creditors' shares of debts
  ['The Lindqvist Trust is to spend an extra £10m on school meals.', { giver: 'organization/lindqvist-trust', value: 10e6, purpose: 'school meals' }],
  ['Germany has sent two planes carrying medical supplies to Ukraine.', { giver: 'country/germany', recipient: 'country/ukraine', item: 'medical supplies' }],
  ['Acme Corp founder Tom Lee has given $50m to fight malaria.', { giver: 'person/tom-lee', value: 50e6 }],
  ["Britain has agreed to cancel its share of the debt owed by the world's poorest countries.", { giver: 'country/united-kingdom', item: 'debt relief' }],
  // Reuters financing: commitments from a lender, a lender that signs
  ['Acme Corp said it has a commitment from the World Bank for 40 mln dlrs in financing.', { giver: 'organization/world-bank', value: 40e6 }],
  ['Indonesia signed with Japan for a 44.6 billion yen credit facility for Indonesia\'s development plan.', { giver: 'country/japan', recipient: 'country/indonesia', value: 44.6e9 }],
  ['The Japanese Export-Import Bank signed a 30 billion yen loan agreement with Indonesia.', { giver: 'organization/jexim', recipient: 'country/indonesia', value: 30e9 }],
  // a body's board for the body, a state through its government, money received from a named party, debts of others
  ['The World Bank said its board had approved a 100 mln dlr loan to Kenya.', { giver: 'organization/world-bank', recipient: 'country/kenya', value: 100e6, status: 'approved' }],
  ['The IMF said its executive board approved a standby credit of 230 mln dlrs for Egypt.', { giver: 'organization/imf', recipient: 'country/egypt', value: 230e6 }],
  ['The government of Japan extended a loan of 30 billion yen to Indonesia.', { giver: 'country/japan', recipient: 'country/indonesia', value: 30e9 }],
  ['The Green Party received £1m from Anna Weber.', { giver: 'person/anna-weber', recipient: 'organization/green-party', value: 1e6, status: 'delivered' }],
  ['China will cancel the debts of 30 African countries.', { giver: 'country/china', item: 'debt relief' }],
  ["Britain will write off the debts of the world's poorest countries.", { giver: 'country/united-kingdom', item: 'debt relief' }],
  ['Germany will reschedule 500 mln marks of Polish debt.', { giver: 'country/germany', recipient: 'country/poland', value: 500e6, item: 'debt rescheduling' }],
  ['Japan on Thursday pledged $500m to Indonesia.', { giver: 'country/japan', recipient: 'country/indonesia', value: 500e6 }],
  ['Japan on Thursday said it would give $500m to the victims.', { giver: 'country/japan', value: 500e6 }],
  ['Norway hosted the talks. The Nordic country has pledged $20m to Kenya.', { giver: 'country/norway', recipient: 'country/kenya', value: 20e6 }],
  ['India sent 10 planes of relief supplies to Nepal.', { giver: 'country/india', recipient: 'country/nepal', quantity: 10 }],
  ['The World Bank said it has lent Kenya 50 mln dlrs to help rebuild roads.', { giver: 'organization/world-bank', recipient: 'country/kenya', value: 50e6 }],
  ['The EU approved 2 million euros to buy seeds for Kenya.', { giver: 'organization/european-union', recipient: 'country/kenya', value: 2e6 }],
  // funds set up with an amount, money that comes from a named giver
  ['Japan has set up a $100m fund to help refugees in Kenya.', { giver: 'country/japan', value: 100e6, item: 'fund', status: 'pledged' }],
  ['The largest single donation, of £5m, came from the Lindqvist Trust.', { giver: 'organization/lindqvist-trust', value: 5e6 }],
  // a gift noun heading the subject of "came from", without a sum; a person described before the name in the agent
  ['Other significant donations came from businessman Anna Weber.', { giver: 'person/anna-weber', item: 'donations' }],
  ['Funding for the new stadium came from the Lindqvist Trust.', { giver: 'organization/lindqvist-trust', item: 'funding', purpose: 'the new stadium' }],
  ['The $5 million was donated by billionaire Anna Weber.', { giver: 'person/anna-weber', value: 5e6 }],
  ['The money for the new stadium came from the Lindqvist Trust.', { giver: 'organization/lindqvist-trust', item: 'money', purpose: 'the new stadium' }],
  // a sum in (or of) a country's aid: a dotted initialism is a word of the noun phrase
  ['Kenya received $50 million in U.S. military aid last year.', { giver: 'country/united-states', value: 50e6 }],
  ['Kenya got $5 million of British aid.', { giver: 'country/united-kingdom', value: 5e6 }],
  // a pronoun's antecedent in the sentence before is no giving verb's object
  ['The World Bank said it would lend Kenya $500m. It also agreed to provide $200m to Uganda.', [{ giver: 'organization/world-bank', value: 500e6 }, { giver: 'organization/world-bank', value: 200e6 }]],
  // a cue in a relative clause closed before the main verb is a commitment of its own
  ['Norway, which has given Kenya weapons, pledged another $4 million on Sunday.', [{ giver: 'country/norway', item: 'weapons' }, { giver: 'country/norway', value: 4e6 }]],
  // an offer in a clause parallel to a commitment
  ['Japan pledged $5 million to Kenya, while China offered $3 million.', [{ giver: 'country/japan', value: 5e6 }, { giver: 'country/china', value: 3e6 }]],
  // donating with no object to a named party
  ['Anna Weber has also donated to the Lindqvist Trust.', { giver: 'person/anna-weber', recipient: 'organization/lindqvist-trust', item: 'donation' }],
  // a participle or a prepositional phrase between commas after the subject names no giver
  ['Anna Weber, visiting Kenya, pledged $5 million to the Red Cross.', { giver: 'person/anna-weber', recipient: 'organization/red-cross', value: 5e6 }],
  ['Mark Rutte, speaking in Ghana on Monday, announced $10 million in aid for the flood victims.', { giver: 'country/netherlands', value: 10e6 }],
  ['Funding of £20m will come from the EU.', { giver: 'organization/european-union', value: 20e6 }],
  // several amounts each with its own recipient; things donated; assistance of a stated kind; arms supplied
  ['The Gates Foundation gave $10 million to Gavi and $5 million to the Red Cross.', [{ giver: 'organization/gates-foundation', recipient: 'organization/gavi', value: 10e6 }, { giver: 'organization/gates-foundation', recipient: 'organization/red-cross', value: 5e6 }]],
  ['Acme Corp donated 1,000 laptops to schools in Ghana.', { giver: 'organization/acme-corp', quantity: 1000, item: 'laptops' }],
  ['Japan agreed to provide technical assistance to Nepal.', { giver: 'country/japan', recipient: 'country/nepal', item: 'technical assistance' }],
  ['Russia supplied Egypt with fighter jets.', { giver: 'country/russia', recipient: 'country/egypt', item: 'fighter jets' }],
  // a commitment compared with the one just reported is the same giver's earlier one
  ['Anna Weber has given £2m to the Green Party. The donation follows a £1.5m gift to the party in 2003.', [{ giver: 'person/anna-weber', value: 2e6 }, { giver: 'person/anna-weber', value: 1.5e6, item: 'gift' }]],
  ['Japan pledged $500m in aid to Kenya. This aid comes on top of a previously pledged $300m package.', [{ giver: 'country/japan', value: 500e6 }, { giver: 'country/japan', value: 300e6 }]],
  // the source of a commitment noun in an appositive, after words that describe it
  ['The £25m gift, from businesswoman Anna Weber, will fund scholarships.', { giver: 'person/anna-weber', value: 25e6, item: 'gift' }],
  ['The Green Party received a £1m gift from philanthropist Anna Weber.', { giver: 'person/anna-weber', recipient: 'organization/green-party', value: 1e6 }],
  ['The World Food Programme delivered 5,000 tonnes of rice to Kenya.', { giver: 'organization/wfp', recipient: 'country/kenya', quantity: 5000 }],
  ['JICA signed a loan agreement with Vietnam to provide up to 30 billion yen.', { giver: 'organization/jica', recipient: 'country/vietnam', value: 30e9 }],
  // the maker of a decision or pledge does what it commits to; a creditor body's "the country" is the debtor
  ["Kenya welcomed last week's decision by the Paris Club of creditor nations to write off 80% of the country's debts.", { giver: 'organization/paris-club', item: 'debt relief' }],
  ['The decision by Japan to give $10m to the victims was welcomed.', { giver: 'country/japan', value: 10e6 }],
  // a legislature's vote, loans advanced, an indirect object before "up to"
  ['Congress voted 100 mln dlrs in aid for Kenya last year.', { giver: 'organization/us-congress', recipient: 'country/kenya', value: 100e6 }],
  ['The World Bank said it was advancing loans to Kenya worth a total of 300 mln dlrs.', { giver: 'organization/world-bank', recipient: 'country/kenya', value: 300e6, item: 'loans' }],
  ['Nigeria will lend Ghana up to 12.5 mln barrels of crude oil.', { giver: 'country/nigeria', recipient: 'country/ghana', quantity: 12.5e6 }],
  ['Japan announced on Monday that it would provide $500m to Indonesia.', { giver: 'country/japan', recipient: 'country/indonesia', value: 500e6 }],
  // one's own commitment raised to a new total is that total
  ['The U.S. increased its pledge to $350m.', { giver: 'country/united-states', value: 350e6, status: 'pledged' }],
  ['Japan raised its aid to Indonesia to $500m.', { giver: 'country/japan', recipient: 'country/indonesia', value: 500e6, item: 'aid' }],
  ['The centre was built with £2m of funding from the Lindqvist Trust.', { giver: 'organization/lindqvist-trust', value: 2e6, item: 'funding' }],
  ['Japan Thursday pledged $500m to Indonesia.', { giver: 'country/japan', recipient: 'country/indonesia', value: 500e6 }],
  // wire-style capitals and bracketed names
  ['KAMPALA, May 2 - The U.S. Is to lend Uganda 57 mln dlrs to buy 309,000 tonnes of wheat.', { giver: 'country/united-states', value: 57e6 }],
  ['The European Community (EC) foreign ministers have approved a 200 mln dlr loan to Nepal.', { giver: 'organization/european-community', value: 200e6 }],
  ['The U.S. and 12 other industrial nations granted Pakistan a 500 mln dlr bridge loan.', { giver: 'country/united-states', recipient: 'country/pakistan', value: 500e6 }],
  // a state that no longer exists (typed a place by the recognizer) gives as the state it was
  ['West Germany will provide Tanzania with 150 mln marks in economic aid, the ministry said.', { giver: 'place/west-germany', recipient: 'country/tanzania', value: 150e6 }],
  ['The Soviet Union will give Tanzania 50,000 tonnes of fuel.', { giver: 'place/soviet-union', recipient: 'country/tanzania', quantity: 50000 }],
  // an appositive that opens with a possessive, before the verb or before the verb that hands over its subject
  ['Anglia Water, Britain\'s biggest water company, has donated £1m to the appeal.', { giver: 'organization/anglia-water', value: 1e6 }],
  ["Belgium, Zaire's former colonial ruler and its main trading partner, recently agreed to release 17 mln dlrs to ease payments difficulties.", { giver: 'country/belgium', value: 17e6 }],
  // a title the name leaves out, between "from" and the giver
  ['The Green Party received £500,000 from Lord Ashby.', { giver: 'person/lord-ashby', recipient: 'organization/green-party', value: 500e3 }],
  ['A donation of £1m from Dr Nina Holt paid for the new wing.', { giver: 'person/nina-holt', value: 1e6 }],
  // money made available, before or after the sum; passive, it is the announcer's
  ['Sweden has made available 30m crowns for refugees in Kenya.', { giver: 'country/sweden', value: 30e6, recipient: 'country/kenya' }],
  ['Japan made $10m available for flood victims in Nepal.', { giver: 'country/japan', value: 10e6, recipient: 'country/nepal' }],
  ['Britain said £15m would be made available to the Red Cross.', { giver: 'country/united-kingdom', value: 15e6, recipient: 'organization/red-cross' }],
  // a loan received from no one named is the lending body's that reports it
  ['Kenya will receive a $100m loan to build roads, the World Bank said.', { giver: 'organization/world-bank', recipient: 'country/kenya', value: 100e6 }],
  ['The World Bank said Ghana would get two loans totalling 96 mln dlrs.', { giver: 'organization/world-bank', recipient: 'country/ghana', value: 96e6 }],
  // "a total N" is a quantity; "trebled" raises; "would" after a verb of saying reports a decision
  ['Nigeria and Mexico loaned Ghana a total 12 mln barrels of crude.', [{ giver: 'country/nigeria', recipient: 'country/ghana', quantity: 12e6 }, { giver: 'country/mexico', recipient: 'country/ghana', quantity: 12e6 }]],
  ['Britain trebled its contribution to 130 mln stg.', { giver: 'country/united-kingdom', value: 130e6 }],
  ['Gordon Brown said Britain would double its aid to Kenya to £100m.', { giver: 'country/united-kingdom', recipient: 'country/kenya', value: 100e6 }],
  ['The Lindqvist Trust handed out $14m to famine relief projects in Kenya.', { giver: 'organization/lindqvist-trust', value: 14e6 }],
  ['The U.S. has raised its pledge from $35m to $350m.', { giver: 'country/united-states', value: 350e6 }],
  // sums listed with their givers after a commitment noun, a receipt or "donors include"
  ['Pledges include $500m from Japan, $350m from the U.S. and 500m euros from Germany.', [{ giver: 'country/japan', value: 500e6 }, { giver: 'country/united-states', value: 350e6 }, { giver: 'country/germany', value: 500e6 }]],
  ['The Green Party received £2.3m in donations, including £1m from businessman Anna Weber.', { giver: 'person/anna-weber', value: 1e6 }],
  // a loan with its sum and no giver named, in a sentence a lending body reports; a body's board acts for it
  ['The World Bank met on Monday. One project will be supported by a 485 mln dlr loan, the bank said.', { giver: 'organization/world-bank', value: 485e6 }],
  ['The Asian Development Bank met in Manila. Its members discussed growth. The board approved a 40 mln dlr loan to Nepal.', { giver: 'organization/adb', recipient: 'country/nepal', value: 40e6 }],
  // a government office title before any mention of the person makes their pledge the state's (a demonym included)
  ['Scottish Finance Minister, Tom Kerr, said councils in Scotland needed help. Mr Kerr has promised them £8bn next year.', { giver: 'country/scotland', announcedBy: 'person/tom-kerr', value: 8e9 }],
  // "I" or "we" in a quotation introduced by its speaker, when the quotation has no speaker of its own
  ['Scottish Finance Minister, Tom Kerr, said: "Last week I announced an additional £419m for councils in Scotland."', { giver: 'country/scotland', announcedBy: 'person/tom-kerr', value: 419e6 }],
  ['Acme Corp chairman Tom Lee said: "I gave £5,000 to the appeal."', { giver: 'person/tom-lee', value: 5e3 }],
  // a lender's financing, credit line or letter of credit is a pledge without its sum
  ['Acme Corp said the World Bank has agreed to provide bridge financing for the project.', { giver: 'organization/world-bank', item: 'bridge financing' }],
  ['Financing was provided by Beta Inc.', { giver: 'organization/beta-inc', item: 'Financing' }],
  ['Beta Inc will provide the company with a revolving credit line.', { giver: 'organization/beta-inc', item: 'revolving credit line' }],
  ['Beta Inc has agreed to provide the letter of credit.', { giver: 'organization/beta-inc', item: 'letter of credit' }],
  ['Anna Weber has reportedly donated $10m to the relief effort.', { giver: 'person/anna-weber', value: 10e6 }],
  ['One billion euros will be made available in loans from the World Bank.', { giver: 'organization/world-bank', value: 1e9 }],
  // an approver is not the giver of aid that names its own: the owner is
  ['The EU approved a 680 mln stg British government aid package to Acme Corp.', { giver: 'country/united-kingdom', value: 680e6 }],
  ['Other big donors include Japan ($500m), Australia (A$1bn) and Germany (500m euros).', [{ giver: 'country/japan', value: 500e6 }, { giver: 'country/australia', value: 1e9 }, { giver: 'country/germany', value: 500e6 }]],
  // a development bank's group is a lender; a sum with a decimal point made available; "$Xm in financing" is the sum's noun
  ['The World Bank Group will make $1.5 billion available to Haiti.', { giver: 'organization/world-bank-group', recipient: 'country/haiti', value: 1.5e9 }],
  ['The World Bank has approved $200 million in financing for Kenya.', { giver: 'organization/world-bank', recipient: 'country/kenya', value: 200e6, status: 'approved' }],
  ['$5 million will be provided by Japan.', { giver: 'country/japan', value: 5e6 }],
  // mobilized, dispatched, deposited in a central bank
  ['Japan will mobilize $2 billion for Ebola-hit countries.', { giver: 'country/japan', value: 2e9, status: 'pledged' }],
  ['Japan has dispatched relief supplies to Nepal.', { giver: 'country/japan', recipient: 'country/nepal', item: 'relief supplies', status: 'delivered' }],
  ["Saudi Arabia deposited $2 billion in Egypt's central bank.", { giver: 'country/saudi-arabia', recipient: 'country/egypt', value: 2e9 }],
  // the subject of an absolute construction after "with"; a reduced relative's source after "from"
  ['The project will cost $30m, with Japan contributing $10m.', { giver: 'country/japan', value: 10e6 }],
  ['Kenya met its donors, with the World Bank pledging $10m for schools.', { giver: 'organization/world-bank', value: 10e6 }],
  ['Gordon Brown said the £50 million originally allocated from the EU was now being spent.', { giver: 'organization/european-union', value: 50e6 }],
  // a pronoun after a sentence whose subject is a country named like a demonym ("Japan"); "the government" of the speaker's office
  ['Japan hosted the talks. It pledged $20m to Kenya.', { giver: 'country/japan', recipient: 'country/kenya', value: 20e6 }],
  ['Gordon Brown said the government would give £10m to the appeal.', { giver: 'country/united-kingdom', announcedBy: 'person/gordon-brown', value: 10e6 }],
  ['The EU will also provide an additional 20 million euros.', { giver: 'organization/european-union', value: 20e6 }],
  // a sum in an appositive before a passive; relief goods extended; gate receipts given; others' gifts matched
  ['The loan, worth $500 million, will be provided by the World Bank.', { giver: 'organization/world-bank', value: 500e6, item: 'loan', status: 'pledged' }],
  ['Japan decided to extend emergency relief goods to Nepal.', { giver: 'country/japan', recipient: 'country/nepal', item: 'emergency relief goods' }],
  ['The Lindqvist Trust will give the gate receipts to the tsunami appeal.', { giver: 'organization/lindqvist-trust', item: 'gate receipts' }],
  ['Britain will match public donations to the appeal up to £5m.', { giver: 'country/united-kingdom', value: 5e6, status: 'pledged' }],
  // goods flown or listed without quantities (one item), a concrete noun after an indirect object, repayments frozen from debtors, a quantifier in an absolute construction
  ['The Lindqvist Trust will fly tents, blankets and water purification equipment to Indonesia.', { giver: 'organization/lindqvist-trust', recipient: 'country/indonesia', item: 'tents, blankets and water purification equipment' }],
  ['Japan will give Nepal food and medicine.', { giver: 'country/japan', recipient: 'country/nepal', item: 'food and medicine' }],
  // a sum right after the name, whatever its letters, makes the name the indirect object
  ['Japan has agreed to lend Nepal Rs 5 billion for a dam.', { giver: 'country/japan', recipient: 'country/nepal', value: 5e9 }],
  ['Germany said it would freeze debt repayments from Indonesia and Pakistan.', [{ giver: 'country/germany', recipient: 'country/indonesia', item: 'debt freeze' }, { giver: 'country/germany', recipient: 'country/pakistan', item: 'debt freeze' }]],
  ['The single costs £3.99, with Acme Corp and Beta Inc both donating their profits.', [{ giver: 'organization/acme-corp', item: 'profits' }, { giver: 'organization/beta-inc', item: 'profits' }]],
  // debt agreements: the creditor partner or the creditor body among the parties; a creditors' club without a named debtor; parties agreeing on a loan
  ['Egypt reached agreement with the Paris Club to reschedule its debt.', { giver: 'organization/paris-club', item: 'debt rescheduling' }],
  ['Egypt and the Paris Club agreed on a rescheduling of 7 billion dlrs of debt.', { giver: 'organization/paris-club', recipient: 'country/egypt', value: 7e9 }],
  ['The Paris Club agreed to reschedule 1.5 billion dlrs of debt.', { giver: 'organization/paris-club', value: 1.5e9, item: 'debt rescheduling' }],
  ['The IMF and Egypt reached agreement on a 1.5 billion dlr standby loan.', { giver: 'organization/imf', recipient: 'country/egypt', value: 1.5e9 }],
  // lines of a list of givers and sums under a heading about pledges or donors
  ['The biggest pledges so far:\n\nJapan: $500m\n\nNorway - $180m', [{ giver: 'country/japan', value: 500e6 }, { giver: 'country/norway', value: 180e6 }]],
  ['The main donors are:\n* Japan $500m\n* Britain £50m', [{ giver: 'country/japan', value: 500e6 }, { giver: 'country/united-kingdom', value: 50e6 }]],
  // a state's government recognized as a body of its own gives as the state the article names; every dollar donated matched
  ['Japan is a major donor. The Government of Japan decided to extend emergency relief goods to Nepal.', { giver: 'country/japan', recipient: 'country/nepal', item: 'emergency relief goods' }],
  ['The Government of Japan will match every eligible dollar donated by the public to the Red Cross.', { giver: 'organization/government-of-japan', status: 'pledged' }],
  // agents with bracketed shares, a passive after an auxiliary, a copula after an owned commitment noun, sums from named givers after "includes" or a receipt
  ['The project will be co-financed by Japan (100 mln dlrs) and the World Bank (50 mln dlrs).', [{ giver: 'country/japan', value: 100e6 }, { giver: 'organization/world-bank', value: 50e6 }]],
  ['The credit is being provided by the World Bank.', { giver: 'organization/world-bank', item: 'credit' }],
  ["Japan's contribution will be 100 mln dlrs.", { giver: 'country/japan', value: 100e6 }],
  ['The package includes 100 mln dlrs from Japan.', { giver: 'country/japan', value: 100e6 }],
  ['Kenya will receive 100 mln dlrs from Japan and 50 mln dlrs from Norway.', [{ giver: 'country/japan', value: 100e6 }, { giver: 'country/norway', value: 50e6 }]],
  // a present-tense verb after an appositive of its subject
  ['Japan, the biggest donor, provides 100 mln dlrs to Kenya.', { giver: 'country/japan', recipient: 'country/kenya', value: 100e6 }],
  // people sent are not given, the relief sent with them is
  ['Britain is sending a team of medical experts and tonnes of supplies to Nepal.', { giver: 'country/united-kingdom', recipient: 'country/nepal', item: 'tonnes of supplies' }],
  // an office read as of the recipient is a misread office: the person gives
  ['Prime Minister Sam Ruiz announced $10m in aid for Kenya.', { giver: 'person/sam-ruiz', recipient: 'country/kenya', value: 10e6 }],
  // a passive without an agent under a programme is the programme owner's; more funding to someone is not a restatement
  ['Japan unveiled a new aid program for Kenya. Under the new program, a $500m fund will be set up to support farmers.', { giver: 'country/japan', value: 500e6, item: 'fund' }],
  ['Japan unveiled an aid plan for Africa. Under the plan, $200m will be provided to Kenya.', { giver: 'country/japan', recipient: 'country/kenya', value: 200e6, status: 'pledged' }],
  ['Norway has set up a $300m fund for Africa. Norway is also increasing its funding to the Gates Foundation.', [{ giver: 'country/norway', value: 300e6 }, { giver: 'country/norway', recipient: 'organization/gates-foundation', item: 'funding' }]],
  // issue 13, kinds missed on held-out news: a loan granted with "of", a credit line opened, "loan" as a verb, a debt restructured with its sum before it, an accord with a creditor body, money sanctioned
  ['The World Bank granted Kenya a loan of 500 million dollars.', { giver: 'organization/world-bank', recipient: 'country/kenya', value: 500e6, item: 'loan', status: 'approved' }],
  ['Japan opened a 300 million dollar line of credit for Kenya.', { giver: 'country/japan', recipient: 'country/kenya', value: 300e6, item: 'line of credit' }],
  ['Mexico said it would loan five mln barrels of crude to Ghana.', { giver: 'country/mexico', recipient: 'country/ghana', quantity: 5e6 }],
  ["Russia agreed to restructure Egypt's $3 billion debt.", { giver: 'country/russia', recipient: 'country/egypt', value: 3e9, item: 'debt rescheduling' }],
  ["Germany will reschedule Ghana's 200 mln dlr debt.", { giver: 'country/germany', recipient: 'country/ghana', value: 200e6, item: 'debt rescheduling' }],
  ['Ghana concluded a 125 mln dlr rescheduling accord with the Paris Club.', { giver: 'organization/paris-club', recipient: 'country/ghana', value: 125e6, status: 'signed' }],
  ['Japan sanctioned $50m for flood relief in Pakistan.', { giver: 'country/japan', recipient: 'country/pakistan', value: 50e6, status: 'approved' }],
  ['Kenya will get Sh5 billion from the World Bank.', { giver: 'organization/world-bank', recipient: 'country/kenya', value: 5e9 }],
  // a union of states as "the bloc"; a demonym before "government" is the state "it" refers to; a legislature's appropriation
  ['EU ministers met in Brussels on Monday. The bloc pledged 1 billion euros to help Kenya.', { giver: 'organization/european-union', value: 1e9 }],
  ['The Norwegian government met on Friday. It will give $5m to the Red Cross.', { giver: 'country/norway', recipient: 'organization/red-cross', value: 5e6 }],
  ['The bill accounts for 27 mln dlrs in humanitarian aid appropriated by Congress in 1985.', { giver: 'organization/us-congress', value: 27e6, status: 'approved' }],
  // a name with its bracketed short form and a time before the verb, or before the speech verb of "it"
  ['The Asian Development Bank (ADB) on Friday approved a $3 billion loan to Nepal.', { giver: 'organization/adb', recipient: 'country/nepal', value: 3e9 }],
  ['The Asian Development Bank (ADB) on Friday announced it would provide up to $3 billion to help Nepal.', { giver: 'organization/adb', recipient: 'country/nepal', value: 3e9 }],
  // more money added, said to be more; an indirect object before "to the tune of"
  ['Germany, which had already given 50 million euros, added another 20 million euros on Friday.', [{ giver: 'country/germany', value: 50e6 }, { giver: 'country/germany', value: 20e6 }]],
  ['China will lend Kenya to the tune of $3 billion for the railway.', { giver: 'country/china', recipient: 'country/kenya', value: 3e9 }],
  // a capital read as a city by the recognizer, subject of a committing verb: the state it stands for
  ['Japan hosted the talks. Tokyo also pledged $500m to Kenya.', [{ giver: 'country/japan', recipient: 'country/kenya', value: 500e6 }]],
  // aid ordered or directed by a ruler or government
  ['Saudi Arabia ordered $274 million in humanitarian aid for Kenya.', { giver: 'country/saudi-arabia', recipient: 'country/kenya', value: 274e6, status: 'approved' }],
  ['Saudi Arabia directed the release of $50 million for relief operations in Nepal.', { giver: 'country/saudi-arabia', value: 50e6 }],
  // approval idioms; a loan offered as a verb ("offering" is not a share offering); loans owed written off
  ['The World Bank signed off on a $300m loan for Kenya.', { giver: 'organization/world-bank', recipient: 'country/kenya', value: 300e6, status: 'approved' }],
  ['The World Bank gave the green light to a $300m loan for Kenya.', { giver: 'organization/world-bank', recipient: 'country/kenya', value: 300e6, status: 'approved' }],
  ['Japan is offering Kenya a $500m soft loan.', { giver: 'country/japan', recipient: 'country/kenya', value: 500e6 }],
  ['China will also write off the interest-free loans owed by Ghana.', { giver: 'country/china', item: 'debt relief' }],
  // the sum alone in an appositive of a passive's subject
  ['The money, $10 million, was given by Norway.', { giver: 'country/norway', value: 10e6 }],
  // goods of relief without an amount
  ['Japan has sent a field hospital to Nepal.', { giver: 'country/japan', recipient: 'country/nepal', item: 'field hospital' }],
  ['Britain will give body armour and ambulances to Kenya.', { giver: 'country/united-kingdom', recipient: 'country/kenya', item: 'body armour and ambulances' }],
  ['Britain will send water purification tablets to Nepal.', { giver: 'country/united-kingdom', recipient: 'country/nepal', item: 'water purification tablets' }],
  // issue 13, kinds that already read: loans and credit lines, budget commitments, donations by people and companies, goods without an amount, relative clauses, several items
  ['China agreed to provide Ghana a credit line of up to $3bn.', { giver: 'country/china', recipient: 'country/ghana', value: 3e9, item: 'credit line' }],
  ['Gordon Brown announced an extra £2bn for hospitals.', { giver: 'country/united-kingdom', announcedBy: 'person/gordon-brown', value: 2e9, purpose: 'hospitals' }],
  ['Acme Corp has contributed £500,000 to the tsunami appeal.', { giver: 'organization/acme-corp', value: 500e3 }],
  ['Tom Lee, who has donated more than $10m to charity, opened the hospital.', { giver: 'person/tom-lee', value: 10e6 }],
  ['China has donated vaccines to Pakistan.', { giver: 'country/china', recipient: 'country/pakistan', item: 'vaccines' }],
  ['Japan sent tents, blankets and medicine to Nepal.', { giver: 'country/japan', recipient: 'country/nepal', item: 'tents, blankets and medicine' }],
  ['China gave Pakistan a $500m loan, and Japan lent Nepal $200m.', [{ giver: 'country/china', recipient: 'country/pakistan', value: 500e6 }, { giver: 'country/japan', recipient: 'country/nepal', value: 200e6 }]],
  // a possessive pronoun owns the commitment noun (pledge.noun.possessive)
  ['Acme Corp said its $4m contribution to the Red Cross was its largest gift.', { giver: 'organization/acme-corp', recipient: 'organization/red-cross', value: 4e6 }],
  ['The Asian Development Bank said its last loan of 30 mln dlrs was made to Vietnam in 1979.', { giver: 'organization/adb', recipient: 'country/vietnam', value: 30e6 }],
  // a loan agreed with a lending body is the body's (pledge.noun.loan.agreement)
  ["Ghana's $1.2bn loan agreement with the IMF expires in March.", { giver: 'organization/imf', recipient: 'country/ghana', value: 1.2e9 }],
  ['Acme Corp said it renewed its 8 mln dlr credit agreement with the World Bank.', { giver: 'organization/world-bank', recipient: 'organization/acme-corp', value: 8e6 }],
  // ... and one concluded without its sum is the lender's loan all the same
  ['Acme Corp said it had executed a new revolving credit agreement with the Asian Development Bank.', { giver: 'organization/adb', item: 'revolving credit agreement' }],
  ['Ghana entered into a term loan agreement with the World Bank last year.', { giver: 'organization/world-bank', item: 'term loan agreement' }],
  // a capitalised description the recognizer took for a name of its own is the body named before it
  ['The World Bank is reviewing its lending to Kenya. The Bank granted Kenya a $200m loan in May.', [{ giver: 'organization/world-bank', recipient: 'country/kenya', value: 200e6 }]],
  // ... and stays itself when no body before it fits
  ['Kenya is reviewing its debts. The Bank granted Kenya a $200m loan in May.', [{ giver: 'organization/bank', recipient: 'country/kenya', value: 200e6 }]],
  // a sum borrowed from a named lender (pledge.borrow)
  ['Greece borrowed 10 billion euros from the IMF in May.', { giver: 'organization/imf', recipient: 'country/greece', value: 10e9 }],
  // a debt agreement reached with a creditors' body is the body's relief, however the agreement is worded
  ['Uganda reached an agreement last week with the Paris Club to reschedule 900 mln dlrs of debt.', { giver: 'organization/paris-club', recipient: 'country/uganda', value: 900e6 }],
  // ... and so is one with the club described by its members, or reached by its members as the subject
  ['Uganda reached an agreement with the Paris Club of western creditor governments to reschedule 400 mln dlrs of debt.', { giver: 'organization/paris-club', recipient: 'country/uganda', value: 400e6 }],
  ['Paris Club creditors have agreed to reschedule Ghana\'s debt over ten years.', { giver: 'organization/paris-club', recipient: 'country/ghana', item: 'debt rescheduling' }],
  // a name after a preposition ends the clause before: the second clause's subject gives alone
  ['Japan pledged $500 million in aid to Kenya and Britain pledged £10 million.', [{ giver: 'country/japan', recipient: 'country/kenya', value: 500e6 }, { giver: 'country/united-kingdom', value: 10e6 }]],
  // a place right before the verb is its subject: no giver before it takes its sum
  ['Japan contributes $2m to the fund and Ohio contributes $1m.', { giver: 'country/japan', value: 2e6 }],
  // an infinitive that is a cue of its own still says what the money is for
  ['Britain set aside £300m to extend free school meals.', { giver: 'country/united-kingdom', value: 300e6, purpose: 'extend free school meals' }],
  // a verb coordinated with an earlier one shares its subject, not the earlier verb's object
  ['The World Bank granted Kenya a $200m loan and agreed to provide a credit line of up to $100m to Uganda.', [{ giver: 'organization/world-bank', recipient: 'country/kenya', value: 200e6 }, { giver: 'organization/world-bank', recipient: 'country/uganda', value: 100e6 }]],
  // debt relief announced without a sum
  ['Canada also announced a moratorium on debt payments from tsunami-hit countries.', { giver: 'country/canada', item: 'debt freeze' }],
  // lists of several sums, each with its own recipient or purpose; a purpose after the whole list is shared
  ['Japan pledged $10m for Haiti, $5m for Ghana and $2m for Nepal.', [{ giver: 'country/japan', recipient: 'country/haiti', value: 10e6 }, { giver: 'country/japan', recipient: 'country/ghana', value: 5e6 }, { giver: 'country/japan', recipient: 'country/nepal', value: 2e6 }]],
  ['Gordon Brown promised an extra £2bn for hospitals and £1bn for schools.', [{ giver: 'country/united-kingdom', value: 2e9, purpose: 'hospitals' }, { giver: 'country/united-kingdom', value: 1e9, purpose: 'schools' }]],
  ['Japan gave $5m to Kenya, $3m of which went on food, and $1m more was expected.', { giver: 'country/japan', recipient: 'country/kenya', value: 5e6 }],
  ['Japan gave $1.2bn in grants and $500m in soft loans for the rebuilding of Kenya.', [{ giver: 'country/japan', value: 1.2e9, purpose: 'the rebuilding of Kenya' }, { giver: 'country/japan', value: 500e6, purpose: 'the rebuilding of Kenya' }]],
  // a headline in title case capitalises its verb
  ['Japan Pledges $50 Million In Aid To Kenya', { giver: 'country/japan', recipient: 'country/kenya', value: 50e6 }],
  ['India Extends $500 Million Line Of Credit To Nepal', { giver: 'country/india', recipient: 'country/nepal', value: 500e6 }],
  // a reduced relative after its noun's comma; a gapped verb before "a further" sum
  ['The $50 million loan, approved by the World Bank on Friday, will help Kenya build roads.', { giver: 'organization/world-bank', value: 50e6, item: 'loan' }],
  ['Britain has committed £100m to the Gates Foundation, and France a further €50m.', [{ giver: 'country/united-kingdom', value: 100e6 }, { giver: 'country/france', value: 50e6 }]],
  // a team named by its work sent with goods: the goods are given
  ['Japan has sent a rescue team and relief supplies to Nepal.', { giver: 'country/japan', recipient: 'country/nepal', item: 'relief supplies' }],
  // a sum received under a credit agreement with a lender; "in financing" after a sum and its currency word is a noun
  ['Acme Corp said it received 310 mln dlrs pursuant to a credit agreement with the World Bank Group.', { giver: 'organization/world-bank-group', value: 310e6 }],
  ['Acme Corp has received a commitment for up to 66 mln dlrs in financing from Beta Inc for the merger.', { giver: 'organization/beta-inc', value: 66e6, purpose: 'the merger' }],
  // a new loan with no giver named, reported by a pronoun that stands for a lending body
  ['The World Bank met on Monday. It said a 20 mln dlr loan is being made to help Kenya finance a farm project.', { giver: 'organization/world-bank', value: 20e6 }],
  // "they" stands for the whole coordination its antecedent heads
  ['Norway and Denmark are the biggest donors. They have pledged $120m to Kenya.', [{ giver: 'country/norway', value: 120e6 }, { giver: 'country/denmark', value: 120e6 }]],
  // a body's board acts for the body: "X's board", "the board of X"
  ['The board of the Asian Development Bank approved a $500 million loan to Pakistan.', { giver: 'organization/adb', recipient: 'country/pakistan', value: 500e6 }],
  ["The IMF's Executive Board approved a $1.2 billion loan for Ghana.", { giver: 'organization/imf', recipient: 'country/ghana', value: 1.2e9 }],
  ['The Executive Board of the IMF approved a $1.2 billion loan for Ghana.', { giver: 'organization/imf', recipient: 'country/ghana', value: 1.2e9 }],
  ['The $50 million credit was approved by the board of directors of the World Bank on Friday.', { giver: 'organization/world-bank', value: 50e6 }],
  // a relative pronoun is the subject of the verb that hands it on: "X, which has promised to lend"
  ['The Lindqvist Trust, which has promised to lend $5m to farmers, said prices were rising.', { giver: 'organization/lindqvist-trust', value: 5e6 }],
  // "the company" is no union of states named before it; a company named before it is
  ['The EU gave €50m in aid to Ghana. The company has pledged to donate 1,000 laptops to schools in Ghana.', { giver: 'organization/european-union', value: 50e6 }],
  ['Acme Corp opened a plant in Ghana. The company has pledged to donate 1,000 laptops to schools there.', { giver: 'organization/acme-corp', quantity: 1000 }],
  // a gift announced is given, whoever receives it
  ['The Gates Foundation announced a $1 billion gift to charter schools.', { giver: 'organization/gates-foundation', value: 1e9 }],
  // a light verb's passive commits through the commitment noun heading its subject
  ['A $10m donation was made by the Gates Foundation to the university.', { giver: 'organization/gates-foundation', value: 10e6 }],
  ['A further £2m gift will be made by Acme Corp to the hospital.', { giver: 'organization/acme-corp', value: 2e6, status: 'pledged' }],
  // a verb coordinated with a verb that commits nothing shares the subject that opens its clause or sentence
  ['Norway hosted the talks and pledged $40m to the fund.', { giver: 'country/norway', value: 40e6 }],
  ['Anna Weber left Kenya in 1990, but returned often and donated $5m to local schools.', { giver: 'person/anna-weber', value: 5e6 }],
  // "the government" is not a state named as where the money goes, when the article's ministers all serve another
  ['Transport Minister Sam Ruiz announced $2bn for roads in Uganda. The government will also provide $300m to extend childcare.', [{ giver: 'country/kenya', value: 2e9 }, { giver: 'country/kenya', value: 300e6 }]],
  // sums joined by "and", each with its own commitment noun and article
  ['The World Bank approved a $100m loan and a $20m grant for Kenya.', [{ giver: 'organization/world-bank', recipient: 'country/kenya', value: 100e6 }, { giver: 'organization/world-bank', recipient: 'country/kenya', value: 20e6 }]],
  ['The World Bank approved a $100m loan for Kenya and a $20m credit for Ghana.', [{ giver: 'organization/world-bank', recipient: 'country/kenya', value: 100e6 }, { giver: 'organization/world-bank', recipient: 'country/ghana', value: 20e6 }]],
  // giving away a sum is donating it
  ['Anna Weber gave away $2.8 billion to five charities on Monday.', { giver: 'person/anna-weber', value: 2.8e9 }],
  // an adverb of time or manner between a description and its verb ("The philanthropist later committed")
  ['Anna Weber visited Kenya. The philanthropist later donated $2m to local schools.', { giver: 'person/anna-weber', value: 2e6 }],
  // goods listed with commas, each with its quantity
  ['Britain sent 20 tonnes of tents, 5,000 blankets and 500 water purifiers to Pakistan.', [{ giver: 'country/united-kingdom', quantity: 20 }, { giver: 'country/united-kingdom', quantity: 5000 }, { giver: 'country/united-kingdom', quantity: 500 }]],
  // a sum said to be added, with no name before it, is the giver's whose commitment was just reported (also hard-wrapped)
  ['Japan pledged $50m to Kenya for roads. The package, coupled with an additional $10m in food aid, is the largest this year.', [{ giver: 'country/japan', value: 50e6 }, { giver: 'country/japan', value: 10e6 }]],
  ['Japan pledged 50 mln dlrs to Kenya for roads. The package, coupled with an additional 10 mln\ndlrs in food aid, is the largest this year.', [{ giver: 'country/japan', value: 50e6 }, { giver: 'country/japan', value: 10e6 }]],
  // (an added sum with a name before it in its sentence is not the earlier giver's)
  ['Japan pledged $50m to Kenya for roads. Kenya needs an additional $10m in food aid, officials said.', { giver: 'country/japan', value: 50e6 }],
  // a borrower's partner after "with", right before "to borrow", lends
  ['Kenya agreed with Japan to borrow $500m for roads.', { giver: 'country/japan', value: 500e6 }],
  // an award of money is a grant, whoever receives it
  ['The Gates Foundation has awarded $10 million to researchers at Oxford University.', { giver: 'organization/gates-foundation', value: 10e6 }],
  // who arranges a loan for a named borrower lends it
  ['The World Bank arranged a $220m loan for Ghana last year.', { giver: 'organization/world-bank', recipient: 'country/ghana', value: 220e6 }],
  // "which" after a name's short form in brackets is the name's
  ['The cuts will satisfy the Asian Development Bank (ADB) which has promised to lend Nepal $50m.', { giver: 'organization/adb', recipient: 'country/nepal', value: 50e6 }],
  // a company's purpose after a recipient is the recipient's ("its tender offer"); a pronoun that receives from a named giver is its antecedent
  ['Acme Corp obtained a 50 mln dlr loan from Beta Inc to finance its tender offer.', { giver: 'organization/beta-inc', recipient: 'organization/acme-corp', value: 50e6 }],
  ['Acme Corp met on Monday. It said it had received a 20 mln dlr loan from the World Bank.', { giver: 'organization/world-bank', recipient: 'organization/acme-corp', value: 20e6 }],
  // a described recipient of "VERB NP with GOODS" is someone: the goods are handed over, not deployed; "funded NP with" money
  ['Norway has supplied the rebel army with fighter jets and tanks.', { giver: 'country/norway', item: 'fighter jets and tanks', status: 'delivered' }],
  ['Japan has funded the rebel group with millions of dollars.', { giver: 'country/japan', item: 'millions of dollars' }],
  // a lower-case description as indirect object before the sum; a verb coordinated after one whose subject is a pronoun shares it
  ['Japan has given the flood victims hundreds of millions of dollars.', { giver: 'country/japan', item: 'hundreds of millions of dollars' }],
  ['Anna Weber was in Kenya on Monday. She opened a clinic and donated $1m to the Red Cross.', { giver: 'person/anna-weber', recipient: 'organization/red-cross', value: 1e6 }],
  // support of a stated kind is substance, not the idiom "lend support"
  ['Norway has provided financial support to the Red Cross.', { giver: 'country/norway', recipient: 'organization/red-cross', item: 'financial support' }],
  // a passive of funding with a named agent is that agent's funding, whatever its sum ("the project is also being financed by ...")
  ['The dam will cost $300m. The project is also being financed by the Asian Development Bank and Japan.', [{ giver: 'organization/adb', item: 'funding' }, { giver: 'country/japan', item: 'funding' }]],
  // what a party accepts from a named giver was given by it ("accepted donations from")
  ['Kenya accepted a $20m loan from the World Bank.', { giver: 'organization/world-bank', recipient: 'country/kenya', value: 20e6 }],
  // phrasal and rarer verbs of giving (VerbNet give/contribute/future-having): chip in, dole out, funnel, bankroll, allot
  ['Japan chipped in $10m for the flood appeal.', { giver: 'country/japan', value: 10e6, status: 'delivered' }],
  ['China has doled out $5bn to Russia.', { giver: 'country/china', recipient: 'country/russia', value: 5e9, status: 'delivered' }],
  ['Japan funnelled $40m to the Red Cross.', { giver: 'country/japan', recipient: 'organization/red-cross', value: 40e6 }],
  ['Kenya allotted $5m to the Red Cross for flood relief.', { giver: 'country/kenya', value: 5e6 }],
  // a person described with a name before the head ("the Microsoft co-founder", "the Hong Kong tycoon") is a person named before, not that name
  ['Anna Weber spoke in Oslo on Monday. The Acme Corp co-founder pledged $5m to the Red Cross.', { giver: 'person/anna-weber', recipient: 'organization/red-cross', value: 5e6 }],
  ['Anna Weber spoke in Oslo on Monday. The Hong Kong tycoon gave $2m to the Red Cross.', { giver: 'person/anna-weber', recipient: 'organization/red-cross', value: 2e6 }],
  // "a ... secured loan": the participle before a noun is no verb of receiving; ", and arrange ..." opens a clause of its own
  ['Acme Corp said it extended a 1.7 mln dlr secured loan to Beta Inc to finance a new ship.', { giver: 'organization/acme-corp', recipient: 'organization/beta-inc', value: 1.7e6 }],
  ['Acme Corp said it would supply Beta Inc with 250,000 dlrs of operating funds, and arrange renegotiation of its secured bank debt.', { giver: 'organization/acme-corp', value: 250000 }],
  // "US$" after a verb of giving is the sum's currency, not the pronoun "us"
  ['The World Bank lent US$300 million to Ghana.', { giver: 'organization/world-bank', recipient: 'country/ghana', value: 300e6 }],
  // a state office named with no holder is the state the article's ministers serve (an education secretary is one)
  ['The prime minister launched a $50m initiative to keep school sports clubs open. Education Secretary Omar Reyes welcomed it.', { giver: 'country/ghana', value: 50e6 }],
  // a small sum donated, or given to a named party, is a gift (campaign finance counts in such sums)
  ['Nina Holt donated $750 to the Red Cross in 2008.', { giver: 'person/nina-holt', recipient: 'organization/red-cross', value: 750, status: 'delivered' }],
  ['Nina Holt gave $250 to the Red Cross last year.', { giver: 'person/nina-holt', recipient: 'organization/red-cross', value: 250 }],
  // a participle after the main clause takes that clause's subject, not the name inside its predicate
  ['Nina Holt was Acme Corp’s top donor in June, contributing $5 million.', { giver: 'person/nina-holt', value: 5e6 }],
  // a date or time before the subject: the subject is read after it
  ['On March 12, 2015, Nina Holt was Acme Corp’s top donor, contributing $5 million.', { giver: 'person/nina-holt', value: 5e6 }],
  ['Last year, poultry magnate Nina Holt was Acme Corp’s top donor, contributing $2 million.', { giver: 'person/nina-holt', value: 2e6 }],
  ['On Sept. 3, Japan responded by easing sanctions and providing $50 million in aid.', { giver: 'country/japan', value: 50e6 }],
  ['Retired banker Nina Holt was the Red Cross’s biggest backer last year, giving $2 million.', { giver: 'person/nina-holt', value: 2e6 }],
  // a past obligation met ("had to lend") is a loan made
  ['Nina Holt had to lend her campaign $500,000 last month.', { giver: 'person/nina-holt', value: 500e3, status: 'delivered' }],
  // "who" after an appositive description is the person it describes
  ['Nina Holt, a former banker who has donated $250,000 to the Red Cross, spoke on Monday.', { giver: 'person/nina-holt', recipient: 'organization/red-cross', value: 250e3 }],
  ['Nina Holt, a former banker and head of Acme Corp who has donated $250,000 to the Red Cross, spoke on Monday.', { giver: 'person/nina-holt', value: 250e3 }],
  // "in May", "last May": the month, not the modal that makes a commitment a possibility
  ['In May, Nina Holt donated $5 million to the Red Cross.', { giver: 'person/nina-holt', recipient: 'organization/red-cross', value: 5e6, status: 'delivered' }],
  ['Nina Holt was Acme Corp’s top donor in May, contributing $5 million.', { giver: 'person/nina-holt', value: 5e6 }],
  // money allocated again is allocated
  ['Japan reallocated $81 million from its health budget to fight the virus in Kenya.', { giver: 'country/japan', value: 81e6, status: 'approved' }],
  // "the state" is the US state named just before, not a country named earlier in the article
  ['Japan sent experts. Ohio Governor Anna Weber said the state allocated $26 million for flood relief.', { giver: 'place/ohio', value: 26e6 }],
  // (not a city that shares a state's name: Washington, New York)
  ['Japan sent experts. Officials in Washington said the state allocated $26 million for flood relief.', { giver: 'country/japan', value: 26e6 }],
  // a commitment noun without a sum: its giver after "from", or its owner before it and a recipient named after "to"/"for"
  ['A loan from the World Bank will pay for the new port.', { giver: 'organization/world-bank', item: 'loan' }],
  ['Financial aid from the EU helped to rebuild the port.', { giver: 'organization/european-union', item: 'financial aid' }],
  ['Japan’s military aid to Nepal arrived on Monday.', { giver: 'country/japan', recipient: 'country/nepal', item: 'military aid' }],
  ['The clinic was built with a grant from the Gates Foundation.', { giver: 'organization/gates-foundation', item: 'grant' }],
  // a definite sum right before the subject (or "that"/"which" and the subject) is what the verb commits
  ['Officials spent the $20 million that Japan donated last year.', { giver: 'country/japan', value: 20e6 }],
  ['So far the port has used $5 million of the $8 million Norway pledged to help rebuild it.', { giver: 'country/norway', value: 8e6 }],
  ['The $30 million Canada promised has reached the camps.', { giver: 'country/canada', value: 30e6 }],
  // the passive of a verb with two objects: the sum between the verb and its agent
  ['Kenya was offered $50 million by the World Bank.', { giver: 'organization/world-bank', recipient: 'country/kenya', value: 50e6 }],
  ['Nepal has been offered $20 million by Japan.', { giver: 'country/japan', recipient: 'country/nepal', value: 20e6 }],
  // a country's short form written onto a dollar sign is the currency's, not what "it" refers to
  ['So far Norway has raised $5 million of the US$8 million it pledged to help rebuild the port.', { giver: 'country/norway', value: 8e6 }],
  ['So far Norway has raised $5 million of the USD 8 million it pledged to help rebuild the port.', { giver: 'country/norway', value: 8e6 }],
  // "arms" are weapons (the plural that is no plural of "arm")
  ['Russia has provided arms to the rebels.', { giver: 'country/russia', item: 'arms' }],
  ['Japan sent arms and food to Nepal.', { giver: 'country/japan', recipient: 'country/nepal', item: 'arms and food' }],
  // "over" after "handed" is the verb's particle, not "more than"
  ['Japan handed over $5 million to Kenya last week.', { giver: 'country/japan', recipient: 'country/kenya', value: 5e6 }],
  // "to" before a name after the noun is its recipient, no infinitive: the source after it still gives
  ['A $5 million loan to Kenya from Japan was signed on Monday.', { giver: 'country/japan', recipient: 'country/kenya', value: 5e6 }],
  ['A $2 million gift to Gavi from Anna Weber was announced.', { giver: 'person/anna-weber', value: 2e6 }],
  // tokenized copy: a clitic set off by a space is still its word's ("Japan 's", "did n't")
  ['Japan \'s $ 10 million grant to Nepal was signed on Monday .', { giver: 'country/japan', recipient: 'country/nepal', value: 10e6 }],
  // a bailout is aid
  ['Greece received a bailout from the IMF.', { giver: 'organization/imf', item: 'bailout' }],
  ['The IMF approved a $2bn bailout for Egypt.', { giver: 'organization/imf', recipient: 'country/egypt', value: 2e9 }],
  // (read once when a verb of the sentence already reads it)
  ['Greece received aid from the EU last year.', { giver: 'organization/european-union', recipient: 'country/greece', item: 'aid' }],
  // funding, financing or money received from a named giver, with no sum
  ['The charity receives funding from the Gates Foundation.', { giver: 'organization/gates-foundation', item: 'funding' }],
  ['Acme Corp said it received financing for the deal from the World Bank.', { giver: 'organization/world-bank', item: 'financing' }],
  ['The rebels got money from Russia.', { giver: 'country/russia', item: 'money' }],
  // a funding verb with a named body or a group after it, no sum: that body or group is funded
  ['Norway funds the Red Cross, officials say.', { giver: 'country/norway', recipient: 'organization/red-cross', item: 'funding' }],
  ['Saudi Arabia has been funding opposition groups in Tonga for years.', { giver: 'country/saudi-arabia', item: 'funding' }],
  ['Anna Weber funded the Green Party in 2015.', { giver: 'person/anna-weber', recipient: 'organization/green-party', item: 'funding' }],
  // an owner's funding of a named body or a group, no sum
  ["Norway's funding of the Red Cross is well known.", { giver: 'country/norway', item: 'funding' }],
  ['German funding for opposition groups in Tonga has grown.', { giver: 'country/germany', item: 'funding' }],
  // a rate between the sum and "in <owner> aid" is the sum's
  ['Egypt receives $1.3 billion a year in U.S. military aid.', { giver: 'country/united-states', value: 1.3e9, item: 'U.S military aid' }],
  ['Kenya gets about $50 million annually in British aid.', { giver: 'country/united-kingdom', value: 50e6, item: 'British aid' }],
  ['Kenya receives $50 million a year in British aid.', { giver: 'country/united-kingdom', value: 50e6 }],
  // money given in the passive, with its named agent and no sum
  ['The money has been provided by Norway and Japan.', [{ giver: 'country/norway', item: 'money' }, { giver: 'country/japan', item: 'money' }]],
  ['Funds for the new clinic were donated by Acme Corp.', { giver: 'organization/acme-corp' }],
  ['Much of the money pledged by Canada has not arrived.', { giver: 'country/canada', item: 'money' }],
  // an unstated sum received from a named party
  ['The Green Party received millions of dollars from Anna Weber.', { giver: 'person/anna-weber', recipient: 'organization/green-party', item: 'millions of dollars', status: 'delivered' }],
  ['Kenya has received millions from Norway.', { giver: 'country/norway', recipient: 'country/kenya', item: 'millions' }],
  ['Tonga received hundreds of millions of dollars in aid from Australia.', { giver: 'country/australia', recipient: 'country/tonga' }],
  // money handed to a described party with "with"
  ['Norway has provided the rebels with cash.', { giver: 'country/norway', item: 'cash' }],
  ['Since 2011, Norway has supplied the militias with weapons and money.', { giver: 'country/norway', item: 'weapons and money' }],
  // "advanced" as an adjective is no loan advanced, and does not hide the verb before it
  ['Russia has supplied Nepal with advanced missiles.', { giver: 'country/russia', recipient: 'country/nepal', item: 'advanced missiles' }],
  ['Japan delivered the most advanced radar systems to India.', { giver: 'country/japan', recipient: 'country/india' }],
  // a bailout given, approved or agreed without its sum
  ['Germany gave Greece a bailout in 2015.', { giver: 'country/germany', recipient: 'country/greece', item: 'bailout' }],
  ['The EU agreed a bail-out for Greece.', { giver: 'organization/european-union', recipient: 'country/greece', item: 'bail-out' }],
  // the bare number of a currency given; a named party funded "to the tune of" a sum, or with a sum each year
  ['Norway and Japan have given billions to Kenya.', [{ giver: 'country/norway', item: 'billions' }, { giver: 'country/japan', item: 'billions' }]],
  ['Canada funds the Red Cross to the tune of $20 million.', { giver: 'country/canada', recipient: 'organization/red-cross', value: 20e6 }],
  ['Norway funds the Red Cross with $20 million a year.', { giver: 'country/norway', recipient: 'organization/red-cross', value: 20e6 }],
  // aid raised to a yearly sum; aid with no owner raised to a sum
  ['Britain is to double its aid to Kenya to £4bn a year.', { giver: 'country/united-kingdom', recipient: 'country/kenya', value: 4e9 }],
  ['The EU agreed to double aid to Ghana to $50bn a year by 2010.', { giver: 'organization/european-union', recipient: 'country/ghana', value: 50e9 }],
  ['Japan raised aid to Kenya to $50 million.', { giver: 'country/japan', recipient: 'country/kenya', value: 50e6 }],
  // funded by a name with a lower-case descriptor; gifts of money; a parenthetical between dashes after the giver
  ['The Green Fund, a charity financed by billionaire Anna Weber, opened a school.', { giver: 'person/anna-weber', item: 'funding' }],
  ['The Lindqvist Trust gave gifts of cash to the school.', { giver: 'organization/lindqvist-trust', item: 'gifts of cash' }],
  // one of an owner's gifts, named by its sum after "included"
  ["Anna Weber's donations included $600,000 to a school.", { giver: 'person/anna-weber', value: 600e3 }],
  ["Japan's aid to Kenya included $5 million for schools.", { giver: 'country/japan', recipient: 'country/kenya', value: 5e6 }],
  // goods counted after the last sum
  ['Japan pledged $5 million in aid and 200 tents to Nepal.', [{ giver: 'country/japan', value: 5e6 }, { giver: 'country/japan', quantity: 200, item: 'tents' }]],
  ['Norway will send $5 million and 300 water pumps to Kenya.', [{ giver: 'country/norway', value: 5e6 }, { giver: 'country/norway', quantity: 300 }]],
  ['Britain will send £5m and 500 troops to Estonia.', { giver: 'country/united-kingdom', value: 5e6 }],
  // the same with a possessive pronoun owner
  ['Anna Weber is a philanthropist. Her donations included $600,000 to a school.', { giver: 'person/anna-weber', value: 600e3 }],
  ['Anna Weber is a philanthropist. Her donation to the Green Party was $5 million.', { giver: 'person/anna-weber', value: 5e6 }],
  // a second verb joined by "and" after the first one's object: the modal is shared, the goods are a pledge of their own
  ['Britain will provide £10m and send 50 tonnes of tents to Haiti.', [{ giver: 'country/united-kingdom', value: 10e6 }, { giver: 'country/united-kingdom', quantity: 50, recipient: 'country/haiti' }]],
  ['Japan will give $5 million and supply tents to Nepal.', [{ giver: 'country/japan', value: 5e6 }, { giver: 'country/japan', item: 'tents', recipient: 'country/nepal' }]],
  ['Japan will pledge and deliver 500 tents to Nepal.', { giver: 'country/japan', quantity: 500, recipient: 'country/nepal' }],
];

// One line per case: sentences that state no committed pledge (requests, hopes, conditions, plans, business, negations).
const NOT_PLEDGES: [sentence: string, nonCommitted?: PledgeStatus][] = [
  // a commitment noun without a sum: taken away or asked for, help ("with assistance from"), no recipient after an owner
  ['The Senate defeated an attempt to cut U.S. aid to Mexico.'],
  ['Kenya, with some assistance from the IMF, avoided a default.'],
  ['Kenya has applied for a loan from the World Bank.'],
  // a loan agreement still negotiated, or one that ended
  ['Acme Corp said it is negotiating a new term loan agreement with the World Bank.'],
  ['Acme Corp said its loan agreement with the World Bank expired in May.'],
  // a debtor's agreement with creditors that are no named club: the subject is the debtor
  ['Ghana reached an agreement with the World Bank and its creditor banks to reschedule 400 mln dlrs of debt.'],
  ['Japan’s aid budget rose sharply last year.'],
  ['Japan did n\'t give $ 5 million to Nepal .'],
  // a passive light verb whose subject is headed by another noun
  ['A complaint about the £2m loan was made by Japan.'],
  // ... not a name inside a phrase that opens it
  ['Ministers from Japan met and pledged $40m to the fund.'],
  // a government named by a demonym not linked to its state is no other state named before
  ['Kenya hosted the talks. The Nepali government will give $5m to flood victims.'],
  // a borrower arranging its own financing, a bank mandated to arrange one
  ['Acme Corp said it has arranged the $20m financing it needs for the mine.'],
  ['Acme Corp has mandated the World Bank to arrange a $25m revolving credit.'],
  // giving away what is no sum
  ['Japan gave away a penalty and lost £2m in prize money.'],
  // what a court or jury awards is no grant
  ['The court awarded $10 million to the Gates Foundation.'],
  // a company a borrower agreed with is no lender by that alone
  ['Acme Corp agreed with Beta Inc to borrow $5m.'],
  // a new subject after "and" is not the name before it
  ['Japan owes money and the nine banks have extended a $50m loan to Kenya.'],
  // a company's report is not a state's
  ['A total of 5 billion pesos is earmarked for new plants, Acme Corp said.'],
  ['The regulator alleged in a civil court in London late last week that Acme Corp gave $1.9m to the Green Party.'],
  ['Under the contract, Acme Corp will provide missiles and spare parts to the Navy.'],
  ['Talks on the repayment of a $1bn loan by Lord Carver have made progress.'],
  ['Gordon Brown said Britain would have to provide some money for the farm system.', 'requested'],
  ['The village is poor. The community has offered the school 5,000 dlrs.'],
  ['Japan sells Kenya rice at $200 a tonne.'],
  ['The company spent millions of dollars on advertising.'],
  ['Acme Corp signed a $5m loan with a 7% interest rate.'],
  ['The company said it would pay 5 mln dlrs.'],
  ['Acme Corp said it agreed to acquire Beta Inc for 5 mln dlrs.'],
  ['Spain sold 40 jets to Egypt for 2 billion dollars.'],
  ['The U.S. called for more aid to Ukraine.'],
  ["Poland's president said he hopes that we will be able to prepare substantial shipments of ammunition to Ukraine."],
  ['Japan would provide $500m in aid if the reforms go ahead.', 'conditional'],
  ['France could send 40 missiles to Ukraine.', 'conditional'],
  ['The IMF is expected to approve a $1.5 billion loan for Egypt.', 'planned'],
  ['Germany plans to send 10 more howitzers to Ukraine.', 'planned'],
  ['Germany did not send Taurus missiles to Ukraine.'],
  ['Macron declined to provide details about which nations were considering sending troops.'],
  ['Japan is seeking 500 million dollars from the World Bank.'],
  ['Britain gave Pakistan 15 years to repay the loan.'],
  ['Russia sent troops into Ukraine.'],
  ['Italy will sign a security agreement with Ukraine next week.', 'planned'],
  ['Germany expressed its support for Ukraine.'],
  ['German car maker Acme Corp has announced £100m of new investment.'],
  ['U.S. M-1 money supply rose 2.1 billion dlrs to 736.7 billion dlrs in the week.'],
  ["Poland's talks with the IMF on the country's 33.5 billion dlr foreign debt were frank."],
  ['Mexican labourers living in the U.S. sent a record $16.6bn home last year.'],
  ['The U.S. House today opposed a grant of 40 mln dlrs to the rebels.'],
  ['France, Germany and the U.K. signed up for the talks.'],
  ['Nigeria said the Netherlands has signed a 3.28 billion yen bullet loan agreement, arranger Acme Corp said.'],
  ['Japan and other industrialized nations committed themselves to stabilize the dollar above 150 yen.'],
  ['India today signed an agreement to sell 500 mini passenger cars to Hungary.'],
  ['The Taiwan cabinet approved a record deficit budget calling for government spending of 479.67 billion Taiwan dlrs.'],
  ['Total credit granted by the Swedish finance companies rose to 77 billion crowns in 1986.'],
  ['Ghana was offering around 1,460 stg a tonne cif for new crop cocoa.'],
  ['Italy has sent eight ships, including three frigates, to the Gulf to protect Italian merchant shipping.'],
  ['The Philippines has agreed to make token payments as part of its 10.3 billion dlr debt rescheduling.'],
  // deployments, idioms, counterfactuals, refusals
  ['The U.S. will send aircraft to the base in Turkey.'],
  ['Britain will send 500 troops to Estonia.'],
  ['Fans gave credit to the coach for the win.'],
  ['The bank lent support to the plan.'],
  ['Japan would have provided $500 million had the talks succeeded.'],
  ['Russia refused to lend Greece money.'],
  ['Neither Germany nor France received money from the fund.'],
  ['The newspaper claimed he received money from Russia.'],
  // purchases, bids, trade, a company's own spending and market operations
  ['Acme Corp has offered $220m for Beta Inc.'],
  ['Acme Corp delivered development kits to Beta Inc.'],
  ['Beta Inc committed $75m to the expansion of its plant.'],
  ['Ukraine received its first order from Japan for a flood warning system.'],
  ['The World Bank agreed a deal totalling $375m with Acme Corp.'],
  ['The Bank of England provided the money market with 37 mln stg assistance.'],
  ['The club is offering equal prize money for women.'],
  // plans announced, debts without a debtor, unnamed givers
  ['Federal funding for the programme fell to $2bn.'],
  ['The World Bank provided funding.'],
  ['Most of the growth came from Germany.'],
  ['Donors, including Japan, pledged $5 billion to Nepal.'],
  ['China offered $3 million.'],
  ['The bank said it would lend Kenya $500m. It also agreed to provide $200m to Uganda.'],
  // a demonym before a common noun heading the subject is someone of that country
  ['A German suspect donated to the Lindqvist Trust.'],
  ['A German billionaire has donated $50,000 to the Lindqvist Trust.'],
  ['Anna Weber donated to the cause.'],
  ['The pressure came from the World Bank.'],
  ['The painting was sold by art dealer Sam Ruiz for $5 million.'],
  ['Acme Corp will provide funding for its own expansion.'],
  ['Acme Corp raised its offer for Beta Inc to $3 billion.'],
  ['The Green Party raised $5m from donors.'],
  ['Shares in Acme Corp advanced 2 dlrs to 30 dlrs.'],
  ['Congress will vote on 100 mln dlrs in aid for Kenya next week.'],
  ['The plan by Japan to give $10m to the victims was criticised.'],
  ["Mexico will reschedule the country's debts."],
  ['Nigeria will supply 5,000 tonnes of rice to Kenya.'],
  ['Acme Corp received $2bn from the sale of Beta Inc.'],
  ['Kenya asked for help. The request follows a £1.5m gift to the country in 2003.'],
  ['Anna Weber said she donated a little more than she wanted.'],
  ['Anna Weber donated her time to the charity.'],
  ['Japan provided assistance to the police.'],
  ['Acme Corp will supply 20 jets to Beta Inc.'],
  ['About $40bn of imports came from China.'],
  ['The biggest rise in sales, of $5m, came from Japan.'],
  ['Acme Corp has set up a $50m fund to invest in start-ups.'],
  ['Acme Corp approved 2 million euros to buy shares in Beta Inc.'],
  ['India sent 10 planes to the border.'],
  ['Norway hosted the talks. The other country has pledged $20m to Kenya.'],
  ['The Green Party received £1m from the sale of its offices.'],
  ['The government of Japan will consider a loan of 30 billion yen to Indonesia.'],
  ['Germany announced it will seek 2.5 billion euros for the programme.'],
  ['Mexico will sign agreements to reschedule $52bn of debt.'],
  ['Kenya has agreed to defer payments on previous loans.'],
  ['Donors pledged $3 billion at the conference.'],
  ['Kenya and China signed an oil deal.'],
  ["He said the difficulty of syndicating Mexico's 7.7 billion dlr loan package shows new approaches are needed."],
  ['The U.S. has offered warships to escort tankers in the Gulf.'],
  ['Acme Corp said it was launching a 200 mln dlr Eurocommercial paper programme.'],
  ['Acme Corp and Beta Inc have increased their commitments to the venture to 185 mln dlrs.'],
  ['The Bank of England has thus given a total of 37 mln stg so far today.'],
  ['Acme Corp spent $2 billion on new factories.'],
  ['Germany will spend £2bn on defence.'],
  ['The sponsor said it would also contribute, increasing the Acme Corp donation to US$40,000.'],
  ['Acme Corp made its staff available to help the victims.'],
  ['Kenya has received $20m in aid this year, the Red Cross said.'],
  ['Acme Corp will receive a fee of $2m, Beta Inc said.'],
  ['The referee handed out three yellow cards.'],
  ['Acme Corp said revenue included $5m from Japan.'],
  ['Kenya hopes to receive $5m in aid from Japan.'],
  ['The Red Cross has asked for $5m from Japan.'],
  ['One project will be supported by a 485 mln dlr loan, the Red Cross said.'],
  ['Acme Corp deposited $2 billion in its bank account.'],
  ['Under the new program, a $500m fund will be set up.'],
  ['Britain will match the offer.'],
  ['Acme Corp, the biggest retailer, sells 100 mln dlrs of goods to Kenya.'],
  ['Britain will send 500 troops and 20 tanks to Estonia.'],
  ['Britain is sending a team of medical experts to Nepal.'],
  ["Japan's exports will be 100 mln dlrs."],
  ['The sales were co-financed by Japan (100 mln dlrs).'],
  ['The biggest aid recipients:\n\nKenya: $500m\n\nUganda: $180m'],
  ['Sales by market:\n\nJapan: $500m\n\nNorway: $180m'],
  ['Egypt and Kenya reached agreement on a 1.5 billion dlr loan.'],
  ['Gordon Brown will fly to Kenya on Monday.'],
  ['The U.K. flew 300 troops to Kenya.'],
  ['Germany will fly two fighter jets to the base in Turkey.'],
  ['The Lindqvist Trust will give the receipts to its accountant.'],
  ['Japan decided to extend its stay in Nepal.'],
  ['Kenya unveiled a plan for its roads. Under the plan, $200m will be spent on roads.'],
  ['The Green Party received £2m, with Acme Corp saying it would sell its stake.'],
  ['Beta Inc declined to provide financing.'],
  ['Acme Corp said it would provide financing details later.'],
  ['Donors have promised Kenya 1.8 billion dlrs in soft loans, the World Bank said.'],
  ['The World Bank said it cancelled 450 mln dlrs in loan commitments to Kenya.'],
  ['The World Bank met. Banks paid back 5.5 billion dlrs of a credit, the bank said.'],
  // issue 13: a company restructured, loan terms, a state penalised, an own debt restructured, the issue's wrongly emitted kinds
  ['Acme Corp will restructure its business.'],
  ['Acme Corp agreed to restructure its $3bn debt.'],
  ['The bank agreed to loan terms with Acme Corp.'],
  ['The UN sanctioned Russia over the war.'],
  ['Acme Corp opened a new office in Kenya.'],
  ['Acme Corp said the appropriate response was $5m.'],
  ['Shares in Acme Corp added 2 dlrs to 30 dlrs.'],
  ['Japan hosted the talks. The money for Kenya was raised in Tokyo.'],
  ['The patient was sent to hospital in Kenya.'],
  ['He pledged cleaner hospitals and better schools.'],
  ['The price, $10 million, was paid by Norway.'],
  ['Acme Corp is offering 5 mln shares at 20 dlrs.'],
  ['Acme Corp signed off on its 2015 accounts.'],
  ['Acme Corp ordered 10 jets worth $1 billion from Beta Inc.'],
  ['The judge ordered Acme Corp to pay $5 million in damages.'],
  ['The U.N. Development program (UNDP) will give Kenya a 6.79 mln dlr grant to study a bridge.'],
  ['Acme Corp added another $5m to its profit forecast.'],
  ['Norwegian banks met on Friday. They will lend $5m to Acme Corp.'],
  ['Beta Inc, a Mexican government company, said they signed a technical assistance agreement.'],
  ['Acme Corp had agreed to loan Gazprom the money to bid for Beta Inc.'],
  ['Japan will send 500 troops and 20 aircraft to Kenya.'],
  ['He gave credit to Japan for the deal.'],
  ['Britain would have given £5m to the appeal.'],
  ['Britain refused to give Kenya a $5m loan.'],
  ['Japan will spend $5bn on its own defence.'],
  ['Mexico said its $5bn loan package was signed.'],
  ['Banks borrowed 2 billion dlrs from the Bank of England discount window on Wednesday.'],
  ['Acme Corp said its board authorized the spending of 15 mln dlrs for a new plant in Kenya.'],
  ['Japan Airlines Pledges $5 Million To Kenya'],
  ['Japan sent a rescue team and sniffer dogs to Nepal.'],
  ['Acme Corp received 5 mln dlrs under an agreement with Beta Inc to sell its unit.'],
  ['Acme Corp has signed for a 26.5 mln dlr Italian buyers credit, co-lead manager Beta Inc said.'],
  ['Acme Corp met on Monday. It said a 20 mln dlr loan is being made to Beta Inc.'],
  ['The board of Acme Corp approved a $5 million dividend.'],
  ['Acme Corp accepted a $50m offer from Beta Inc.'],
  ['The scheme is funded by taxes on fuel.'],
  // a total of several givers' commitments is none of theirs
  ['Kenya will receive loans totalling $390m from Japan and the World Bank for new roads.'],
  ['Japan and the World Bank will lend Kenya a total of $390m.'],
  ['Norway has given strong political support to the Red Cross.'],
  // a name after a clause that opens inside the "from" phrase gave nothing
  ['Anna Weber received more than $250,000 from small donors after Nina Holt endorsed her.'],
  // a small sum is no gift without a verb of giving to a named party
  ['Acme Corp paid $750 for the Red Cross dinner.'],
  ['Japan may give $5m to Kenya.', 'conditional'],
  // (the receiver's own money, wherever it is drawn from)
  ['The councils get their funding from the EU.'],
  // (funding what is no body or group, one's own campaign, the noun after a verb)
  ['Japan will fund the US deficit.'],
  ['Anna Weber is funding her campaign herself.'],
  ['Kenya is debating funding the Red Cross.'],
  ["Norway's funding of schools has grown."],
  ["Norway cut its funding of the Red Cross."],
  ['The drought costs Kenya $50 million a year in lost exports.'],
  // (raised or paid is not given)
  ['The money was raised by Acme Corp.'],
  ['The cash was paid by Acme Corp.'],
  // an unstated number received that is no money; cash handed to a party the sentence does not describe
  ['The Green Party received thousands of votes from Kenya.'],
  ['Acme Corp provided the figures with cash flow details.'],
  ['Kenya asked Norway for a bailout.'],
  ['The film gave millions a reason to smile.'],
  ['Acme Corp funds its research with $5 million a year.'],
  ['Acme Corp would also give, raising the Red Cross donation to $40,000.'],
  ['The man gave sums of money to the charity.'],
  ["Japan's exports included $5 million of cars."],
  ['Japan would not give $5 million and send tents to Nepal.'],
  ['Anna Weber is a philanthropist. Her salary was $5 million.'],
  ['Norway is rich. Its aid budget was $5 billion.'],
];

function matches(p: PledgeCandidate, w: Want): boolean {
  return (
    p.giver === w.giver &&
    (w.recipient === undefined || p.recipient === w.recipient) &&
    (w.value === undefined || (p.amount !== undefined && Math.abs(p.amount.value - w.value) <= 1e-6 * w.value)) &&
    (w.quantity === undefined || p.quantity === w.quantity) &&
    (w.item === undefined || p.item === w.item) &&
    (w.status === undefined || p.status === w.status) &&
    (w.announcedBy === undefined || p.announcedBy === w.announcedBy) &&
    (w.purpose === undefined || p.purpose === w.purpose)
  );
}

describe('findPledges', () => {
  it.each(PLEDGES)('%s', (sentence, want) => {
    const wants = Array.isArray(want) ? want : [want];
    const got = run(sentence).filter((p) => isCommitted(p.status));
    for (const w of wants) expect(got.find((p) => matches(p, w)), `${JSON.stringify(w)} in ${JSON.stringify(got)}`).toBeDefined();
    expect(got).toHaveLength(wants.length);
    for (const p of got) expect(sentence.slice(p.evidence.start, p.evidence.end).length).toBeGreaterThan(0);
  });

  it.each(NOT_PLEDGES)('no pledge: %s', (sentence, nonCommitted) => {
    const got = run(sentence);
    expect(got.filter((p) => isCommitted(p.status))).toEqual([]);
    if (nonCommitted) expect(got.map((p) => p.status)).toContain(nonCommitted);
  });

  it('reads "we" in a quotation as the body its speaker holds office in, a company too', () => {
    const text = '"We have given £50,000 to the Red Cross," said Acme Corp chairman Tom Lee.';
    const end = text.indexOf('," said');
    const mentions: EntityRef[] = [...text.matchAll(NAME_RE)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, entity: NAMES[m[0]]![0], type: NAMES[m[0]]![1] }));
    const got = findPledges({ text, doc: tokenizeDocument(text), mentions, officeOf: (k) => OFFICE[k], quotes: [{ segments: [{ start: 1, end }], speaker: 'person/tom-lee' }] }).filter((p) => isCommitted(p.status));
    expect(got.map((p) => [p.giver, p.announcedBy, p.amount?.value])).toEqual([['organization/acme-corp', 'person/tom-lee', 50e3]]);
  });

  it('keeps one pledge per giver and amount, and drops the headline that repeats the body', () => {
    const text = 'UK pledges £1bn to vaccine effort\n\nUK Chancellor Gordon Brown has offered £960m ($1.8bn) over 15 years to an international scheme. As well as pledging £960m over 15 years to the scheme, Britain urged other donors to contribute.';
    const got = run(text).filter((p) => isCommitted(p.status));
    expect(got.map((p) => [p.giver, p.amount?.value])).toEqual([['country/united-kingdom', 960e6]]);
  });

  it('reads one pledge per giver and thing however often the article repeats it', () => {
    const text = 'Japan pledged $1bn in aid to Kenya. Japan said the aid would reach Kenya soon. The $1bn pledged by Japan will fund roads. The World Bank approved the loan on Friday. The bank will lend Kenya $300m.';
    const got = run(text).filter((p) => isCommitted(p.status));
    expect(got.map((p) => [p.giver, p.amount?.value])).toEqual([['country/japan', 1e9], ['organization/world-bank', 300e6]]);
  });

  it('names no recipient the sentence does not name, however often a country is mentioned', () => {
    const text = 'Ukraine needs arms. Ukraine asked for more. Ukraine thanked its allies. France announced the delivery of 40 Scalp cruise missiles.';
    const [p] = run(text).filter((x) => isCommitted(x.status));
    expect(p).toMatchObject({ giver: 'country/france', quantity: 40 });
    expect(p!.recipient).toBeUndefined();
  });

  it('reads the reference article (committed pledges: the Netherlands, France, and the three agreements)', () => {
    const text = readFileSync(new URL('../data/articles/paris-ukraine-conference.txt', import.meta.url), 'utf8');
    const got = run(text).filter((p) => isCommitted(p.status));
    const summary = got.map((p) => [p.giver, p.amount?.value, p.quantity, p.item].filter((x) => x !== undefined).join(' ')).sort();
    expect(summary).toEqual([
      'country/france 10-year bilateral agreement',
      'country/france 40 long-range Scalp cruise missiles',
      'country/germany 10-year bilateral agreement',
      'country/netherlands 100000000',
      'country/united-kingdom 10-year bilateral agreement',
    ]);
    const nl = got.find((p) => p.giver === 'country/netherlands')!;
    expect(nl.announcedBy).toBe('person/mark-rutte');
    expect(nl.amount).toMatchObject({ currency: 'EUR', qualifier: 'over', text: 'over 100 million euros' });
    expect(nl.purpose).toMatch(/buy ammunition/);
  });
});

// A bare currency word of many countries is the currency of the country the sentence (else the
// article) names, and its default where they name several: one row per case, the text and the
// pledges' currencies.
describe('pledges in the whole pipeline: a definite office is the one person the article gives it', () => {
  it.each([
    ['Chancellor Peter Waldron set out his plans on Monday.\n\nThe chancellor has promised £2bn to the Rail Investment Fund.', 'person/peter-waldron'],
  ])('%s', (text, giver) => {
    const x = extractArticle({ id: 't', text, format: 'txt', source: { path: 't' } });
    expect(x.pledges.map((p) => p.giver)).toEqual([giver]);
  });
});

// A head's administration or government is the state, province or city they head, when the article gives them
// that office; a governor or mayor commits the money of the place they govern (not their own donation).
describe('pledges in the whole pipeline: a government and its head', () => {
  it.each([
    ['Polish Foreign Minister Jan Nowak visited Kyiv on Monday. The Nowak government pledged $100 million to Ukraine.', 'person/jan-nowak'],
    ['Ohio Governor Ellen Marsh spoke on Monday. The Marsh administration allocated $26 million to fight the virus.', 'place/ohio'],
    ['Ohio Governor Ellen Marsh allocated $26 million in state funds to fight the virus.', 'place/ohio'],
    ['Mayor Jane Doe of Miami gave $2 million in city funds to the shelters.', 'place/miami'],
    ['Ohio Governor Ellen Marsh donated $2,700 to the Lindqvist Trust.', 'person/ellen-marsh'],
  ])('%s', (text, giver) => {
    const x = extractArticle({ id: 't', text, format: 'txt', source: { path: 't' } });
    expect(x.pledges.map((p) => p.giver)).toEqual([giver]);
  });
});

// A plural description with a number or "both" stands for the bodies named together before, as many as it says
// (issue 13); with a different number, or one body named, it resolves to none, as before.
describe('pledges in the whole pipeline: a plural description as giver', () => {
  it.each([
    ['Acme Corp and Zeta Inc opened a plant in Ohio. The two companies each gave $1 million to the Red Cross.', 'organization/acme-corp', 'organization/zeta-inc'],
    ['Norway and Sweden met in Oslo. Both countries pledged $5 million to Kenya.', 'country/norway', 'country/sweden'],
    ['The World Bank and the Asian Development Bank met in Manila. The two banks will lend Nepal $200 million.', 'organization/world-bank', 'organization/asian-development-bank'],
    ['Acme Corp and Zeta Inc opened a plant in Ohio. The three companies each gave $1 million to the Red Cross.'],
  ])('%s', (text, ...givers) => {
    const x = extractArticle({ id: 't', text, format: 'txt', source: { path: 't' } });
    expect(x.pledges.map((p) => p.giver)).toEqual(givers);
  });
});

// A parenthetical between spaced dashes after the giver holds no giver of its own ("the X Trust - the elder Y's
// charity - gave": the trust, not Y).
describe('pledges in the whole pipeline: a parenthetical between dashes', () => {
  it.each([
    ["For instance, the Lindqvist Trust - the elder Weber's nonprofit entity - gave $5,000 to the school.", 'organization/lindqvist-trust'],
    ["Acme Corp - the Weber family's company - donated $5,000 to the school.", 'organization/acme-corp'],
  ])('%s', (text, giver) => {
    const x = extractArticle({ id: 't', text, format: 'txt', source: { path: 't' } });
    expect(x.pledges.map((p) => p.giver)).toEqual([giver]);
  });
});

describe('findPledges: the currency of a bare "crowns", "rupees"', () => {
  it.each([
    ['Norway pledged 500 mln crowns to Kenya.', 'NOK'],
    ['Denmark pledged 500 mln crowns to Kenya.', 'DKK'],
    ['Pakistan will provide 2 billion rupees for flood relief.', 'PKR'],
    ['The talks went well. Nepal approved a grant of 2 billion rupees for schools.', 'NPR'],
    ['Norway and Denmark pledged 500 mln crowns to Kenya.', 'SEK', 'SEK'],
  ])('%s', (text, ...currencies) => {
    expect(run(text).map((p) => p.amount?.currency)).toEqual(currencies);
  });
});
