/**
 * The fixture site for the output tests: the seed plus fictional articles (invented people,
 * organisations and places only) in both source formats, built once per test file; a tiny
 * static file server for the browser tests; and a small HTML tag scanner for the checks.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { buildSite } from "../../src/cli/build-site.ts";
import { seedFiles } from "./seed.ts";
import { tempContent, tempDir } from "./temp-content.ts";

export const siteOrigin = "https://wireroom.example.org";

/** Headlines the tests look for; each one is hard to escape in its own way. */
export const trickyHeadlines = {
  ampersand: `Varnossa & Keldoria sign a "grain-for-rail" deal`,
  lessThan: `Velsk budget for ports < 2% of spending, says Orlen Valley University's dean`,
  emoji: "Velsk marathon draws 4,000 runners 🏃‍♀️🎉",
  cyrillic: "Орлен: студенты Велска открывают лабораторию",
  scriptEnd: `Coders at Keldor "</script><!--" meetup test the 'wire' parser & win`,
} as const;

/** A rich Markdown article: headings, lists, a blockquote, code, links of every kind, an image. */
const kesselPort = `---
title: ${JSON.stringify(trickyHeadlines.ampersand)}
date: 2031-05-20T09:30:00+02:00
summary: The Republic of Varnossa and Keldoria agree to swap grain for rail wagons & track.
author: Mira Feldhaus
source: Varnossa News Agency
entities:
  add:
    - { name: Orlen Valley University, type: organisation }
---
Minister of Trade Dariga Omarbekova-Lind said on Tuesday that the Republic of Varnossa would ship grain to Keldoria in exchange for rail wagons.

## What the deal covers

The agreement, signed in **Velsk**, covers three things:

- grain, mostly wheat and barley;
- rail wagons built by the *Keldor Wagon Works*;
- track for the line to Orlen.

### In numbers

1. 120,000 tonnes of grain a year
2. 400 wagons by 2033
3. \`0\` tariffs on spare parts

> “This is the largest trade agreement in our history,” Omarbekova-Lind said.
>
> — quoted by the Varnossa News Agency

Engineers at Orlen Valley University will test the wagons. Their schedule:

\`\`\`
2031-06  first wagons
2031-09  winter trials
2031-12  spare_parts_for_the_wagons_of_the_keldor_wagon_works_delivered_to_the_orlen_depot
\`\`\`

Read [the ministry's report](https://example.org/varnossa/report?lang=en&year=2031), write to
[the desk](mailto:desk@wireroom.example.org), see [the earlier report on the port](/news/2031/05/14/varnossa-trade-minister-meets-orlen-valley-university-board/)
or [all news](https://wireroom.example.org/news/), or [skip to the top of this page](#main).

![Map of the grain route from Velsk to Keldor](https://example.org/maps/velsk-keldor.png)
`;

const tradeMinister = `date 2031-05-14
VELSK. Minister of Trade Dariga Omarbekova-Lind said on Tuesday that Orlen Valley University would open three new laboratories with support from the Republic of Varnossa.

“We will open three new laboratories this year,” Minister of Trade Dariga Omarbekova-Lind said after meeting the board of Orlen Valley University.

Photo credit: varnossa.example

Rector of Orlen Valley University Tomas Rekk welcomed the decision. The Varnossa State Railways Company will build a new station near the campus.
`;

const tradeMinisterData = JSON.stringify({
  headline: "Varnossa trade minister meets Orlen Valley University board",
  byline: "Aigerim Tulenova-Voss",
  source: "Varnossa News Agency",
});

const budget = `---
title: ${JSON.stringify(trickyHeadlines.lessThan)}
date: 2031-04-03
author: "Lev O'Brannagh & Sons"
---
Dean of Economics at Orlen Valley University Selin Marwood said the port budget was below 2% of public spending, and that 3 < 4 is not a policy.

The Velsk City Council will debate the budget on Friday. Council speaker Ardo Pellin said the vote was "open".
`;

const marathon = `---
title: ${JSON.stringify(trickyHeadlines.emoji)}
date: 2031-04-12T07:00:00+05:00
summary: Runners from 30 fictional towns crossed the Velsk bridge 🌉 at dawn.
---
More than 4,000 runners took part in the Velsk marathon on Sunday, the Velsk Athletics Federation said.

The winner, Kerem Ashvale of Keldor, finished in 2:11:05. 🥇
`;

const cyrillic = `---
title: ${JSON.stringify(trickyHeadlines.cyrillic)}
date: 2031-04-20
summary: Студенты Орленского университета открыли лабораторию в Велске.
---
ВЕЛСК. Студенты Орленского университета открыли новую лабораторию, сообщил ректор Томас Рекк.

Лаборатория будет работать круглый год.
`;

const scriptEnd = `---
title: ${JSON.stringify(trickyHeadlines.scriptEnd)}
date: 2031-05-02T18:45:00+05:00
summary: "A headline with </script> and <!-- must stay text: 'single', \\"double\\" & more."
author: "Nadia </script> O'Hare & \\"Co\\""
source: "Keldor <Wire> Service"
---
Members of the Keldor Coders Guild met in Keldor on Friday to test how news software handles odd headlines.

Guild secretary Pell Harrow said the meetup was about "edge cases & escaping".
`;

const quotesWire = `---
headline: "Keldoria's 'quiet' harbour reopens after \\"storm season\\""
---
date 2031-05-27
KELDOR.  The harbour of Keldor reopened on Monday after three months of storms, the Keldoria Port Authority said.

Harbour master Ilse Varnholt said ships would call "every day" from June.

Photo credit: Keldoria Port Authority
`;

