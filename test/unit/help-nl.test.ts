import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { CATALOG } from "../../src/core/catalog";
import { HELP_NL, type DutchHelp } from "../../src/functions/help.nl";
import { excelMetadata, localise, renderMarkdown } from "../../scripts/kam-help-plugin.cjs";

const table: Readonly<Record<string, DutchHelp | undefined>> = HELP_NL;
const docs = readFileSync(resolve(__dirname, "../../docs/functions.md"), "utf8");

describe("Dutch help (functions-nl.json)", () => {
  for (const spec of CATALOG) {
    it(`has a Dutch description of KAM.${spec.id} and of each of its arguments`, () => {
      const help = table[spec.id];
      expect(help?.description, spec.id).toBeTruthy();
      for (const p of spec.params) expect(help?.params[p.name], `${spec.id}.${p.name}`).toBeTruthy();
      expect(Object.keys(help?.params ?? {}).sort(), `${spec.id}: no help for arguments it does not have`).toEqual(
        spec.params.map((p) => p.name).sort(),
      );
    });
  }

  it("keeps ids, names and parameter names and replaces only the descriptions", () => {
    const metadata = {
      functions: [
        {
          id: "SCORE",
          name: "SCORE",
          description: "Weighted score",
          result: { dimensionality: "matrix" },
          parameters: [
            { name: "scores", description: "Scores", dimensionality: "matrix" },
            { name: "weights", description: "Weights", dimensionality: "matrix" },
          ],
        },
      ],
    };
    const { missing, json } = localise(metadata, HELP_NL);
    expect(missing).toEqual([]);
    const [f] = json.functions;
    expect([f?.id, f?.name, f?.parameters.map((p) => p.name)]).toEqual(["SCORE", "SCORE", ["scores", "weights"]]);
    expect(f?.description).toBe(HELP_NL.SCORE.description);
    expect(f?.parameters[1]?.description).toBe(HELP_NL.SCORE.params.weights);
    expect(f?.parameters[1]?.["dimensionality"]).toBe("matrix");
  });

  it("completes the metadata as Excel must read it: error inputs allowed, help URLs moved to the given origin", () => {
    const metadata = {
      allowCustomDataForDataTypeAny: true,
      functions: [
        {
          id: "SCORE",
          name: "SCORE",
          helpUrl: "https://localhost:3000/help/functions.html#kam-score",
          result: {},
          parameters: [],
        },
        { id: "ABC", name: "ABC", helpUrl: "https://elsewhere.example/abc", result: {}, parameters: [] },
      ],
    };
    const prod = excelMetadata(metadata, { origin: { from: "https://localhost:3000", to: "https://kam.example.com" } });
    expect(prod.allowErrorForDataTypeAny).toBe(true);
    expect(prod["allowCustomDataForDataTypeAny"]).toBe(true);
    expect(prod.functions.map((f) => f.helpUrl)).toEqual([
      "https://kam.example.com/help/functions.html#kam-score",
      "https://elsewhere.example/abc",
    ]);
    const dev = excelMetadata(metadata);
    expect(dev.allowErrorForDataTypeAny).toBe(true);
    expect(dev.functions.map((f) => f.helpUrl)).toEqual(metadata.functions.map((f) => f.helpUrl));
  });

  it("reports a function without Dutch help", () => {
    const { missing } = localise(
      { functions: [{ id: "NOPE", name: "NOPE", description: "x", result: {}, parameters: [] }] },
      HELP_NL,
    );
    expect(missing).toEqual(["NOPE"]);
  });
});

describe("the functions page (docs/functions.md → help/functions.html)", () => {
  const html = renderMarkdown(docs);

  for (const spec of CATALOG) {
    it(`has the anchor kam-${spec.id.toLowerCase()} that KAM.${spec.id}'s help URL points at`, () => {
      expect(html).toContain(`id="kam-${spec.id.toLowerCase()}"`);
    });
  }

  it("renders a nested list inside its item", () => {
    expect(renderMarkdown("- a\n- b:\n  - b1\n  - b2\n- c\n")).toBe(
      "<ul><li>a</li><li>b:<ul><li>b1</li><li>b2</li></ul></li><li>c</li></ul>",
    );
  });

  it("renders tables, code and headings, and escapes text", () => {
    const out = renderMarkdown("## A & B\n\n| a | b |\n|---|---|\n| `x<y` | **z** |\n");
    expect(out).toBe(
      "<h2>A &amp; B</h2>\n<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td><code>x&lt;y</code></td><td><strong>z</strong></td></tr></tbody></table>",
    );
  });
});
