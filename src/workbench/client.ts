/**
 * The page's handle on the engine worker: typed calls that return promises, progress per call,
 * cancellation, and a "changed" event when the workbook changed.
 *
 * @module
 */
import type { FromWorker, Method, Methods, ToWorker } from "./protocol";

/** Where messages go; a Worker fits, and so does a test double. */
export interface Port {
  postMessage(message: ToWorker): void;
  addEventListener(type: "message", listener: (event: MessageEvent<FromWorker>) => void): void;
  addEventListener(type: "error", listener: (event: ErrorEvent) => void): void;
}

/** Options of one call. */
export interface CallOptions {
  readonly onProgress?: (fraction: number, status: string) => void;
  /** Polled at each progress message; when aborted, the worker is asked to stop. */
  readonly signal?: { readonly aborted: boolean };
}

/**
 * Rejection reason of a cancelled call.
 *
 * @example
 * engine.call("applyLayout", params, { signal }).catch((e) => e instanceof CancelledError);
 */
export class CancelledError extends Error {
  constructor() {
    super("Cancelled.");
    this.name = "CancelledError";
  }
}

interface Pending {
  readonly ok: (value: unknown) => void;
  readonly fail: (error: Error) => void;
  readonly options: CallOptions;
  cancelSent: boolean;
}

/**
 * Typed RPC over the engine worker.
 *
 * @example
 * const engine = new EngineClient(new Worker(new URL("./engine.worker.ts", import.meta.url)));
 * const names = await engine.call("sheetNames", {});
 */
export class EngineClient {
  private next = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly changeListeners = new Set<(version: number) => void>();
  private readonly errorListeners = new Set<(message: string) => void>();

  constructor(private readonly port: Port) {
    port.addEventListener("message", (event: MessageEvent<FromWorker>) => this.receive(event.data));
    port.addEventListener("error", (event: ErrorEvent) => {
      const message = `The engine stopped: ${event.message || "unknown error"}`;
      for (const p of this.pending.values()) p.fail(new Error(message));
      this.pending.clear();
      for (const l of this.errorListeners) l(message);
    });
  }

  /** Calls a worker method. */
  call<M extends Method>(
    method: M,
    params: Methods[M]["params"],
    options: CallOptions = {},
  ): Promise<Methods[M]["result"]> {
    const id = this.next++;
    return new Promise<Methods[M]["result"]>((ok, fail) => {
      this.pending.set(id, { ok: ok as (value: unknown) => void, fail, options, cancelSent: false });
      this.port.postMessage({ kind: "call", id, method, params } as ToWorker);
    });
  }

  /** Calls back after every change of the workbook; returns an unsubscribe. */
  onChanged(listener: (version: number) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** Calls back when the engine reports an error outside any call; returns an unsubscribe. */
  onError(listener: (message: string) => void): () => void {
    this.errorListeners.add(listener);
    return () => this.errorListeners.delete(listener);
  }

  private receive(message: FromWorker): void {
    if (message.kind === "changed") {
      for (const l of this.changeListeners) l(message.version);
      return;
    }
    const p = this.pending.get(message.id);
    if (p === undefined) {
      if (message.kind === "error") for (const l of this.errorListeners) l(message.message);
      return;
    }
    if (message.kind === "progress") {
      p.options.onProgress?.(message.fraction, message.status);
      if (p.options.signal?.aborted === true && !p.cancelSent) {
        p.cancelSent = true;
        this.port.postMessage({ kind: "cancel", id: message.id });
      }
      return;
    }
    this.pending.delete(message.id);
    if (message.kind === "ok") p.ok(message.result);
    else p.fail(message.cancelled === true ? new CancelledError() : new Error(message.message));
  }
}
