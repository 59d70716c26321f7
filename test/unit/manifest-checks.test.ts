import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { CHECK_IDS, checkManifest, parseXml, type CheckId } from "../../scripts/manifest-checks";
import { REPO_ROOT } from "../support/server";

interface BrokenCase {
  readonly check: CheckId;
  readonly breaks: string;
  readonly find: string;
  readonly replace: string;
  readonly all?: boolean;
  readonly also?: readonly (readonly [string, string])[];
}

const manifest = readFileSync(resolve(REPO_ROOT, "manifest.xml"), "utf8");
const version = (JSON.parse(readFileSync(resolve(REPO_ROOT, "package.json"), "utf8")) as { version: string }).version;
const { cases } = JSON.parse(readFileSync(resolve(REPO_ROOT, "test/fixtures/broken-manifests.json"), "utf8")) as {
  cases: BrokenCase[];
};
const failing = (xml: string, ctx = { packageVersion: version }) =>
  checkManifest(xml, ctx)
    .filter((r) => !r.ok)
    .map((r) => r.id);

describe("parseXml", () => {
  it("reads attributes, entities, CDATA and prefixed names", () => {
    const root = parseXml('<?xml version="1.0"?><a x="1 &amp; 2"><!-- c --><bt:b><![CDATA[<hi>]]></bt:b></a>');
    expect(root.attrs["x"]).toBe("1 & 2");
    expect(root.children[0]).toMatchObject({ name: "b", qname: "bt:b", text: "<hi>" });
  });

  it("names the line of a tag that closes the wrong element", () => {
    expect(() => parseXml("<a>\n<b>\n</a>")).toThrow(/line 3: <\/a> does not close <b>/);
  });
});

describe("checkManifest", () => {
  it("passes every check on manifest.xml", () => {
    expect(failing(manifest)).toEqual([]);
    expect(checkManifest(manifest, { packageVersion: version }).map((r) => r.id)).toEqual(
      CHECK_IDS.filter((id) => id !== "files"),
    );
  });

  it("has a broken fixture for every check except the build-only files check", () => {
    expect(new Set(cases.map((c) => c.check))).toEqual(new Set(CHECK_IDS.filter((id) => id !== "files")));
  });

  it.each(cases)("fails only $check when $breaks", (c) => {
    expect(manifest.includes(c.find), `fixture text not found: ${c.find}`).toBe(true);
    let xml = c.all ? manifest.split(c.find).join(c.replace) : manifest.replace(c.find, c.replace);
    for (const [from, to] of c.also ?? []) xml = xml.replace(from, to);
    expect(failing(xml)).toEqual([c.check]);
  });

  it("matches package.json 0.1.0 with <Version>0.1.0.0 and rejects 0.2.0", () => {
    expect(failing(manifest, { packageVersion: "0.1.0" })).toEqual([]);
    expect(failing(manifest, { packageVersion: "0.2.0" })).toEqual(["version"]);
  });

  it("lists the URLs of a built manifest that point at files the build lacks", () => {
    const present = new Set([
      "taskpane.html",
      "functions.js",
      "functions.json",
      "functions-nl.json",
      "help/functions.html",
    ]);
    const results = checkManifest(manifest, {
      packageVersion: version,
      fileExists: (p) => present.has(p) || p.startsWith("assets/icon-"),
    });
    expect(results.find((r) => r.id === "files")).toMatchObject({ ok: true });
    present.delete("functions-nl.json");
    const missing = checkManifest(manifest, { packageVersion: version, fileExists: (p) => present.has(p) });
    expect(missing.find((r) => r.id === "files")?.problems).toContain(
      "bt:Url Functions.Metadata.Url (nl-NL): functions-nl.json is not in the build",
    );
  });
});
