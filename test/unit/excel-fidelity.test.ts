/**
 * Excel fidelity: the Office.js host against a fake that is as strict as Microsoft's documentation
 * says Excel is (test/support/officeFake.ts). Each case names the documented rule it checks.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { LayoutCell, SheetLayout } from "../../src/core/layout";
import { createHost, HostError, isValidSheetName, REGISTRY_KEY } from "../../src/excel/host";
import { FakeOfficeError, OfficeFake, WEB_PAYLOAD_LIMIT_BYTES, type FakeHostProfile } from "../support/officeFake";

/** A portable-style output: a formula table that is an Excel table, formats over its rows, a chart. */
function tableLayout(rows: number, seriesName = "Customers"): SheetLayout {
  const header: LayoutCell[] = [{ v: "Customer" }, { v: "Sales" }, { v: "Double" }, { v: "Class" }];
  const body: LayoutCell[][] = Array.from({ length: rows }, (_, i) => [
    { v: `Customer ${i + 1}` },
    { f: `=Data!B${i + 2}` },
    { f: `=B${i + 2}*2` },
    { f: `=IF(C${i + 2}>10,"A","B")` },
  ]);
  return {
    name: "KAM Selection",
    tag: "kam:selection",
    blocks: [{ row: 0, col: 0, cells: [header, ...body] }],
    tables: [{ name: "KamSelection", range: { row: 0, col: 0, rows: rows + 1, cols: 4 }, style: "TableStyleMedium2" }],
    formats: [
      { range: { row: 1, col: 1, rows, cols: 2 }, numberFormat: "#,##0.00" },
      { range: { row: 1, col: 2, rows, cols: 1 }, bold: true },
      { range: { row: 0, col: 0, rows: 1, cols: 4 }, bold: true, fill: "#DDEBF7" },
    ],
    conditional: [{ range: { row: 1, col: 3, rows, cols: 1 }, text: "A", fill: "#C6EFCE", fontColor: "#006100" }],
    charts: [
      {
        id: "scatter",
        type: "scatter",
        title: "Sales",
        xTitle: "Sales",
        yTitle: "Double",
        series: [
          {
            name: seriesName,
            x: { row: 1, col: 1, rows, cols: 1 },
            y: { row: 1, col: 2, rows, cols: 1 },
            style: "markers",
          },
        ],
        placement: { row: 1, col: 6, rows: 15, cols: 8 },
      },
    ],
    columnWidths: { 0: 24 },
    freezeRows: 1,
  };
}

function workbook(options: ConstructorParameters<typeof OfficeFake>[0] = {}): OfficeFake {
  const fake = new OfficeFake(options);
  fake.addSheet("Data", [["Customer", "Sales"], ...Array.from({ length: 20 }, (_, i) => [`C${i}`, i])]);
  return fake;
}

describe("Excel fidelity: table names are unique in the whole workbook (OfficeDev/office-js#551)", () => {
  it("refreshes a sheet whose output holds an Excel table, keeping the table's name", async () => {
    const fake = workbook();
    const host = createHost(fake.deps());
    await host.applyLayout(tableLayout(5));
    await host.applyLayout(tableLayout(8), { replace: true });
    expect(fake.sheetNames()).toEqual(["Data", "KAM Selection"]);
    expect(fake.sheet("KAM Selection").tables.map((t) => t.name)).toEqual(["KamSelection"]);
    expect(fake.cell("KAM Selection", "A9")?.value).toBe("Customer 8");
  });

  it("builds beside a user's table or defined name of the same name, under a free name", async () => {
    const fake = new OfficeFake();
    fake.addSheet(
      "Data",
      [
        ["Customer", "Sales"],
        ["A", 1],
      ],
      { table: "kamselection" },
    );
    fake.addName("KamSelection_2");
    await createHost(fake.deps()).applyLayout(tableLayout(3));
    expect(fake.sheet("Data").tables.map((t) => t.name)).toEqual(["kamselection"]);
    expect(fake.sheet("KAM Selection").tables.map((t) => t.name)).toEqual(["KamSelection_3"]);
  });
});

describe("Excel fidelity: writes are exact 2-D arrays", () => {
  it("writes a formula column with one top cell and Range.copyFrom, every formula as the layout gives it", async () => {
    const layout = tableLayout(50);
    const fake = workbook();
    await createHost(fake.deps()).applyLayout(layout);
    layout.blocks[0]?.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell && "f" in cell) expect(fake.cell("KAM Selection", { row: r, col: c })?.formula).toBe(cell.f);
      }),
    );
    expect(fake.log.filter((op) => op.name === "copyFrom").length).toBeGreaterThan(0);
  });

  it("gives every cell of a format range its number format, and the later bold and fills on top", async () => {
    const fake = workbook();
    await createHost(fake.deps()).applyLayout(tableLayout(40));
    expect(fake.formatAt("KAM Selection", "B2")).toEqual({ numberFormat: "#,##0.00" });
    expect(fake.formatAt("KAM Selection", "C41")).toEqual({ numberFormat: "#,##0.00", bold: true });
    expect(fake.formatAt("KAM Selection", "D1")).toEqual({ bold: true, fill: "#DDEBF7" });
    expect(fake.formatAt("KAM Selection", "D41")).toEqual({});
    expect(fake.sheet("KAM Selection").conditional).toHaveLength(1);
  });
});

