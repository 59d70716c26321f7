import { describe, expect, it } from "vitest";
import { CancelledError, EngineClient, type Port } from "../../src/workbench/client";
import type { FromWorker, ToWorker } from "../../src/workbench/protocol";

/** A worker double: records what it is sent; answers `load` when `answersLoad`, nothing else. */
function fakePort(answersLoad: boolean) {
  const sent: ToWorker[] = [];
  const listeners: ((event: MessageEvent<FromWorker>) => void)[] = [];
  let terminated = false;
  const port: Port = {
    postMessage(message) {
      sent.push(message);
      if (answersLoad && message.kind === "call" && message.method === "load") {
        setTimeout(() => listeners.forEach((l) => l({ data: { kind: "ok", id: message.id, result: [] } } as never)), 5);
      }
    },
    addEventListener(type: "message" | "error", listener: (event: never) => void) {
      if (type === "message") listeners.push(listener as (event: MessageEvent<FromWorker>) => void);
    },
    terminate() {
      terminated = true;
    },
  };
  return { port, sent, terminated: () => terminated };
}

const LAYOUT = {
  name: "KAM X",
  tag: "kam:x",
  blocks: [],
  tables: [],
  formats: [],
  conditional: [],
  charts: [],
  columnWidths: {},
};

describe("cancelling a build whose engine is stuck in a synchronous recalculation", () => {
  it("asks the worker to stop, and after the grace replaces it, restores the workbook and rejects the call", async () => {
    const busy = fakePort(false);
    const fresh = fakePort(true);
    const engine = new EngineClient(busy.port, { spawn: () => fresh.port, graceMs: 200 });
    const signal = { aborted: false };
    const restore = [
      {
        name: "Customers",
        cells: [
          ["Customer", "Revenue"],
          ["A", 100],
        ],
      },
    ];
    const started = Date.now();
    const call = engine.call("applyLayout", { layout: LAYOUT, replace: false }, { signal, restore });
    setTimeout(() => (signal.aborted = true), 50);
    await expect(call).rejects.toBeInstanceOf(CancelledError);
    const took = Date.now() - started;
    expect(took).toBeLessThan(1_000);
    expect(busy.sent.map((m) => m.kind)).toEqual(["call", "cancel"]);
    expect(busy.terminated()).toBe(true);
    const load = fresh.sent.find((m) => m.kind === "call" && m.method === "load");
    expect(load).toMatchObject({ params: { sheets: restore } });
  });

  it("lets a worker that stops by itself answer, and replaces nothing without a snapshot", async () => {
    const busy = fakePort(false);
    let spawned = 0;
    const engine = new EngineClient(busy.port, { spawn: () => (spawned++, fakePort(true).port), graceMs: 50 });
    const signal = { aborted: true };
    const call = engine.call("applyLayout", { layout: LAYOUT, replace: false }, { signal });
    const settled = await Promise.race([
      call.then(
        () => "ok",
        () => "failed",
      ),
      new Promise((ok) => setTimeout(() => ok("waiting"), 400)),
    ]);
    expect(settled).toBe("waiting");
    expect(spawned).toBe(0);
    expect(busy.sent.map((m) => m.kind)).toEqual(["call", "cancel"]);
  });
});
