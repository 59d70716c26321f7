import { buildSelectionLayout, initialConfig } from "./src/core/selectionMatrix";
import { profileSource } from "./src/core/source";
import { sampleSourceTable } from "./test/support/selectionSample";
const base = sampleSourceTable();
const config = initialConfig(profileSource(base), "course", "en");
const built = buildSelectionLayout(base, config, { existingSheets: ["Customers"] });
if (!built.ok) throw new Error(built.message);
for (const b of built.layout.blocks) console.log(b.row, b.col, b.cells.length, JSON.stringify(b.cells[b.cells.length > 100 ? 2 : 0]).slice(0, 3000));
