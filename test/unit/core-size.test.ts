import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = resolve(__dirname, "../..");
const MAX_LINES = 150;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every function with a body in a file, with its first line and its length in lines. */
function functionLengths(text: string, file: string): { line: number; lines: number }[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: { line: number; lines: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && "body" in node && node.body !== undefined) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.end).line;
      found.push({ line: first + 1, lines: last - first + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("the size of core's functions (issue 14: builders are lists of named blocks)", () => {
  it(`has no function in src/core longer than ${MAX_LINES} lines`, () => {
    const long = sources(join(root, "src/core")).flatMap((file) =>
      functionLengths(readFileSync(file, "utf8"), file)
        .filter((f) => f.lines > MAX_LINES)
        .map((f) => `${relative(root, file)}:${f.line} (${f.lines} lines)`),
    );
    expect(long).toEqual([]);
  });

  it("measures a function's lines from its first line to its closing brace", () => {
    const text = ["function f() {", ...Array.from({ length: 151 }, () => "  x();"), "}"].join("\n");
    expect(functionLengths(text, "f.ts")).toEqual([{ line: 1, lines: 153 }]);
  });
});
