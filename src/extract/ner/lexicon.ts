// Hand-written word lists for the name recognizer's gazetteer features. Country names,
// demonyms and capitals come from the `world-countries` package at training time (see
// gazetteer-build.ts); everything here was written for this project. The lists only feed
// features: the trained weights decide what membership is worth, so an ambiguous entry
// ("Jordan", "Georgia", "Turkey") does no harm.

import { US_STATE_NAMES } from '../lexicon/regions.js';

const words = (s: string): string[] => s.trim().split(/\s+/);
const phrases = (s: string): string[] =>
  s
    .split('|')
    .map((x) => x.trim())
    .filter(Boolean);

/** Common given names in English-language news: English ones and those of frequently named people worldwide. */
export const FIRST_NAMES = words(`
Aaron Abby Abdul Abdullah Abraham Ada Adam Adams Adrian Adriana Agnes Ahmad Ahmed Aidan Aileen Akira Al Alan Albert Alberto
Alec Alejandro Aleksandr Alex Alexander Alexandra Alexei Alexis Alfred Ali Alice Alicia Alison Allan Allen Alma Amanda Amber
Amelia Amir Amy Ana Anatoly Anders Andre Andrea Andreas Andrei Andres Andrew Andrzej Andy Angel Angela Angelina Angelo Angus
Anita Ann Anna Anne Annette Annie Anthony Antoine Anton Antonio Anwar April Archie Arthur Ashley Ashraf Aubrey Audrey Austin
Ava Avi Barack Barbara Barry Bashar Beata Beatrice Ben Benjamin Benoit Bernard Bernie Beth Betty Bill Billy Bob Bobby Bogdan
Boris Brad Bradley Brandon Brenda Brian Bridget Bruce Bruno Bryan Byron Caleb Calvin Cameron Camilla Carl Carla Carlo Carlos
Carmen Carol Caroline Carolyn Casey Catherine Cathy Cecilia Cedric Chad Charles Charlie Charlotte Chen Cheryl Chloe Chris
Christian Christina Christine Christopher Chuck Cindy Claire Clara Clarence Claude Claudia Clifford Clint Colin Connor Conor
Constance Craig Cristina Curtis Cynthia Dale Dan Dana Daniel Daniela Danielle Danny Dante Darren Dave David Dawn Dean Debbie
Deborah Dennis Derek Diana Diane Dick Diego Dimitri Dmitry Dominic Dominique Don Donald Donna Doris Dorothy Doug Douglas
Duncan Dylan Ed Eddie Edgar Edith Edmund Eduardo Edward Edwin Egon Eileen Elaine Eleanor Elena Eli Elijah Elizabeth Ella Ellen
Elliot Elon Emily Emma Emmanuel Enrique Eric Erica Erik Erin Ernest Ernesto Esther Ethan Eugene Eva Evan Evelyn Fabio Faisal
Farid Fatima Felipe Felix Fernando Fidel Fiona Florence Frances Francesca Francis Francisco Francois Frank Franklin Franz
Fred Frederick Friedrich Gabriel Gabriela Gail Gareth Gary Gavin Gene Geoffrey George Georgia Gerald Gerard Gerhard Gianni
Gilbert Gina Giorgia Giovanni Giuseppe Glen Glenn Gloria Gordon Grace Graham Grant Greg Gregory Guillaume Gustavo Guy Hakan
Hamid Hank Hannah Hans Harold Harriet Harry Harvey Hassan Heather Hector Heidi Heinz Helen Helena Helmut Henri Henrik Henry
Herbert Hillary Hiroshi Holly Horst Howard Hugh Hugo Hussein Ian Ibrahim Igor Ilya Imran Ingrid Irene Iris Isaac Isabel
Isabella Ivan Jack Jackie Jacob Jacqueline Jacques Jaime Jake James Jamie Jan Jane Janet Janice Jared Jason Javier Jay
Jean Jeff Jeffrey Jen Jennifer Jens Jeremy Jerome Jerry Jesse Jessica Jill Jim Jimmy Jo Joan Joanna Joanne Joe Joel Johan
Johann Johannes John Johnny Jon Jonathan Jordan Jorge Jose Josef Joseph Josh Joshua Joyce Juan Judith Judy Jules Julia
Julian Julie Julien Julius Jurgen Justin Kamala Karen Karim Karin Karl Kate Katherine Kathleen Kathryn Kathy Katie Katrin
Kay Keir Keith Kelly Ken Kenneth Kevin Khalid Kim Kimberly Kirk Klaus Kofi Konrad Kristen Kurt Kyle Lars Laura Lauren Lawrence
Lee Leo Leon Leonard Leonid Leslie Lewis Liam Lily Linda Lisa Liz Lloyd Lois Lorenzo Lori Louis Louise Luc Luca Lucas Lucy
Luis Luke Lynn Mahmoud Malcolm Manuel Marc Marcel Marco Marcus Margaret Maria Marie Marilyn Mario Marion Mark Marta Martha
Martin Marvin Mary Mateusz Matt Matteo Matthew Maureen Max Maxim Maya Megan Mehmet Melanie Melissa Mette Michael Michel Michelle
Miguel Mikhail Mike Mikhail Miles Milos Min Mitch Mitchell Mohamed Mohammad Mohammed Molly Monica Morgan Moshe Muhammad Murray
Mustafa Nadia Nancy Naomi Narendra Natalie Natasha Nathan Neil Nelson Nicholas Nick Nicola Nicolas Nicole Nigel Nikita Nikolai
Nina Noah Noel Nora Norman Nuri Olaf Olga Oliver Olivia Omar Oscar Otto Owen Pablo Paddy Pamela Paolo Pascal Patricia Patrick
Patty Paul Paula Pauline Pedro Peggy Penny Pete Peter Petr Phil Philip Philippe Phillip Pierre Piotr Priti Rachel Rafael
Rahul Ralph Ramon Randy Raul Ray Raymond Rebecca Recep Reggie Renata Rene Rex Ricardo Richard Rick Rishi Rita Rob Robert
Roberto Robin Rodney Roger Roland Rolf Roman Ron Ronald Rosa Rose Ross Roy Ruby Rudolf Rupert Russell Ruth Ryan Saddam Sally
Salman Sam Samantha Samuel Sandra Sara Sarah Scott Sean Sebastian Serge Sergei Sergey Sergio Shane Shannon Sharon Shaun
Sheila Shimon Shinzo Shirley Sid Sigmar Silvio Simon Sofia Sonia Sophie Stanley Stefan Stefano Steffen Stephanie Stephen
Steve Steven Stuart Sue Sunil Susan Suzanne Sven Sylvia Tamara Tanya Ted Teresa Terry Thabo Theo Theodore Theresa Thomas
Tiffany Tim Timothy Tina Toby Todd Tom Tommy Toni Tony Tracy Travis Trevor Troy Ulrich Ursula Valentina Valerie Vanessa
Vasily Vernon Veronica Victor Victoria Viktor Vincent Viola Virginia Vivian Vladimir Volker Volodymyr Walter Wang Warren Wayne
Wendy Werner Wesley Wilhelm Will William Willie Wim Wolfgang Xavier Yasser Yitzhak Yoshihiko Yuri Yusuf Yves Zachary Zoe Zbigniew
`);

