/**
 * The page's handle on the engine worker: typed calls that return promises, progress per call,
 * cancellation, and a "changed" event when the workbook changed.
 *
 * @module
 */
import type { FromWorker, Method, Methods, SheetInput, ToWorker } from "./protocol";

/** Where messages go; a Worker fits, and so does a test double. */
export interface Port {
  postMessage(message: ToWorker): void;
  addEventListener(type: "message", listener: (event: MessageEvent<FromWorker>) => void): void;
  addEventListener(type: "error", listener: (event: ErrorEvent) => void): void;
  /** Stops the worker at once (a Worker has it), even in the middle of a synchronous recalculation. */
  terminate?(): void;
}

/** How the client replaces a worker that does not answer a cancel. */
export interface EngineOptions {
  /** Starts a fresh worker. */
  readonly spawn?: () => Port;
  /** How long a cancelled call may take to stop by itself before its worker is replaced (ms). */
  readonly graceMs?: number;
}

/** The default grace of a cancelled call, and how often an abort is looked at (ms). */
export const CANCEL_GRACE_MS = 1500;
const ABORT_POLL_MS = 100;

/** Options of one call. */
export interface CallOptions {
  readonly onProgress?: (fraction: number, status: string) => void;
  /** Polled at each progress message and every 100 ms; when aborted, the worker is asked to stop. */
  readonly signal?: { readonly aborted: boolean };
  /**
   * The workbook as it was before the call. When the worker does not stop within the grace (HyperFormula
   * recalculates synchronously, so a cancel waits for the whole recalculation), it is terminated, a fresh
   * one loads these sheets, and the call fails with {@link CancelledError}: the workbook is as it was.
   */
  readonly restore?: readonly SheetInput[];
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
  /** When the abort was first seen (ms). */
  abortedAt?: number;
  timer?: ReturnType<typeof setInterval>;
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

  private port: Port;
  private readonly spawn: (() => Port) | undefined;
  private readonly graceMs: number;

  constructor(port: Port, options: EngineOptions = {}) {
    this.port = port;
    this.spawn = options.spawn;
    this.graceMs = options.graceMs ?? CANCEL_GRACE_MS;
    this.attach(port);
  }

  private attach(port: Port): void {
    port.addEventListener("message", (event: MessageEvent<FromWorker>) => {
      if (port === this.port) this.receive(event.data);
    });
    port.addEventListener("error", (event: ErrorEvent) => {
      if (port !== this.port) return;
      const message = `The engine stopped: ${event.message || "unknown error"}`;
      for (const p of this.pending.values()) this.settle(p, () => p.fail(new Error(message)));
      this.pending.clear();
      for (const l of this.errorListeners) l(message);
    });
  }

  private settle(p: Pending, done: () => void): void {
    if (p.timer !== undefined) clearInterval(p.timer);
    done();
  }

  /** Looks at a call's abort signal: asks the worker to stop, and replaces it when the grace is over. */
  private watch(id: number): void {
    const p = this.pending.get(id);
    if (p === undefined || p.options.signal?.aborted !== true) return;
    const now = Date.now();
    if (!p.cancelSent) {
      p.cancelSent = true;
      p.abortedAt = now;
      this.port.postMessage({ kind: "cancel", id });
      return;
    }
    if (p.options.restore !== undefined && this.spawn !== undefined && now - (p.abortedAt ?? now) >= this.graceMs) {
      void this.restart(id, p, p.options.restore, this.spawn);
    }
  }

  /**
   * Terminates the busy worker, starts a fresh one with the workbook as it was, and fails the cancelled
   * call (and any other call in flight) with {@link CancelledError} once the workbook is back.
   */
  private async restart(
    id: number,
    cancelled: Pending,
    sheets: readonly SheetInput[],
    spawn: () => Port,
  ): Promise<void> {
    const others = [...this.pending.entries()].filter(([key]) => key !== id).map(([, p]) => p);
    this.pending.clear();
    if (cancelled.timer !== undefined) clearInterval(cancelled.timer);
    this.port.terminate?.();
    this.port = spawn();
    this.attach(this.port);
    for (const p of others) this.settle(p, () => p.fail(new CancelledError()));
    try {
      await this.call("load", { sheets });
      cancelled.fail(new CancelledError());
    } catch (e) {
      cancelled.fail(
        new Error(
          `The engine was restarted but the workbook could not be restored: ${e instanceof Error ? e.message : String(e)}`,
        ),
      );
    }
  }

  /** Calls a worker method. */
  call<M extends Method>(
    method: M,
    params: Methods[M]["params"],
    options: CallOptions = {},
  ): Promise<Methods[M]["result"]> {
    const id = this.next++;
    return new Promise<Methods[M]["result"]>((ok, fail) => {
      const p: Pending = { ok: ok as (value: unknown) => void, fail, options, cancelSent: false };
      if (options.signal !== undefined) p.timer = setInterval(() => this.watch(id), ABORT_POLL_MS);
      this.pending.set(id, p);
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
      this.watch(message.id);
      return;
    }
    this.pending.delete(message.id);
    if (message.kind === "ok") this.settle(p, () => p.ok(message.result));
    else this.settle(p, () => p.fail(message.cancelled === true ? new CancelledError() : new Error(message.message)));
  }
}