const budgetWireCrlf =
  "date 2031-06-02\r\nORLEN. The board of Orlen Valley University approved a new budget on Monday, Chair of the Board Roswitha Kallenberg said.\r\n\r\nThe budget adds 40 research posts.\r\n";

const education = `---
title: Orlen Valley University and Keldor Polytechnic agree on joint degrees
date: 2031-06-10T10:00:00+05:00
summary: Students will be able to study in both cities.
author: Mira Feldhaus
---
Orlen Valley University and Keldor Polytechnic signed an agreement on joint degrees in engineering and medicine, Minister of Education Bekzat Oralov-Strand said on Wednesday.

The first students will start in September.

| Degree | City | Places |
| --- | --- | ---: |
| Engineering | Orlen | 120 |
| Medicine | Keldor | 80 |

*More reports:* [the trade deal](/news/2031/05/20/varnossa-and-keldoria-sign-a-grain-for-rail-deal/) and [the marathon](https://wireroom.example.org/news/2031/04/12/velsk-marathon-draws-4-000-runners/#main).
`;

const longHeadline = `---
title: "Varnossa parliament approves a very long list of amendments to the law on ports, railways, canals, bridges and the Kessel Sea ferry service"
date: 2031-06-15
---
The Varnossa Parliament approved the amendments on Thursday, Speaker of Parliament Yolanda Streck said.
`;

const noHeadlineWire = `date 2031-06-18
VELSK. The Velsk Water Company said on Friday that it would replace 40 kilometres of old pipes by the end of the year, starting in the old town.
`;

/** Short wire texts, enough that the home page has a second page. */
function fillerArticles(): Record<string, string> {
  const files: Record<string, string> = {};
  const towns = ["Velsk", "Keldor", "Orlen", "Marsk", "Tavenna", "Ostrel", "Brisk"];
  for (let i = 1; i <= 14; i++) {
    const town = towns[i % towns.length]!;
    const day = String(i * 2).padStart(2, "0");
    files[`filler/${String(i).padStart(2, "0")}-${town.toLowerCase()}.txt`] =
      `date 2031-03-${day}\n${town.toUpperCase()}. The ${town} Grain Board reported ${i * 1000} tonnes of wheat in storage on day ${i} of the count.\n\nIts chair, Orsola Denk, said the figures were "in line with the season".\n`;
    files[`filler/${String(i).padStart(2, "0")}-${town.toLowerCase()}.11tydata.json`] = JSON.stringify({
      headline: `${town} grain board reports stock count number ${i}`,
    });
  }
  return files;
}

/** Every source of the fixture site, by path relative to the content folder. */
export const fixtureFiles: Readonly<Record<string, string | Uint8Array>> = {
  ...seedFiles,
  "2031/kessel-deal.md": kesselPort,
  "2031/trade-minister.txt": tradeMinister,
  "2031/trade-minister.11tydata.json": tradeMinisterData,
  "2031/budget.md": budget,
  "2031/marathon.md": marathon,
  "2031/cyrillic.md": cyrillic,
  "2031/script-end.md": scriptEnd,
  "2031/quotes.txt": quotesWire,
  "2031/orlen-budget.txt": budgetWireCrlf,
  "2031/education.md": education,
  "2031/long-headline.md": longHeadline,
  "2031/water.txt": noHeadlineWire,
  ...fillerArticles(),
};

/** Number of articles in the fixture (the seed, 11 editorial ones, 14 fillers). */
export const fixtureArticleCount = Object.keys(fixtureFiles).filter((name) => /\.(txt|md)$/.test(name)).length;

export interface BuiltSite {
  readonly input: string;
  readonly output: string;
}

let cached: Promise<BuiltSite> | undefined;

/** Builds the fixture site (once per test file: vitest gives each file its own module graph). */
export function builtSite(): Promise<BuiltSite> {
  cached ??= buildFixture(fixtureFiles);
  return cached;
}

/** Builds any set of sources into a fresh temporary output folder. */
export async function buildFixture(files: Readonly<Record<string, string | Uint8Array>>): Promise<BuiltSite> {
  const input = tempContent(files);
  const output = path.join(tempDir(), "site");
  await buildSite({ input, output });
  return { input, output };
}

/** Every file below a folder, relative with forward slashes, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (relative: string): void => {
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else out.push(child);
    }
  };
  walk("");
  return out.sort();
}

export function htmlFiles(dir: string): string[] {
  return listFiles(dir).filter((file) => file.endsWith(".html"));
}

/** The site path a file is served at: `news/index.html` -> `/news/`. */
export function sitePathOf(file: string): string {
  return `/${file}`.replace(/(^|\/)index\.html$/, "$1");
}

/** Article pages (`news/YYYY/MM/DD/slug/index.html`). */
export function articlePageFiles(dir: string): string[] {
  return htmlFiles(dir).filter((file) => /^news\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(file));
}

/** Entity pages (`people/<slug>/index.html`, `organisations/<slug>/index.html`), first pages only. */
export function entityPageFiles(dir: string): string[] {
  return htmlFiles(dir).filter((file) => /^(people|organisations)\/[^/]+\/index\.html$/.test(file));
}

// --- A static file server for the browser tests -------------------------------------------

// The same server `npm run lighthouse` uses: folders by index.html, 404.html for anything missing.
export { serveStatic, type StaticServer } from "../../src/cli/demo-site.ts";

// Pages are read with a real HTML parser: see html-tags.ts.
export { decodeCharacterReferences, scanTags, type Tag } from "./html-tags.ts";
