/**
 * Progress on a terminal for builds that take a while: one line, rewritten in place, that
 * appears only after two seconds and only on an interactive terminal (CI logs keep to the
 * final summary). One per process: the build renders through Eleventy in-process, in the same
 * module graph as the command that started the progress.
 */
export interface Progress {
  /** Articles read so far. */
  articles(done: number, total: number): void;
  /** One more page rendered. */
  page(): void;
  /** Clears the line before the summary is printed. */
  finish(): void;
}

const quiet: Progress = { articles: () => {}, page: () => {}, finish: () => {} };
let current: Progress | undefined;

export function currentProgress(): Progress {
  return current ?? quiet;
}

/** Starts showing progress for this build, when stderr is a terminal and not CI. */
export function startProgress(stream: NodeJS.WriteStream = process.stderr, env = process.env): Progress {
  if (!stream.isTTY || env["CI"]) return quiet;
  const started = Date.now();
  let lastDraw = 0;
  let articles = "";
  let pages = 0;
  let shown = false;
  const draw = (force = false): void => {
    const now = Date.now();
    if (now - started < 2000 || (!force && now - lastDraw < 200)) return;
    lastDraw = now;
    shown = true;
    stream.write(`\r\u001b[2Kwireroom: ${articles}${pages ? `, ${pages} pages written` : ""}`);
  };
  const progress: Progress = {
    articles(done, total) {
      articles = `${done}/${total} articles read`;
      draw(done === total);
    },
    page() {
      pages++;
      draw();
    },
    finish() {
      if (shown) stream.write("\r\u001b[2K");
      current = undefined;
    },
  };
  current = progress;
  return progress;
}
