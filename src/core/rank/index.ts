/**
 * Ranking and sorting over a whole range in one pass, O(n log n): `KAM.RANKALL` (Excel's RANK.EQ for
 * every value of a range at once) and `KAM.SORTROWS` (the rows of a range ordered by a key column,
 * stable). Both replace per-row formulas such as `COUNTIF(range,">"&A2)+1` or
 * `MATCH(position,ranks,0)`, which cost O(n²) over a column of n customers. `KAM.RANK` and
 * `KAM.SORTBY` are their first ids, deprecated (they read as Excel's RANK and SORTBY, which differ) but
 * kept, so saved workbooks keep computing.
 *
 * @module
 */
import { shapeOf, type Cell, type Grid, type OutCell, type OutGrid } from "../cells";
import { isFail, readNumber, readOption, readOptionalNumber, readSingle, type Fail } from "../cells/read";
import { defineFunction } from "../catalog/define";
import { issue } from "../issues";

/**
 * Above this many rows the portable formula style's per-row ranks (`COUNTIF` over the whole column
 * in every row, O(n²)) take longer to recalculate than a user will wait; the panes then suggest the
 * KAM style. Measured (test/unit/portable.measure.test.ts, docs/performance.md): in the workbench's
 * engine the selection sheet takes about 5 s at 1,000 customers, 24 s at 2,000 and 54 s at 3,000.
 *
 * @example
 * 3_000 > QUADRATIC_WARNING_ROWS; // true: the pane shows the warning
 */
export const QUADRATIC_WARNING_ROWS = 2_000;

/** How tied values are ranked: `shared` (RANK.EQ: all get the best rank) or `first` (input order). */
export type Ties = "shared" | "first";

/** The accepted `ties` words. */
export const TIES: readonly Ties[] = ["shared", "first"];

/**
 * The positions of `values` in sorted order, stable (ties keep input order): descending unless
 * `ascending`. O(n log n) on a typed index array.
 *
 * @example
 * Array.from(sortOrder(Float64Array.of(5, 9, 5, -2), false)); // [1, 0, 2, 3]
 */
