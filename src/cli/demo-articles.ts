/**
 * A realistic fictional newsroom for the demo site (screenshots, Lighthouse): three months of
 * agency-style stories about invented people, organisations and places in the invented
 * Republic of Varnossa, enough for a front page with a lead, secondary stories and a river,
 * a week "In the news", year archives and people named across several months.
 */

interface DemoStory {
  readonly date: string;
  readonly headline: string;
  readonly summary?: string;
  readonly source?: string;
  readonly byline?: string;
  /** Paragraphs; a wire story's first one starts with its dateline. */
  readonly body: readonly string[];
  readonly format: "md" | "txt";
}

const stories: readonly DemoStory[] = [
  {
    date: "2031-04-02T09:00:00+05:00", format: "md", headline: "Varnossa Parliament opens spring session with ports bill first",
    summary: "The ports bill will be read before the budget, the Speaker said.", source: "Varnossa News Agency",
    body: ["The Varnossa Parliament opened its spring session on Wednesday, Speaker of Parliament Yolanda Streck said, with the ports bill first on the agenda.", "Minister of Trade Dariga Omarbekova-Lind will present the bill on Thursday."],
  },
  {
    date: "2031-04-08", format: "txt", headline: "Velsk City Council approves new tram line to the harbour",
    body: ["VELSK. The Velsk City Council approved a new tram line to the harbour on Tuesday, council speaker Ardo Pellin said.", "The line will run from the old town to the grain quay and open in 2033."],
  },
  {
    date: "2031-04-15T11:30:00+05:00", format: "md", headline: "Orlen Valley University opens applications for rail engineering degree",
    summary: "Forty places are offered in the first year.", byline: "Mira Feldhaus",
    body: ["Orlen Valley University opened applications for a new degree in rail engineering on Tuesday, Rector of Orlen Valley University Tomas Rekk said.", "The Varnossa State Railways Company will offer paid placements to every student."],
  },
  {
    date: "2031-04-22", format: "txt", headline: "Keldoria Port Authority reports record spring traffic",
    body: ["KELDOR. The Keldoria Port Authority said on Tuesday that 412 ships called at Keldor in March and April, a record for the season.", "Harbour master Ilse Varnholt said the new quay had halved waiting times."],
  },
  {
    date: "2031-04-29T16:00:00+05:00", format: "md", headline: "Trade minister signs grain export accord with Keldoria",
    summary: "Varnossa will ship 120,000 tonnes of grain a year through Velsk.", source: "Varnossa News Agency",
    body: ["Minister of Trade Dariga Omarbekova-Lind signed a grain export accord with Keldoria on Tuesday.", "The Keldoria Port Authority will handle the shipments from Keldor."],
  },
  {
    date: "2031-05-06", format: "txt", headline: "Velsk Water Company to replace 40 kilometres of old pipes",
    body: ["VELSK. The Velsk Water Company said on Tuesday that it would replace 40 kilometres of old pipes by the end of the year.", "Council speaker Ardo Pellin said the Velsk City Council would pay a third of the cost."],
  },
  {
    date: "2031-05-13T10:00:00+05:00", format: "md", headline: "Orlen Valley University and Keldor Polytechnic agree on joint degrees",
    summary: "Students will be able to study in both cities from September.", byline: "Aigerim Tulenova-Voss",
    body: ["Orlen Valley University and Keldor Polytechnic signed an agreement on joint degrees in engineering and medicine, Minister of Education Bekzat Oralov-Strand said on Tuesday.", "Rector of Orlen Valley University Tomas Rekk said the first students would start in September."],
  },
  {
    date: "2031-05-20T09:30:00+05:00", format: "md", headline: "Parliament passes ports bill after a night-long debate",
    summary: "The law opens Velsk and Marsk to private terminal operators.", source: "Varnossa News Agency",
    body: ["The Varnossa Parliament passed the ports bill on Tuesday after a debate that lasted through the night, Speaker of Parliament Yolanda Streck said.", "Minister of Trade Dariga Omarbekova-Lind called the vote a turning point for the harbours of Velsk and Marsk."],
  },
  {
    date: "2031-05-27", format: "txt", headline: "Keldor harbour reopens after three months of storms",
    body: ["KELDOR. The harbour of Keldor reopened on Tuesday after three months of storms, the Keldoria Port Authority said.", "Harbour master Ilse Varnholt said ships would call every day from June."],
  },
  {
    date: "2031-06-02", format: "txt", headline: "Orlen Valley University adds 40 research posts",
    body: ["ORLEN. The board of Orlen Valley University approved a new budget on Monday, Chair of the Board Roswitha Kallenberg said.", "The budget adds 40 research posts in engineering and medicine."],
  },
  {
    date: "2031-06-05T12:00:00+05:00", format: "md", headline: "Velsk marathon draws 4,000 runners across the harbour bridge",
    summary: "Runners from 30 towns crossed the Velsk bridge at dawn.",
    body: ["More than 4,000 runners took part in the Velsk marathon on Sunday, the Velsk Athletics Federation said.", "The winner, Kerem Ashvale of Keldor, finished in 2:11:05."],
  },
  {
    date: "2031-06-09", format: "txt", headline: "Varnossa State Railways orders 400 wagons from Keldor",
    body: ["MARSK. The Varnossa State Railways Company ordered 400 grain wagons from the Keldor Wagon Works on Monday, its chief executive Hallvard Brisk said.", "The first wagons will run on the line from Orlen to Velsk in the autumn."],
  },
  {
    date: "2031-06-12T08:00:00+05:00", format: "md", headline: "Velsk port opens to grain ships from Keldoria",
    summary: "The harbour of Velsk will handle 120,000 tonnes of grain a year.", source: "Varnossa News Agency",
    body: ["The port of Velsk opened to grain ships on Thursday, harbour master Ilse Varnholt said.", "Minister of Trade Dariga Omarbekova-Lind said the first ship from Keldor would call on Monday."],
  },
  {
    date: "2031-06-14", format: "txt", headline: "Tavenna farmers expect an early wheat harvest",
    body: ["TAVENNA. Farmers in Tavenna expect to start the wheat harvest two weeks early, the Tavenna Farmers Union said on Saturday.", "Its chair, Orsola Denk, said the dry spring had been kind to the winter wheat."],
  },
  {
    date: "2031-06-15T10:00:00+05:00", format: "md", headline: "Education minister promises 200 funded places in engineering",
    summary: "The places will be split between Orlen and Keldor.", byline: "Mira Feldhaus",
    body: ["Minister of Education Bekzat Oralov-Strand said on Sunday that the government would fund 200 places in engineering from September.", "Orlen Valley University and Keldor Polytechnic will share the places."],
  },
  {
    date: "2031-06-16", format: "txt", headline: "First grain ship from Keldor docks in Velsk",
    body: ["VELSK. The first grain ship from Keldor docked in Velsk on Monday, the Keldoria Port Authority said.", "Minister of Trade Dariga Omarbekova-Lind welcomed the crew on the quay.", "Harbour master Ilse Varnholt said two more ships would follow this week."],
  },
  {
    date: "2031-06-17T15:00:00+05:00", format: "md", headline: "Ostrel bridge closed for repairs until August",
    summary: "Drivers are asked to take the ring road.",
    body: ["The bridge over the Ostrel river will be closed for repairs until August, the Varnossa Roads Agency said on Tuesday.", "Its director, Petra Quillon, said the work had been planned since the winter."],
  },
  {
    date: "2031-06-18", format: "txt", headline: "Velsk council votes to extend harbour tram to the university",
    body: ["VELSK. The Velsk City Council voted on Wednesday to extend the new harbour tram to the Velsk campus of Orlen Valley University, council speaker Ardo Pellin said.", "Rector of Orlen Valley University Tomas Rekk said students had asked for the line for ten years."],
  },
  {
    date: "2031-06-19T09:00:00+05:00", format: "md", headline: "Trade minister and rail chief tour the new grain terminal",
    summary: "The terminal will load a train of 60 wagons in under an hour.", source: "Varnossa News Agency",
    body: ["Minister of Trade Dariga Omarbekova-Lind toured the new grain terminal at Velsk on Thursday with Hallvard Brisk, chief executive of the Varnossa State Railways Company.", "Omarbekova-Lind said the terminal would load a train of 60 wagons in under an hour."],
  },
  {
    date: "2031-06-20T18:30:00+05:00", format: "md", headline: "Varnossa Parliament approves harbour budget for Velsk and Marsk",
    summary: "The budget pays for two new quays and a dredging programme.", source: "Varnossa News Agency", byline: "Aigerim Tulenova-Voss",
    body: ["The Varnossa Parliament approved the harbour budget on Friday, Speaker of Parliament Yolanda Streck said, paying for two new quays in Velsk and Marsk.", "Minister of Trade Dariga Omarbekova-Lind said the dredging would start in the autumn.", "The Keldoria Port Authority said it would send engineers to help."],
  },
];

function slugOf(headline: string): string {
  return headline.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60);
}

/** The stories as source files: Markdown with front matter, or wire text with a data file. */
export function demoStoryFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const story of stories) {
    const name = `2031/${story.date.slice(0, 10)}-${slugOf(story.headline)}`;
    if (story.format === "md") {
      const fields = [
        `title: ${JSON.stringify(story.headline)}`,
        `date: ${story.date}`,
        ...(story.summary ? [`summary: ${JSON.stringify(story.summary)}`] : []),
        ...(story.byline ? [`author: ${JSON.stringify(story.byline)}`] : []),
        ...(story.source ? [`source: ${JSON.stringify(story.source)}`] : []),
      ];
      files[`${name}.md`] = `---\n${fields.join("\n")}\n---\n${story.body.join("\n\n")}\n`;
    } else {
      files[`${name}.txt`] = `date ${story.date}\n${story.body.join("\n\n")}\n`;
      files[`${name}.11tydata.json`] = `${JSON.stringify({ headline: story.headline, source: story.source ?? "Varnossa News Agency" })}\n`;
    }
  }
  return files;
}