describe("Excel fidelity: requirement sets", () => {
  const noMerged: FakeHostProfile = {
    id: "excelapi-1.12",
    label: "a host with ExcelApi 1.12",
    sets: { ExcelApi: "1.12", SharedRuntime: "1.1", CustomFunctionsRuntime: "1.3" },
    requestLimitBytes: WEB_PAYLOAD_LIMIT_BYTES,
    responseLimitBytes: WEB_PAYLOAD_LIMIT_BYTES,
  };

  it("reads a source where ExcelApi 1.13 (merged areas) is missing, without asking for merged areas", async () => {
    const fake = new OfficeFake({ profile: noMerged });
    fake.addSheet(
      "Data",
      [
        ["Customer", "Sales"],
        ["A", 1],
      ],
      { merged: ["A2:B2"] },
    );
    const source = await createHost(fake.deps()).readSource();
    expect(source?.rows).toEqual([["A", 1]]);
    expect(source?.merged).toEqual([]);
  });

  it("builds and refreshes where ExcelApi 1.12 (custom properties) is missing, tagging by the registry", async () => {
    const fake = workbook({ customProperties: false });
    const host = createHost(fake.deps());
    await host.applyLayout(tableLayout(3));
    await host.applyLayout(tableLayout(4), { replace: true });
    expect(await host.ownedSheets()).toEqual([{ name: "KAM Selection", tag: "kam:selection" }]);
  });
});

describe("Excel fidelity: the request context", () => {
  let unhandled: unknown[] = [];
  const record = (reason: unknown): void => void unhandled.push(reason);
  beforeEach(() => {
    unhandled = [];
    process.on("unhandledRejection", record);
  });
  afterEach(() => void process.off("unhandledRejection", record));

  it("removes the selection handler inside Excel.run on the context that added it, with nothing unhandled", async () => {
    const fake = workbook();
    const host = createHost(fake.deps());
    await host.applyLayout(tableLayout(3));
    const stop = host.onSelectionChanged(() => undefined);
    await new Promise((r) => setTimeout(r, 0));
    expect(fake.handlers.size).toBe(1);
    stop();
    await new Promise((r) => setTimeout(r, 10));
    expect(fake.handlers.size).toBe(0);
    expect(unhandled).toEqual([]);
  });
});

describe("Excel fidelity: payload limits (5 MB per request and per response on the web)", () => {
  it("reads a source whose later rows are far longer than its first without a response over the limit", async () => {
    const long = "x".repeat(2_000);
    const rows = [
      ["Customer", "Notes", "Sales"],
      ...Array.from({ length: 5_000 }, (_, i) => [`C${i}`, "a", i]),
      ...Array.from({ length: 5_000 }, (_, i) => [`D${i}`, long, i]),
    ];
    const fake = new OfficeFake();
    fake.addSheet("Data", rows);
    const source = await createHost(fake.deps()).readSource();
    expect(source?.rows).toHaveLength(10_000);
    expect(source?.rows[9_999]?.[1]).toBe(long);
    expect(fake.maxResponseBytes).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT_BYTES);
    // Growth is bounded, so at most one chunk is refused and read again in halves.
    expect(fake.requests.filter((r) => r.refused).length).toBeLessThanOrEqual(1);
  });
});

