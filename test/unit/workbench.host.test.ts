import { describe, expect, it } from "vitest";
import { OutputRejectedError, outputCheck } from "../../src/core/host";
import type { SheetLayout } from "../../src/core/layout";
import { metaOfLayout, plainSheet } from "../../src/workbench/model";
import { createInProcessWorkbench } from "../support/workbenchHost";

const DATA = [
  ["Customer", "Revenue", "Growth"],
  ["Acme", 1200, 0.1],
  ["Globex", 800, -0.05],
  [null, null, null],
  ["Notes", null, null],
];

const layout: SheetLayout = {
  name: "KAM Out",
  tag: "kam:out",
  blocks: [
    {
      row: 0,
      col: 0,
      cells: [
        [{ v: "Class" }, { v: "Score" }],
        [{ v: "Key account" }, { f: "=Data!B2/1000" }],
      ],
    },
  ],
  tables: [{ name: "KamOut", range: { row: 0, col: 0, rows: 2, cols: 2 } }],
  formats: [{ range: { row: 1, col: 1, rows: 1, cols: 1 }, numberFormat: "0.00" }],
  conditional: [],
  charts: [],
  columnWidths: { 0: 20 },
};

describe("the workbench host", () => {
  it("reads the current region under the selection as the source table, with number formats", async () => {
    const meta = {
      ...plainSheet("Data"),
      formats: [{ range: { row: 1, col: 2, rows: 2, cols: 1 }, numberFormat: "0.0%" }],
    };
    const { host, book } = await createInProcessWorkbench([{ name: "Data", cells: DATA }], [meta]);
    book.select({ sheet: "Data", row: 2, col: 1, rows: 1, cols: 1 });
    const source = await host.readSource();
    expect(source).toEqual({
      sheet: "Data",
      address: "A1:C3",
      headers: ["Customer", "Revenue", "Growth"],
      rows: [
        ["Acme", 1200, 0.1],
        ["Globex", 800, -0.05],
      ],
      origin: { row: 0, col: 0 },
      merged: [],
      numberFormats: ["General", "General", "0.0%"],
    });
    book.select({ sheet: "Data", row: 10, col: 5, rows: 1, cols: 1 });
    await expect(host.readSource()).resolves.toBeUndefined();
  });

  it("finds a source table again by its sheet and address, wherever the selection is", async () => {
    const { host, book } = await createInProcessWorkbench([{ name: "Data", cells: DATA }]);
    await host.applyLayout(layout);
    book.select({ sheet: "KAM Out", row: 0, col: 0, rows: 1, cols: 1 });
    await expect(host.readSourceAt("Data", "A1:C3")).resolves.toMatchObject({ sheet: "Data", address: "A1:C3" });
    await expect(host.readSourceAt("Data", "B2")).resolves.toMatchObject({
      address: "A1:C3",
      rows: [
        ["Acme", 1200, 0.1],
        ["Globex", 800, -0.05],
      ],
    });
    await expect(host.readSourceAt("Gone", "A1")).resolves.toBeUndefined();
    await expect(host.readSourceAt("Data", "not an address")).resolves.toBeUndefined();
  });

  it("applies a layout as a new owned sheet and reads its table by name", async () => {
    const { host, book } = await createInProcessWorkbench([{ name: "Data", cells: DATA }]);
    const progress: number[] = [];
    const result = await host.applyLayout(layout, { onProgress: (f) => progress.push(f) });
    expect(result).toEqual({ sheet: "KAM Out", cellsWritten: 4 });
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(1);
    await expect(host.sheetNames()).resolves.toEqual(["Data", "KAM Out"]);
    await expect(host.ownedSheets()).resolves.toEqual([{ name: "KAM Out", tag: "kam:out" }]);
    expect(book.getState().active).toBe("KAM Out");
    book.select({ sheet: "KAM Out", row: 1, col: 0, rows: 1, cols: 1 });
    const source = await host.readSource();
    expect(source?.tableName).toBe("KamOut");
    expect(source?.rows).toEqual([["Key account", 1.2]]);
  });

  it("refuses a name clash, a replace of a sheet it does not own, and a cancelled call", async () => {
    const { host } = await createInProcessWorkbench([{ name: "Data", cells: DATA }]);
    await host.applyLayout(layout);
    await expect(host.applyLayout(layout)).rejects.toMatchObject({
      code: "sheet-exists",
      message: 'The sheet "KAM Out" already exists; refresh it to replace it.',
    });
    await expect(host.applyLayout({ ...layout, name: "Data" }, { replace: true })).rejects.toMatchObject({
      code: "not-owned",
      params: { sheet: "Data" },
    });
    await expect(host.applyLayout({ ...layout, name: "Other" }, { signal: { aborted: true } })).rejects.toThrow(
      "Cancelled.",
    );
    const replaced = await host.applyLayout(layout, { replace: true });
    expect(replaced.sheet).toBe("KAM Out");
    await expect(host.sheetNames()).resolves.toEqual(["Data", "KAM Out"]);
  });

  it("rolls back a build cancelled half-way through its progress", async () => {
    const { host } = await createInProcessWorkbench([{ name: "Data", cells: DATA }]);
    const big: SheetLayout = {
      ...layout,
      name: "Big",
      blocks: [{ row: 0, col: 0, cells: Array.from({ length: 40_000 }, (_, i) => [{ v: i }, { f: `=A${i + 1}+1` }]) }],
    };
    const signal = { aborted: false };
    await expect(
      host.applyLayout(big, {
        signal,
        onProgress: (f) => {
          if (f > 0.2) signal.aborted = true;
        },
      }),
    ).rejects.toThrow("Cancelled.");
    await expect(host.sheetNames()).resolves.toEqual(["Data"]);
    await expect(host.ownedSheets()).resolves.toEqual([]);
  });

  it("reads the written sheet back when asked and undoes a write whose formulas show #REF! (issue 13)", async () => {
    const { host, engine } = await createInProcessWorkbench([{ name: "Data", cells: DATA }]);
    const stale: SheetLayout = {
      ...layout,
      blocks: [
        {
          row: 0,
          col: 0,
          cells: [
            [{ v: "Customer" }, { v: "Revenue" }],
            ...[2, 3].map((r) => [{ f: `=Customers!A${r}` }, { f: `=Customers!B${r}` }]),
          ],
        },
      ],
    };
    const rejected = host.applyLayout(stale, { verify: outputCheck(stale) });
    await expect(rejected).rejects.toBeInstanceOf(OutputRejectedError);
    const error = (await rejected.catch((e: unknown) => e)) as OutputRejectedError;
    expect(error.broken).toMatchObject({ error: "#REF!", count: 4, first: "A2", checked: 6 });
    await expect(host.sheetNames()).resolves.toEqual(["Data"]);
    await expect(host.ownedSheets()).resolves.toEqual([]);

    // A refresh that breaks keeps the sheet it would have replaced, values and all.
    const good = await host.applyLayout(layout, { verify: outputCheck(layout) });
    expect(good).toEqual({ sheet: "KAM Out", cellsWritten: 4, checked: 4 });
    await expect(host.applyLayout(stale, { replace: true, verify: outputCheck(stale) })).rejects.toThrow(
      /was not kept: 4 of 6 checked cells showed #REF!/,
    );
    await expect(
      engine.call("read", { sheet: "KAM Out", range: { row: 0, col: 0, rows: 2, cols: 2 } }),
    ).resolves.toEqual([
      ["Class", "Score"],
      ["Key account", 1.2],
    ]);
    await expect(host.ownedSheets()).resolves.toEqual([{ name: "KAM Out", tag: "kam:out" }]);
    // Without verify nothing is read back: the error values stay (a host that cannot check).
    await expect(host.applyLayout({ ...stale, name: "Unchecked" })).resolves.toEqual({
      sheet: "Unchecked",
      cellsWritten: 6,
    });
  });

  it("keeps configuration by key and tells the pane when the selected row changes", async () => {
    const { host, book } = await createInProcessWorkbench([{ name: "Data", cells: DATA }]);
    await expect(host.loadConfig("weights")).resolves.toBeUndefined();
    await host.saveConfig("weights", { image: 2 });
    await expect(host.loadConfig("weights")).resolves.toEqual({ image: 2 });
    const seen: [string, number][] = [];
    const stop = host.onSelectionChanged((sheet, row) => seen.push([sheet, row]));
    book.select({ sheet: "Data", row: 2, col: 0, rows: 1, cols: 1 });
    book.select({ sheet: "Data", row: 2, col: 1, rows: 1, cols: 1 });
    stop();
    book.select({ sheet: "Data", row: 3, col: 0, rows: 1, cols: 1 });
    expect(seen).toEqual([["Data", 2]]);
  });

  it("keeps a layout's tables, formats, conditional colours and charts as sheet metadata", () => {
    const meta = metaOfLayout({ ...layout, freezeRows: 1 });
    expect(meta).toEqual(expect.objectContaining({ tag: "kam:out", tables: layout.tables, freezeRows: 1 }));
  });
});
