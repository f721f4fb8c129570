import { functionWords, headlineFaults, maxHeadlineLength, minHeadlineLength } from "./headline-rules.ts";
import { firstSentenceEnd, type WireCredit } from "./wire-credit.ts";

/** A derived headline, and whether it passed the headline rules or is only the lead's cleaned first clause. */
export interface DerivedHeadline {
  readonly text: string;
  /** False when no acceptable headline could be made: the build's notice says so. */
  readonly acceptable: boolean;
}

/** Headlines an editor writes are shorter than the limit: compression stops once below this. */
const targetLength = 80;

/**
 * A headline for a wire text that has none, made from the lead's first sentence the way an
 * agency editor would: without the dateline, credit, attribution or time filler; with the main
 * clause compressed (a long title before a name becomes the surname, subordinate and trailing
 * clauses go); the main verb in headline tense where that is safe; 35–90 characters; never an
 * ellipsis. When that fails the rules, the cleaned first clause, marked not acceptable.
 *
 * Linear in the lead's length: regular expressions anchored on the sentence, no backtracking search.
 */
export function deriveHeadline(lead: string, credit?: WireCredit): DerivedHeadline {
  const text = lead.replace(/\s+/g, " ").trim();
  const from = credit ? credit.prefixLength + credit.fillerLength : 0;
  let end = firstSentenceEnd(text, from);
  if (credit?.attributionStart !== undefined && credit.attributionStart > from && credit.attributionStart < end) end = credit.attributionStart;
  const sentence = capitalise(text.slice(from, end).replace(/[\s.;:,!]+$/u, ""));
  const agency = credit?.agency;

  const made = headlineStyle(sentence, agency);
  if (made && headlineFaults(made, agency).length === 0) return { text: made, acceptable: true };
  return { text: fallback(sentence), acceptable: false };
}

/**
 * The whole pipeline: filler out, leading subordinate clause out, verb found, subject shortened,
 * tail cut to fit. Tries the shortened subject first, then the subject as written (a surname
 * alone can leave a headline too short), and keeps the first that passes the rules.
 */
function headlineStyle(sentence: string, agency: string | undefined): string | undefined {
  let clause = dropTimeFiller(dropLeadingClause(sentence));
  clause = dropTrailingAttribution(clause);
  const verb = findMainVerb(clause);
  if (!verb) return fitLength(dropArticle(clause), 0);
  const written = simplifySubject(clause.slice(0, verb.start).trim());
  const rest = clause.slice(verb.end);
  let first: string | undefined;
  for (const subject of [shortenSubject(written), written, dropSubjectModifiers(written)]) {
    const head = dropArticle(subject);
    const predicate = dropArticleAfterVerb(`${verb.present(isPlural(subject, written))}${rest}`.replace(/\s{2,}/gu, " ").trim());
    const made = fitLength(`${head} ${predicate}`, head.length + 1 + predicate.indexOf(" ", 1));
    first ??= made;
    if (made && headlineFaults(made, agency).length === 0) return made;
  }
  return first;
}

/** "…, the Rada Orla," (an appositive) and "headed by …" / "led by …" leave the subject: the head noun carries it. */
function simplifySubject(subject: string): string {
  return subject
    // "Dariga Lind, Minister of Trade of Varnossa, met…": an appositive that closes the subject goes.
    .replace(/,\s+[^,]+,$/u, "")
    // "Speaker of Rada, the lower chamber of Parliament, Bertan Oskul": the appositive goes, the name stays.
    .replace(/,\s+(?:the|a|an|its|his|her|their)\s[^,]+(?:,\s*|$)/u, (_m, offset: number, whole: string) => (offset + _m.length < whole.length ? " " : ""))
    .replace(/\s+(?:led|headed|chaired|accompanied|represented) by .*$/u, "")
    .replace(/,$/u, "")
    // "the government of Orlandia" is how a lead names a country as a party; a headline names the country.
    .replace(/\bthe (?:government|authorities|people) of (?=\p{Lu})/u, "")
    .trim();
}

