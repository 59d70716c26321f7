import { describe, expect, it } from "vitest";
import fixture from "../fixtures/kraljic.json";
import { loadBuiltBundle, FakeCfError } from "../support/bundle";

const bundle = loadBuiltBundle();

function call(id: string, ...args: (string | null)[]): unknown {
  const fn = bundle.associated.get(id);
  expect(fn, id).toBeTypeOf("function");
  return (fn?.(...args.map((a) => (a === null ? null : [[a]]))) as unknown[][])[0]?.[0];
}

describe('the built bundle gives the seller profile of KAM.SUPPLIERSTRATEGY(quadrant, "seller") (docs/models.md §6.3, slide 64)', () => {
  for (const cell of fixture.cells) {
    it(`gives "${cell.seller}" for ${cell.en}, and "${fixture.dutchStrategies.seller[cell.en as "Routine"]}" in Dutch`, () => {
      expect(call("SUPPLIERSTRATEGY", cell.en, "seller", null)).toBe(cell.seller);
      expect(call("SUPPLIERSTRATEGY", cell.nl, "SELLER", "nl")).toBe(
        fixture.dutchStrategies.seller[cell.en as "Routine"],
      );
    });
  }

  it('names "seller" among the models in the help text of the model argument', () => {
    const meta = bundle.metadata.functions.find((f) => f.id === "SUPPLIERSTRATEGY");
    expect(meta?.parameters.find((p) => p.name === "model")?.description).toContain('"seller"');
  });

  it("still rejects an unknown model with #VALUE! naming the argument", () => {
    const out = call("SUPPLIERSTRATEGY", "Routine", "sellers", null);
    expect(out).toBeInstanceOf(FakeCfError);
    expect((out as FakeCfError).code).toBe("#VALUE!");
    expect((out as FakeCfError).message).toContain("model");
  });
});
