import { describe, expect, it } from "vitest";
import { CATALOG } from "../../src/core/catalog";
import { loadBuiltBundle, FakeCfError } from "../support/bundle";

const bundle = loadBuiltBundle();

describe("the built functions bundle", () => {
  it("loads in a bare context with only CustomFunctions and Office defined", () => {
    expect(bundle.associated.size).toBeGreaterThan(0);
  });

  it("associates every id listed in functions.json", () => {
    const ids = bundle.metadata.functions.map((f) => f.id);
    expect([...bundle.associated.keys()].sort()).toEqual([...ids].sort());
  });

  it("lists exactly the functions of the catalog, with the declared parameters in order", () => {
    const meta = new Map(bundle.metadata.functions.map((f) => [f.id, f]));
    expect([...meta.keys()].sort()).toEqual(CATALOG.map((f) => f.id).sort());
    for (const spec of CATALOG) {
      const m = meta.get(spec.id);
      expect(
        m?.parameters.map((p) => p.name),
        spec.id,
      ).toEqual(spec.params.map((p) => p.name));
      expect(
        m?.parameters.map((p) => p.optional === true),
        spec.id,
      ).toEqual(spec.params.map((p) => p.optional === true));
    }
  });

  it("gives every function and argument help text and a help URL, and returns a matrix", () => {
    for (const f of bundle.metadata.functions) {
      expect(f.description, f.id).toBeTruthy();
      expect(f.helpUrl, f.id).toMatch(/^https:\/\/.+#kam-/);
      expect(f.result.dimensionality, f.id).toBe("matrix");
      for (const p of f.parameters) {
        expect(p.description, `${f.id}.${p.name}`).toBeTruthy();
        expect(p.dimensionality, `${f.id}.${p.name}`).toBe("matrix");
      }
    }
  });

  it("computes through the bundle, with an error per cell instead of a failed column", () => {
    const zone = bundle.associated.get("LOYALTYZONE");
    const out = zone?.([[1], ["x"], [null], [5]], null, null, null) as unknown[][];
    expect(out[0]).toEqual(["Zone of defection"]);
    expect(out[1]?.[0]).toBeInstanceOf(FakeCfError);
    expect((out[1]?.[0] as FakeCfError).code).toBe("#VALUE!");
    expect((out[1]?.[0] as FakeCfError).message).toBe('satisfaction, row 2: expected a number, got "x".');
    expect((out[2]?.[0] as FakeCfError).code).toBe("#N/A");
    expect(out[3]).toEqual(["Zone of affection"]);
  });
});
