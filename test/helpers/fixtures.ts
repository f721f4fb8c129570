/** Fictional wire texts and Markdown articles: invented people, organisations and places only. */

export const wireText = `date 2031-05-14
VELSK. Dariga Omarbekova-Lind, Minister of Trade of the Republic of Varnossa, met the board of Orlen Valley University on Tuesday.

“We will open three new laboratories,” Omarbekova-Lind said.

Photo credit: varnossa.example

The Varnossa State Railways Company also joined the talks.`;

export const markdownArticle = `---
title: "Varnossa opens a port on the Kessel Sea"
date: 2031-06-02T09:30:00+02:00
summary: The new port of Velsk will handle grain and timber.
author: Mira Feldhaus
source: Varnossa News Agency
---
The port of **Velsk** opened on Monday, said *Tomas Rekk*, head of the Kessel Port Authority.

## What it handles

Grain and timber, mostly.
`;

/**
 * Two council reports that name the same minister, rector and university, the university once
 * under a spelling ("Orlen Valley University JSC") that site-level resolution joins: the start
 * of the loader's and the store's fixture sites (test/model/).
 */
export const velskCouncilReports = {
  "a1.md": "---\ntitle: Velsk council report 1\ndate: 2031-03-02T09:00:00+05:00\n---\n" +
    "Minister of Trade Tomas Rekk met the board of Orlen Valley University on Tuesday, the ministry said.\n\n" +
    "“We will open three new laboratories,” Ilse Varnhagen said after the meeting.\n",
  "a2.md": "---\ntitle: Velsk council report 2\ndate: 2031-03-03T09:00:00+05:00\n---\n" +
    "The board of Orlen Valley University met on Tuesday. Minister of Trade Tomas Rekk attended.\n\n" +
    "“We will open three laboratories,” Rekk said. Rekk later toured Orlen Valley University JSC with Ilse Varnhagen.\n",
} as const;