/**
 * Given names common in the US, the UK, Canada, Australia and Ireland over the 20th and 21st
 * centuries (popular-name rankings by decade), with their usual short forms. Names that are also
 * common words, places or brands ("Chase", "Summer", "Dallas", "Mercedes") are left out: there
 * the list would push company and place names towards persons.
 */
export const COMMON_GIVEN_NAMES = words(`
Abigail Addison Adele Adeline Adrienne Aiden Alana Albert Alexa Alfie Alfredo Alison Allison Alyssa Amanda Amos Andrea
Angie Anna Annabel Annabelle Arlene Arnold Arthur Ashleigh Ashton Audrey Avery Barney Beatrix Becky Bella
Belinda Benny Bernadette Bert Bertha Bess Bessie Beverly Billie Blake Bonnie Brady Brenda Brent Brett Brianna Brittany
 Bruce Bryce Callum Camille Candace Candice Carey Carissa Carl Carly Carmela Carol
Carole Caroline Carrie Cassandra Cassie Cecily Celia Chad Charity Charlene Charley
Cheryl Chrissy Christie Christy Ciara Cindy Clare Claudette Clement Cleo Cliff Clyde Cody
 Colleen Connie Cora Corey Cory Courtney Craig Curt Damian Damon Daphne Darcy
Darlene Darnell Darrell Darryl Daryl Dave Davina Dean Deanna Debra Deirdre Delia Della Delores Denise Dennis Derrick
Desmond Devin Devon Dewey Dexter Dianne Dolly Dolores Dominick Dora Doreen Dorian Duane Dustin Dwayne Dwight
 Eddy Edie Edna Effie Elaine Elbert Eleanor Elias Elise Eliza Ella Ellie Elmer Eloise Elsa Elsie Elvis
 Emil Emilia Emmett Ernie Estelle Ethel Etta Eugenia Eunice Fay Faye Felicity Floyd
 Frankie Freda Freddie Freddy Gabby Gabe Garrett Gemma Genevieve Georgina Georgie Geraldine Gertrude Gideon
Gilbert Gillian Ginny Gladys Glenda Gordie Greta Gretchen Gwen Gwendolyn Hailey Hal Hallie Hanna
Harriet Harrison Hattie Hilda Hilary Horace Hubert Imogen Inez
Ira Irma Isla Jackson Jacqui Jade Jana Janie Janine Jasmine Jasper Jean Jeanette Jeanne Jeannie Jed
Jenna Jenny Jeremiah Jessie Jillian Joann Jocelyn Jodi Jody Joey Johanna Jolene Jon Josephine Josie Judd
Juliana Julianne Juliet Justine Kara Kari Karla Kasey Katelyn Katharine Katy Kayla Keisha Kellie Kelsey Kendra
Kenny Kieran Kirsten Kitty Krista Kristin Kristina Kristy Lacey Lana Lara Larry Laurel Laurie Laverne
Leah Leanne Lena Lenny Leo Leona Leroy Lester Lettie Lexi Libby Lila Lillian Linus Lionel Lizzie
 Lola Lonnie Lorraine Lottie Louie Luann Lucille Lucinda Luella Lula Luther Lydia Mabel Mackenzie
Madeline Mae Maggie Mamie Mandy Marcia Marge Margie Mariah Marian Marianne Marjorie Marla Marlene Marsha Marty
Mattie Maud Maude Mavis Maxine Megan Melinda Melody Meredith Mia Mickey Mildred Millie
Mindy Minnie Miranda Mitzi Mona Monty Myra Myrtle Nadine Nancy Nate Nathaniel Ned Nell Nellie Nettie
Nicky Nikki Noel Nola Noreen Norma Ollie Opal Orville Paige Pam Pansy Patsy
 Philippa Phoebe Phyllis Polly Priscilla Quentin Ramona Randall Reba Regina Reid Rhoda Rhonda Rick
Ricky Robbie Roberta Robyn Rod Rodger Rolland Ronnie Rory Rosalie Rosalind Roscoe Rosemary Rosie Rowena Roxanne
Rudy Russ Sabrina Sadie Sammy Selma Seth Shana Shari Shawn Shelley Sherry Sheryl
 Sonny Stacey Stacy Stella Susie Suzy Sybil Tabitha Tammy Tara Teddy
Terrence Tessa Thelma Tilly Tobias Toby Tonya Tori Trey Trisha Trudy Tyler Tyrone Valarie Vera Verna
 Vicki Vickie Vicky Vince Vinnie Wanda Wendell Wilbur Wilfred Willa Willard Wilma
Winifred Winnie Winston Wyatt Yolanda Yvette Yvonne Zach Zack Zelda
`);

