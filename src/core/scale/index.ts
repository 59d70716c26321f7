/**
 * The score scale (docs/models.md §1.1). The course scores every classifier on 1–5; a user whose
 * scores are on another scale (a 0–10 survey, a 1–7 Likert item) gives that scale as the last
 * argument. Scores are then compared on the user's own scale against the default cut-offs mapped
 * linearly from 1–5 onto it: `x ↦ 1 + (x − min) × 4 ÷ (max − min)`. A score outside the scale is
 * an error in its own row (`out_of_scale`), never silently classified.
 *
 * @module
 */
import { isBlank, isSheetError, type Cell, type Grid } from "../cells";
import { isFail, readNumber, type Fail, type Path } from "../cells/read";
import { issue } from "../issues";

/** A score scale from `min` to `max` (min < max). */
export interface Scale {
  readonly min: number;
  readonly max: number;
}

/**
 * The course's scale: 1–5 (docs/models.md §1.1; course 003 slide 123).
 *
 * @example
 * COURSE_SCALE; // { min: 1, max: 5 }
 */
export const COURSE_SCALE: Scale = Object.freeze({ min: 1, max: 5 });

/** A value within this share of the span outside an end still counts as on the scale (rounding). */
const SLACK = 1e-9;

const NUMBER = String.raw`-?\d+(?:[.,]\d+)?`;
const SCALE_TEXT = new RegExp(String.raw`^\s*(${NUMBER})\s*[-–—]\s*(${NUMBER})\s*$`);

const toNumber = (text: string): number => Number(text.replace(",", "."));

function isCourse(scale: Scale): boolean {
  return scale.min === COURSE_SCALE.min && scale.max === COURSE_SCALE.max;
}

/**
 * A scale written as text "min-max": a hyphen or an en dash, spaces allowed, a decimal comma or
 * point, a negative minimum. `undefined` for anything that is not two numbers with min < max.
 *
 * @example
 * parseScale("0-10"); // { min: 0, max: 10 }
 * parseScale("1–7"); // { min: 1, max: 7 }
 * parseScale("0,5-4,5"); // { min: 0.5, max: 4.5 }
 * parseScale("-5-5"); // { min: -5, max: 5 }
 * parseScale("10-0"); // undefined
 */
export function parseScale(text: string): Scale | undefined {
  const match = SCALE_TEXT.exec(text);
  if (match === null) return undefined;
  const min = toNumber(match[1] ?? "");
  const max = toNumber(match[2] ?? "");
  return Number.isFinite(min) && Number.isFinite(max) && min < max ? { min, max } : undefined;
}

/**
 * A score on `scale` mapped linearly onto the course's 1–5: `1 + (x − min) × 4 ÷ (max − min)`.
 * A value on 1–5 itself stays exactly as it is.
 *
 * @example
 * toCourseScale(5, { min: 0, max: 10 }); // 3
 * toCourseScale(4.2, COURSE_SCALE); // 4.2
 */
export function toCourseScale(value: number, scale: Scale): number {
  if (isCourse(scale)) return value;
  return 1 + ((value - scale.min) * 4) / (scale.max - scale.min);
}

/**
 * A value on the course's 1–5 mapped linearly onto `scale` (the inverse of `toCourseScale`): how a
 * default cut-off moves onto the user's scale.
 *
 * @example
 * fromCourseScale(4.5, { min: 0, max: 10 }); // 8.75
 * fromCourseScale(3.5, { min: 1, max: 7 }); // 4.75
 */
export function fromCourseScale(value: number, scale: Scale): number {
  if (isCourse(scale)) return value;
  return scale.min + ((value - 1) * (scale.max - scale.min)) / 4;
}

/**
 * True when a value lies on the scale, counting a value within rounding error (10⁻⁹ of the span)
 * outside an end as on it.
 *
 * @example
 * isOnScale(5, COURSE_SCALE); // true
 * isOnScale(5.0001, COURSE_SCALE); // false
 */
