/**
 * A linear change list for HyperFormula. After every edit HyperFormula 3.x lists the changed cells
 * with `ret = ret.concat(change)` for each spilled array, which copies the whole list once per array:
 * O(changes × arrays). A sheet with thousands of spills (the cost-to-serve table of 100,000 customers
 * with 1 % left-out rows has one spill per column for each of about 1,000 runs of source rows) spent
 * 20 of its 47 s of build there in Chromium. This replaces that one method with a loop that returns
 * the same list in the same order. Development and workbench only, like HyperFormula itself.
 *
 * @module
 */
import type { HyperFormula } from "hyperformula";

/** One exported change, or the changes of every cell of a spilled array. */
type Exported = unknown;

/** The part of HyperFormula's (internal) change set that is replaced. */
interface ChangeSet {
  readonly changes: Map<string, unknown>;
  exportChanges(exporter: { exportChange(change: unknown): Exported }): Exported[];
}

const PATCHED = Symbol.for("kam.linearChangeExport");

/**
 * Every change of a change set as one flat list, in insertion order, each spilled array's cells in
 * place (what HyperFormula's own `exportChanges` returns, without the repeated copying).
 *
 * @example
 * flatExport(new Map([["a", 1], ["b", 2]]), { exportChange: (c) => (c === 2 ? [2, 3] : c) }); // [1, 2, 3]
 */
export function flatExport(
  changes: Map<string, unknown>,
  exporter: { exportChange(change: unknown): Exported },
): Exported[] {
  const out: Exported[] = [];
  for (const change of changes.values()) {
    const exported = exporter.exportChange(change);
    if (Array.isArray(exported)) for (const cell of exported as unknown[]) out.push(cell);
    else out.push(exported);
  }
  return out;
}

/**
 * Installs {@link flatExport} as the change export of HyperFormula's change sets (found through an
 * engine, once per process). Returns false when this HyperFormula version has no such method, so a
 * test notices an upgrade that moved it.
 *
 * @example
 * installLinearChangeExport(HyperFormula.buildEmpty({ licenseKey: "gpl-v3" })); // true
 */
export function installLinearChangeExport(hf: HyperFormula): boolean {
  const graph = (hf as unknown as { dependencyGraph?: { changes?: unknown } }).dependencyGraph;
  const set = graph?.changes;
  if (typeof set !== "object" || set === null) return false;
  const proto = Object.getPrototypeOf(set) as Partial<ChangeSet> & { [PATCHED]?: true };
  if (proto[PATCHED] === true) return true;
  if (typeof proto.exportChanges !== "function" || !((set as Partial<ChangeSet>).changes instanceof Map)) return false;
  proto.exportChanges = function (this: ChangeSet, exporter) {
    return flatExport(this.changes, exporter);
  };
  proto[PATCHED] = true;
  return true;
}
