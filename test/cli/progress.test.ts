import { afterEach, describe, expect, it, vi } from "vitest";
import { currentProgress, startProgress } from "../../src/progress.ts";

function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; written: string[] } {
  const written: string[] = [];
  return { stream: { isTTY, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream, written };
}

afterEach(() => {
  vi.useRealTimers();
  currentProgress().finish();
});

describe("build progress", () => {
  it("stays silent for the first two seconds, then shows articles and pages on one line", () => {
    vi.useFakeTimers({ now: 0 });
    const { stream, written } = fakeStream(true);
    const progress = startProgress(stream, {});
    progress.articles(10, 100);
    expect(written).toEqual([]);
    vi.setSystemTime(2500);
    currentProgress().articles(100, 100);
    for (let i = 0; i < 5; i++) currentProgress().page();
    vi.setSystemTime(3000);
    currentProgress().page();
    expect(written.at(-1)).toBe("\r\u001b[2Kwireroom: 100/100 articles read, 6 pages written");
    progress.finish();
    expect(written.at(-1)).toBe("\r\u001b[2K");
  });

  it("says nothing in CI or when the output is not a terminal", () => {
    vi.useFakeTimers({ now: 0 });
    for (const [isTTY, env] of [[false, {}], [true, { CI: "true" }]] as const) {
      const { stream, written } = fakeStream(isTTY);
      const progress = startProgress(stream, env);
      vi.setSystemTime(5000);
      progress.articles(1, 1);
      progress.page();
      progress.finish();
      expect(written).toEqual([]);
    }
  });
});