/** A long subject without its trailing phrases: "A meeting of the commission on trade and …" → "A meeting of the commission". */
function dropSubjectModifiers(subject: string): string {
  const cut = /\s(?:on|in|for|with|at|from|under|between)\s/u.exec(subject.slice(12));
  return cut ? subject.slice(0, 12 + cut.index) : subject;
}

/** "Before the start of the conference, X met…", "By the decree of the Head of State, X…": the main clause follows the comma. */
const leadingClause = /^(?:Before|After|During|Following|On the sidelines of|Within|As part of|At|In|On|By|Upon|Speaking|While|Ahead of|Amid)\b[^,]{3,120},\s+(?=\S)/u;

function dropLeadingClause(text: string): string {
  const match = leadingClause.exec(text);
  // The rest must still have a subject and a verb: "On Monday, the port opened" → "the port opened".
  return match && text.length - match[0].length >= 20 ? capitalise(text.slice(match[0].length)) : text;
}

const weekday = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const monthName = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
/** Time fillers an editor drops: "today", "on Thursday", "on February 25", "this week", "earlier today". */
const timeFiller = new RegExp(
  String.raw`,?\s+(?:(?:earlier |later )?today|yesterday|tonight|this (?:week|month|morning|afternoon|evening)|(?:on|last|next) ${weekday}(?: (?:morning|afternoon|evening|night))?|on ${monthName}\.? \d{1,2}(?:, \d{4})?)\b(?=[\s,.]|$)`,
  "giu",
);

function dropTimeFiller(text: string): string {
  return text.replace(/^(?:Today|Yesterday|On \w+day),\s+/u, "").replace(timeFiller, "").replace(/\s{2,}/g, " ").trim();
}

/** "…, the ministry said in a statement", "…, two sources said": the attribution the credit parser may have missed. */
const trailingAttribution = /,\s+[^,]{2,100}?\b(?:said|says|reported|reports|told|according to|cites|learned|informed)\b[^,]*$/u;

function dropTrailingAttribution(text: string): string {
  const match = trailingAttribution.exec(text);
  return match && match.index >= 20 ? text.slice(0, match.index) : text;
}

interface Verb {
  readonly start: number;
  readonly end: number;
  /** The verb phrase in headline tense, for a singular or plural subject. */
  readonly present: (plural: boolean) => string;
}

