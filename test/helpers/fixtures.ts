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