export function isOnScale(value: number, scale: Scale): boolean {
  const slack = SLACK * (scale.max - scale.min);
  return value >= scale.min - slack && value <= scale.max + slack;
}

/**
 * A scale as its text, with an en dash.
 *
 * @example
 * scaleText(COURSE_SCALE); // "1–5"
 * scaleText({ min: 0, max: 10 }); // "0–10"
 */
export function scaleText(scale: Scale): string {
  return `${scale.min}–${scale.max}`;
}

function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return "";
  return isSheetError(cell) ? cell.sheetError : String(cell);
}

/**
 * The `scale` argument (a `range` parameter): omitted or one blank cell is the course's 1–5; one text
 * cell "min-max" or two number cells (a row or a column) give another. Anything else is `bad_scale`
 * (#VALUE!), a sheet error in it passes through.
 *
 * @example
 * readScale(undefined, "scale"); // { min: 1, max: 5 }
 * readScale([["0-10"]], "scale"); // { min: 0, max: 10 }
 * readScale([[1], [7]], "scale"); // { min: 1, max: 7 }
 * readScale([[45413]], "scale").code; // "bad_scale" (a date: 1-7 typed into a cell)
 */
export function readScale(grid: Grid | undefined, name: string): Scale | Fail {
  if (grid === undefined) return COURSE_SCALE;
  const cells = grid.flat();
  const error = cells.find(isSheetError);
  if (error !== undefined) return error;
  const path = [name, 1];
  const bad = (): Fail => issue("bad_scale", path, { value: cells.map(cellText).join(", ") });
  if (cells.length === 1) {
    const cell = cells[0];
    if (isBlank(cell)) return COURSE_SCALE;
    if (typeof cell !== "string") return bad();
    return parseScale(cell) ?? bad();
  }
  if (cells.length === 2 && grid.length <= 2) {
    const [min, max] = cells;
    if (typeof min === "number" && typeof max === "number" && Number.isFinite(min) && Number.isFinite(max)) {
      if (min < max) return { min, max };
    }
  }
  return bad();
}

/**
 * True when `readScale` failed (an issue or a sheet error) rather than giving a scale. `isFail` cannot
 * tell them apart: a scale is an object too.
 *
 * @example
 * isBadScale(readScale([["0-10"]], "scale")); // false
 * isBadScale(readScale([["abc"]], "scale")); // true
 */
export function isBadScale(value: Scale | Fail): value is Fail {
  return !("min" in value && "max" in value);
}

/**
 * A required score on `scale`: the number, or `out_of_scale` (#VALUE!) naming the cell and the
 * scale when it lies outside; blank, text and sheet errors as `readNumber` reads them.
 *
 * @example
 * readScore(4, COURSE_SCALE, ["satisfaction", 3]); // 4
 * readScore(6, COURSE_SCALE, ["satisfaction", 3]).code; // "out_of_scale"
 */
export function readScore(cell: Cell | undefined, scale: Scale, path: Path): number | Fail {
  const value = readNumber(cell, path);
  if (isFail(value)) return value;
  if (!isOnScale(value, scale)) return issue("out_of_scale", path, { value, min: scale.min, max: scale.max });
  return value;
}

/**
 * A cut-off on the user's scale: blank or omitted gives the course's default (on 1–5) mapped onto
 * `scale`; a number given is already on the user's scale and stays as it is.
 *
 * @example
 * scaleCut(undefined, 3.5, { min: 0, max: 10 }, ["loyaltyCut", 1]); // 6.25
 * scaleCut(8, 3.5, { min: 0, max: 10 }, ["loyaltyCut", 1]); // 8
 */
export function scaleCut(cell: Cell | undefined, courseDefault: number, scale: Scale, path: Path): number | Fail {
  return isBlank(cell) ? fromCourseScale(courseDefault, scale) : readNumber(cell, path);
}
