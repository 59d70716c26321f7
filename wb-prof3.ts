import { createKamEngine, applyLayoutToEngine } from "./src/workbench/engine";
import { buildSelectionLayout, initialConfig } from "./src/core/selectionMatrix";
import { profileSource } from "./src/core/source";
import { sampleSourceTable, sourceSheetRows } from "./test/support/selectionSample";
const N = Number(process.argv[2] ?? 20000);
const base = sampleSourceTable();
const rows = Array.from({ length: N }, (_, i) => { const r = [...(base.rows[i % base.rows.length] ?? [])]; r[0] = `Customer ${i + 1}`; return r; });
const table = { ...base, rows, address: `A1:AA${N + 1}` };
const config = { ...initialConfig(profileSource(table), "course", "en"), style: (process.argv[3] ?? "portable") as "portable" | "kam" };
const built = buildSelectionLayout(table, config, { existingSheets: ["Customers"] });
if (!built.ok) throw new Error(built.message);
const big = built.layout.blocks.find(b => b.cells.length > 100)!;
console.log(JSON.stringify(big.cells[2]).slice(0, 2500));
for (const b of built.layout.blocks) if (b.cells.length < 100) for (const r of b.cells) { const s = JSON.stringify(r); if (s.includes("KAM.")) console.log(s.slice(0, 400)); }
const hf = createKamEngine({ Customers: sourceSheetRows(table) as never });
let t = Date.now();
applyLayoutToEngine(hf, built.layout);
console.log("setSheetContent ms", Date.now() - t);