/**
 * Distinctive surnames of people prominent in international news, from the 1990s (so that
 * training on 1996 newswire gives the list a weight) to the 2020s. Surnames that are also common
 * words, first names or very common family names are left out.
 */
export const SURNAMES = words(`
Clinton Yeltsin Kohl Chirac Juppe Jospin Blair Netanyahu Arafat Peres Rabin Mandela Mbeki Perot Gingrich Lebed
Chernomyrdin Zyuganov Gorbachev Karadzic Mladic Milosevic Tudjman Izetbegovic Hashimoto Kabila Mobutu Assad Khamenei
Rafsanjani Khatami Mubarak Gaddafi Qaddafi Fujimori Menem Cardoso Zedillo Suharto Mahathir Annan Boutros-Ghali Albright
Kinkel Rifkind Prodi Berlusconi Aznar Dehaene Havel Kwasniewski Iliescu Constantinescu Kuchma Lukashenko Shevardnadze
Aliyev Nazarbayev Demirel Erbakan Ciller Yilmaz Bhutto Sharif Gowda Vajpayee Keating Bolger Chretien Rumsfeld Obama
Biden Trump Pence Pelosi McConnell Schumer Putin Medvedev Lavrov Shoigu Peskov Zelensky Zelenskiy Zelenskyy Kuleba
Yermak Poroshenko Yanukovych Tymoshenko Klitschko Merkel Scholz Steinmeier Baerbock Sarkozy Hollande Macron Sunak
Starmer Corbyn Farage Sturgeon Renzi Draghi Meloni Rutte Orban Morawiecki Kaczynski Erdogan Modi Gandhi Kishida Haniyeh
Sinwar Nasrallah Rouhani Raisi Zarif Sisi Morsi Bashir Kagame Museveni Kenyatta Ramaphosa Zuma Buhari Tinubu Bolsonaro
Maduro Chavez Milei Obrador Trudeau Albanese Guterres Stoltenberg Rasmussen Borrell Juncker Barroso Lagarde Trichet
Greenspan Bernanke Yellen Musk Bezos Zuckerberg Buffett Nadella Pichai Murdoch Soros
`);