/** Past forms an agency lead uses, with their present (singular, plural). Irregular and e-final verbs need the table. */
const pastToPresent: Record<string, readonly [string, string]> = {
  received: ["receives", "receive"], met: ["meets", "meet"], held: ["holds", "hold"], discussed: ["discusses", "discuss"],
  signed: ["signs", "sign"], approved: ["approves", "approve"], adopted: ["adopts", "adopt"], passed: ["passes", "pass"],
  launched: ["launches", "launch"], opened: ["opens", "open"], closed: ["closes", "close"], visited: ["visits", "visit"],
  welcomed: ["welcomes", "welcome"], announced: ["announces", "announce"], expressed: ["expresses", "express"],
  chaired: ["chairs", "chair"], increased: ["increases", "increase"], raised: ["raises", "raise"], cut: ["cuts", "cut"],
  kept: ["keeps", "keep"], sentenced: ["sentences", "sentence"], published: ["publishes", "publish"], issued: ["issues", "issue"],
  voted: ["votes", "vote"], agreed: ["agree", "agree"], took: ["takes", "take"], gave: ["gives", "give"], made: ["makes", "make"],
  presented: ["presents", "present"], introduced: ["introduces", "introduce"], completed: ["completes", "complete"],
  started: ["starts", "start"], began: ["begins", "begin"], hosted: ["hosts", "host"], attended: ["attends", "attend"],
  called: ["calls", "call"], urged: ["urges", "urge"], praised: ["praises", "praise"], congratulated: ["congratulates", "congratulate"],
  extended: ["extends", "extend"], reached: ["reaches", "reach"], won: ["wins", "win"], lost: ["loses", "lose"],
  rose: ["rises", "rise"], fell: ["falls", "fall"], grew: ["grows", "grow"], slowed: ["slows", "slow"], dropped: ["drops", "drop"],
  arrived: ["arrives", "arrive"], left: ["leaves", "leave"], appointed: ["appoints", "appoint"], dismissed: ["dismisses", "dismiss"],
  reviewed: ["reviews", "review"], considered: ["considers", "consider"], inspected: ["inspects", "inspect"], toured: ["tours", "tour"],
  unveiled: ["unveils", "unveil"], outlined: ["outlines", "outline"], stressed: ["stresses", "stress"], highlighted: ["highlights", "highlight"],
  emphasized: ["emphasises", "emphasise"], emphasised: ["emphasises", "emphasise"], underscored: ["underscores", "underscore"],
  noted: ["notes", "note"], proposed: ["proposes", "propose"], suggested: ["suggests", "suggest"], invited: ["invites", "invite"],
  thanked: ["thanks", "thank"], accepted: ["accepts", "accept"], rejected: ["rejects", "reject"], banned: ["bans", "ban"],
  allocated: ["allocates", "allocate"], invested: ["invests", "invest"], ratified: ["ratifies", "ratify"], joined: ["joins", "join"],
  established: ["establishes", "establish"], created: ["creates", "create"], elected: ["elects", "elect"], named: ["names", "name"],
  condemned: ["condemns", "condemn"], warned: ["warns", "warn"], confirmed: ["confirms", "confirm"], denied: ["denies", "deny"],
  addressed: ["addresses", "address"], delivered: ["delivers", "deliver"], awarded: ["awards", "award"], handed: ["hands", "hand"],
  exchanged: ["exchange", "exchange"], focused: ["focuses", "focus"], examined: ["examines", "examine"], summed: ["sums", "sum"],
  said: ["says", "say"], expanded: ["expands", "expand"],
  spoke: ["speaks", "speak"], sent: ["sends", "send"], became: ["becomes", "become"], led: ["leads", "lead"],
  wrote: ["writes", "write"], brought: ["brings", "bring"], built: ["builds", "build"], bought: ["buys", "buy"],
  sold: ["sells", "sell"], found: ["finds", "find"], stated: ["states", "state"], declared: ["declares", "declare"],
  participated: ["participates", "participate"], killed: ["kills", "kill"], detained: ["detains", "detain"],
  arrested: ["arrests", "arrest"], produced: ["produces", "produce"], exported: ["exports", "export"],
  imported: ["imports", "import"], exceeded: ["exceeds", "exceed"], decreased: ["decreases", "decrease"],
  declined: ["declines", "decline"], surged: ["surges", "surge"], jumped: ["jumps", "jump"], doubled: ["doubles", "double"],
  endorsed: ["endorses", "endorse"], supported: ["supports", "support"], pledged: ["pledges", "pledge"],
  promised: ["promises", "promise"], vowed: ["vows", "vow"], ordered: ["orders", "order"], instructed: ["instructs", "instruct"],
  decided: ["decides", "decide"], postponed: ["postpones", "postpone"], cancelled: ["cancels", "cancel"], canceled: ["cancels", "cancel"],
  suspended: ["suspends", "suspend"], resumed: ["resumes", "resume"], lifted: ["lifts", "lift"], imposed: ["imposes", "impose"],
  recorded: ["records", "record"], registered: ["registers", "register"], totalled: ["totals", "total"], totaled: ["totals", "total"],
  amounted: ["amounts", "amount"], approached: ["approaches", "approach"], concluded: ["concludes", "conclude"],
  ended: ["ends", "end"], hailed: ["hails", "hail"],
  // Past participles after "has": "has become" → "becomes".
  become: ["becomes", "become"], taken: ["takes", "take"], given: ["gives", "give"], begun: ["begins", "begin"],
  grown: ["grows", "grow"], risen: ["rises", "rise"], fallen: ["falls", "fall"], spoken: ["speaks", "speak"],
  written: ["writes", "write"], paid: ["pays", "pay"], strengthened: ["strengthens", "strengthen"], developed: ["develops", "develop"],
  unanimously: ["unanimously", "unanimously"],
};

