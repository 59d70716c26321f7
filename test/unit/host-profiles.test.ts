import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseXml, REQUIRED_SETS, type XmlElement } from "../../scripts/manifest-checks";
import {
  API_REQUIREMENTS,
  GUARDED_APIS,
  HOST_PROFILES,
  SUPPORTED_PROFILES,
  WEB_LIMIT_BYTES,
  admitsProfile,
  compareVersions,
  isSetSupported,
  unguardedExcelApiMin,
  type HostProfile,
} from "../support/hostProfiles";
import { REPO_ROOT } from "../support/server";

const profiles: readonly HostProfile[] = Object.values(HOST_PROFILES);

function declaredSets(): Record<string, string> {
  const root = parseXml(readFileSync(resolve(REPO_ROOT, "manifest.xml"), "utf8"));
  const out: Record<string, string> = {};
  for (const req of root.children.filter((c) => c.name === "Requirements")) {
    for (const group of req.children.filter((c) => c.name === "Sets")) {
      for (const set of group.children.filter((c: XmlElement) => c.name === "Set")) {
        out[set.attrs["Name"] ?? ""] = set.attrs["MinVersion"] ?? group.attrs["DefaultMinVersion"] ?? "1.1";
      }
    }
  }
  return out;
}

describe("dotted versions", () => {
  it("compares numerically, not as text", () => {
    expect(compareVersions("1.9", "1.14")).toBeLessThan(0);
    expect(compareVersions("1.14", "1.9")).toBeGreaterThan(0);
    expect(compareVersions("1.10", "1.10.0")).toBe(0);
    expect(compareVersions("2", "1.99")).toBeGreaterThan(0);
  });

  it("answers isSetSupported as Office does: a missing set is unsupported, the version defaults to 1.1", () => {
    const p = { sets: { ExcelApi: "1.11" } };
    expect(isSetSupported(p, "ExcelApi", "1.9")).toBe(true);
    expect(isSetSupported(p, "ExcelApi", "1.11")).toBe(true);
    expect(isSetSupported(p, "ExcelApi", "1.12")).toBe(false);
    expect(isSetSupported(p, "ExcelApi")).toBe(true);
    expect(isSetSupported(p, "CustomFunctionsRuntime")).toBe(false);
  });
});

describe("host profiles", () => {
  it.each(profiles)("$id is keyed by its id, cites its sources and has byte limits", (p) => {
    expect(HOST_PROFILES[p.id as keyof typeof HOST_PROFILES]).toBe(p);
    expect(p.sources.length).toBeGreaterThan(0);
    for (const url of p.sources) expect(url).toMatch(/^https:\/\/learn\.microsoft\.com\//);
    expect(p.requestLimitBytes).toBeGreaterThanOrEqual(WEB_LIMIT_BYTES);
    expect(p.responseLimitBytes).toBeGreaterThanOrEqual(WEB_LIMIT_BYTES);
    expect(p.customFunctions).toBe(p.sets["CustomFunctionsRuntime"] !== undefined);
    for (const v of Object.values(p.sets)) expect(v).toMatch(/^\d+(\.\d+)+$/);
  });

  it("holds Excel on the web to 5 MB (5,000,000 bytes) per request and per response", () => {
    expect(HOST_PROFILES["excel-web"]).toMatchObject({ requestLimitBytes: 5_000_000, responseLimitBytes: 5_000_000 });
  });

  it("admits the supported builds and keeps the manifest off volume-licensed 2019 and 2021", () => {
    expect(SUPPORTED_PROFILES.map((p) => p.id)).toEqual(
      expect.arrayContaining(["excel2021-windows-retail", "excel2021-mac", "excel-web", "m365-current"]),
    );
    expect(admitsProfile(HOST_PROFILES["excel2021-windows-volume"])).toBe(false);
    expect(admitsProfile(HOST_PROFILES["excel2019-windows-volume"])).toBe(false);
  });

  it("includes admitted builds without worksheet custom properties (1.12) and without merged areas (1.13)", () => {
    expect(SUPPORTED_PROFILES.some((p) => !isSetSupported(p, "ExcelApi", "1.12"))).toBe(true);
    expect(SUPPORTED_PROFILES.some((p) => !isSetSupported(p, "ExcelApi", "1.13"))).toBe(true);
  });
});

describe("API requirements", () => {
  it("needs nothing above the manifest's ExcelApi minimum except the guarded APIs", () => {
    expect(unguardedExcelApiMin()).toBe(REQUIRED_SETS["ExcelApi"]);
    for (const api of GUARDED_APIS) {
      expect(compareVersions(API_REQUIREMENTS[api].version, unguardedExcelApiMin())).toBeGreaterThan(0);
    }
  });

  it("every API the host uses unguarded exists on every supported build", () => {
    for (const p of SUPPORTED_PROFILES) {
      for (const [api, r] of Object.entries(API_REQUIREMENTS)) {
        if (GUARDED_APIS.includes(api as keyof typeof API_REQUIREMENTS)) continue;
        expect(isSetSupported(p, r.set, r.version), `${api} on ${p.id}`).toBe(true);
      }
    }
  });

  it("matches the requirement sets manifest.xml declares", () => {
    expect(declaredSets()).toEqual(REQUIRED_SETS);
  });

  it("names the API reference's sets for the APIs issue 12 is about", () => {
    expect(API_REQUIREMENTS["Range.getMergedAreasOrNullObject"]).toEqual({ set: "ExcelApi", version: "1.13" });
    expect(API_REQUIREMENTS["Worksheet.customProperties"]).toEqual({ set: "ExcelApi", version: "1.12" });
    expect(API_REQUIREMENTS["Range.copyFrom"]).toEqual({ set: "ExcelApi", version: "1.9" });
    expect(API_REQUIREMENTS["WorksheetCollection.onSelectionChanged"]).toEqual({ set: "ExcelApi", version: "1.9" });
  });
});