describe("Excel fidelity: nothing is lost when a build fails", () => {
  it("restores the registry by removing the key when there was none before", async () => {
    const fake = workbook({ failOnSync: 3 });
    const layout: SheetLayout = {
      ...tableLayout(3),
      blocks: [
        { row: 0, col: 0, cells: Array.from({ length: 150_000 }, (_, i) => [{ v: `Text ${i} ${"y".repeat(20)}` }]) },
      ],
      tables: [],
    };
    await expect(createHost(fake.deps()).applyLayout(layout)).rejects.toBeInstanceOf(HostError);
    expect(fake.sheetNames()).toEqual(["Data"]);
    expect(fake.settings.store.has(REGISTRY_KEY)).toBe(false);
  });

  it("removes the sheet it created by its id, even when the user renamed it during the build", async () => {
    const layout: SheetLayout = {
      ...tableLayout(3),
      blocks: [
        { row: 0, col: 0, cells: Array.from({ length: 150_000 }, (_, i) => [{ v: `Text ${i} ${"y".repeat(20)}` }]) },
      ],
      tables: [],
    };
    const fake = workbook({
      failOnSync: 4,
      afterSync: (n, f) => {
        if (n === 2) f.sheet("KAM Selection").name = "Renamed by the user";
      },
    });
    await expect(createHost(fake.deps()).applyLayout(layout)).rejects.toBeInstanceOf(HostError);
    expect(fake.sheetNames()).toEqual(["Data"]);
  });

  it("cuts a chart series name to Excel's 255 characters instead of failing the build", async () => {
    const fake = workbook();
    await createHost(fake.deps()).applyLayout(tableLayout(3, `Activity ${"n".repeat(300)}`));
    const name = fake.sheet("KAM Selection").charts[0]?.series[0]?.name ?? "";
    expect(name.length).toBe(255);
    expect(name.endsWith("…")).toBe(true);
  });

  it("refuses the reserved sheet name History like Excel", () => {
    expect(isValidSheetName("History")).toBe(false);
    expect(isValidSheetName("KAM History")).toBe(true);
  });
});

describe("the strict fake rejects what Excel rejects", () => {
  it("rejects a scalar over many cells and an array of the wrong shape with InvalidArgument", async () => {
    const fake = workbook();
    for (const write of [
      (r: Excel.Range) => ((r as unknown as { formulasR1C1: string }).formulasR1C1 = "=RC[-1]"),
      (r: Excel.Range) => ((r as unknown as { numberFormat: string }).numberFormat = "0%"),
      (r: Excel.Range) => (r.values = [[1], [2]]),
      (r: Excel.Range) => (r.numberFormat = [["0%"]]),
    ]) {
      const error = await fake
        .run(async (context) => {
          write(context.workbook.worksheets.getItem("Data").getRange("D1:D3"));
          await context.sync();
        })
        .catch((e: unknown) => e);
      expect((error as FakeOfficeError).code).toBe("InvalidArgument");
    }
  });

  it("rejects a second table of the same name anywhere in the workbook, and invalid table names", async () => {
    const fake = workbook();
    fake.addSheet("Other");
    for (const [i, name] of ["Data", "My Table", "A1", "R1C1", "1st"].entries()) {
      const error = await fake
        .run(async (context) => {
          if (name === "Data") {
            context.workbook.worksheets
              .getItem("Data")
              .tables.add(context.workbook.worksheets.getItem("Data").getRange("A1:B3"), true).name = "Sales";
          }
          const table = context.workbook.worksheets
            .getItem("Other")
            .tables.add(context.workbook.worksheets.getItem("Other").getRangeByIndexes(0, i * 3, 2, 2), true);
          table.name = name === "Data" ? "SALES" : name;
          await context.sync();
        })
        .catch((e: unknown) => e);
      expect((error as FakeOfficeError).code).toBe("InvalidArgument");
    }
  });

  it("applies a batch up to the operation that fails and drops the rest", async () => {
    const fake = workbook();
    await fake
      .run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        sheet.getRange("E1").values = [["before"]];
        sheet.getRange("E2:E3").values = [["wrong shape"]];
        sheet.getRange("E4").values = [["after"]];
        await context.sync();
      })
      .catch(() => undefined);
    expect(fake.cell("Data", "E1")?.value).toBe("before");
    expect(fake.cell("Data", "E4")).toBeUndefined();
  });

  it("fails an API the host profile lacks with ApiNotFound, and a sync outside Excel.run", async () => {
    const fake = workbook({ customProperties: false });
    const error = await fake
      .run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1:B2").getMergedAreasOrNullObject().load("address");
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect((error as FakeOfficeError).code).toBe("ApiNotFound");
    let kept: Excel.RequestContext | undefined;
    await fake.run(async (context) => {
      kept = context;
      await context.sync();
    });
    await expect(kept?.sync()).rejects.toMatchObject({ code: "InvalidRequestContext" });
  });

  it("fails a response over 5 MB and a read of more than 5,000,000 cells", async () => {
    const fake = new OfficeFake();
    fake.addSheet(
      "Big",
      Array.from({ length: 3_000 }, () => ["z".repeat(2_000)]),
    );
    const error = await fake
      .run(async (context) => {
        context.workbook.worksheets.getItem("Big").getRange("A1:A3000").load("values");
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect((error as FakeOfficeError).code).toBe("ResponsePayloadSizeLimitExceeded");
    const tooMany = await fake
      .run(async (context) => {
        context.workbook.worksheets.getItem("Big").getRangeByIndexes(0, 0, 1_000_000, 6).load("values");
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect((tooMany as FakeOfficeError).code).toBe("RangeExceedsLimit");
  });
});