/** Titles and honorifics that precede a person's name (single words; lowercase comparison). */
export const TITLES = words(`
Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Prof Prof. Sir Dame Lord Lady Madam Rev Rev. Father Sister Brother Saint
President Vice Premier Minister Chancellor Secretary Senator Sen Sen. Rep Rep. Representative Congressman Congresswoman
Governor Gov Gov. Mayor Ambassador Envoy Commissioner Chairman Chairwoman Chair Chief Director Spokesman Spokeswoman
Spokesperson General Gen Gen. Colonel Col Col. Major Maj Maj. Captain Capt Capt. Lieutenant Lt Lt. Sergeant Sgt Sgt. Admiral
Adm Adm. Commander Marshal Corporal Private King Queen Prince Princess Duke Duchess Emperor Empress Pope Cardinal Archbishop
Bishop Rabbi Imam Ayatollah Sheikh Emir Sultan Judge Justice Prosecutor Attorney Inspector Detective Officer Coach Manager
Striker Goalkeeper Midfielder Defender Captain Champion Leader Speaker Councillor Councilman Deputy Treasurer Counsel
Professor Doctor Mister Herr Monsieur Senor Signor Comrade Dictator Tsar Czar Pharaoh Crown
`);

/** Words that end or head organization names. */
export const ORG_WORDS = words(`
Inc Inc. Corp Corp. Co Co. Ltd Ltd. Plc PLC LLC LLP AG GmbH SA NV BV SpA AB ASA Oyj Bhd Pty Group Holdings Holding Industries
Corporation Company Companies Bank Bancorp Securities Capital Partners Fund Trust Insurance Assurance Airlines Airways Motors
Energy Oil Petroleum Gas Mining Steel Telecom Communications Systems Technologies Technology Software Pharmaceuticals Media
News Press Times Post Herald Journal Gazette Tribune Agency Association Federation Confederation Union League Council Committee
Commission Ministry Department Office Bureau Board Authority Administration Service Services Institute Institution Foundation
Society Organisation Organization Party Movement Front Alliance Coalition Congress Parliament Assembly Senate Court Tribunal
Army Navy Force Forces Police Guard Brigade University College School Academy Club United City Athletic Rovers Wanderers
Olympique Sporting Real Dynamo Spartak Lokomotiv FC CF SC AC Hospital Church Exchange Reserve Network Channel Radio Television
TV Studios Records Airport Railways Railway Rail Lines Shipping Logistics Foods Brewery Stores Store Supermarkets Electric
Electronics Chemicals Chemical Group Consortium Cooperative Cabinet Government Directorate Secretariat Brigades Council
`);

