/**
 * The closed word lists that detection reasons with. All entries are lower-case keys
 * (see tokenKey). They describe English news prose in general, not any one article: titles
 * and honorifics, organisation head words, words that make a phrase an event, a document or
 * a place, the words that start sentences, and the verbs that introduce speech.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

/** Honorifics: stripped from a name, and strong evidence that a person's name follows. */
export const HONORIFICS = set(`mr mrs ms miss mx dr prof madam mme messrs sir dame`);

/**
 * Royal and peerage styles. Before a single given name they are part of the name
 * ("Prince Edward", "Lord Alderdice", "King Charles III"); before a full name they are dropped
 * ("Sheikh Mohamed bin Zayed Al Nahyan").
 */
export const STYLES = set(`prince princess king queen lord lady baroness baron duke duchess earl countess
  viscount marquess emperor empress sultan emir amir sheikh sheikha tsar pope patriarch`);
/** Kept with a style ("Sir" is not: "Sir Keir Starmer" is "Keir Starmer"). */
export const STYLES_KEPT_BEFORE_ONE_NAME = set(`prince princess king queen lord lady baroness baron duke duchess
  earl countess viscount marquess emperor empress sultan emir amir tsar pope patriarch`);

/** Job titles and ranks: a role, never a name and never an organisation on their own. */
export const TITLES = set(`president presidents vice-president vice-presidents premier prime minister ministers
  deputy deputies vice first secretary secretaries secretary-general general-secretary ambassador ambassadors
  envoy envoys akim akims governor governors mayor mayors chairman chairwoman chairperson chairmen chair
  co-chair co-chairs speaker speakers senator senators head heads director directors director-general
  managing executive chief officer ceo cfo coo cto chancellor vice-chancellor rector vice-rector dean provost
  professor professors academician commissioner commissioners representative representatives spokesperson
  spokesman spokeswoman press adviser advisor advisers advisors assistant counsellor counselor consul
  consul-general attache charge leader leaders founder co-founder member members judge justice
  prosecutor prosecutor-general attorney attorney-general ombudsman auditor inspector colonel lieutenant major
  captain admiral marshal sergeant commander general gen col lt maj capt adm sgt cmdr brig brigadier
  patriarch pope bishop archbishop metropolitan imam mufti cardinal rabbi pastor father
  congressman congresswoman mp mep mps lawmaker crown grand acting interim former incumbent outgoing
  incoming designate elect permanent special plenipotentiary extraordinary high senior junior principal
  coach captain editor editor-in-chief correspondent analyst economist expert researcher
  undersecretary under-secretary state-secretary officer officers board`);

/**
 * Lower-case nouns that, right before a capitalised name, say it is a person's
 * ("her counterpart Tomas Hallvik", "deputy akim Bolat Uly", "ornithologist Baurzhan Kenzhebekov").
 */
export const PERSON_NOUNS = set(`minister ministers president vice-president premier ambassador envoy akim
  governor mayor chairman chairwoman chairperson chair speaker senator head director director-general
  ceo chief executive rector dean professor academician commissioner representative spokesperson
  spokesman spokeswoman adviser advisor assistant counsellor consul attache leader founder co-founder
  member deputy judge prosecutor ombudsman colonel general lieutenant captain commander counterpart
  colleague colleagues counterparts analyst economist expert researcher scientist scholar historian
  journalist correspondent editor editor-in-chief writer author poet artist singer composer actor actress
  director coach player athlete champion boxer wrestler footballer striker goalkeeper farmer entrepreneur
  businessman businesswoman banker lawyer doctor surgeon physician engineer architect student teacher
  activist blogger lawmaker parliamentarian deputy mp politician diplomat officer official spokesman
  secretary chairman manager partner owner investor billionaire ornithologist biologist geologist
  archaeologist physicist chemist mathematician economist sociologist political-scientist
  vice-rector vice-chancellor chancellor pilot astronaut cosmonaut driver resident citizen
  mother father son daughter wife husband brother sister widow granddaughter grandson`);

