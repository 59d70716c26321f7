import fixture from "../fixtures/corrections.json";
import type { Cell, Grid } from "../../src/core/cells";

/** An expected error cell of test/fixtures/corrections.json: the Excel error and its message. */
export interface ExpectedError {
  readonly error: string;
  readonly message: string;
  /** The message in a call with `lang` "nl", where it differs. */
  readonly messageNl?: string;
}

/** One row of test/fixtures/corrections.json. */
export interface CorrectionCase {
  readonly spec: string;
  readonly id: string;
  readonly args: readonly (Grid | null)[];
  readonly expected: readonly (readonly (string | number | ExpectedError)[])[];
  readonly source: string;
  readonly tolerance: number;
}

/** The cases of the domain corrections (issue 13), as typed rows. */
export const CORRECTIONS: readonly CorrectionCase[] = fixture.cases as unknown as CorrectionCase[];

/** True when a call passes "nl" as its `lang` argument (the bundle then shows Dutch messages). */
export function isDutchCall(c: CorrectionCase, langIndex: number): boolean {
  return langIndex >= 0 && c.args[langIndex]?.[0]?.[0] === "nl";
}

function literal(cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return String(cell);
  // TRUE() rather than the literal TRUE: HyperFormula reads a bare TRUE as a name (#NAME?); Excel reads both.
  if (typeof cell === "boolean") return cell ? "TRUE()" : "FALSE()";
  if (typeof cell === "string") return `"${cell.replace(/"/g, '""')}"`;
  return cell.sheetError;
}

/**
 * A case as an Excel formula: a 1×1 grid as its value, a larger one as an array constant
 * (`{1;2}`, `{0,10}`), an omitted argument as nothing, trailing omitted ones dropped.
 *
 * @example
 * formulaOf({ id: "LOYALTYZONE", args: [[[9]], null, null, null, [["0-10"]]] }); // '=KAM.LOYALTYZONE(9,,,,"0-10")'
 */
export function formulaOf(c: Pick<CorrectionCase, "id" | "args">): string {
  const parts = c.args.map((grid) => {
    if (grid === null) return "";
    if (grid.length === 1 && grid[0]?.length === 1) return literal(grid[0][0] ?? null);
    return `{${grid.map((row) => row.map((cell) => (cell === null ? '""' : literal(cell))).join(",")).join(";")}}`;
  });
  while (parts.length > 0 && parts[parts.length - 1] === "") parts.pop();
  return `=KAM.${c.id}(${parts.join(",")})`;
}
