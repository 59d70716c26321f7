import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { HELP_NL } from "../../src/functions/help.nl";
import { WHALESTATS_LABELS } from "../../src/core/whale";
import { WHITNEY_LABELS } from "../../src/core/whitney";

const root = resolve(__dirname, "../..");
const read = (path: string): string => readFileSync(resolve(root, path), "utf8");
const docs = read("docs/functions.md");

/** The section of docs/functions.md under an anchor, up to the next anchor. */
function section(anchor: string): string {
  const start = docs.indexOf(`<a id="${anchor}"></a>`);
  if (start < 0) return "";
  const end = docs.indexOf('<a id="', start + 10);
  return docs.slice(start, end < 0 ? undefined : end);
}

/** The JSDoc block above `@customfunction ID` in a wrapper file. */
function wrapperDoc(file: string, id: string): string {
  const text = read(`src/functions/models/${file}`);
  const at = text.indexOf(`@customfunction ${id}\n`);
  return at < 0 ? "" : text.slice(text.lastIndexOf("/**", at), text.indexOf("*/", at));
}

function files(dir: string): string[] {
  return readdirSync(resolve(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(resolve(root, path)).isDirectory() ? files(path) : /\.(ts|tsx|md)$/.test(name) ? [path] : [];
  });
}

describe("KAM.ABC's help says it returns the tier, not a share", () => {
  it("in the English description of the wrapper", () => {
    const doc = wrapperDoc("classification.ts", "ABC");
    const description = doc.split("\n")[1] ?? "";
    expect(description).toMatch(/tier/);
    expect(description).not.toMatch(/: the share/);
    expect(doc).toMatch(/@returns The tier "A", "B" or "C"/);
  });

  it("in the Dutch help", () => {
    expect(HELP_NL.ABC.description).toMatch(/^ABC-klasse \(Pareto\) per klant: A, B of C/);
    expect(HELP_NL.ABC.description).not.toMatch(/: het aandeel/);
    expect(HELP_NL.ABC.result).toMatch(/klasse "A", "B" of "C"/);
  });

  it("in docs/functions.md", () => {
    expect(section("kam-abc")).toMatch(/Result: the tier `"A"`, `"B"` or `"C"` per customer/);
  });
});

describe("Dutch wording in help, labels and messages", () => {
  const sources = [...files("src"), "docs/functions.md"].filter((f) => !f.includes("workbench"));
  const banned: readonly [RegExp, string][] = [
    [/koppatroon/i, 'a buying pattern is a "kooppatroon"'],
    [/\bvaluta\b/i, 'an amount of money is a "bedrag", not a "valuta"'],
    [/\b[Dd]river(volume|hoeveelhe|eenhe)/, 'the cost driver is a "kostendrijver"'],
    [/verliesgevende klanten/i, 'loss customers are "Verliesklanten" (slides 31 and 37)'],
    [/stop investeren/i, 'a full sentence: "stop met investeren"'],
    [/klanten behouden; investeer/i, "a full sentence, not the slide's telegraphic style"],
  ];
  for (const [pattern, why] of banned) {
    it(`nowhere in src/ or the function docs: ${pattern.source} (${why})`, () => {
      const hits = sources.flatMap((f) =>
        read(f)
          .split("\n")
          .map((line, i) => ({ f, i, line }))
          .filter(({ line }) => pattern.test(line))
          .map(({ f, i }) => `${f}:${i + 1}`),
      );
      expect(hits).toEqual([]);
    });
  }

  it("uses kostendrijver in the Dutch help of the cost functions", () => {
    expect(HELP_NL.ACTIVITYRATE.params.driverVolumes).toMatch(/kostendrijver/);
    expect(HELP_NL.COSTTOSERVE.params.drivers).toMatch(/kostendrijver/);
  });

  it('calls the loss customers of KAM.WHALESTATS "Verliesklanten", as the sheets do', () => {
    expect(WHALESTATS_LABELS.lossCount.nl).toBe("Verliesklanten");
  });

  it("gives Whitney's actions in Dutch as full sentences: a verb, and no bare slide fragments", () => {
    for (const label of Object.values(WHITNEY_LABELS)) {
      expect(label.nl, label.en).not.toMatch(/: stop investeren|^Outsource naar|^Bij groot/);
      expect(label.nl, label.en).toMatch(/^[A-Z]/);
    }
    expect(WHITNEY_LABELS.yyy.nl).toBe("Behoud deze klanten en investeer in hen");
  });
});

describe("new arguments are documented in both languages", () => {
  for (const [id, arg] of [
    ["CLASSIFY", "scale"],
    ["KRALJIC", "scale"],
    ["PORTFOLIO", "scale"],
    ["LOYALTYZONE", "scale"],
    ["LOYALTYTYPE", "scale"],
    ["STANCE", "scale"],
    ["READINESS", "scale"],
    ["RESPONSEMODE", "tolerance"],
  ] as const) {
    it(`KAM.${id} documents [${arg}] in its syntax line and argument table`, () => {
      const text = section(`kam-${id.toLowerCase()}`);
      expect(text).toMatch(new RegExp(`\`=KAM\\.${id}\\([^\`]*\\[${arg}\\]\\)\``));
      expect(text).toMatch(new RegExp(`\\| \`${arg}\` +\\|`));
    });
  }

  it("marks the trend of KAM.RESPONSEMODE as our choice, not the course's", () => {
    expect(section("kam-responsemode")).toMatch(/`trend`[^\n]*\*\*\[our choice\]\*\*/);
  });

  it("documents the scale mechanism once, with the mapping onto 1–5", () => {
    expect(docs).toMatch(/<a id="scales"><\/a>/);
    expect(docs).toMatch(/1 \+ \(x − min\) × 4 ÷ \(max − min\)/);
  });
});
