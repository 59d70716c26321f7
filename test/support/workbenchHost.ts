import { EngineClient, type Port } from "../../src/workbench/client";
import { WorkbenchHost } from "../../src/workbench/host";
import { plainSheet, WorkbookModel, type SheetMeta } from "../../src/workbench/model";
import type { FromWorker, SheetInput, ToWorker } from "../../src/workbench/protocol";
import { EngineService } from "../../src/workbench/service";

/** A workbench host with its engine in the same thread (no Worker), for node and happy-dom tests. */
export interface InProcessWorkbench {
  readonly engine: EngineClient;
  readonly book: WorkbookModel;
  readonly host: WorkbenchHost;
}

/**
 * The real workbench host over the real engine service, connected by an in-process port that
 * delivers messages asynchronously like a Worker does. Loads the given sheets first.
 *
 * @example
 * const { host, book } = await createInProcessWorkbench([{ name: "Data", cells: [["Customer"], ["Acme"]] }]);
 * book.select({ sheet: "Data", row: 1, col: 0, rows: 1, cols: 1 });
 * const source = await host.readSource();
 */
export async function createInProcessWorkbench(
  sheets: readonly SheetInput[],
  metas: readonly SheetMeta[] = sheets.map((s) => plainSheet(s.name)),
): Promise<InProcessWorkbench> {
  const messageListeners: ((event: MessageEvent<FromWorker>) => void)[] = [];
  const service = new EngineService((message) =>
    setTimeout(() => {
      for (const l of messageListeners) l({ data: message } as MessageEvent<FromWorker>);
    }, 0),
  );
  const port: Port = {
    postMessage(message: ToWorker) {
      setTimeout(() => {
        if (message.kind === "cancel") service.cancel(message.id);
        else void service.handle(message);
      }, 0);
    },
    addEventListener(type: "message" | "error", listener: (event: never) => void) {
      if (type === "message") messageListeners.push(listener as (event: MessageEvent<FromWorker>) => void);
    },
  };
  const engine = new EngineClient(port);
  await engine.call("load", { sheets });
  const book = new WorkbookModel(metas);
  return { engine, book, host: new WorkbenchHost(engine, book) };
}