/** Words that end or head place names. */
export const LOC_WORDS = words(`
River Lake Sea Ocean Gulf Bay Strait Straits Channel Canal Island Islands Isle Peninsula Mountain Mountains Mount Mt Mt. Hill Hills
Valley Desert Forest Coast Beach Cape Falls Street St St. Avenue Ave Road Square Park Bridge Province Region State County
District City Town Village Republic Kingdom Territory Territories Oblast Prefecture Canton Governorate Highlands Plains Plateau
Heights Strip Bank Basin Delta Border Pass Reef Atoll Harbour Harbor Port Springs Camp
`);

/**
 * Words that end the names of buildings, sites and facilities: places in some annotation
 * schemes, organizations in others, so they get a list of their own and the weights decide.
 */
export const FACILITY_WORDS = words(`
Airport Station Terminal Museum Gallery Library Palace Castle Fort Fortress Cathedral Mosque Temple Church Chapel Abbey
Basilica Monastery Shrine Synagogue Tower Stadium Arena Theatre Theater Hall Zoo Garden Gardens Market Bazaar Mansion
Monument Memorial Cemetery Reserve Sanctuary Lodge Hotel Resort Centre Center Prison Boulevard Lane Drive Trail Way Quarter
Plaza Pier Wharf Gate Dam Lighthouse Observatory Aquarium Campus Building Tunnel Highway Motorway Freeway Route Expressway
`);

/** Continents and large regions (phrases). */
export const REGIONS = phrases(`
Europe|Asia|Africa|Antarctica|Oceania|Australasia|North America|South America|Latin America|Central America|Americas|
Middle East|Near East|Far East|Mideast|Gulf|Persian Gulf|Balkans|Baltics|Caucasus|Caribbean|Scandinavia|Mediterranean|
Pacific|Atlantic|Arctic|Sahara|Sahel|Horn of Africa|West Bank|Gaza|Gaza Strip|Golan Heights|Kashmir|Kurdistan|Siberia|
Crimea|Donbas|Donbass|Chechnya|Tibet|Xinjiang|Punjab|Bengal|Bavaria|Catalonia|Flanders|Wallonia|Lombardy|Tuscany|Sicily|
Sardinia|Corsica|Brittany|Normandy|Provence|Andalusia|Basque Country|Galicia|Silesia|Transylvania|Anatolia|Patagonia|
Amazon|Andes|Alps|Himalayas|Pyrenees|Urals|Rhine|Danube|Nile|Thames|Mississippi|Yangtze|Euphrates|Tigris|
England|Scotland|Wales|Northern Ireland|Ulster|Great Britain|Britain|Quebec|Ontario|Alberta|British Columbia|Manitoba|
Nova Scotia|Saskatchewan|New Brunswick|Newfoundland|Queensland|New South Wales|Victoria|Tasmania|Western Australia|
${[...US_STATE_NAMES].join('|')}|
Ukraine|Soviet Union|USSR|Yugoslavia|Czechoslovakia|Zaire|Burma|East Germany|West Germany|Holland|Turkey|Czech Republic|
Ivory Coast|Macedonia|Swaziland|East Timor|Congo|Korea|Russia|America|U.S.|U.S.A.|USA|US|U.K.|UK|UAE|U.A.E.|DRC
`);

