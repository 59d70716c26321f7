import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../support/server";

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number; colourType: number } {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), colourType: png.readUInt8(25) };
}

describe("add-in icons", () => {
  it.each([16, 32, 64, 80])("assets/icon-%i.png is %i px square with an alpha channel", (size) => {
    expect(pngSize(resolve(REPO_ROOT, `assets/icon-${size}.png`))).toEqual({
      width: size,
      height: size,
      colourType: 6,
    });
  });

  it("gives the manifest only icon URLs that exist in assets/", () => {
    const manifest = readFileSync(resolve(REPO_ROOT, "manifest.xml"), "utf8");
    const used = [...manifest.matchAll(/assets\/(icon-\d+\.png)/g)].map((m) => m[1]);
    expect(new Set(used)).toEqual(new Set(["icon-16.png", "icon-32.png", "icon-64.png", "icon-80.png"]));
  });
});
