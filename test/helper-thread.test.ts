/**
 * The command's helper thread (src/helper-thread.ts): chores run one after another in the order
 * given, each answering through what its data carries; a chore that throws, or one queued on a
 * thread that has died, is told `stopped`, so that nobody waits for an answer that will not come;
 * the thread ends once closed and its chores are done.
 */
import { MessageChannel, type MessagePort } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { runChore, startHelperThread } from "../src/helper-thread.ts";

/** A port's next message, or "stopped" if the chore's `stopped` came first. */
function answer(): { port: MessagePort; stopped: () => void; next: Promise<unknown> } {
  const { port1, port2 } = new MessageChannel();
  let stopped!: () => void;
  const next = new Promise<unknown>((resolve) => {
    port1.once("message", (message) => {
      port1.close();
      resolve(message);
    });
    stopped = () => {
      port1.close();
      resolve("stopped");
    };
  });
  return { port: port2, stopped, next };
}

/** A chore that notes its name in a shared log, then answers with the log as it then stood. */
const noting = `
const log = new Int32Array(data.log);
const at = Atomics.add(log, 0, 1);
Atomics.store(log, 1 + at, data.name);
data.port.postMessage(Array.from(log.slice(1, 1 + at + 1)));
`;

describe("the helper thread", () => {
  it("runs its chores in the order given, each answering on its own port", async () => {
    const helper = startHelperThread();
    const log = new SharedArrayBuffer(4 * 8);
    const answers = [1, 2, 3].map((name) => {
      const { port, stopped, next } = answer();
      helper.run(noting, { log, name, port }, [port], stopped);
      return next;
    });
    helper.close();
    expect(await Promise.all(answers)).toEqual([[1], [1, 2], [1, 2, 3]]);
  });

  it("tells `stopped` for a chore that throws, and goes on with the next", async () => {
    const helper = startHelperThread();
    const failing = answer();
    helper.run(`throw new Error("no");`, { port: failing.port }, [failing.port], failing.stopped);
    const next = answer();
    helper.run(`data.port.postMessage("done");`, { port: next.port }, [next.port], next.stopped);
    helper.close();
    expect(await failing.next).toBe("stopped");
    expect(await next.next).toBe("done");
  });

  it("tells `stopped` for every chore queued when the thread dies, and for any queued after", async () => {
    const helper = startHelperThread();
    const dying = answer();
    // process.exit in a worker ends the thread, not the process.
    helper.run(`process.exit(0);`, { port: dying.port }, [dying.port], dying.stopped);
    const queued = answer();
    helper.run(`data.port.postMessage("ran");`, { port: queued.port }, [queued.port], queued.stopped);
    expect(await dying.next).toBe("stopped");
    expect(await queued.next).toBe("stopped");
    const late = answer();
    helper.run(`data.port.postMessage("ran");`, { port: late.port }, [late.port], late.stopped);
    expect(await late.next).toBe("stopped");
  });

  it("keeps a chore's asynchronous work going after the chore returns, and the next chores run meanwhile", async () => {
    const helper = startHelperThread();
    const later = answer();
    helper.run(`setTimeout(() => data.port.postMessage("later"), 50);`, { port: later.port }, [later.port], later.stopped);
    const now = answer();
    helper.run(`data.port.postMessage("now");`, { port: now.port }, [now.port], now.stopped);
    helper.close();
    const order: unknown[] = [];
    await Promise.all([later.next.then((message) => order.push(message)), now.next.then((message) => order.push(message))]);
    expect(order).toEqual(["now", "later"]);
  });

  it("runs a single chore on a thread of its own", async () => {
    const { port, stopped, next } = answer();
    runChore(undefined, `data.port.postMessage(require("node:path").basename("/a/b.txt"));`, { port }, [port], stopped);
    expect(await next).toBe("b.txt");
  });
});
