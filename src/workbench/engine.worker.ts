/**
 * The workbench's engine worker: HyperFormula off the main thread, so the page stays responsive
 * while 100,000 rows recalculate. Started by `client.ts` with
 * `new Worker(new URL("./engine.worker.ts", import.meta.url))`.
 *
 * @module
 */
import type { FromWorker, ToWorker } from "./protocol";
import { EngineService } from "./service";

/* global self */

const post = (message: FromWorker): void => self.postMessage(message);

let service: EngineService | undefined;
try {
  service = new EngineService(post);
} catch (e) {
  post({ kind: "error", id: 0, message: `The engine did not start: ${e instanceof Error ? e.message : String(e)}` });
}

self.addEventListener("message", (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (service === undefined) {
    if (message.kind === "call") post({ kind: "error", id: message.id, message: "The engine did not start." });
    return;
  }
  if (message.kind === "cancel") service.cancel(message.id);
  else void service.handle(message);
});
