import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  COURSE_SCALE,
  fromCourseScale,
  isOnScale,
  parseScale,
  readScale,
  readScore,
  scaleCut,
  scaleText,
  toCourseScale,
} from "../../src/core/scale";

describe("the score scale (src/core/scale, docs/models.md §1.1)", () => {
  it("is 1–5 in the course", () => {
    expect(COURSE_SCALE).toEqual({ min: 1, max: 5 });
    expect(scaleText(COURSE_SCALE)).toBe("1–5");
  });

  it('parses "0-10", "1–7", "1 - 10", "0,5-4,5" and "-5-5", and nothing that is not min < max', () => {
    expect(parseScale("0-10")).toEqual({ min: 0, max: 10 });
    expect(parseScale("1–7")).toEqual({ min: 1, max: 7 });
    expect(parseScale(" 1 - 10 ")).toEqual({ min: 1, max: 10 });
    expect(parseScale("0,5-4,5")).toEqual({ min: 0.5, max: 4.5 });
    expect(parseScale("-5-5")).toEqual({ min: -5, max: 5 });
    for (const bad of ["10-0", "5-5", "abc", "", "1-", "1-5-7"]) expect(parseScale(bad), bad).toBeUndefined();
  });

  it("maps a score onto 1–5 linearly, and a 1–5 value back onto the user's scale", () => {
    const tenPoint = { min: 0, max: 10 };
    expect(toCourseScale(0, tenPoint)).toBe(1);
    expect(toCourseScale(10, tenPoint)).toBe(5);
    expect(toCourseScale(5, tenPoint)).toBe(3);
    expect(fromCourseScale(2.5, tenPoint)).toBe(3.75);
    expect(fromCourseScale(4.5, tenPoint)).toBe(8.75);
    expect(fromCourseScale(3.5, { min: 1, max: 7 })).toBe(4.75);
  });

  it("leaves a value on the course scale exactly as it is", () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 5, noNaN: true }), (v) => {
        expect(toCourseScale(v, COURSE_SCALE)).toBe(v);
        expect(fromCourseScale(v, COURSE_SCALE)).toBe(v);
      }),
    );
  });

  it("maps there and back to the same value (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -100, max: 100 }),
        fc.integer({ min: 1, max: 100 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (min, span, t) => {
          const scale = { min, max: min + span };
          const v = min + t * span;
          expect(fromCourseScale(toCourseScale(v, scale), scale)).toBeCloseTo(v, 9);
        },
      ),
    );
  });

  it("counts a value within rounding error (10⁻⁹ of the span) outside the ends as on the scale", () => {
    expect(isOnScale(5 + 1e-12, COURSE_SCALE)).toBe(true);
    expect(isOnScale(5.0001, COURSE_SCALE)).toBe(false);
    expect(isOnScale(0.9999, COURSE_SCALE)).toBe(false);
  });

  it("reads the scale argument: omitted or blank is 1–5, text or two numbers give another", () => {
    expect(readScale(undefined, "scale")).toEqual(COURSE_SCALE);
    expect(readScale([[null]], "scale")).toEqual(COURSE_SCALE);
    expect(readScale([["0-10"]], "scale")).toEqual({ min: 0, max: 10 });
    expect(readScale([[0, 10]], "scale")).toEqual({ min: 0, max: 10 });
    expect(readScale([[45413]], "scale")).toMatchObject({ code: "bad_scale", path: ["scale", 1] });
  });

  it("reads a score: a number on the scale, or out_of_scale naming the cell", () => {
    expect(readScore(4, COURSE_SCALE, ["satisfaction", 3])).toBe(4);
    expect(readScore(6, COURSE_SCALE, ["satisfaction", 3])).toMatchObject({
      code: "out_of_scale",
      path: ["satisfaction", 3],
      params: { value: 6, min: 1, max: 5 },
    });
    expect(readScore("high", COURSE_SCALE, ["satisfaction", 3])).toMatchObject({ code: "not_a_number" });
  });

  it("reads a cut-off on the user's scale, and maps a default from 1–5 onto it", () => {
    expect(scaleCut(undefined, 3.5, { min: 0, max: 10 }, ["loyaltyCut", 1])).toBe(6.25);
    expect(scaleCut(8, 3.5, { min: 0, max: 10 }, ["loyaltyCut", 1])).toBe(8);
    expect(scaleCut(null, 3.5, COURSE_SCALE, ["loyaltyCut", 1])).toBe(3.5);
  });
});