/** Large cities that are not national capitals (capitals come from the country package). */
export const CITIES = phrases(`
New York|Los Angeles|Chicago|Houston|Phoenix|Philadelphia|San Antonio|San Diego|Dallas|San Jose|Austin|Detroit|Boston|
Seattle|Denver|Atlanta|Miami|Baltimore|Cleveland|Pittsburgh|St. Louis|St Louis|New Orleans|Las Vegas|San Francisco|Minneapolis|
Milwaukee|Cincinnati|Kansas City|Nashville|Memphis|Orlando|Tampa|Sacramento|Portland|Salt Lake City|Honolulu|Anchorage|
Toronto|Montreal|Vancouver|Calgary|Sydney|Melbourne|Brisbane|Perth|Adelaide|Auckland|Christchurch|
Manchester|Liverpool|Birmingham|Leeds|Glasgow|Edinburgh|Bristol|Sheffield|Newcastle|Cardiff|Belfast|Oxford|Cambridge|
Hamburg|Munich|Frankfurt|Cologne|Stuttgart|Dusseldorf|Düsseldorf|Leipzig|Dresden|Hanover|Bonn|Marseille|Lyon|Toulouse|Nice|
Strasbourg|Bordeaux|Lille|Geneva|Zurich|Basel|Milan|Naples|Turin|Florence|Venice|Genoa|Palermo|Barcelona|Valencia|Seville|
Bilbao|Porto|Rotterdam|Antwerp|Gothenburg|Krakow|Gdansk|Wroclaw|Lviv|Kharkiv|Kharkov|Odesa|Odessa|Dnipro|Mariupol|
Kherson|Zaporizhzhia|Donetsk|Luhansk|Sevastopol|St Petersburg|St. Petersburg|Saint Petersburg|Novosibirsk|Yekaterinburg|
Istanbul|Izmir|Jerusalem|Tel Aviv|Haifa|Alexandria|Casablanca|Lagos|Johannesburg|Cape Town|Durban|Mombasa|Karachi|Lahore|
Mumbai|Bombay|Kolkata|Calcutta|Chennai|Madras|Bangalore|Bengaluru|Hyderabad|Shanghai|Guangzhou|Shenzhen|Chengdu|Wuhan|
Hong Kong|Osaka|Kyoto|Yokohama|Busan|Ho Chi Minh City|Saigon|Sao Paulo|São Paulo|Rio de Janeiro|Rio|Buenos Aires|
Guadalajara|Monterrey|Medellin|Benghazi|Aleppo|Homs|Basra|Mosul|Kandahar|Herat|Davos|Munich|Sochi|Minsk|Grozny
`);

/** Well-known organizations (phrases). */
export const ORGS = phrases(`
NATO|UN|U.N.|United Nations|EU|European Union|European Community|European Communities|European Economic Community|EEC|European Commission|European Parliament|European Council|Council of Europe|
OSCE|IMF|International Monetary Fund|World Bank|WTO|World Trade Organization|WHO|World Health Organization|UNESCO|UNICEF|
UNHCR|OPEC|OECD|G7|G8|G20|ASEAN|African Union|Arab League|Red Cross|Red Crescent|Interpol|Europol|FIFA|UEFA|IOC|
Reuters|AFP|AP|Associated Press|BBC|CNN|Bloomberg|Fox News|New York Times|Washington Post|Wall Street Journal|
Financial Times|Guardian|Kremlin|Pentagon|White House|Congress|Senate|House of Representatives|Supreme Court|Bundestag|
Duma|Knesset|Parliament|Commons|House of Commons|House of Lords|Federal Reserve|Fed|ECB|European Central Bank|
Bank of England|Bank of Japan|CIA|FBI|NSA|KGB|FSB|MI5|MI6|Mossad|Hamas|Hezbollah|Taliban|al Qaeda|al-Qaeda|Islamic State|
ISIS|PLO|IRA|Sinn Fein|Labour|Conservatives|Tories|Democrats|Republicans|Google|Apple|Microsoft|Amazon|Facebook|Meta|
IBM|Intel|Boeing|Airbus|Toyota|Volkswagen|General Motors|Ford|Shell|BP|Exxon|Gazprom|Rosneft|Nokia|Siemens|Sony|Samsung|
Nasdaq|Dow Jones|Wall Street|Nikkei|Ukrinform|Xinhua|Tass|Interfax|Itar-Tass|Reuter|
Twitter|Instagram|YouTube|TikTok|WhatsApp|Snapchat|LinkedIn|Reddit|Wikipedia|Telegram|Netflix|Spotify|Uber|Airbnb|Tesla|
SpaceX|Nvidia|Huawei|Alibaba|Tencent|Baidu|ByteDance|Oracle|Cisco|Adobe|PayPal|eBay|Yahoo|Twitch|Qualcomm|Xiaomi|
Al Jazeera|NPR|PBS|CBS|NBC|ABC News|Sky News|Economist|Le Monde|Der Spiegel|USA Today|Los Angeles Times|Telegraph|
Independent|Daily Mail|Politico|Axios|BuzzFeed|HuffPost|Bloomberg News|CNBC|Fox|Euronews|Deutsche Welle|
Amnesty International|Human Rights Watch|Greenpeace|Oxfam|Doctors Without Borders|Medecins Sans Frontieres|
World Food Programme|NASA|ESA|NHS|EPA|FDA|CDC|SEC|FCC|Justice Department|State Department|Home Office|Foreign Office|
Downing Street|Harvard|Harvard University|Yale|Stanford|Stanford University|MIT|Oxford University|Cambridge University|
Princeton|Columbia University|Walmart|Coca-Cola|PepsiCo|Nike|Goldman Sachs|JPMorgan|Morgan Stanley|Citigroup|HSBC|
Barclays|Deutsche Bank|UBS|Credit Suisse|BlackRock|Pfizer|Moderna|AstraZeneca|BioNTech|Novartis|Roche|Bayer|BASF|
Unilever|Nestle|Renault|Peugeot|Fiat|Honda|Nissan|Hyundai|BMW|Mercedes-Benz|Daimler|Porsche|Lockheed Martin|Raytheon|
Northrop Grumman|Rheinmetall|BAE Systems|Chevron|TotalEnergies|Saudi Aramco|Aramco|Glencore|Rio Tinto|Vodafone|Ericsson|
Democratic Party|Republican Party|Labour Party|Conservative Party|Liberal Democrats|SNP|AfD|CDU|SPD|ANC|BJP|Likud|Fatah|
Wagner Group|Houthis|
Bing|Yandex|DuckDuckGo|Naver|Lycos|AltaVista|Ask Jeeves|AOL|Bluesky|Mastodon|Weibo|WeChat|VKontakte|Parler|Truth Social|Tumblr|
Pinterest|MySpace|Friendster|Flickr|Quora|Substack|Patreon|OnlyFans|Skype|Napster|Kazaa|Grokster|Dropbox|Salesforce|SAP|
Palantir|OpenAI|Anthropic|DeepMind|Kickstarter|Indiegogo|GoFundMe|Etsy|Shopify|Rakuten|Flipkart|Zalando|Ocado|Deliveroo|
DoorDash|Lyft|Grubhub|Instacart|Coinbase|Binance|Revolut|Klarna|Wikinews|WikiLeaks|Wikileaks|
Haaretz|Breitbart|Daily Beast|Mediapart|Bellingcat|Meduza|Novaya Gazeta|Kommersant|Pravda|Izvestia|Asahi Shimbun|Yomiuri|
Yomiuri Shimbun|Yonhap|KCNA|Anadolu
`);
/** The same, as a set: a name on it is an organization wherever it stands (the recognizer's MISC, the entity vote). */
export const KNOWN_ORGANIZATIONS: ReadonlySet<string> = new Set(ORGS);

