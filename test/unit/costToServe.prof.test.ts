import { it } from "vitest";
import { computeCostToServe, costToServeLayout } from "../../src/core/costToServe";
import { sampleConfig, tableSource, sampleRows } from "../support/costToServe";
it("prof", () => {
  const base = sampleRows();
  const rows = [base[0]!, ...Array.from({ length: 100_000 }, (_, i) => { const r = [...base[1 + (i % 150)]!]; r[0] = `C${i}`; return r; })];
  const source = tableSource("Data", rows);
  for (let k = 0; k < 2; k++) {
    let t = performance.now();
    const preview = computeCostToServe(sampleConfig("portable"), source);
    console.log("preview", performance.now() - t);
    t = performance.now();
    costToServeLayout(sampleConfig("portable"), source, { preview });
    console.log("layout", performance.now() - t);
  }
});