/** Verb phrases rewritten whole: "has had a meeting with" → "meets", "is conducting a visit to" → "visits". */
const phrases: readonly [RegExp, readonly [string, string]][] = [
  [/^(?:has|have) had (?:a )?(?:meeting|talks) with\b/u, ["meets", "meet"]],
  [/^had (?:a )?(?:meeting|talks) with\b/u, ["meets", "meet"]],
  [/^(?:has|have) met with\b/u, ["meets", "meet"]],
  [/^met with\b/u, ["meets", "meet"]],
  [/^(?:held|has held|have held) talks with\b/u, ["holds talks with", "hold talks with"]],
  [/^(?:held|has held|have held) (?:a |an )?(?:bilateral |official |working |separate )?meeting with\b/u, ["meets", "meet"]],
  [/^(?:is|are) (?:conducting|paying|making|on) (?:an? )?(?:official |working |state |two-day |three-day )?visit to\b/u, ["visits", "visit"]],
  [/^took part in\b/u, ["takes part in", "take part in"]],
  [/^(?:paid|has paid|have paid) (?:an? )?(?:official |working |state |two-day |three-day |short )?visit to\b/u, ["visits", "visit"]],
  [/^(?:made|has made|have made) (?:an? )?(?:official |working |state )?visit to\b/u, ["visits", "visit"]],
  [/^took place\b/u, ["takes place", "take place"]],
  [/^(?:will|is to|are to) /u, ["to ", "to "]],
  // A modal stays as written: "could become" is already headline tense.
  [/^could /u, ["could ", "could "]],
  [/^may /u, ["may ", "may "]],
  [/^might /u, ["might ", "might "]],
  [/^can /u, ["can ", "can "]],
  [/^(?:is|are) (?:set|going|expected|planning) to /u, ["to ", "to "]],
  [/^intends to /u, ["plans to ", "plan to "]],
  [/^(?:has|have) been /u, ["", ""]],
  [/^(?:was|were) /u, ["", ""]],
];

/** The first words of the phrases above. */
const phraseStarts = new Set(["has", "have", "had", "paid", "made", "met", "held", "is", "are", "took", "will", "intends", "was", "were", "could", "may", "might", "can"]);

/** Words that may stand between subject and verb without ending the subject. */
const adverbs = new Set(["also", "today", "unanimously", "officially", "formally", "jointly", "once", "again", "recently", "reportedly"]);

/**
 * The main verb: the first word from the left, outside the subject's "of …" chain, that is a
 * known past form, a present perfect ("has launched") or a phrase in the table above. Only
 * known forms are rewritten: an unknown "-ed" word may be an adjective ("United").
 */