/** Demonyms and adjectives that are not in the country package's list. */
export const EXTRA_DEMONYMS = words(`
American British English Scottish Welsh Irish Soviet Yugoslav Czech Slovak Kurdish Palestinian Arab Arabic Jewish Muslim
Christian Catholic Protestant Orthodox Sunni Shi'ite Shiite European African Asian Latin Western Eastern Nordic Scandinavian
Balkan Baltic Caucasian Hispanic Anglo Franco Dutch Flemish Basque Catalan Bavarian Sikh Hindu Buddhist Islamic Israeli
Iranian Iraqi Afghan Pakistani Bosnian Serb Croat Kosovar Chechen Tibetan Uighur Uyghur Tamil Zulu Pashtun Texan Californian
Ukrainian Russian Chinese Japanese Korean German French Italian Spanish Portuguese Polish Swedish Norwegian Danish Finnish
Greek Turkish Egyptian Syrian Lebanese Saudi Emirati Qatari Yemeni Libyan Tunisian Algerian Moroccan Nigerian Kenyan
Ethiopian Somali Sudanese Congolese Angolan Zimbabwean Mexican Brazilian Argentine Argentinian Chilean Colombian Venezuelan
Cuban Peruvian Canadian Australian Zealander Indian Bangladeshi Indonesian Malaysian Thai Vietnamese Filipino Belgian Swiss
Austrian Hungarian Romanian Bulgarian Albanian Macedonian Slovenian Croatian Estonian Latvian Lithuanian Belarusian Georgian
Armenian Azeri Kazakh Uzbek Mongolian Taiwanese Singaporean
`);
