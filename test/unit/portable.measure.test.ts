/**
 * A measurement, not a test (skipped unless KAM_MEASURE_PORTABLE=1): how long the portable formula style takes to recalculate, by customers, in HyperFormula (the engine of
 * the workbench) and in LibreOffice (recalculated on load): the measurement behind the pane's warning
 * threshold (issue 13). Each size is built once per builder; the time is the engine's load and full
 * recalculation of the written sheet, which is what the user waits for after "Build".
 *
 *   KAM_MEASURE_PORTABLE=1 KAM_SIZES=1000,2000,4000 npx vitest run test/unit/portable.measure.test.ts
 *
 * @module
 */
import { performance } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { costToServeLayout } from "../../src/core/costToServe/builder";
import { buildSelectionLayout } from "../../src/core/selection/builder";
import { profileSource } from "../../src/core/source";
import { recalculate, sampleConfig, syntheticCustomers, tableSource } from "../support/costToServe";
import { disposeLibreOfficeProfile, libreOfficeMissing, recalcLayout } from "../support/libreoffice";
import { sampleConfigs } from "../support/selectionConfigs";
import { evaluateSelection } from "../support/selectionEval";
import { scaledSourceTable, sourceSheetRows } from "../support/selectionSample";

const sizes = (process.env["KAM_SIZES"] ?? "1000,2000,4000").split(",").map(Number);
const withLibreOffice = process.env["KAM_NO_LIBREOFFICE"] === undefined && libreOfficeMissing() === undefined;

async function time(run: () => unknown): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

interface Row {
  builder: string;
  customers: number;
  hyperformulaMs: number;
  libreofficeMs?: number;
}

async function measure(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const n of sizes) {
    const table = scaledSourceTable(n);
    const course = sampleConfigs(profileSource(table))["Course: four dimensions"];
    if (course === undefined) throw new Error("no sample configuration");
    const config = { ...course, style: "portable" as const };
    const hf = await time(() => evaluateSelection(table, config));
    const built = buildSelectionLayout(table, config, { existingSheets: [table.sheet] });
    if (!built.ok) throw new Error(built.message);
    const lo = withLibreOffice
      ? await time(() => recalcLayout(built.layout, { sources: [{ name: table.sheet, rows: sourceSheetRows(table) }] }))
      : undefined;
    rows.push({
      builder: "selection",
      customers: n,
      hyperformulaMs: hf,
      ...(lo === undefined ? {} : { libreofficeMs: lo }),
    });
    console.log(rows.at(-1));

    const data = syntheticCustomers(n);
    const cts = costToServeLayout(sampleConfig("portable"), tableSource("Data", data));
    const hf2 = await time(() => recalculate(cts.layout, "Data", data));
    const lo2 = withLibreOffice
      ? await time(() => recalcLayout(cts.layout, { sources: [{ name: "Data", rows: data }] }))
      : undefined;
    rows.push({
      builder: "cost-to-serve",
      customers: n,
      hyperformulaMs: hf2,
      ...(lo2 === undefined ? {} : { libreofficeMs: lo2 }),
    });
    console.log(rows.at(-1));
  }
  return rows;
}

/** The n at which a·n² reaches `ms`, with a fitted from the largest size (the quadratic term dominates there). */
function reach(rows: readonly Row[], builder: string, key: "hyperformulaMs" | "libreofficeMs", ms: number): number {
  const last = rows.filter((r) => r.builder === builder && r[key] !== undefined).at(-1);
  if (last === undefined) return Number.NaN;
  const a = (last[key] as number) / last.customers ** 2;
  return Math.round(Math.sqrt(ms / a));
}

describe.skipIf(process.env["KAM_MEASURE_PORTABLE"] === undefined)("the portable style's recalculation time", () => {
  it("is measured at each size, and the customers at 10 s and 60 s are estimated", { timeout: 3_600_000 }, async () => {
    const rows = await measure();
    await disposeLibreOfficeProfile();
    console.table(
      rows.map((r) => ({
        ...r,
        hyperformulaMs: Math.round(r.hyperformulaMs),
        libreofficeMs: r.libreofficeMs && Math.round(r.libreofficeMs),
      })),
    );
    for (const builder of ["selection", "cost-to-serve"]) {
      for (const key of ["hyperformulaMs", "libreofficeMs"] as const) {
        console.log(
          `${builder}, ${key.replace("Ms", "")}: 10 s at about ${reach(rows, builder, key, 10_000)} customers, ` +
            `60 s at about ${reach(rows, builder, key, 60_000)}`,
        );
      }
    }
    expect(rows.length).toBe(sizes.length * 2);
  });
});
