import { describe, expect, it } from "vitest";
import type { SheetLayout } from "../../src/core/layout";
import type { FromWorker, Methods, Method } from "../../src/workbench/protocol";
import { EngineService, typedInput } from "../../src/workbench/service";

function harness(): {
  call: <M extends Method>(method: M, params: Methods[M]["params"]) => Promise<Methods[M]["result"]>;
  messages: FromWorker[];
  service: EngineService;
} {
  const messages: FromWorker[] = [];
  const service = new EngineService((m) => messages.push(m));
  let id = 0;
  const call = async <M extends Method>(method: M, params: Methods[M]["params"]): Promise<Methods[M]["result"]> => {
    const mine = ++id;
    await service.handle({ kind: "call", id: mine, method, params } as never);
    const answer = messages.find((m) => (m.kind === "ok" || m.kind === "error") && m.id === mine);
    if (answer?.kind === "ok") return answer.result as Methods[M]["result"];
    throw new Error(answer?.kind === "error" ? answer.message : "no answer");
  };
  return { call, messages, service };
}

const whole = { row: 0, col: 0, rows: 20, cols: 10 };

describe("the workbench engine service", () => {
  it("loads sheets, computes formulas and spills a KAM function over its range", async () => {
    const { call } = harness();
    await call("load", { sheets: [{ name: "Data", cells: [[2], [3], [4.6], ["=KAM.LOYALTYZONE(A1:A3)"]] }] });
    const w = await call("window", { sheet: "Data", range: whole });
    expect(w.size).toEqual({ rows: 6, cols: 1 });
    expect(w.cells.slice(3).map((r) => r[0])).toEqual([
      { v: "Zone of defection", f: "=KAM.LOYALTYZONE(A1:A3)" },
      { v: "Zone of indifference", spill: true },
      { v: "Zone of affection", spill: true },
    ]);
  });

  it("recalculates dependants when a cell is typed over, parsing numbers, percentages and booleans", async () => {
    const { call, messages } = harness();
    await call("load", { sheets: [{ name: "S", cells: [[1, "=A1*10"]] }] });
    const before = messages.filter((m) => m.kind === "changed").length;
    await call("setCell", { sheet: "S", row: 0, col: 0, input: "25%" });
    expect(await call("read", { sheet: "S", range: { row: 0, col: 0, rows: 1, cols: 2 } })).toEqual([[0.25, 2.5]]);
    expect(messages.filter((m) => m.kind === "changed").length).toBe(before + 1);
    expect([typedInput(""), typedInput("false"), typedInput("'=x")]).toEqual([null, false, "'=x"]);
  });

  it("reports errors with their message and rejects unknown sheets", async () => {
    const { call } = harness();
    await call("load", { sheets: [{ name: "S", cells: [["=1/0", '=KAM.LOYALTYZONE("x")']] }] });
    const [div, kam] = (await call("read", { sheet: "S", range: { row: 0, col: 0, rows: 1, cols: 2 } }))[0] ?? [];
    expect(div).toEqual(expect.objectContaining({ sheetError: "#DIV/0!" }));
    expect(kam).toEqual(
      expect.objectContaining({ sheetError: "#VALUE!", message: expect.stringMatching(/satisfaction/) }),
    );
    await expect(call("read", { sheet: "Nope", range: whole })).rejects.toThrow('There is no sheet named "Nope".');
    await expect(call("window", { sheet: "Nope", range: whole })).resolves.toEqual(
      expect.objectContaining({ cells: [], size: { rows: 0, cols: 0 } }),
    );
  });

  it("finds the current region around a cell, across blank cells inside it, and nothing on an empty island", async () => {
    const { call } = harness();
    const cells = [
      ["Name", "Score", null, null],
      ["A", 1, null, null],
      ["B", null, null, null],
      [null, 3, null, "far"],
    ];
    await call("load", { sheets: [{ name: "S", cells }] });
    expect(await call("region", { sheet: "S", row: 1, col: 0 })).toEqual({ row: 0, col: 0, rows: 4, cols: 2 });
    expect(await call("region", { sheet: "S", row: 0, col: 3 })).toBeNull();
  });

  it("writes a layout in chunks with progress, text starting with '=' staying text", async () => {
    const { call, messages } = harness();
    await call("load", { sheets: [{ name: "Data", cells: [[1]] }] });
    const rows = Array.from({ length: 12_000 }, (_, i) => [{ v: i }, { f: `=A${i + 1}*2` }, { v: "=text" }]);
    const layout: SheetLayout = {
      name: "Out",
      tag: "kam:test",
      blocks: [{ row: 0, col: 0, cells: rows }],
      tables: [],
      formats: [],
      conditional: [],
      charts: [],
      columnWidths: {},
    };
    const result = await call("applyLayout", { layout, replace: false });
    expect(result).toEqual({ sheet: "Out", cellsWritten: 36_000 });
    const progress = messages
      .filter((m) => m.kind === "progress")
      .map((m) => (m.kind === "progress" ? m.fraction : -1));
    expect(progress.length).toBeGreaterThanOrEqual(4);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
    expect(await call("read", { sheet: "Out", range: { row: 11_999, col: 0, rows: 1, cols: 3 } })).toEqual([
      [11_999, 23_998, "=text"],
    ]);
    await expect(call("applyLayout", { layout, replace: false })).rejects.toThrow(/already exists/);
  });

  it("removes a new sheet, or restores a replaced one, when the write is cancelled", async () => {
    const { service, messages } = harness();
    const layout = (name: string, n: number): SheetLayout => ({
      name,
      tag: "kam:test",
      blocks: [{ row: 0, col: 0, cells: Array.from({ length: n }, (_, i) => [{ v: i }]) }],
      tables: [],
      formats: [],
      conditional: [],
      charts: [],
      columnWidths: {},
    });
    await service.handle({
      kind: "call",
      id: 1,
      method: "load",
      params: { sheets: [{ name: "Old", cells: [["kept"]] }] },
    });
    const run = service.handle({
      kind: "call",
      id: 2,
      method: "applyLayout",
      params: { layout: layout("New", 30_000), replace: false },
    });
    service.cancel(2);
    await run;
    expect(messages.find((m) => m.kind === "error" && m.id === 2)).toEqual(
      expect.objectContaining({ cancelled: true }),
    );
    const replace = service.handle({
      kind: "call",
      id: 3,
      method: "applyLayout",
      params: { layout: layout("Old", 30_000), replace: true },
    });
    service.cancel(3);
    await replace;
    await service.handle({ kind: "call", id: 4, method: "sheetNames", params: {} });
    await service.handle({
      kind: "call",
      id: 5,
      method: "read",
      params: { sheet: "Old", range: { row: 0, col: 0, rows: 2, cols: 1 } },
    });
    const answers = messages.filter((m) => m.kind === "ok");
    expect(answers.find((m) => m.id === 4)).toEqual(expect.objectContaining({ result: ["Old"] }));
    expect(answers.find((m) => m.id === 5)).toEqual(expect.objectContaining({ result: [["kept"], [null]] }));
  });

  it("answers reads sent while a layout is being written once the write is done", async () => {
    const { service, messages } = harness();
    await service.handle({ kind: "call", id: 1, method: "load", params: { sheets: [{ name: "S", cells: [[1]] }] } });
    const layout: SheetLayout = {
      name: "Out",
      tag: "kam:test",
      blocks: [{ row: 0, col: 0, cells: Array.from({ length: 12_000 }, (_, i) => [{ f: `=S!A1+${i}` }]) }],
      tables: [],
      formats: [],
      conditional: [],
      charts: [],
      columnWidths: {},
    };
    const write = service.handle({ kind: "call", id: 2, method: "applyLayout", params: { layout, replace: false } });
    const read = service.handle({
      kind: "call",
      id: 3,
      method: "read",
      params: { sheet: "Out", range: { row: 11_999, col: 0, rows: 1, cols: 1 } },
    });
    await Promise.all([write, read]);
    expect(messages.find((m) => m.kind !== "progress" && m.kind !== "changed" && m.id === 3)).toEqual({
      kind: "ok",
      id: 3,
      result: [[12_000]],
    });
  });

  it("replaces the workbook with an opened file and saves it as .xlsx with the page's formats", async () => {
    const { call } = harness();
    const csv = new TextEncoder().encode("Customer,Share\nAcme,0.25\nGlobex,=B2*2\n");
    const { metas, reading } = await call("openFile", { fileName: "shares.csv", data: csv.buffer as ArrayBuffer });
    expect(reading).toMatchObject({ delimiter: ",", numbers: "en", encoding: "utf-8" });
    expect(metas.map((m) => m.name)).toEqual(["shares"]);
    expect(await call("sheetNames", {})).toEqual(["shares"]);
    await call("setCell", { sheet: "shares", row: 3, col: 1, input: "=SUM(B2:B3)" });
    const meta = { ...metas[0], formats: [{ range: { row: 1, col: 1, rows: 3, cols: 1 }, numberFormat: "0%" }] };
    const bytes = await call("saveFile", { metas: [meta as (typeof metas)[number]] });
    const again = await call("openFile", { fileName: "shares.xlsx", data: bytes });
    expect(again.reading).toBeUndefined();
    expect(again.metas[0]?.formats).toEqual([{ range: { row: 1, col: 1, rows: 3, cols: 1 }, numberFormat: "0%" }]);
    expect(await call("read", { sheet: "shares", range: { row: 1, col: 0, rows: 3, cols: 2 } })).toEqual([
      ["Acme", 0.25],
      ["Globex", "=B2*2"],
      [null, 0.25],
    ]);
  });

  it("exports inputs, values and the areas of spilled arrays, without the spilled values as inputs", async () => {
    const { call } = harness();
    await call("load", { sheets: [{ name: "S", cells: [[1, "=SEQUENCE(3)", "'=lit"]] }] });
    const [sheet] = await call("exportAll", {});
    expect(sheet?.inputs).toEqual([
      [1, "=SEQUENCE(3)", "'=lit"],
      [null, null],
      [null, null],
    ]);
    expect(sheet?.values[2]).toEqual([null, 3]);
    expect(sheet?.arrays).toEqual([{ row: 0, col: 1, rows: 3, cols: 1 }]);
  });
});