/**
 * Organisation head words: a capitalised phrase that ends in one (or has one followed by
 * "of/for/on ...") names an organisation. Plural forms name several (see PLURAL_HEADS).
 */
export const ORG_HEADS = set(`university universities ministry ministries agency agencies bank banks fund funds board boards
  committee committees council councils parliament parliaments group company companies corporation corp
  jsc llp llc ltd plc inc gmbh ag nv as asa ab oy institute institutes academy academies association
  associations union unions organization organisation organizations organisations commission commissions
  court courts party parties exchange foundation foundations senate mazhilis majlis maslikhat kenesh
  khural duma assembly service services office department departments authority authorities centre center
  centres centers holding holdings railways airways airlines air partnership
  secretariat college colleges school conservatory polytechnic lyceum observatory laboratory
  consortium federation league chamber society administration house akimat inspectorate
  directorate bureau tribunal embassy embassies consulate mission cabinet government
  network networks systems industries technologies partners capital ratings media metals mining steel
  motors telecom pharma logistics petroleum works lines shipping cement airports enterprise
  tv radio television broadcaster regulator corps police guard army navy command staff`);

/**
 * Head words that make a standing organisation only with a name before them; on their own
 * ("the Government", "the Board") they are generic.
 */
export const WEAK_HEADS = set(`government cabinet administration board police army navy command staff network
  networks systems industries technologies partners capital ratings media metals mining steel motors
  telecom pharma logistics petroleum works lines shipping cement airports air enterprise centre house tv
  radio television broadcaster
  center centres centers service services office mission group regulator guard corps`);

/** Plural heads and their singular, for "Ministries of Finance of A and B" → two ministries. */
export const PLURAL_HEADS: ReadonlyMap<string, string> = new Map([
  ["universities", "University"], ["ministries", "Ministry"], ["agencies", "Agency"], ["banks", "Bank"],
  ["funds", "Fund"], ["committees", "Committee"], ["councils", "Council"], ["parliaments", "Parliament"],
  ["companies", "Company"], ["institutes", "Institute"], ["academies", "Academy"],
  ["associations", "Association"], ["unions", "Union"], ["organizations", "Organization"],
  ["organisations", "Organisation"], ["commissions", "Commission"], ["courts", "Court"],
  ["foundations", "Foundation"], ["departments", "Department"], ["embassies", "Embassy"],
  ["colleges", "College"], ["authorities", "Authority"], ["boards", "Board"],
]);

/** Words that make a capitalised phrase an event, not an organisation. */
export const EVENT_HEADS = set(`summit summits conference conferences congress expo exhibition festival games
  olympiad olympics championship championships cup week day days year decade meeting meetings session
  sessions dialogue talks format marathon tournament race rally fair show biennale ceremony parade
  concert symposium seminar workshop hackathon election elections referendum war revolution crisis forum
  forums`);

/** Words that make a capitalised phrase a document, a plan or a programme. */
export const DOCUMENT_HEADS = set(`treaty agreement agreements declaration programme program plan strategy
  initiative project law code constitution charter memorandum roadmap road-map decree resolution report
  convention protocol concept doctrine act bill vision agenda index award prize order medal consensus
  manifesto statement communique pact accord deal budget census arrangement arrangements`);

/** Words that make a capitalised phrase a place, a building or an infrastructure. */
export const PLACE_HEADS = set(`republic kingdom emirates region regions oblast province district territory
  city town village valley river lake sea ocean mountains mountain desert basin peninsula island
  islands gulf bay coast highway road route corridor railway street avenue square park airport station
  port terminal bridge pipeline dam palace hall museum theatre theater stadium arena tower building hotel
  mosque cathedral church temple monument memorial zone canal field deposit plant factory campus residence
  castle gardens garden embankment boulevard prospekt district quarter`);

