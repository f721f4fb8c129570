/**
 * A deterministic corpus of fictional news articles for `npm run bench`.
 *
 * The same seed gives a byte-identical corpus. Every person, organisation and place is
 * built from syllable and word lists below (never taken from the world), drawn with a
 * Zipf-like skew from fixed pools, and written the way agency copy names them: full name with
 * a title on first mention, the surname later; organisations by full name, sometimes with a
 * bracketed acronym that is reused later.
 *
 * One corpus folder holds three renderings of the same articles:
 *   wireroom/           ~70% Markdown (`.md`, front matter title/date/summary/tags) and ~30% wire
 *                       text (`.txt` + `name.11tydata.json` with the headline): Wireroom's input
 *   eleventy/articles/  plain Markdown (title, date, tags) for the bare Eleventy baseline
 *   hugo/content/news/  the same plain Markdown for Hugo
 * and `manifest.json` with the counts.
 *
 * Usage as a script: node --import tsx bench/corpus.ts [--articles=N] [--seed=S] [--out=DIR]
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const defaultArticles = 10_000;
export const defaultSeed = 6;

// ---------------------------------------------------------------------------------------------
// Randomness

/** A small seeded PRNG (mulberry32): fast, and the same sequence on every platform. */
export class Random {
  private state: number;

  constructor(seed: number | string) {
    this.state = typeof seed === "number" ? seed >>> 0 : hashText(seed);
    // Warm up, so that small neighbouring seeds diverge at once.
    for (let i = 0; i < 8; i++) this.next();
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(list: readonly T[]): T {
    if (list.length === 0) throw new Error("pick from an empty list");
    return list[Math.floor(this.next() * list.length)]!;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  shuffle<T>(list: T[]): T[] {
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [list[i], list[j]] = [list[j]!, list[i]!];
    }
    return list;
  }
}

function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Draws indexes 0..n-1 with weight 1/(rank+1)^s: a few names are everywhere, most are rare. */
export class ZipfSampler {
  private readonly cumulative: Float64Array;

  constructor(n: number, s = 1) {
    this.cumulative = new Float64Array(n);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      sum += 1 / Math.pow(i + 1, s);
      this.cumulative[i] = sum;
    }
  }

