/**
 * Part 2: inside a formula engine (HyperFormula with the KAM plugin, as in the workbench), the KAM
 * function against the native formula a user would write instead:
 *
 * - one `=KAM.SCORE(range, weights)` spill, against a `SUMPRODUCT` per row and against one `MMULT`
 *   array formula (all three skip blank scores and renormalise the weights, so they agree);
 * - one `=KAM.CLASSIFY(current, future, profit)` spill, against a nested `IF` and an `IFS` per row.
 *
 * "Build" is writing the formulas into an empty sheet of a workbook that already holds the data
 * (parse + evaluate); "recalc" is changing one weight (or the cut-off cell) and letting the engine
 * recalculate what depends on it.
 *
 * @module
 */
import type { HyperFormula, RawCellContent } from "hyperformula";
import { columnLetters } from "../src/core/layout";
import { createKamEngine } from "../src/workbench/engine";
import { CRITERIA, WEIGHTS, classifyInput, scoreInput } from "./data";
import { count, ratio, span, table, time, type Timing } from "./lib";

/** One formulation at one size. */
export interface EngineRow {
  readonly task: "score" | "classify";
  readonly formulation: string;
  readonly rows: number;
  readonly build: Timing;
  readonly recalc: Timing;
  /** This formulation's build ÷ the KAM function's build (above 1: KAM is faster). */
  readonly buildVsKam: number;
  readonly recalcVsKam: number;
}

interface Formulation {
  readonly name: string;
  /** The Out sheet's content for n rows. */
  readonly sheet: (n: number) => RawCellContent[][];
}

const LAST = columnLetters(CRITERIA - 1);
const W = `W!$A$1:$${LAST}$1`;

const SCORE_FORMULATIONS: readonly Formulation[] = [
  { name: "KAM.SCORE spill", sheet: (n) => [[`=KAM.SCORE(Data!A1:${LAST}${n},${W})`]] },
  {
    name: "SUMPRODUCT per row",
    sheet: (n) =>
      Array.from({ length: n }, (_, i) => [
        `=SUMPRODUCT(Data!A${i + 1}:${LAST}${i + 1},${W})/SUMPRODUCT(--(Data!A${i + 1}:${LAST}${i + 1}<>""),${W})`,
      ]),
  },
  {
    name: "MMULT array formula",
    sheet: (n) => [
      [
        `=MMULT(IF(ISNUMBER(Data!A1:${LAST}${n}),Data!A1:${LAST}${n},0),TRANSPOSE(${W}))/MMULT(IF(ISNUMBER(Data!A1:${LAST}${n}),1,0),TRANSPOSE(${W}))`,
      ],
    ],
  },
];

/** Current in column J, future in K, profit in L of the Data sheet; the cut-off in C!A1. */
const CLASSIFY_FORMULATIONS: readonly Formulation[] = [
  { name: "KAM.CLASSIFY spill", sheet: (n) => [[`=KAM.CLASSIFY(Data!J1:J${n},Data!K1:K${n},Data!L1:L${n},C!$A$1)`]] },
  {
    name: "nested IF per row",
    sheet: (n) =>
      Array.from({ length: n }, (_, i) => {
        const r = i + 1;
        return [
          `=IF(Data!L${r}<0,"Loss customer",IF(Data!J${r}>=C!$A$1,IF(Data!K${r}>=3,"Key account","Large customer"),IF(Data!K${r}>=3,"Future key account","Small customer")))`,
        ];
      }),
  },
  {
    name: "IFS per row",
    sheet: (n) =>
      Array.from({ length: n }, (_, i) => {
        const r = i + 1;
        return [
          `=IFS(Data!L${r}<0,"Loss customer",AND(Data!J${r}>=C!$A$1,Data!K${r}>=3),"Key account",Data!K${r}>=3,"Future key account",Data!J${r}>=C!$A$1,"Large customer",TRUE(),"Small customer")`,
        ];
      }),
  },
];

function dataSheet(n: number): RawCellContent[][] {
  const s = scoreInput(n);
  const k = classifyInput(n);
  const rows: RawCellContent[][] = new Array<RawCellContent[]>(n);
  for (let r = 0; r < n; r++) {
    const line: RawCellContent[] = [];
    for (let c = 0; c < CRITERIA; c++) {
      const v = s.flat[r * CRITERIA + c] as number;
      line.push(v === v ? v : null);
    }
    const profit = k.profitFlat[r] as number;
    line.push(null, k.currentFlat[r] ?? null, k.futureFlat[r] ?? null, profit === profit ? profit : null);
    rows[r] = line;
  }
  return rows;
}

function sheetId(hf: HyperFormula, name: string): number {
  const id = hf.getSheetId(name);
  if (id === undefined) throw new Error(`no sheet ${name}`);
  return id;
}

function close(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  return a === b;
}

