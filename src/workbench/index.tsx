/**
 * The workbench page: the add-in's task pane beside a spreadsheet (HyperFormula in a Web Worker,
 * Glide grid), for machines without Excel and for the browser tests. Development builds only:
 * HyperFormula is GPL-3.0 and never enters the production bundle.
 *
 * @module
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import sampleCsv from "../../assets/sample/customers.csv";
import { EngineClient } from "./client";
import { installGlideStyles } from "./glideStyles";
import { WorkbenchHost } from "./host";
import { WorkbookModel } from "./model";
import { sampleBook } from "./sample";
import { Workbench } from "./ui/Workbench";

/* global document, window, Worker, performance */

/** What the page exposes as `window.kamWorkbench`, for tests and the console. */
export interface WorkbenchHandle {
  readonly engine: EngineClient;
  readonly book: WorkbookModel;
  readonly host: WorkbenchHost;
  /** Resolves when the sample data is loaded into the engine. */
  readonly ready: Promise<void>;
}

declare global {
  interface Window {
    kamWorkbench?: WorkbenchHandle;
  }
}

installGlideStyles(document);
const startWorker = (): Worker => new Worker(new URL("./engine.worker.ts", import.meta.url));
// A cancel that the busy engine cannot hear replaces the worker (see EngineClient and CallOptions.restore).
const engine = new EngineClient(startWorker(), { spawn: startWorker });
const sample = sampleBook(sampleCsv);
const book = new WorkbookModel([sample.meta]);
const host = new WorkbenchHost(engine, book);
const ready = engine.call("load", { sheets: [sample.sheet] }).then(() => {
  performance.mark("kam-workbench-ready");
});
window.kamWorkbench = { engine, book, host, ready };

createRoot(document.getElementById("root") as HTMLElement).render(
  <Workbench engine={engine} book={book} host={host} ready={ready} />,
);
