/** `npm run entities` as an editor reads it: names that stand in one sentence share it, printed once. */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { commandArgs } from "../helpers/commands.ts";
import { projectRoot } from "../helpers/seed.ts";
import { tempContent } from "../helpers/temp-content.ts";

const reception = `date 2031-04-20
MARSK. The reception was attended by Ambassador of Keldoria Tomas Hallvik, Ambassador of Ostrelia Ilse Marwen, Ambassador of Brisklund Pell Harrow and Ambassador of Tavennia Orsola Denk, the Marsk Chamber of Trade said.

Chamber president Ardo Pellin thanked the guests.
`;

describe("npm run entities", () => {
  it("prints a sentence that names several candidates once, under their names", () => {
    const dir = tempContent({ "reception.txt": reception });
    const result = spawnSync(process.execPath, commandArgs("src/cli/entities.ts", [dir]), { cwd: projectRoot, encoding: "utf8" });
    expect(result.status, result.stderr).toBe(0);
    const candidates = result.stdout.slice(result.stdout.indexOf("Candidates new to the registry"));
    expect(candidates.split("The reception was attended by")).toHaveLength(2);
    const lines = candidates.split("\n").map((line) => line.trim());
    const sentence = lines.findIndex((line) => line.startsWith("The reception was attended by"));
    // The four ambassadors stand above the one sentence that names them all.
    for (const name of ["Tomas Hallvik", "Ilse Marwen", "Pell Harrow", "Orsola Denk"]) {
      const at = lines.indexOf(`person ${name}`);
      expect(at, name).toBeGreaterThan(0);
      expect(at, name).toBeLessThan(sentence);
    }
    expect(lines[lines.indexOf("person Ardo Pellin") + 1]).toBe("Chamber president Ardo Pellin thanked the guests.");
  });

  it("leads with the likely duplicates and the doubtful types an editor must decide", () => {
    const dir = tempContent({
      "a.txt": "date 2031-03-03\n\nMarat Sadykov met Timur Sadykov in Velsk on Monday.\n",
      "b.txt": "date 2031-03-04\n\nMr Sadykov said the plant would open in May.\n",
    });
    const result = spawnSync(process.execPath, commandArgs("src/cli/entities.ts", [dir]), { cwd: projectRoot, encoding: "utf8" });
    expect(result.status, result.stderr).toBe(0);
    const head = result.stdout.slice(0, result.stdout.indexOf("== "));
    expect(head).toMatch(/^Likely duplicates \(1\)\n {2}Sadykov {2}~ Marat Sadykov \| Timur Sadykov {2}\(it is a surname of 2 entities; .*b\.txt\)$/mu);
    expect(head).toMatch(/^Doubtful types \(\d+\)$/mu);
    expect(head).toMatch(/^Names joined into one page: \d+/mu);
  });
});