/** Words that are part of role phrases and organisation names but never of a person's name. */
export const DOMAIN_WORDS = set(`foreign affairs finance finances defence defense interior internal external
  justice economy economic economics trade energy health healthcare education science sciences culture
  sports sport agriculture transport communications communication digital development industry
  industrial labour labor social protection population emergency emergencies situations ecology
  environment environmental natural resources water mineral minerals tourism youth family women
  religious civil society investment investments planning reforms strategic budget policy technology
  technologies research legal human rights construction housing urban land relations international
  cooperation co-operation security veterans commerce statistics medical arts humanities engineering
  management business services military armed forces border customs tax taxes revenue audit control
  competition market markets financial monetary regulation supervision media press physical mining oil
  gas petroleum chemical chemicals metallurgy nuclear atomic space aerospace climate geology fisheries
  forestry veterinary food innovation innovations information public political
  infrastructure logistics railways aviation maritime judicial legislative constitutional anti-corruption
  corruption affairs relations integration migration diaspora heritage sciences studies applied
  administrative fiscal credit export import investment insurance pension pensions capital markets
  renewable sustainable regional local municipal rural urban parliamentary governmental national-security
  intelligence protocol`);

/** Capitalised modifiers that stand before an unknown place or body in a role's object. */
export const MODIFIERS = set(`supreme central national state federal grand high higher upper lower
  presidential royal great new united joint interim provisional`);

/** Lower-case nouns that, right before or after a name, say it is an organisation's. */
export const ORG_NOUNS = set(`company firm group operator maker producer manufacturer publisher newspaper daily
  weekly agency broadcaster channel bank lender insurer fund investor holding conglomerate carrier airline
  developer miner retailer exporter importer distributor trader consortium startup start-up charity
  foundation association union party regulator watchdog university institute outlet magazine club
  automaker carmaker steelmaker cement-maker subsidiary supplier contractor exchange bourse
  think-tank operator`);

/** Nouns that, after a name, say it is an organisation: "the Caspinfo news agency". */
export const ORG_NOUNS_AFTER = set(`agency newspaper daily weekly broadcaster channel company group bank fund
  party holding airline carrier corporation firm consortium outlet magazine portal`);

/** Verbs that introduce or end reported speech. */
export const SPEECH_VERBS = set(`said says say noted notes told tells added adds stressed stresses emphasized
  emphasised emphasizes emphasises stated states explained explains underlined underlines underscored
  underscores remarked remarks announced announces wrote writes commented comments highlighted highlights
  urged urges warned warns believes believed thinks thought asked asks replied replies recalled recalls
  continued continues concluded concludes insisted insists argued argues observed observes confirmed
  confirms denied denies assured assures informed informs shared shares mentioned mentions acknowledged
  acknowledges suggested suggests proposed proposes praised praises welcomed welcomes congratulated
  congratulates thanked thanks pointed points declared declares reiterated reiterates expressed expresses
  called calls briefed briefs admitted admits claimed claims revealed reveals predicted predicts
  estimated estimates tweeted posted quoted according`);

/** Verbs after which a single unknown capitalised word is a news outlet ("Caspinfo reported"). */
export const REPORT_VERBS = set(`reported reports quoted quotes`);

/** Adverbs and auxiliaries that may stand between a name and its speech verb. */
export const SPEECH_FILLERS = set(`also further then later earlier recently previously has had have was is
  once again however too furthermore additionally moreover meanwhile separately`);

/** Particles inside personal names ("van der Leyen", "bin Salman", "dos Santos"). */
export const NAME_PARTICLES = set(`van von der den de del della di da dos das du le la bin ibn bint binti ben
  al el ter ten zu y e ul ud`);

/** Months and weekdays. */
export const CALENDAR = set(`january february march april may june july august september october november
  december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
  saturday sunday mon tue tues wed thu thur thurs fri sat sun`);

/**
 * Words that start sentences or headings without naming anything: determiners, pronouns,
 * prepositions, conjunctions and sentence adverbs. A capitalised run never starts with one.
 */