export function sortOrder(values: Float64Array, ascending: boolean): Uint32Array {
  const order = new Uint32Array(values.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  const sign = ascending ? 1 : -1;
  return order.sort((a, b) => sign * ((values[a] as number) - (values[b] as number)) || a - b);
}

/**
 * The rank of every value: 1 for the largest (descending) or the smallest (`ascending`). With
 * `shared` ties, equal values get the best rank of their group (Excel's RANK.EQ); with `first`,
 * the earlier value gets the better rank, so the ranks are 1…n without gaps.
 *
 * @example
 * Array.from(ranks(Float64Array.of(7, 3.5, 3.5, 1, 2), false, "shared")); // [1, 2, 2, 5, 4]
 * Array.from(ranks(Float64Array.of(7, 3.5, 3.5, 1, 2), false, "first")); // [1, 2, 3, 5, 4]
 */
export function ranks(values: Float64Array, ascending: boolean, ties: Ties = "shared"): Float64Array {
  const order = sortOrder(values, ascending);
  const out = new Float64Array(values.length);
  let groupRank = 1;
  for (let p = 0; p < order.length; p++) {
    const i = order[p] as number;
    if (p === 0 || values[i] !== values[order[p - 1] as number]) groupRank = p + 1;
    out[i] = ties === "shared" ? groupRank : p + 1;
  }
  return out;
}

/** The `order` argument: 0 or omitted is descending, any other number ascending (as in Excel). */
function readOrder(grid: Grid | undefined): boolean | Fail {
  const cell = readSingle(grid, "order");
  if (isFail(cell)) return cell;
  const order = readOptionalNumber(cell, 0, ["order"]);
  return isFail(order) ? order : order !== 0;
}

/** The `ties` argument: `shared` when omitted. */
function readTies(grid: Grid | undefined): Ties | Fail {
  const cell = readSingle(grid, "ties");
  return isFail(cell) ? cell : readOption(cell, TIES, "shared", ["ties"]);
}

function fillLike(grid: Grid, cell: OutCell): OutGrid {
  const { rows, cols } = shapeOf(grid);
  return Array.from({ length: rows }, () => new Array<OutCell>(cols).fill(cell));
}

/**
 * `KAM.RANKALL(values, [order], [ties])`: the rank of every value of a range, spilled in its shape,
 * with Excel RANK.EQ semantics: `order` 0 (default) ranks the largest 1, any other number the
 * smallest; ties share the best rank (or, with `ties` = `"first"`, rank in input order). Only the
 * numbers of the range are ranked against each other; a blank gives `#N/A`, text `#VALUE!` and a
 * sheet error passes through, each in its own cell. A bad `order` or `ties` fills the spill.
 *
 * @example
 * RANKALL.compute([[7], [3.5], [3.5], [1], [2]], undefined, undefined); // [[1], [2], [2], [5], [4]]
 */
export const RANKALL = defineFunction({
  id: "RANKALL",
  params: [
    { name: "values", kind: "range" },
    { name: "order", kind: "single", optional: true },
    { name: "ties", kind: "single", optional: true },
  ],
  shape: ([values]) => values ?? { rows: 1, cols: 1 },
  compute: (values, order, ties) => {
    const ascending = readOrder(order);
    if (isFail(ascending)) return fillLike(values, ascending);
    const tie = readTies(ties);
    if (isFail(tie)) return fillLike(values, tie);
    const { rows, cols } = shapeOf(values);
    const out: OutGrid = new Array<OutCell[]>(rows);
    const numbers = new Float64Array(rows * cols);
    const at = new Uint32Array(rows * cols);
    let count = 0;
    for (let r = 0; r < rows; r++) {
      const line = values[r] ?? [];
      const outLine = new Array<OutCell>(cols);
      for (let c = 0; c < cols; c++) {
        const cell: Cell | undefined = line[c];
        if (typeof cell === "number" && cell - cell === 0) {
          numbers[count] = cell;
          at[count++] = r * cols + c;
          outLine[c] = 0;
          continue;
        }
        const path = cols === 1 ? ["values", r + 1] : ["values", r + 1, c + 1];
        const failed = readNumber(cell === "" ? null : cell, path);
        outLine[c] = isFail(failed) ? failed : issue("not_a_number", path, { value: String(cell) });
      }
      out[r] = outLine;
    }
    const ranked = ranks(numbers.subarray(0, count), ascending, tie);
    for (let k = 0; k < count; k++) {
      const flat = at[k] as number;
      (out[Math.floor(flat / cols)] as OutCell[])[flat % cols] = ranked[k] as number;
    }
    return out;
  },
});

/**
 * `KAM.SORTROWS(array, by, [order])`: the rows of `array` ordered by the key column `by` (one value
 * per row of `array`), largest key first when `order` is 0 (default), smallest first otherwise.
 * The sort is stable: rows with equal keys keep their input order. Rows whose key is not a number
 * (blank, text or an error) come last, in input order. Cells of `array` are copied as they are,
 * errors included (a NaN or ±Infinity becomes `not_finite`). A `by` of the wrong length fills the spill with `length_mismatch`.
 *
 * @example
 * SORTROWS.compute([["A"], ["B"], ["C"]], [[5], [9], [5]], undefined); // [["B"], ["A"], ["C"]]
 */
export const SORTROWS = defineFunction({
  id: "SORTROWS",
  params: [
    { name: "array", kind: "range" },
    { name: "by", kind: "range" },
    { name: "order", kind: "single", optional: true },
  ],
  shape: ([array]) => array ?? { rows: 1, cols: 1 },
  compute: (array, by, order) => {
    const ascending = readOrder(order);
    if (isFail(ascending)) return fillLike(array, ascending);
    const { rows } = shapeOf(array);
    const keys = shapeOf(by);
    if (keys.cols !== 1 && keys.rows !== 1) return fillLike(array, issue("not_a_list", ["by", 1]));
    const length = keys.cols === 1 ? keys.rows : keys.cols;
    if (length !== rows) return fillLike(array, issue("length_mismatch", ["by"], { expected: rows, actual: length }));
    const numbers = new Float64Array(rows);
    const at = new Uint32Array(rows);
    const rest: number[] = [];
    let count = 0;
    for (let i = 0; i < rows; i++) {
      const key = keys.cols === 1 ? by[i]?.[0] : by[0]?.[i];
      if (typeof key === "number" && key - key === 0) {
        numbers[count] = key;
        at[count++] = i;
      } else rest.push(i);
    }
    const sorted = sortOrder(numbers.subarray(0, count), ascending);
    const out: OutGrid = new Array<OutCell[]>(rows);
    const copy = (i: number): OutCell[] =>
      (array[i] ?? []).map((c, j): OutCell => {
        if (c === null) return "";
        if (typeof c === "number" && c - c !== 0)
          return issue("not_finite", ["array", i + 1, j + 1], { value: String(c) });
        return c;
      });
    for (let p = 0; p < count; p++) out[p] = copy(at[sorted[p] as number] as number);
    for (let p = 0; p < rest.length; p++) out[count + p] = copy(rest[p] as number);
    return out;
  },
});

/**
 * `KAM.RANK`: the first id of {@link RANKALL}, deprecated. Excel's own `RANK(number, ref)` ranks one
 * number, so the name misled; the id stays (the same parameters and `compute`) because a saved
 * workbook's formulas call it by id.
 *
 * @example
 * RANK.compute([[7], [3.5]], undefined, undefined); // [[1], [2]], as RANKALL
 */
export const RANK = defineFunction({ ...RANKALL, id: "RANK" });

/**
 * `KAM.SORTBY`: the first id of {@link SORTROWS}, deprecated. Excel 365's `SORTBY(array, by)` sorts
 * smallest first where this one sorts largest first, so the name misled; the id stays for saved
 * workbooks.
 *
 * @example
 * SORTBY.compute([["A"], ["B"]], [[5], [9]], undefined); // [["B"], ["A"]], as SORTROWS
 */
export const SORTBY = defineFunction({ ...SORTROWS, id: "SORTBY" });
