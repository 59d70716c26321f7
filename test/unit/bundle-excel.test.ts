import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { callAsExcel, loadBuiltBundle, FakeCfError, type LoadedBundle } from "../support/bundle";
import { REPO_ROOT } from "../support/server";

/**
 * The built metadata as Excel reads it (issue 12): error cells reach the functions, help URLs point at
 * the origin the add-in is served from, and the renamed ranking functions keep their old ids.
 * `dist` (or `$KAM_DIST`) is the production build; `dist-test` (or `$KAM_DIST_TEST`) the development one.
 */
const DIST = resolve(REPO_ROOT, process.env["KAM_DIST"] ?? "dist");
const DEV_DIST = resolve(REPO_ROOT, process.env["KAM_DIST_TEST"] ?? "dist-test");
const DEV_ORIGIN = "https://localhost:3000";

const bundle = loadBuiltBundle(DIST);
const json = (dir: string, file: string): LoadedBundle["metadata"] =>
  JSON.parse(readFileSync(resolve(dir, file), "utf8")) as LoadedBundle["metadata"];

const div0 = (): FakeCfError => new FakeCfError("#DIV/0!");
const column = (values: readonly unknown[]): unknown[][] => values.map((v) => [v]);
const code = (cell: unknown): string | undefined => (cell instanceof FakeCfError ? cell.code : undefined);

describe("error cells reach the functions (allowErrorForDataTypeAny)", () => {
  it("sets allowErrorForDataTypeAny: true at the top of functions.json and functions-nl.json", () => {
    for (const file of ["functions.json", "functions-nl.json"]) {
      const metadata = json(DIST, file);
      expect(metadata.allowErrorForDataTypeAny, file).toBe(true);
      // The flag applies to parameters of type any (Microsoft's metadata reference).
      for (const f of metadata.functions) {
        for (const p of f.parameters) expect(p.type, `${file} ${f.id}.${p.name}`).toBe("any");
      }
    }
  });

  // Row k = 3 of 4 holds an error; Excel calls the function only when the metadata allows error inputs.
  const CASES: readonly { id: string; args: (bad: unknown) => unknown[] }[] = [
    { id: "LOYALTYZONE", args: (bad) => [column([1, 3, bad, 5]), null, null, null] },
    {
      id: "SCORE",
      args: (bad) => [
        [
          [5, 3],
          [2, 4],
          [bad, 1],
          [1, 1],
        ],
        [[2, 1]],
      ],
    },
    {
      id: "COSTTOSERVE",
      args: (bad) => [
        [
          [1, 2],
          [3, 0],
          [1, bad],
          [0, 4],
        ],
        [[10], [20]],
      ],
    },
    {
      id: "CUSTOMERPROFIT",
      args: (bad) => [column([1000, 800, 900, 700]), column([600, 500, bad, 300]), column([100, 50, 20, 10])],
    },
    { id: "RANKALL", args: (bad) => [column([7, 3.5, bad, 1]), null, null] },
  ];

  for (const { id, args } of CASES) {
    for (const [label, bad] of [
      ["a CustomFunctions.Error", div0()],
      ["a plain { code } object", { code: "#DIV/0!" }],
    ] as const) {
      it(`KAM.${id}: ${label} #DIV/0! in row 3 gives #DIV/0! in row 3 and values in the other rows`, () => {
        const withError = callAsExcel(bundle, id, args(bad));
        const clean = callAsExcel(bundle, id, args(1));
        expect(withError).toHaveLength(4);
        expect(withError[2]?.map(code)).toEqual(withError[2]?.map(() => "#DIV/0!"));
        for (const r of [0, 1, 3]) {
          expect(
            withError[r]?.every((c) => !(c instanceof FakeCfError)),
            `${id} row ${r + 1}`,
          ).toBe(true);
          if (id !== "RANKALL") expect(withError[r], `${id} row ${r + 1}`).toEqual(clean[r]);
        }
        if (id === "RANKALL") expect([0, 1, 3].map((r) => withError[r]?.[0])).toEqual([1, 2, 3]);
      });
    }
  }
});