/** Checks that every formulation gives the KAM function's answer on a sample of rows. */
function agree(task: string, name: string, reference: readonly unknown[], values: readonly unknown[]): void {
  for (let i = 0; i < reference.length; i += Math.max(1, Math.floor(reference.length / 500))) {
    if (!close(values[i], reference[i])) {
      throw new Error(
        `${task}: ${name} disagrees with KAM at row ${i + 1}: ${String(values[i])} vs ${String(reference[i])}`,
      );
    }
  }
}

async function measureTask(
  task: "score" | "classify",
  formulations: readonly Formulation[],
  n: number,
  data: RawCellContent[][],
  log: (line: string) => void,
): Promise<EngineRow[]> {
  const measured: { name: string; build: Timing; recalc: Timing }[] = [];
  let reference: unknown[] | undefined;
  for (const f of formulations) {
    const content = f.sheet(n);
    // A fresh workbook for every build: HyperFormula's clearSheet/removeSheet of 100,000 formulas
    // takes minutes (it unlinks every dependency one by one), far longer than the build itself.
    let hf: HyperFormula | undefined;
    const fresh = (): HyperFormula => {
      hf?.destroy();
      hf = createKamEngine({ Data: data, W: [[...WEIGHTS]], C: [[3]], Out: [] });
      return hf;
    };
    const runs = n > 10_000 ? { runs: 5, warmup: 0 } : { runs: 5, warmup: 1 };
    let engine = fresh();
    const build = await time(`${f.name} build ${n}`, () => engine.setSheetContent(sheetId(engine, "Out"), content), {
      ...runs,
      beforeEach: () => {
        engine = fresh();
      },
    });
    const out = sheetId(engine, "Out");
    const values = engine.getSheetValues(out).map((row) => row[0]);
    if (values.length !== n) throw new Error(`${task}: ${f.name} gave ${values.length} rows, expected ${n}`);
    if (reference === undefined) reference = values;
    else agree(task, f.name, reference, values);
    const target = { sheet: sheetId(engine, task === "score" ? "W" : "C"), row: 0, col: 0 };
    let flip = false;
    const recalc = await time(
      `${f.name} recalc ${n}`,
      () => {
        flip = !flip;
        engine.setCellContents(target, [[task === "score" ? (flip ? 3.5 : 3) : flip ? 3.2 : 3]]);
      },
      { runs: 5, warmup: 1 },
    );
    engine.destroy();
    measured.push({ name: f.name, build, recalc });
    log(`  ${f.name} ${count(n)} rows: build ${span(build)} ms, recalc ${span(recalc)} ms`);
  }
  const kam = measured[0];
  if (kam === undefined) return [];
  return measured.map((m) => ({
    task,
    formulation: m.name,
    rows: n,
    build: m.build,
    recalc: m.recalc,
    buildVsKam: m.build.median / kam.build.median,
    recalcVsKam: m.recalc.median / kam.recalc.median,
  }));
}

/**
 * Runs part 2 at the given sizes.
 *
 * @example
 * const rows = await benchEngine([10_000], console.log);
 */
export async function benchEngine(sizes: readonly number[], log: (line: string) => void): Promise<EngineRow[]> {
  const rows: EngineRow[] = [];
  for (const n of sizes) {
    const data = dataSheet(n);
    rows.push(...(await measureTask("score", SCORE_FORMULATIONS, n, data, log)));
    rows.push(...(await measureTask("classify", CLASSIFY_FORMULATIONS, n, data, log)));
  }
  return rows;
}

/**
 * Whether the KAM function is no slower than the fastest native formulation (build and recalc),
 * per task and size.
 *
 * @example
 * engineVerdicts(rows); // [{ task: "score", rows: 10000, build: true, recalc: true, … }]
 */
export function engineVerdicts(
  rows: readonly EngineRow[],
): { task: string; rows: number; build: boolean; recalc: boolean; buildRatio: number; recalcRatio: number }[] {
  const keys = [...new Set(rows.map((r) => `${r.task}|${r.rows}`))];
  return keys.map((key) => {
    const group = rows.filter((r) => `${r.task}|${r.rows}` === key);
    const kam = group[0] as EngineRow;
    const natives = group.slice(1);
    const fastestBuild = Math.min(...natives.map((r) => r.build.median));
    const fastestRecalc = Math.min(...natives.map((r) => r.recalc.median));
    return {
      task: kam.task,
      rows: kam.rows,
      buildRatio: kam.build.median / fastestBuild,
      recalcRatio: kam.recalc.median / fastestRecalc,
      build: kam.build.median <= fastestBuild,
      recalc: kam.recalc.median <= fastestRecalc,
    };
  });
}

/**
 * The table of part 2.
 *
 * @example
 * console.log(engineTable(rows));
 */
export function engineTable(rows: readonly EngineRow[]): string {
  return table(
    ["task", "formulation", "rows", "build ms", "recalc ms", "build ÷ KAM", "recalc ÷ KAM"],
    rows.map((r) => [
      r.task,
      r.formulation,
      count(r.rows),
      span(r.build),
      span(r.recalc),
      ratio(r.buildVsKam),
      ratio(r.recalcVsKam),
    ]),
  );
}