export const FUNCTION_WORDS = set(`a an the this that these those there here it its it's he she they we i you
  his her their our my your him them us me who whom whose which what when where why how whether if
  unless although though while whilst as at by for from in into of on onto to with within without
  about above across after against along amid among amongst around before behind below beneath beside
  besides between beyond but despite down during except following inside like near off out outside over
  past per since than through throughout till toward towards under underneath until unlike up upon via
  and or nor so yet both either neither each every all any some many much more most few fewer less least
  several such other another same no not only also just even still already again further furthermore
  moreover however meanwhile earlier later then now today yesterday tomorrow tonight recently currently
  previously finally first firstly second secondly third thirdly next last lastly overall notably
  additionally consequently therefore thus hence indeed instead otherwise likewise similarly besides
  nevertheless nonetheless accordingly specifically particularly especially generally usually typically
  meantime subsequently initially eventually ultimately apparently reportedly according amid given
  starting beginning based compared regarding concerning considering including excluding following
  thanks due because once after afterwards elsewhere overseas abroad domestically together alone
  altogether perhaps maybe probably possibly certainly clearly obviously undoubtedly
  one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand
  million billion dozens hundreds thousands millions
  yes no well please let let's note see read photo video source sources image update updated
  breaking exclusive analysis opinion editorial comment interview feature`);

/**
 * Common words that open a sentence of agency copy, capitalised only for that: the groups who
 * speak or act ("Officials said", "Residents welcomed"), the nouns of economic news ("Exports of
 * grain rose") and the adjectives that start a comparison ("Similar projects"). Alone at the start
 * of a sentence, none of them is a name (rules/tentative-names.ts); inside a longer name they are
 * ("Farmers Union", "Regional Development Agency"), so no other rule reads this list.
 */
export const COMMON_OPENERS = set(`officials authorities residents locals citizens villagers people families
  experts analysts observers economists specialists scientists researchers participants delegates
  deputies lawmakers legislators senators members representatives leaders ministers diplomats
  negotiators mediators inspectors auditors investigators prosecutors judges police policemen
  rescuers firefighters doctors medics nurses teachers students pupils farmers workers employees
  staff investors traders shareholders bankers entrepreneurs witnesses critics supporters
  opponents protesters activists journalists reporters engineers builders drivers passengers
  tourists visitors guests organisers organizers parents children pensioners consumers users
  customers buyers sellers producers exporters importers manufacturers companies businesses firms
  banks ministries agencies governments countries nations regions cities villages schools
  hospitals migrants refugees troops soldiers athletes fans spectators viewers readers
  exports imports trade investment investments prices demand growth output revenue revenues sales
  talks negotiations measures plans reforms efforts funding support preparations repairs works
  work results figures data statistics reports traffic flights damage losses casualties
  construction production
  similar new local regional national international foreign domestic major key total average
  annual current recent former additional separate joint official public private young large
  small full final main various numerous certain`);

/** Pronoun-like words that follow a sentence and make the capitalised word before them a verb subject. */
export const SUBJECT_PRONOUNS = set(`he she they we i it`);

/** Surname endings common in Central Asia, Russia, the Caucasus, Iran, Turkey and Eastern Europe. */
export const SURNAME_SUFFIX = /(?:ov|ova|ev|eva|yev|yeva|iev|ieva|uly|ulu|uulu|kyzy|qyzy|enko|vich|ovich|evich|ovna|evna|yan|shvili|dze|zade|zoda|oglu|ski|sky|skiy|skaya|cki|wicz|escu|ovic)$/u;

/** A roman numeral after a monarch's name: "Charles III". */
export const REGNAL_NUMBER = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI{0,3})$/u;

/** Possessors that belong inside an organisation's name: "People’s Party", "Farmers’ Union". */
export const GROUP_POSSESSORS = set(`people women children men farmers workers veterans journalists employers
  entrepreneurs teachers youth students writers lawyers doctors rectors mothers pensioners consumers
  taxpayers investors exporters producers manufacturers nations states bankers miners builders
  engineers scientists artists musicians athletes sportsmen disabled`);

/** Determiners allowed between a descriptor noun and a name: "the publisher the X". */
export const ARTICLES = set(`the a an`);