describe("help URLs on the origin the add-in is served from", () => {
  const metadataFiles = (dir: string): string[] =>
    readdirSync(dir).filter((f) => /^functions(-[a-z]+)?\.json$|^manifest.*\.xml$/.test(f));
  const origin = (dir: string): string => {
    const manifest = readFileSync(resolve(dir, "manifest.xml"), "utf8");
    const m = /<SourceLocation DefaultValue="(https:\/\/[^/"]+)\//.exec(manifest);
    if (!m?.[1]) throw new Error(`no SourceLocation in ${dir}/manifest.xml`);
    return m[1];
  };

  it("has no localhost in functions.json, functions-nl.json or manifest*.xml of the production build", () => {
    const files = metadataFiles(DIST);
    expect(files).toEqual(expect.arrayContaining(["functions.json", "functions-nl.json", "manifest.xml"]));
    for (const file of files) expect(readFileSync(resolve(DIST, file), "utf8"), file).not.toContain("localhost");
  });

  it("points every help URL of both JSON files at the manifest's origin in the production build", () => {
    const at = origin(DIST);
    for (const file of ["functions.json", "functions-nl.json"]) {
      for (const f of json(DIST, file).functions) {
        expect(f.helpUrl, `${file} ${f.id}`).toBe(`${at}/help/functions.html#kam-${f.id.toLowerCase()}`);
      }
    }
  });

  it.skipIf(!existsSync(resolve(DEV_DIST, "functions.json")))(
    `keeps ${DEV_ORIGIN} in the development build (${DEV_DIST}; skipped when it is not built)`,
    () => {
      expect(origin(DEV_DIST)).toBe(DEV_ORIGIN);
      for (const file of ["functions.json", "functions-nl.json"]) {
        for (const f of json(DEV_DIST, file).functions)
          expect(f.helpUrl, `${file} ${f.id}`).toMatch(/^https:\/\/localhost:3000\//);
      }
    },
  );

  it("rewrites the help URLs only for production, from the development origin to the manifest's", async () => {
    type Config = (env: Record<string, unknown>, o: { mode: string }) => Promise<{ plugins: object[] }>;
    const config = createRequire(import.meta.url)(resolve(REPO_ROOT, "webpack.config.js")) as Config;
    const help = async (mode: string): Promise<{ origin?: { from: string; to: string } } | undefined> => {
      const built = await config({ WEBPACK_BUNDLE: true, WEBPACK_BUILD: true }, { mode });
      const plugin = built.plugins.find((p) => p.constructor.name === "KamHelpPlugin") as
        { options: { origin?: { from: string; to: string } } } | undefined;
      return plugin?.options;
    };
    expect((await help("development"))?.origin).toBeUndefined();
    expect((await help("production"))?.origin).toEqual({ from: DEV_ORIGIN, to: origin(DIST) });
  });
});

describe("KAM.RANK and KAM.SORTBY: renamed, the old ids kept for saved workbooks", () => {
  const values = column([7, 3.5, 3.5, 1, 2, "x", null, div0()]);
  const names = column(["A", "B", "C", "D", "E", "F", "G", "H"]);

  it("computes KAM.RANK exactly as KAM.RANKALL, and KAM.SORTBY exactly as KAM.SORTROWS", () => {
    for (const args of [
      [values, null, null],
      [values, [[1]], [["first"]]],
      [values, [["up"]], null],
    ]) {
      expect(callAsExcel(bundle, "RANK", args)).toEqual(callAsExcel(bundle, "RANKALL", args));
    }
    expect(callAsExcel(bundle, "RANKALL", [values, null, null]).slice(0, 5)).toEqual(column([1, 2, 2, 5, 4]));
    for (const args of [
      [names, values, null],
      [names, values, [[1]]],
      [names, column([1]), null],
    ]) {
      expect(callAsExcel(bundle, "SORTBY", args)).toEqual(callAsExcel(bundle, "SORTROWS", args));
    }
  });

  it("lists the old ids as deprecated in both languages, pointing at the new ones", () => {
    for (const [file, word] of [
      ["functions.json", /^Deprecated: use KAM\.(RANKALL|SORTROWS)\b/],
      ["functions-nl.json", /^Verouderd: gebruik KAM\.(RANKALL|SORTROWS)\b/],
    ] as const) {
      const byId = new Map(json(DIST, file).functions.map((f) => [f.id, f]));
      expect(byId.get("RANK")?.description, file).toMatch(word);
      expect(byId.get("RANK")?.description, file).toContain("RANKALL");
      expect(byId.get("SORTBY")?.description, file).toContain("SORTROWS");
      expect(byId.get("RANKALL")?.parameters.map((p) => p.name)).toEqual(
        byId.get("RANK")?.parameters.map((p) => p.name),
      );
      expect(byId.get("SORTROWS")?.parameters.map((p) => p.name)).toEqual(
        byId.get("SORTBY")?.parameters.map((p) => p.name),
      );
    }
  });
});