  draw(random: Random): number {
    const cumulative = this.cumulative;
    const target = random.next() * cumulative[cumulative.length - 1]!;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

// ---------------------------------------------------------------------------------------------
// Word lists: all invented. Given names alone identify nobody; every surname, place and
// organisation is assembled from the syllables below.

const femaleGiven = `Dariga Aislin Meruna Talvi Yessa Korinne Ulma Sabira Ilsena Verka Asel Marit Zhanel Oska
  Brenna Liesa Nurgul Tove Elvira Hanne Saida Kettil Mirela Aigerim Ronja Solvei Dinara Petra Alva Zarema
  Inkeri Gulmira Livia Taiga Edda Raushan Selma Noor Vesna Idun`.trim().split(/\s+/);
const maleGiven = `Tomas Arvid Bolat Eskil Danyar Jorin Kasym Lauri Marek Nils Orzhan Pavel Ravil Sten Timur
  Ulan Vidar Yerlan Anselm Birzhan Casimir Dauren Emrik Fedor Gaspar Halvard Ilyas Jannik Kairat Leif
  Mirzo Nurlan Oskar Rustam Sander Torvald Urmas Valter Yusup Zhenis`.trim().split(/\s+/);

/** Surname roots: an onset and a body that, together, name no one. */
const rootOnsets = `Brask Tulv Orm Zhel Kvar Dresk Yarv Hollm Teln Vask Rund Ostr Bekk Sarv Gulm Irv
  Kalt Lomb Mers Nyv Pold Raskh Selv Torm Ulg Varg Yeld Zhar Alm Dumb Ersk Fald Gryn Harv Jesk Klev`
  .trim()
  .split(/\s+/);
const rootBodies = ["", "ar", "en", "il", "as", "ur", "ek", "im"];
const maleEndings = ["ov", "ev", "bek", "sson", "ik", "ard", "ayev", "ul"];
const femaleEndings = ["ova", "eva", "bekova", "sdottir", "ika", "arda", "ayeva", "ula"];
/** Short second halves for double-barrelled surnames ("Omarbekova-Lind"). */
const barrels = `Lind Rekk Vold Holm Tass Brun Kell Sund Mork Dahl Varr Tenn Skov Rask Feld`.trim().split(/\s+/);

const placeOnsets = `Var Tesk Orv Kel Dran Mirv Sol Brev Halm Ister Kor Lun Nev Ostr Pell Rav Sarn Tor Ulv
  Vend Yss Zel Ald Bryn Cass Dov Eld Fenn Grav Hest Jarn Kess Lors Murr Nesk Oll`.trim().split(/\s+/);
const placeEndings = ["ossa", "vik", "mark", "ova", "ith", "ander", "esk", "orra", "ven", "dal", "ura", "gard", "ant", "ell"];

/** Fictional countries (ministries, national banks and courts belong to these). */
const countries = `Varnossa Orvenia Kaldaria Mirestan Sundravia Pellorra Ostravind Zelmarka Bryndalia Halvoria
  Cassinora Drevania`.trim().split(/\s+/);

const sectors = ["Trade", "Energy", "Transport", "Agriculture", "Education", "Health", "Water Resources", "Finance", "Digital Development", "Tourism", "Industry", "Labour"];
const fields = ["Geology", "Economics", "Water Studies", "Public Health", "Applied Physics", "Soil Science", "Regional History", "Marine Biology"];

export type Gender = "f" | "m";

export interface Person {
  readonly name: string;
  readonly given: string;
  readonly surname: string;
  readonly gender: Gender;
  /** How the person is introduced: a capitalised title ("Minister of Trade") or a lower-case noun ("economist"). */
  readonly title: string;
}

export interface Organisation {
  readonly name: string;
  /** Three or more capitals, or undefined when the name is too short for one. */
  readonly acronym?: string;
}

export interface Pools {
  readonly people: readonly Person[];
  readonly organisations: readonly Organisation[];
  readonly places: readonly string[];
  readonly countries: readonly string[];
}

/**
 * Real people, organisations and places that a syllable generator could conceivably echo.
 * The pools are built without them (and the tests check that none slipped in).
 */
export const realNameDenylist: readonly string[] = [
  "Tokayev", "Tokaev", "Putin", "Nazarbayev", "Nazarbayev University", "Mirziyoyev", "Lukashenko", "Zelensky",
  "Biden", "Trump", "Obama", "Merkel", "Macron", "Scholz", "Erdogan", "Xi Jinping", "Modi", "Kosherbayev",
  "Aliyev", "Rahmon", "Japarov", "Berdimuhamedov", "Karimov", "Akhmetov", "Musk", "Orlen", "Gazprom",
  "Rosneft", "Kazmunaygas", "Samruk-Kazyna", "Halyk Bank", "Kaspi", "Air Astana", "Google", "Apple",
  "Microsoft", "Amazon", "Tesla", "United Nations", "World Bank", "European Union", "NATO", "Reuters",
  "Qazinform", "Kazakhstan", "Astana", "Almaty", "Moscow", "London", "Velsk", "Kessel", "Tashkent",
  "Bishkek", "Dushanbe", "Ashgabat", "Baku", "Tbilisi", "Yerevan", "Cardiff University", "Oxford", "Cambridge",
  // Acronyms the organisation names could spell.
  "MTV", "BBC", "CNN", "IMF", "WHO", "KPMG", "FBI", "CIA", "UEFA", "FIFA", "OPEC", "IBM", "BMW", "NASA",
];

const deniedWords = new Set(realNameDenylist.map((name) => name.toLowerCase()));

/** True when the name, or any run of its words, is on the denylist. */
export function mentionsRealName(name: string): boolean {
  const words = name.toLowerCase().split(/[\s-]+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j <= words.length; j++) if (deniedWords.has(words.slice(i, j).join(" "))) return true;
  }
  return deniedWords.has(name.toLowerCase());
}

/** ASCII slug, the same for the three renderings (names and headlines are ASCII by construction). */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/['\u2018\u2019]/g, "")
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

let cachedPools: Pools | undefined;

/** The fixed pools: about 2,000 people, 800 organisations and 150 places (independent of the article seed). */
export function buildPools(peopleCount = 2000, organisationCount = 800): Pools {
  if (cachedPools && peopleCount === 2000 && organisationCount === 800) return cachedPools;
  const random = new Random("wireroom-bench-pools");

  const placeSet = new Set<string>();
  for (const onset of placeOnsets) for (const ending of placeEndings) placeSet.add(joinSyllables(onset, ending));
  const places = random
    .shuffle([...placeSet].filter((p) => !mentionsRealName(p) && !countries.includes(p)))
    .slice(0, 150);

  // Surnames: unique across the pool, so that a later "Rekk" never means two people.
  const surnames = { f: [] as string[], m: [] as string[] };
  const seenSurnames = new Set<string>();
  for (const onset of rootOnsets) {
    for (const body of rootBodies) {
      const root = joinSyllables(onset, body);
      for (let k = 0; k < maleEndings.length; k++) {
        const male = joinSyllables(root, maleEndings[k]!);
        const female = joinSyllables(root, femaleEndings[k]!);
        if (!seenSurnames.has(male)) (seenSurnames.add(male), surnames.m.push(male));
        if (!seenSurnames.has(female)) (seenSurnames.add(female), surnames.f.push(female));
      }
    }
  }
  random.shuffle(surnames.f);
  random.shuffle(surnames.m);

  const personTitles = [
    ...sectors.map((s) => `Minister of ${s}`),
    ...sectors.map((s) => `Deputy Minister of ${s}`),
    "Deputy Prime Minister", "Senator", "Professor", "Ambassador", "Governor", "Mayor",
    "economist", "analyst", "researcher", "engineer", "farmer", "entrepreneur", "historian", "geologist",
  ];
  const people: Person[] = [];
  const usedNames = new Set<string>();
  let fi = 0;
  let mi = 0;
  while (people.length < peopleCount) {
    const gender: Gender = random.chance(0.5) ? "f" : "m";
    const list = gender === "f" ? surnames.f : surnames.m;
    const index = gender === "f" ? fi++ : mi++;
    if (index >= list.length) throw new Error("the surname lists are too short for the pool");
    let surname = list[index]!;
    if (random.chance(0.15)) surname = `${surname}-${random.pick(barrels)}`;
    const given = random.pick(gender === "f" ? femaleGiven : maleGiven);
    const name = `${given} ${surname}`;
    if (usedNames.has(slugify(name)) || mentionsRealName(name)) continue;
    usedNames.add(slugify(name));
    people.push({ name, given, surname, gender, title: random.pick(personTitles) });
  }

  const candidates: string[] = [];
  for (const place of places) {
    candidates.push(
      `${place} Port Authority`, `${place} State Railways`, `${place} Valley University`, `${place} State University`,
      `University of ${place}`, `${place} Regional Council`, `${place} Grain Exchange`, `${place} Water Board`,
      `${place} Chamber of Commerce`, `${place} Power Company`, `${place} Mining Company`,
      `${place} Institute of ${random.pick(fields)}`, `${place} Development Agency`, `${place} Farmers Association`,
    );
  }
  for (const country of countries) {
    for (const sector of sectors) candidates.push(`Ministry of ${sector} of ${country}`);
    candidates.push(
      `National Bank of ${country}`, `Supreme Court of ${country}`, `${country} Academy of Sciences`,
      `${country} Statistics Agency`, `${country} Development Fund`, `${country} Football Federation`,
      `${country} Airlines`, `${country} Trade Union Federation`,
    );
  }
  for (const onset of rootOnsets) {
    const root = joinSyllables(onset, random.pick(["ar", "en", "il", "ur", "ek"]));
    candidates.push(`${root} Holdings`, `${root} Logistics Group`, `${root} Bank`);
  }
  const seenOrgs = new Set<string>();
  const organisations: Organisation[] = [];
  for (const name of random.shuffle(candidates)) {
    if (organisations.length >= organisationCount) break;
    if (seenOrgs.has(slugify(name)) || mentionsRealName(name)) continue;
    seenOrgs.add(slugify(name));
    const acronym = acronymOf(name);
    organisations.push(acronym ? { name, acronym } : { name });
  }
  if (organisations.length < organisationCount) throw new Error("the organisation word lists are too short for the pool");

  const pools: Pools = { people, organisations, places, countries };
  if (peopleCount === 2000 && organisationCount === 800) cachedPools = pools;
  return pools;
}

/** "Brask" + "ov" → "Braskov"; doubled letters at the joint are merged ("Vask" + "kell"). */
function joinSyllables(a: string, b: string): string {
  if (!b) return a;
  if (a.endsWith(b[0]!) && a.length > 2) return a + b.slice(1);
  return a + b;
}

const acronymStop = new Set(["of", "and", "the", "for"]);

function acronymOf(name: string): string | undefined {
  // Agency copy spells ministries out.
  if (name.startsWith("Ministry")) return undefined;
  const words = name.split(/\s+/).filter((w) => !acronymStop.has(w));
  if (words.length < 3) return undefined;
  const acronym = words.map((w) => w[0]!.toUpperCase()).join("");
  return mentionsRealName(acronym) ? undefined : acronym;
}

// ---------------------------------------------------------------------------------------------
// Articles

export interface CorpusArticle {
  readonly index: number;
  readonly slug: string;
  readonly headline: string;
  readonly summary: string;
  /** ISO date-time with the +05:00 offset. */
  readonly date: string;
  readonly format: "markdown" | "wire";
  readonly paragraphs: readonly string[];
  readonly people: readonly string[];
  readonly organisations: readonly string[];
}

export interface CorpusOptions {
  readonly articles?: number;
  readonly seed?: number;
}

const weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

interface Topic {
  readonly noun: string;
  readonly objects: readonly string[];
  readonly quotes: readonly string[];
  readonly facts: readonly string[];
}

const topics: readonly Topic[] = [
  {
    noun: "trade",
    objects: ["a new customs corridor", "export quotas for grain", "a free trade zone", "duty-free transit for farm goods", "a wholesale market for dried fruit", "tariffs on imported steel"],
    quotes: ["Our exporters need predictable rules, not promises", "The corridor will cut the time a lorry waits at the border by half", "We will review the quotas every quarter with the growers"],
    facts: ["Exports of grain rose by {pct} percent in the first {n} months of the year.", "About {n} hundred lorries cross the border every day in the harvest season.", "Trade turnover between the two countries reached {money} last year."],
  },
  {
    noun: "energy",
    objects: ["a wind farm on the northern plateau", "a new power line to the coast", "winter gas reserves", "a solar park near the reservoir", "tariffs for household heating", "the repair of the old thermal plant"],
    quotes: ["Every household will have heat this winter, whatever the price of coal", "The plateau has the steadiest wind in the region", "We cannot build the line without the consent of the landowners"],
    facts: ["The plant supplies heat to about {n} thousand homes.", "Installed capacity is expected to reach {n} hundred megawatts by {year}.", "The project is estimated to cost {money}."],
  },
  {
    noun: "transport",
    objects: ["a rail link to the southern valleys", "night trains to the capital", "the expansion of the grain terminal", "a ring road around the old town", "new ferry routes on the lake", "cheaper fares for students"],
    quotes: ["The first trains will run before the snow", "A ring road will take the lorries out of the old town", "Passengers have waited for this link for twenty years"],
    facts: ["The line will be {n} kilometres long and cross {n2} rivers.", "Freight volumes at the terminal grew by {pct} percent last year.", "Tickets will go on sale in {month}."],
  },
  {
    noun: "agriculture",
    objects: ["subsidies for orchard growers", "a seed bank for mountain wheat", "irrigation canals in the lowlands", "a ban on burning stubble", "loans for young farmers", "a livestock census"],
    quotes: ["The orchards on the slopes need water in May, not in August", "Young farmers will repay the loans only after the first harvest", "We counted every flock, village by village"],
    facts: ["The harvest is expected to reach {n} million tonnes this year.", "Around {pct} percent of farmland in the lowlands is irrigated.", "Growers received {money} in support last season."],
  },
  {
    noun: "education",
    objects: ["a scholarship scheme for rural students", "new schools in the mountain districts", "a joint degree in engineering", "free school meals", "a teacher exchange programme", "a new campus by the river"],
    quotes: ["No child should walk more than an hour to school", "The joint degree opens doors for our graduates abroad", "Teachers are the first to ask for the exchange"],
    facts: ["About {n} thousand students applied for places this year.", "The campus will house {n} hundred students by {year}.", "Spending on schools rose by {pct} percent."],
  },
  {
    noun: "health",
    objects: ["mobile clinics for remote villages", "a new children's hospital wing", "vaccination in the border districts", "cheaper medicines for pensioners", "an ambulance service for the highlands", "a screening programme for heart disease"],
    quotes: ["The clinics will stop in every village twice a month", "Pensioners should not choose between food and medicine", "Screening saves lives and money"],
    facts: ["The clinics examined {n} thousand patients last year.", "The new wing will have {n} hundred beds.", "Waiting times fell by {pct} percent after the reform."],
  },
  {
    noun: "water",
    objects: ["the repair of the northern dam", "water meters in every home", "a desalination plant on the coast", "new rules for sharing river water", "the cleaning of the old canal", "flood barriers along the river"],
    quotes: ["The dam has held for sixty years, and we want it to hold for sixty more", "Meters make every household a partner in saving water", "Sharing the river is a matter of trust"],
    facts: ["The reservoir holds about {n} million cubic metres of water.", "Losses in the old pipes reach {pct} percent.", "The barriers will protect {n} villages downstream."],
  },
  {
    noun: "tourism",
    objects: ["visa-free entry for hikers", "a new trail across the ridge", "a festival of folk music by the lake", "guest houses in the old quarter", "direct flights to the coast", "a museum of the salt road"],
    quotes: ["Hikers spend more in a village than a tour bus does", "The salt road is our history and our future", "We expect the guest houses to be full by July"],
    facts: ["The region welcomed {n} thousand visitors last summer.", "The number of guest houses has grown by {pct} percent in two years.", "The trail runs {n} kilometres along the ridge."],
  },
];

const ledeVerbs = ["approved", "announced", "unveiled", "backed", "agreed on", "launched", "signed off on", "outlined"];
const headlineVerbs = ["approves", "announces", "unveils", "backs", "agrees on", "launches", "plans", "outlines", "weighs", "defends", "questions", "welcomes"];
const roles = ["head of", "chairman of", "deputy director of", "a spokesperson for", "chief economist at", "a board member of"];
const fillers = [
  "The decision follows months of talks with local councils and business groups.",
  "Officials did not say how the work would be financed beyond the first year.",
  "Residents of the nearby villages have long complained about delays and rising costs.",
  "A public hearing on the plan is scheduled for {month}, when residents may submit written comments.",
  "The government has promised to publish the full budget of the project before the end of the year.",
  "Critics say the timetable is too ambitious and the cost estimates too low.",
  "The plan still needs the approval of the regional assembly, which meets again in {month}.",
  "Similar projects in neighbouring districts were completed with a delay of about a year.",
  "Under the plan, contracts will be awarded through open tenders published online.",
  "Independent experts are expected to review the first results in {year}.",
  "Local newspapers reported that the first tenders had drawn more than {n} bids.",
  "The last comparable investment in the district was made almost two decades ago.",
  "Opposition deputies have asked for an audit of the earlier phase of the work.",
  "Business groups welcomed the move but warned that rules change too often.",
  "Work on the first section is due to begin in {month} and last about {n2} years.",
  "The regional budget for the coming year is {money}, a record.",
  "Several villages along the route have asked to be connected first.",
  "Officials said the figures would be updated every month on the government website.",
];

export interface Drawn {
  readonly person: Person;
  readonly mentioned: boolean;
}

/** Generates the corpus article by article; `articles` and `seed` fix it completely. */
export function* generateArticles(options: CorpusOptions = {}): Generator<CorpusArticle> {
  const count = options.articles ?? defaultArticles;
  const seed = options.seed ?? defaultSeed;
  const pools = buildPools();
  const random = new Random(`wireroom-bench-articles:${seed}`);
  const peopleSampler = new ZipfSampler(pools.people.length, 1);
  const orgSampler = new ZipfSampler(pools.organisations.length, 1);
  const usedSlugs = new Set<string>();
  // Three years ending well before today, in the desk's zone (+05:00); Hugo skips future dates.
  const start = Date.UTC(2023, 0, 1, 0, 0, 0);
  const span = 3 * 365 * 24 * 3600 * 1000;

  for (let index = 0; index < count; index++) {
    const peopleCount = random.int(2, 6);
    const orgCount = random.int(1, 4);
    const people = drawDistinct(random, peopleCount, () => pools.people[peopleSampler.draw(random)]!, (p) => p.surname);
    const orgs = drawDistinct(random, orgCount, () => pools.organisations[orgSampler.draw(random)]!, (o) => o.acronym ?? o.name);
    const topic = random.pick(topics);
    const place = random.pick(pools.places);
    // Local time (+05:00) between 07:00 and 22:59, so the date line and the date-time agree.
    const dayOffset = Math.floor((random.next() * span) / 86_400_000);
    const local = new Date(start + dayOffset * 86_400_000 + random.int(7 * 60, 22 * 60 + 59) * 60_000 + random.int(0, 59) * 1000);
    const date = `${local.toISOString().slice(0, 19)}+05:00`;
    const weekday = weekdays[(local.getUTCDay() + 6) % 7]!;

    const headline = uniqueHeadline(random, usedSlugs, people, orgs, topic, place, pools);
    const { paragraphs, summary } = writeBody(random, { people, orgs, topic, place, weekday, year: local.getUTCFullYear(), pools });
    yield {
      index,
      slug: slugify(headline),
      headline,
      summary,
      date,
      format: random.chance(0.7) ? "markdown" : "wire",
      paragraphs,
      people: people.map((p) => p.name),
      organisations: orgs.map((o) => o.name),
    };
  }
}

function drawDistinct<T>(random: Random, n: number, draw: () => T, key: (value: T) => string): T[] {
  const chosen: T[] = [];
  const keys = new Set<string>();
  for (let attempt = 0; chosen.length < n && attempt < n * 50; attempt++) {
    const value = draw();
    const k = key(value);
    if (keys.has(k)) continue;
    keys.add(k);
    chosen.push(value);
  }
  return chosen;
}

function uniqueHeadline(
  random: Random,
  used: Set<string>,
  people: readonly Person[],
  orgs: readonly Organisation[],
  topic: Topic,
  dateline: string,
  pools: Pools,
): string {
  for (let attempt = 0; ; attempt++) {
    const object = random.pick(topic.objects);
    // The dateline's place first; another place only when that headline is taken.
    const place = attempt < 10 ? dateline : random.pick(pools.places);
    const org = random.pick(orgs).name;
    const person = random.pick(people).surname;
    let headline: string;
    switch (random.int(0, 3)) {
      case 0:
        headline = `${org} ${random.pick(headlineVerbs)} ${object}`;
        break;
      case 1:
        headline = `${person} ${random.pick(headlineVerbs)} ${object} in ${place}`;
        break;
      case 2:
        headline = `${org} to study ${object} for ${place}`;
        break;
      default:
        headline = `${place} ${random.pick(["residents", "officials", "growers", "workers", "traders"])} split over ${object}, says ${person}`;
    }
    headline = capitaliseFirst(headline);
    const slug = slugify(headline);
    // Short enough that no tool cuts the slug (Wireroom keeps 80 characters), and unique.
    if (slug.length > 80 && attempt < 200) continue;
    if (used.has(slug)) {
      if (attempt < 200) continue;
      headline = `${headline} (${used.size})`;
    }
    used.add(slugify(headline));
    return headline;
  }
}

function capitaliseFirst(text: string): string {
  return text[0]!.toUpperCase() + text.slice(1);
}

interface BodyInput {
  readonly people: readonly Person[];
  readonly orgs: readonly Organisation[];
  readonly topic: Topic;
  readonly place: string;
  readonly weekday: string;
  readonly year: number;
  readonly pools: Pools;
}

const targetWords = 600;

function writeBody(random: Random, input: BodyInput): { paragraphs: string[]; summary: string } {
  const { people, orgs, topic, place } = input;
  const fill = (template: string): string =>
    template
      .replace(/\{pct\}/g, () => String(random.int(3, 48)))
      .replace(/\{n2\}/g, () => String(random.int(2, 9)))
      .replace(/\{n\}/g, () => String(random.int(2, 95)))
      .replace(/\{money\}/g, () => `${random.int(12, 940)} million dollars`)
      .replace(/\{month\}/g, () => random.pick(monthNames))
      .replace(/\{year\}/g, () => String(input.year + random.int(1, 4)));
  const introducedOrgs = new Set<Organisation>();
  const acronymUsed = new Set<Organisation>();
  /** The organisation by full name the first time (with its acronym, sometimes), then by acronym. */
  const orgRef = (org: Organisation): string => {
    if (!introducedOrgs.has(org)) {
      introducedOrgs.add(org);
      if (org.acronym && random.chance(0.5)) {
        acronymUsed.add(org);
        return `the ${org.name} (${org.acronym})`;
      }
      return `the ${org.name}`;
    }
    return acronymUsed.has(org) ? `the ${org.acronym}` : `the ${org.name}`;
  };
  const introducedPeople = new Set<Person>();
  /** First mention: full name with the title; later the surname. */
  const personRef = (person: Person, lead: "title" | "plain" = "title"): string => {
    if (introducedPeople.has(person)) return person.surname;
    introducedPeople.add(person);
    if (lead === "plain") return person.name;
    return `${person.title} ${person.name}`;
  };
  const quote = (): string => random.pick(topic.quotes);

  const paragraphs: string[] = [];
  const first = people[0]!;
  const lead = `${capitaliseFirst(orgRef(orgs[0]!))} ${random.pick(ledeVerbs)} ${random.pick(topic.objects)} on ${input.weekday}, ${personRef(first)} said.`;
  paragraphs.push(`${place.toUpperCase()}. ${lead}`);
  const summary = lead;

  // Everyone else is introduced once, in their own paragraph, with a fact about the topic.
  const queue: Array<Person | Organisation> = [];
  for (let i = 1; i < Math.max(people.length, orgs.length); i++) {
    if (people[i]) queue.push(people[i]!);
    if (orgs[i]) queue.push(orgs[i]!);
  }
  paragraphs.push(`“${quote()},” ${personRef(first)} told reporters. ${fill(random.pick(topic.facts))}`);
  for (const entity of queue) {
    if ("surname" in entity) {
      const org = random.pick(orgs);
      const style = random.int(0, 3);
      const sentence =
        style === 0
          ? `“${quote()},” ${personRef(entity)} said.`
          : style === 1
            ? `${personRef(entity, "plain")}, ${random.pick(roles)} ${orgRef(org)}, noted that ${lowerFirst(fill(random.pick(topic.facts)))}`
            : style === 2
              ? `According to ${personRef(entity)}, ${lowerFirst(fill(random.pick(topic.facts)))}`
              : `${capitaliseFirst(personRef(entity))} told reporters that the ${topic.noun} plan would be reviewed in ${random.pick(monthNames)}.`;
      paragraphs.push(`${sentence} ${fill(random.pick(fillers))}`);
    } else {
      paragraphs.push(`${capitaliseFirst(orgRef(entity))} ${random.pick(["said it would", "has pledged to", "is expected to"])} support ${random.pick(topic.objects)}. ${fill(random.pick(topic.facts))}`);
    }
  }

  // Then background, with later mentions by surname and acronym, until about 600 words.
  let words = countWords(paragraphs);
  while (words < targetWords - 25) {
    const kind = random.int(0, 3);
    let paragraph: string;
    if (kind === 0) {
      const person = random.pick(people);
      paragraph = `${personRef(person)} added that ${lowerFirst(fill(random.pick(fillers)))} “${quote()},” ${random.chance(0.5) ? "the statement said" : `${person.surname} said`}.`;
    } else if (kind === 1) {
      const org = random.pick(orgs);
      paragraph = `${capitaliseFirst(orgRef(org))} ${random.pick(["said in a statement that", "confirmed that", "has said that"])} ${lowerFirst(fill(random.pick(topic.facts)))} ${fill(random.pick(fillers))}`;
    } else if (kind === 2) {
      paragraph = `${fill(random.pick(topic.facts))} ${fill(random.pick(fillers))} ${fill(random.pick(fillers))}`;
    } else {
      paragraph = `${fill(random.pick(fillers))} In ${place}, ${fill(random.pick(topic.facts)).replace(/^\w/, (c) => c.toLowerCase())}`;
    }
    paragraphs.push(paragraph);
    words += countWords([paragraph]);
  }
  return { paragraphs, summary };
}

/** Lower-cases the first letter of a generated clause (clauses never start with a name). */
function lowerFirst(text: string): string {
  return text[0]!.toLowerCase() + text.slice(1);
}

function countWords(paragraphs: readonly string[]): number {
  let n = 0;
  for (const p of paragraphs) n += p.split(/\s+/).filter(Boolean).length;
  return n;
}

// ---------------------------------------------------------------------------------------------
// Files

/** Wireroom's rendering: Markdown with front matter, or a wire text plus its data file. */
export function wireroomFiles(article: CorpusArticle): Record<string, string> {
  const tags = [...article.people, ...article.organisations];
  if (article.format === "markdown") {
    return {
      [`${article.slug}.md`]:
        `---\ntitle: ${yamlString(article.headline)}\ndate: ${article.date}\nsummary: ${yamlString(article.summary)}\n` +
        `tags:\n${tags.map((t) => `  - ${yamlString(t)}`).join("\n")}\n---\n${article.paragraphs.join("\n\n")}\n`,
    };
  }
  return {
    [`${article.slug}.txt`]: `date ${article.date.slice(0, 10)}\n\n${article.paragraphs.join("\n\n")}\n`,
    [`${article.slug}.11tydata.json`]: `${JSON.stringify({ headline: article.headline }, null, 2)}\n`,
  };
}

/** The baseline's and Hugo's rendering: plain Markdown with title, date and tags. */
export function plainMarkdown(article: CorpusArticle): string {
  const tags = [...article.people, ...article.organisations];
  return (
    `---\ntitle: ${yamlString(article.headline)}\ndate: ${article.date}\n` +
    `tags:\n${tags.map((t) => `  - ${yamlString(t)}`).join("\n")}\n---\n${article.paragraphs.join("\n\n")}\n`
  );
}

/** A double-quoted YAML scalar (JSON strings are valid YAML). */
function yamlString(text: string): string {
  return JSON.stringify(text);
}

export interface CorpusManifest {
  readonly articles: number;
  readonly seed: number;
  readonly markdown: number;
  readonly wire: number;
  readonly words: number;
  /** Distinct people and organisations named in the corpus. */
  readonly people: number;
  readonly organisations: number;
  readonly folders: { readonly wireroom: string; readonly eleventy: string; readonly hugo: string };
}

export const corpusFolders = { wireroom: "wireroom", eleventy: "eleventy/articles", hugo: "hugo/content/news" } as const;

/** Writes the three renderings and manifest.json into `dir` (emptied first). */
export function writeCorpus(dir: string, options: CorpusOptions = {}): CorpusManifest {
  const articles = options.articles ?? defaultArticles;
  const seed = options.seed ?? defaultSeed;
  rmSync(dir, { recursive: true, force: true });
  const folders = {
    wireroom: path.join(dir, corpusFolders.wireroom),
    eleventy: path.join(dir, corpusFolders.eleventy),
    hugo: path.join(dir, corpusFolders.hugo),
  };
  for (const folder of Object.values(folders)) mkdirSync(folder, { recursive: true });
  let markdown = 0;
  let wire = 0;
  let words = 0;
  const people = new Set<string>();
  const organisations = new Set<string>();
  for (const article of generateArticles({ articles, seed })) {
    for (const [name, text] of Object.entries(wireroomFiles(article))) writeFileSync(path.join(folders.wireroom, name), text);
    const plain = plainMarkdown(article);
    writeFileSync(path.join(folders.eleventy, `${article.slug}.md`), plain);
    writeFileSync(path.join(folders.hugo, `${article.slug}.md`), plain);
    if (article.format === "markdown") markdown++;
    else wire++;
    words += countWords(article.paragraphs);
    for (const p of article.people) people.add(p);
    for (const o of article.organisations) organisations.add(o);
  }
  const manifest: CorpusManifest = {
    articles,
    seed,
    markdown,
    wire,
    words,
    people: people.size,
    organisations: organisations.size,
    folders: corpusFolders,
  };
  writeFileSync(path.join(dir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

// ---------------------------------------------------------------------------------------------

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const usage = "usage: node --import tsx bench/corpus.ts [--articles=N] [--seed=S] [--out=DIR]";
  let values: { out?: string | undefined; articles?: string | undefined; seed?: string | undefined };
  try {
    ({ values } = parseArgs({ args: process.argv.slice(2), options: { out: { type: "string" }, articles: { type: "string" }, seed: { type: "string" } }, strict: true }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
  const out = path.resolve(values.out ?? "bench/out/corpus");
  const articles = Number(values.articles ?? defaultArticles);
  const seed = Number(values.seed ?? defaultSeed);
  if (!Number.isInteger(articles) || articles < 1 || !Number.isInteger(seed)) {
    console.error(usage);
    process.exit(2);
  }
  const manifest = writeCorpus(out, { articles, seed });
  console.log(`corpus: ${manifest.articles} articles (${manifest.markdown} Markdown, ${manifest.wire} wire), ${manifest.words} words, ${manifest.people} people, ${manifest.organisations} organisations in ${out}`);
}