function findMainVerb(clause: string): Verb | undefined {
  const words = [...clause.matchAll(/[\p{L}\p{N}'’-]+/gu)];
  for (let i = 1; i < words.length && i < 40; i++) {
    const word = words[i]!;
    const start = word.index!;
    // A verb is lower case; a capital means the name goes on.
    if (!/^\p{Ll}/u.test(word[0])) continue;
    const lower = word[0].toLowerCase();
    // Most words start no phrase: only a phrase's first word is worth the slice and the tests.
    const rest = phraseStarts.has(lower) ? clause.slice(start) : "";
    if (rest) {
      for (const [pattern, forms] of phrases) {
        const match = pattern.exec(rest);
        if (match) {
          // "has been appointed" → "appointed"; "will raise" → "to raise".
          return { start, end: start + match[0].length, present: (plural) => (plural ? forms[1] : forms[0]) };
        }
      }
    }
    const perfect = lower === "has" || lower === "have" ? /^(?:has|have) (\p{Ll}+ed|met|held|made|taken|given|won|lost|begun|grown|risen|fallen|left|kept|cut|become|sent|led|built|paid|sold|bought|found|brought|spoken|written)\b/u.exec(rest) : null;
    const key = perfect?.[1] ?? word[0].toLowerCase();
    const forms = pastToPresent[key];
    if (forms && key !== "unanimously") {
      const length = perfect ? perfect[0].length : word[0].length;
      return { start, end: start + length, present: (plural) => (plural ? forms[1] : forms[0]) };
    }
    if (perfect) {
      // "has approved" with a verb the table lacks: the present perfect reads as a headline once "has" goes ("approved").
      return { start, end: start + perfect[0].length, present: () => perfect[1]! };
    }
    if (adverbs.has(word[0].toLowerCase())) continue;
  }
  return undefined;
}

/** Titles that stand before a name: "Chairman of the Cabinet of Ministers of Orlandia Tarin Vosk" → "Vosk". */
const titleWords = /\b(?:President|Vice[- ]President|Prime Minister|Minister|Deputy|Chairman|Chairwoman|Chairperson|Chair|Speaker|Mayor|Akim|Governor|Ambassador|Envoy|Director|Head|Secretary|Rector|Commissioner|Chief|CEO|Senator|Minister|Counterpart|King|Queen|Emir|Sultan|General|Spokesman|Spokeswoman|Spokesperson|Leader|Manager|Founder|Chancellor|Premier|Ombudsman|Prosecutor|Judge|Mufti|minister|president|chairman|ambassador|director|head|mayor|governor|speaker|counterpart|spokesman|chief|leader|envoy|judge|prosecutor|secretary)\b/u;
/** The last word of a name must not be an organisation's type word: "…of the Northern Investment Bank" is no person. */
const organisationWords = /^(?:Bank|Ministry|Company|Council|Committee|Office|Fund|Agency|Service|Parliament|Assembly|Senate|Government|Cabinet|University|Institute|Academy|Group|Corporation|Association|Union|Organisation|Organization|Commission|Court|Party|Chamber|Board|Authority|Department|JSC|LLP|LLC|PLC|Ltd|Inc|Region|Republic|City|Province|District|State|Kingdom|Federation|Administration)$/u;

/**
 * "Chairman of the Cabinet of Ministers of Orlandia Tarin Vosk" → "Vosk". Coordinated people
 * are shortened each ("Deputy Prime Minister … Kaspar Lind and the head of … Maren Holt" →
 * "Lind and Holt"), but only when every part is a titled name: "Minister of Ecology and
 * Natural Resources … Bertil Sand" is one person.
 */
function shortenSubject(subject: string): string {
  const parts = subject.split(/ and (?=\p{Lu}|the )/u);
  if (parts.length > 1) {
    const short = parts.map(shortenNamed);
    if (short.every((part, i) => part !== parts[i])) return short.join(" and ");
  }
  return shortenNamed(subject);
}

/** A title, then a first name and a surname at the end: the surname. Without a title, or with an organisation's type word last, as it is. */
function shortenNamed(part: string): string {
  const name = /(?:^|\s)(\p{Lu}[\p{L}'’-]+) (\p{Lu}[\p{L}'’-]+)$/u.exec(part);
  if (!name) return part;
  const before = part.slice(0, name.index).trim();
  if (!before || !titleWords.test(before) || organisationWords.test(name[2]!) || organisationWords.test(name[1]!)) return part;
  return name[2]!;
}

/** Plural when the subject is "X and Y" and was not one titled person ("Minister of Ecology and Natural Resources … Sand"). */
function isPlural(subject: string, written: string): boolean {
  // "Discussions focused on…": a plural common noun at the head ("ss", "us", "is" are singular endings).
  const head = /^(?:The |A |An )?(?:\p{Ll}+ )*?(\p{L}\p{Ll}+)(?: of\b.*)?$/u.exec(subject)?.[1];
  if (head && /[^su]s$/u.test(head) && !/(?:ss|us|is|news)$/u.test(head)) return true;
  if (!/ and /u.test(subject)) return /^(?:The )?(?:\p{Lu}\p{L}* )*(?:sides|parties|ministers|leaders|countries|governments|delegations|companies|members|deputies|presidents)\b/iu.test(subject);
  return subject !== written || !titleWords.test(subject) || shortenNamed(subject) === subject;
}

/** Headlines drop the leading article: "The Orlandian Senate approves…" → "Orlandian Senate approves…". */
function dropArticle(text: string): string {
  const rest = text.replace(/^(?:The|A|An) (?=\S)/u, "");
  return rest === text ? text : capitalise(rest);
}

function dropArticleAfterVerb(predicate: string): string {
  // Only right after the verb: "receives the delegation" → "receives delegation"; "by a fifth" stays.
  return predicate.replace(/^((?:to )?\p{Ll}+(?: talks with| part in)?) (?:the|a|an) (?=[\p{L}\p{N}])/u, "$1 ");
}

/**
 * Cuts a long clause at the latest point that keeps it within the target: a comma, a
 * participle ("led by"), a preposition that opens a trailing phrase. Never inside a number or
 * a name, never before a function word left hanging at the end.
 */
const cutPoints = /,\s| (?:led|headed|chaired|accompanied) by | (?:who|which|that|where|while|when|after|before|during|as part of|within the framework of|on the sidelines of|at the invitation of|in order to|thanks to|amid|following|to discuss|in connection with|for the purpose of|with the aim of|according to) | and (?=\p{Ll}+(?:ed|eld|et|ook|ave)\b)| (?:in|at|on|for|from|with|between|over|under|to|by) /gu;

function fitLength(text: string, verbEnd: number): string | undefined {
  const clause = trimTail(text);
  if (clause.length <= targetLength) return clause;
  // Never cut before the verb and its first word: "Velsk Bank and the government" is no headline.
  const cuts = [...clause.matchAll(cutPoints)].map((m) => m.index!).filter((i) => i >= Math.max(minHeadlineLength, verbEnd));
  const strong = cuts.filter((i) => strongCut.test(clause.slice(i)));
  const latest = (list: readonly number[], limit: number): string | undefined => {
    for (const i of [...list].reverse()) {
      if (i > limit) continue;
      const cut = trimTail(clause.slice(0, i));
      if (cut.length >= minHeadlineLength) return cut;
    }
    return undefined;
  };
  // A clause an editor would end anyway (a comma, "led by", "after") first; a bare preposition only when it must.
  return latest(strong, targetLength) ?? (clause.length <= maxHeadlineLength ? clause : undefined) ?? latest(strong, maxHeadlineLength) ?? latest(cuts, maxHeadlineLength);
}

const strongCut = /^(?:,| and \p{Ll}| (?:led|headed|chaired|accompanied|who|which|that|where|while|when|after|before|during|as part|within|on the sidelines|at the invitation|in order|thanks|amid|following|to discuss|in connection|for the purpose|with the aim|according))/u;

/** No trailing punctuation, no function word left at the end ("…signed a memorandum of"). */
function trimTail(text: string): string {
  let out = text.replace(/[\s,;:–—-]+$/u, "");
  for (;;) {
    const space = out.lastIndexOf(" ");
    const last = out.slice(space + 1);
    if (space < 0 || !/^[\p{L}'’]+$/u.test(last) || !functionWords.has(last.toLowerCase())) break;
    out = out.slice(0, space).replace(/[\s,;:–—-]+$/u, "");
  }
  return out;
}

/** The cleaned first clause, cut at a word within the limit: no ellipsis, no function word at the end. */
function fallback(sentence: string): string {
  const clause = dropTimeFiller(sentence);
  if (clause.length <= maxHeadlineLength) return trimTail(clause) || clause;
  const window = clause.slice(0, maxHeadlineLength + 1);
  const comma = window.lastIndexOf(", ");
  const space = window.lastIndexOf(" ");
  if (comma < minHeadlineLength && space <= 0) return cutAtCodePoint(clause, maxHeadlineLength);
  const cut = comma >= minHeadlineLength ? window.slice(0, comma) : window.slice(0, space);
  return trimTail(cut) || cutAtCodePoint(clause, maxHeadlineLength);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The first `length` UTF-16 units of a text, one fewer when the cut would split a surrogate pair ("😀"). */
function cutAtCodePoint(text: string, length: number): string {
  const last = text.charCodeAt(length - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? length - 1 : length);
}
