/**
 * The Excel builds the add-in is tested against, as Microsoft's requirement-set pages describe them:
 * for each build the HIGHEST version of each requirement set it supports, and its payload limits.
 * Structurally a `FakeHostProfile` of `test/support/officeFake.ts`, so `new OfficeFake({ profile })`
 * takes any of them.
 *
 * Sources (read 2025; the tables give the MINIMUM build per set, a profile models the oldest build of
 * its kind that can run the add-in, so that a test against it sees what such a user may lack):
 * - ExcelApi: https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets
 * - SharedRuntime: https://learn.microsoft.com/javascript/api/requirement-sets/common/shared-runtime-requirement-sets
 * - CustomFunctionsRuntime: https://learn.microsoft.com/javascript/api/requirement-sets/excel/custom-functions-requirement-sets
 * - Per platform: https://learn.microsoft.com/javascript/api/requirement-sets/requirement-sets
 * - Limits: https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 *   ("Excel on the web has a payload size limit for requests and responses of 5MB"; errors
 *   `RequestPayloadSizeLimitExceeded` / `ResponsePayloadSizeLimitExceeded`, "only in Excel on the web",
 *   https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling).
 *
 * Versionless common sets (`Settings`, `AddinCommands`) are listed as "1.1", the version
 * `Office.context.requirements.isSetSupported` assumes when none is given.
 *
 * @module
 */

import { compareVersions, REQUIRED_SETS } from "../../scripts/manifest-checks";

/** Where a build runs. */
export type HostPlatform = "windows" | "mac" | "web";

/**
 * One Excel build: the highest version of each requirement set it supports (a set that is absent is
 * unsupported) and the payload limits of one `context.sync()`.
 *
 * @example
 * const p: HostProfile = HOST_PROFILES["excel-web"];
 * p.sets.ExcelApi; // "1.20"
 */
export interface HostProfile {
  readonly id: string;
  readonly label: string;
  readonly platform: HostPlatform;
  /** Highest supported version per requirement set, e.g. `{ ExcelApi: "1.14" }`. */
  readonly sets: Readonly<Record<string, string>>;
  /** Most bytes one request (one sync) may carry. */
  readonly requestLimitBytes: number;
  /** Most bytes one response may carry. */
  readonly responseLimitBytes: number;
  /** Whether custom functions run at all on this build (a `CustomFunctionsRuntime` entry). */
  readonly customFunctions: boolean;
  /** The Microsoft page(s) the numbers come from. */
  readonly sources: readonly string[];
  /** What the numbers rest on, and what is uncertain. */
  readonly notes: string;
}

/**
 * Excel on the web's documented limit per request and per response: "5MB", read as 5,000,000 bytes
 * (the smaller reading; 5 MiB would be 5,242,880).
 *
 * @example
 * WEB_LIMIT_BYTES; // 5_000_000
 */
export const WEB_LIMIT_BYTES = 5_000_000;

/**
 * The limit modelled for desktop Excel (Windows, Mac). Microsoft documents no payload limit for
 * desktop ("only occurs in Excel on the web"); the profiles use the web's limit so that code which
 * passes on them passes everywhere. Desktop is at least this generous.
 *
 * @example
 * DESKTOP_LIMIT_BYTES >= WEB_LIMIT_BYTES; // true
 */
export const DESKTOP_LIMIT_BYTES = WEB_LIMIT_BYTES;

const EXCEL_SETS = "https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets";
const SHARED_SETS =
  "https://learn.microsoft.com/javascript/api/requirement-sets/common/shared-runtime-requirement-sets";
const CF_SETS = "https://learn.microsoft.com/javascript/api/requirement-sets/excel/custom-functions-requirement-sets";
const PLATFORMS = "https://learn.microsoft.com/javascript/api/requirement-sets/requirement-sets";
const LIMITS =
  "https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins";

const COMMON = { Settings: "1.1", AddinCommands: "1.1" } as const;

/**
 * The Excel builds, keyed by id. The ones the add-in supports have `SharedRuntime` and
 * `CustomFunctionsRuntime`; `excel2021-windows-volume` and `excel2019-windows-volume` are here to show what
 * an unsupported host lacks.
 *
 * @example
 * import { OfficeFake } from "./officeFake";
 * const fake = new OfficeFake({ profile: HOST_PROFILES["excel2021-mac"] });
 * fake.isSetSupported("ExcelApi", "1.13"); // true
 */
export const HOST_PROFILES = {
  // Source: EXCEL_SETS, SHARED_SETS, CF_SETS (Office on Windows, Microsoft 365 subscription column).
  "m365-current": {
    id: "m365-current",
    label: "Microsoft 365 on Windows, Current Channel (Version 2509 or later)",
    platform: "windows",
    sets: {
      ...COMMON,
      ExcelApi: "1.20", // Version 2509 (Build 19201.20002)
      ExcelApiDesktop: "1.1", // Version 2509 (Build 19231.20156)
      SharedRuntime: "1.2", // Version 2108
      CustomFunctionsRuntime: "1.5", // Version 2504 (Build 18730.20088)
      DialogApi: "1.2",
    },
    requestLimitBytes: DESKTOP_LIMIT_BYTES,
    responseLimitBytes: DESKTOP_LIMIT_BYTES,
    customFunctions: true,
    sources: [EXCEL_SETS, SHARED_SETS, CF_SETS, LIMITS],
    notes:
      "The newest numbered sets the pages list for the subscription column. No desktop payload limit is documented.",
  },
  // Source: CF_SETS (CustomFunctionsRuntime 1.3: Version 2008 (Build 13127.20296)), EXCEL_SETS (1.12 needs
  // Build 13127.20408, later), SHARED_SETS (1.1: Version 2002; 1.2: Version 2108).
  "m365-windows-oldest": {
    id: "m365-windows-oldest",
    label: "Microsoft 365 on Windows, the oldest build the manifest admits (Version 2008, Build 13127.20296)",
    platform: "windows",
    sets: {
      ...COMMON,
      ExcelApi: "1.11", // 1.11: Version 2002 (Build 12527.20470); 1.12 needs Version 2008 Build 13127.20408
      SharedRuntime: "1.1",
      CustomFunctionsRuntime: "1.3", // 1.3: Version 2008 (Build 13127.20296)
      DialogApi: "1.2",
    },
    requestLimitBytes: DESKTOP_LIMIT_BYTES,
    responseLimitBytes: DESKTOP_LIMIT_BYTES,
    customFunctions: true,
    sources: [CF_SETS, EXCEL_SETS, SHARED_SETS],
    notes:
      "The manifest asks for CustomFunctionsRuntime 1.3, SharedRuntime 1.1 and ExcelApi 1.9; the first Windows build with all " +
      "three has ExcelApi 1.11: no worksheet custom properties (1.12), no merged areas (1.13).",
  },
  // Source: EXCEL_SETS (retail perpetual shares the Microsoft 365 column), CF_SETS (retail perpetual column).
  "excel2021-windows-retail": {
    id: "excel2021-windows-retail",
    label: "Excel 2021 on Windows, retail perpetual",
    platform: "windows",
    sets: {
      ...COMMON,
      ExcelApi: "1.14", // the Office 2021 feature set (Version 2108, Build 14326.20508)
      SharedRuntime: "1.2", // Version 2108 (Build 14326.20508)
      CustomFunctionsRuntime: "1.3", // retail perpetual: Version 2311 (Build 17029.20126); 1.4 and 1.5 "Not supported"
      DialogApi: "1.2",
    },
    requestLimitBytes: DESKTOP_LIMIT_BYTES,
    responseLimitBytes: DESKTOP_LIMIT_BYTES,
    customFunctions: true,
    sources: [EXCEL_SETS, CF_SETS, SHARED_SETS, PLATFORMS],
    notes:
      "The ExcelApi table puts retail perpetual in one column with the subscription, by build; modelled conservatively at the " +
      "Office 2021 feature set (1.14, as the volume-licensed 2021 column), since Microsoft does not deliver every subscription " +
      "feature to perpetual licences (OfficeDev/office-js#3504). Custom functions need Version 2311 or later (the licence " +
      "check was removed in January 2024, OfficeDev/office-js-docs-reference#1789).",
  },
  // Source: EXCEL_SETS ("Office 2021" entries of the volume-licensed column), SHARED_SETS; custom functions:
  // https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json (see notes).
  "excel2021-windows-volume": {
    id: "excel2021-windows-volume",
    label: "Excel LTSC 2021 on Windows, volume-licensed perpetual (unsupported: no custom functions)",
    platform: "windows",
    sets: {
      ...COMMON,
      ExcelApi: "1.14", // Office 2021: Version 2108 (Build 14326.20508); 1.15+ is "Office 2024"
      SharedRuntime: "1.1", // Excel 2021: Version 2108; 1.2 in this column is "Excel 2024"
      DialogApi: "1.2",
    },
    requestLimitBytes: DESKTOP_LIMIT_BYTES,
    responseLimitBytes: DESKTOP_LIMIT_BYTES,
    customFunctions: false,
    sources: [
      EXCEL_SETS,
      SHARED_SETS,
      CF_SETS,
      "https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json",
    ],
    notes:
      "Microsoft's pages disagree: the custom-functions requirement-set table lists CustomFunctionsRuntime 1.1–1.3 for " +
      "volume-licensed Office 2021 from Version 2108 (Build 14332.20011), while the custom-functions pages (en-US) say " +
      "custom functions \"aren't currently supported in … volume-licensed perpetual versions of Office 2021 or earlier on " +
      "Windows\" (some translations say 2019). Modelled conservatively as no custom functions: the manifest's " +
      "CustomFunctionsRuntime requirement then keeps the add-in off this build, and docs/platform.md says so.",
  },
  // Source: EXCEL_SETS ("Office 2024" entries), SHARED_SETS ("Excel 2024: Version 2108"), CF_SETS.
  "excel2024-windows-volume": {
    id: "excel2024-windows-volume",
    label: "Excel LTSC 2024 on Windows, volume-licensed perpetual",
    platform: "windows",
    sets: {
      ...COMMON,
      ExcelApi: "1.17", // Office 2024: Version 2302; 1.18+ "Not supported"
      SharedRuntime: "1.2", // Excel 2024: Version 2108
      CustomFunctionsRuntime: "1.3", // the column's 1.1–1.3 entries (1.4, 1.5 "Not supported")
      DialogApi: "1.2",
    },
    requestLimitBytes: DESKTOP_LIMIT_BYTES,
    responseLimitBytes: DESKTOP_LIMIT_BYTES,
    customFunctions: true,
    sources: [EXCEL_SETS, SHARED_SETS, CF_SETS],
    notes:
      "The custom-functions requirement-set table names only Office 2021 in this column; 2024 is assumed to keep its sets " +
      "(the custom-functions pages list volume-licensed Office 2021 and earlier as unsupported, so 2024 and later as supported).",
  },
  // Source: EXCEL_SETS, CF_SETS (retail perpetual column).
  "excel2024-windows-retail": {
    id: "excel2024-windows-retail",
    label: "Excel 2024 on Windows, retail perpetual",
    platform: "windows",
    sets: { ...COMMON, ExcelApi: "1.17", SharedRuntime: "1.2", CustomFunctionsRuntime: "1.3", DialogApi: "1.2" },
    requestLimitBytes: DESKTOP_LIMIT_BYTES,
    responseLimitBytes: DESKTOP_LIMIT_BYTES,
    customFunctions: true,
    sources: [EXCEL_SETS, CF_SETS, SHARED_SETS],
    notes:
      "Modelled at the Office 2024 feature set (1.17, as its volume-licensed column); CustomFunctionsRuntime 1.4+ is not for retail perpetual.",
  },
  // Source: PLATFORMS (row "Office 2019 on Windows (volume-licensed perpetual)"): ExcelApi 1.1–1.8, no
  // CustomFunctions extension point, no SharedRuntime. Office 2019 reached end of support in October 2025.
  "excel2019-windows-volume": {
    id: "excel2019-windows-volume",
    label: "Excel 2019 on Windows, volume-licensed perpetual (unsupported: no shared runtime, no custom functions)",
    platform: "windows",
    sets: { ...COMMON, ExcelApi: "1.8", DialogApi: "1.1" },
    requestLimitBytes: DESKTOP_LIMIT_BYTES,
    responseLimitBytes: DESKTOP_LIMIT_BYTES,
    customFunctions: false,
    sources: [PLATFORMS, EXCEL_SETS],
    notes: "The manifest's SharedRuntime requirement keeps the add-in from installing here.",
  },
  // Source: EXCEL_SETS / SHARED_SETS / CF_SETS, Office on Mac column; Office 2021 for Mac is 16.53 or later.
  "excel2021-mac": {
    id: "excel2021-mac",
    label: "Excel 2021 for Mac (16.53)",
    platform: "mac",
    sets: {
      ...COMMON,
      ExcelApi: "1.14", // 1.14: 16.52; 1.15 needs 16.58
      SharedRuntime: "1.2", // 1.2: 16.52
      CustomFunctionsRuntime: "1.3", // 1.3: 16.40; 1.4 needs 16.64
      DialogApi: "1.2",
    },
    requestLimitBytes: DESKTOP_LIMIT_BYTES,
    responseLimitBytes: DESKTOP_LIMIT_BYTES,
    customFunctions: true,
    sources: [EXCEL_SETS, SHARED_SETS, CF_SETS],
    notes: "The Mac column has one entry per version whatever the licence; a Microsoft 365 Mac build is newer.",
  },
  // Source: CF_SETS (CustomFunctionsRuntime 1.3: 16.40), EXCEL_SETS (1.12: 16.40, 1.13: 16.50), SHARED_SETS (1.1: 16.35).
  "excel-mac-oldest": {
    id: "excel-mac-oldest",
    label: "Excel for Mac, the oldest build the manifest admits (16.40)",
    platform: "mac",
    sets: { ...COMMON, ExcelApi: "1.12", SharedRuntime: "1.1", CustomFunctionsRuntime: "1.3", DialogApi: "1.2" },
    requestLimitBytes: DESKTOP_LIMIT_BYTES,
    responseLimitBytes: DESKTOP_LIMIT_BYTES,
    customFunctions: true,
    sources: [CF_SETS, EXCEL_SETS, SHARED_SETS],
    notes: "ExcelApi 1.12: worksheet custom properties, but no merged areas (1.13).",
  },
  // Source: EXCEL_SETS / SHARED_SETS / CF_SETS, Office on the web column ("Supported" for every set); LIMITS.
  "excel-web": {
    id: "excel-web",
    label: "Excel on the web",
    platform: "web",
    sets: {
      ...COMMON,
      ExcelApi: "1.20",
      ExcelApiOnline: "1.1",
      SharedRuntime: "1.2",
      CustomFunctionsRuntime: "1.5",
      DialogApi: "1.2",
    },
    requestLimitBytes: WEB_LIMIT_BYTES,
    responseLimitBytes: WEB_LIMIT_BYTES,
    customFunctions: true,
    sources: [EXCEL_SETS, SHARED_SETS, CF_SETS, LIMITS],
    notes:
      "5MB per request and per response (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded); reads ≤ 5,000,000 cells.",
  },
} as const satisfies Record<string, HostProfile>;

/** The id of a profile in {@link HOST_PROFILES}. */
export type HostProfileId = keyof typeof HOST_PROFILES;

/**
 * Whether the manifest's `<Requirements>` ({@link REQUIRED_SETS} of `scripts/manifest-checks.ts`) let the
 * add-in install on a build.
 *
 * @example
 * admitsProfile(HOST_PROFILES["excel-web"]); // true
 * admitsProfile(HOST_PROFILES["excel2019-windows-volume"]); // false
 */
export function admitsProfile(profile: Pick<HostProfile, "sets">): boolean {
  return Object.entries(REQUIRED_SETS).every(([name, version]) => isSetSupported(profile, name, version));
}

/**
 * The profiles of the builds the add-in installs on (the manifest's requirements hold).
 *
 * @example
 * for (const profile of SUPPORTED_PROFILES) describe(profile.label, () => runHostSuite(profile));
 */
export const SUPPORTED_PROFILES: readonly HostProfile[] = Object.values(HOST_PROFILES).filter((p: HostProfile) =>
  admitsProfile(p),
);

/**
 * Compares two dotted versions numerically ("1.9" < "1.14"); a missing part counts as 0.
 *
 * @example
 * compareVersions("1.9", "1.14"); // negative
 * compareVersions("1.10", "1.10.0"); // 0
 */
export { compareVersions };

/**
 * Whether a build supports a requirement set at a version, as `Office.context.requirements.isSetSupported`
 * answers (the version defaults to "1.1"; a set the build lacks is unsupported).
 *
 * @example
 * isSetSupported(HOST_PROFILES["m365-windows-oldest"], "ExcelApi", "1.12"); // false
 * isSetSupported(HOST_PROFILES["excel-web"], "ExcelApi", "1.13"); // true
 */
export function isSetSupported(profile: Pick<HostProfile, "sets">, name: string, version = "1.1"): boolean {
  const have = profile.sets[name];
  return have !== undefined && compareVersions(have, version) >= 0;
}

/** A requirement set at a version. */
export interface Requirement {
  readonly set: string;
  readonly version: string;
}

/**
 * The requirement set of each Office.js API `src/excel/host.ts` uses (and `Range.copyFrom`, which the
 * fill writes move to), from the `[Api set: …]` remarks of the API reference
 * (https://learn.microsoft.com/javascript/api/excel/, mirrored in `@types/office-js`). Classes whose
 * members are all ExcelApi 1.1 are listed by member only where the member is newer.
 *
 * @example
 * const { set, version } = API_REQUIREMENTS["Range.getMergedAreasOrNullObject"]; // ExcelApi 1.13
 * isSetSupported(HOST_PROFILES["excel-mac-oldest"], set, version); // false: the host must guard it
 */
export const API_REQUIREMENTS = {
  // Workbook / worksheets
  "Workbook.worksheets": { set: "ExcelApi", version: "1.1" },
  "Workbook.getActiveCell": { set: "ExcelApi", version: "1.7" },
  "Workbook.tables": { set: "ExcelApi", version: "1.1" },
  "WorksheetCollection.add": { set: "ExcelApi", version: "1.1" },
  "WorksheetCollection.getItem": { set: "ExcelApi", version: "1.1" },
  "WorksheetCollection.getItemOrNullObject": { set: "ExcelApi", version: "1.4" },
  "WorksheetCollection.getActiveWorksheet": { set: "ExcelApi", version: "1.1" },
  "WorksheetCollection.onSelectionChanged": { set: "ExcelApi", version: "1.9" },
  "WorksheetSelectionChangedEventArgs.worksheetId": { set: "ExcelApi", version: "1.7" },
  "Worksheet.name": { set: "ExcelApi", version: "1.1" },
  "Worksheet.id": { set: "ExcelApi", version: "1.1" },
  "Worksheet.delete": { set: "ExcelApi", version: "1.1" },
  "Worksheet.getRange": { set: "ExcelApi", version: "1.1" },
  "Worksheet.getRangeByIndexes": { set: "ExcelApi", version: "1.7" },
  "Worksheet.customProperties": { set: "ExcelApi", version: "1.12" },
  "WorksheetCustomPropertyCollection.add": { set: "ExcelApi", version: "1.12" },
  "WorksheetCustomPropertyCollection.getItemOrNullObject": { set: "ExcelApi", version: "1.12" },
  "Worksheet.freezePanes": { set: "ExcelApi", version: "1.7" },
  "WorksheetFreezePanes.freezeRows": { set: "ExcelApi", version: "1.7" },
  "Worksheet.tables": { set: "ExcelApi", version: "1.1" },
  "Worksheet.charts": { set: "ExcelApi", version: "1.1" },
  "WorksheetFreezePanes.unfreeze": { set: "ExcelApi", version: "1.7" },
  // Ranges
  "Range.values": { set: "ExcelApi", version: "1.1" },
  "Range.formulas": { set: "ExcelApi", version: "1.1" },
  "Range.formulasR1C1": { set: "ExcelApi", version: "1.2" },
  "Range.numberFormat": { set: "ExcelApi", version: "1.1" },
  "Range.getCell": { set: "ExcelApi", version: "1.1" },
  "Range.getEntireColumn": { set: "ExcelApi", version: "1.1" },
  "Range.getSurroundingRegion": { set: "ExcelApi", version: "1.7" },
  "Range.getTables": { set: "ExcelApi", version: "1.9" },
  "Range.getMergedAreasOrNullObject": { set: "ExcelApi", version: "1.13" },
  "Range.copyFrom": { set: "ExcelApi", version: "1.9" },
  "Range.conditionalFormats": { set: "ExcelApi", version: "1.6" },
  "ConditionalFormatCollection.add": { set: "ExcelApi", version: "1.6" },
  "ConditionalFormat.custom": { set: "ExcelApi", version: "1.6" },
  "RangeFormat.font": { set: "ExcelApi", version: "1.1" },
  "RangeFormat.fill": { set: "ExcelApi", version: "1.1" },
  "RangeFormat.columnWidth": { set: "ExcelApi", version: "1.2" },
  "Range.clear": { set: "ExcelApi", version: "1.1" },
  "ConditionalFormatCollection.clearAll": { set: "ExcelApi", version: "1.6" },
  // Data validation (lists): Range.dataValidation, DataValidation.rule/clear, ListDataValidation
  "Range.dataValidation": { set: "ExcelApi", version: "1.8" },
  "DataValidation.rule": { set: "ExcelApi", version: "1.8" },
  "DataValidation.clear": { set: "ExcelApi", version: "1.8" },
  // Tables
  "TableCollection.add": { set: "ExcelApi", version: "1.1" }, // a Range argument (not a string) needs 1.3
  "TableCollection.getItem": { set: "ExcelApi", version: "1.1" },
  "Table.name": { set: "ExcelApi", version: "1.1" },
  "Table.style": { set: "ExcelApi", version: "1.1" },
  "Table.getRange": { set: "ExcelApi", version: "1.1" },
  "Table.convertToRange": { set: "ExcelApi", version: "1.2" },
  // Charts
  "ChartCollection.add": { set: "ExcelApi", version: "1.1" },
  "Chart.setPosition": { set: "ExcelApi", version: "1.1" },
  "ChartAxis.numberFormat": { set: "ExcelApi", version: "1.8" },
  "ChartAxis.minimum": { set: "ExcelApi", version: "1.1" },
  "ChartAxis.maximum": { set: "ExcelApi", version: "1.1" },
  "ChartAxis.majorUnit": { set: "ExcelApi", version: "1.1" },
  "ChartAxis.setPositionAt": { set: "ExcelApi", version: "1.8" },
  "ChartAxis.tickLabelPosition": { set: "ExcelApi", version: "1.7" },
  "ChartSeries.markerStyle": { set: "ExcelApi", version: "1.7" },
  "ChartSeries.points": { set: "ExcelApi", version: "1.1" },
  "ChartPoint.hasDataLabel": { set: "ExcelApi", version: "1.7" },
  "ChartDataLabel.position": { set: "ExcelApi", version: "1.7" },
  "ChartDataLabel.text": { set: "ExcelApi", version: "1.8" },
  "ChartLegend.legendEntries": { set: "ExcelApi", version: "1.7" },
  "ChartLegendEntry.visible": { set: "ExcelApi", version: "1.7" },
  "ChartLegend.position": { set: "ExcelApi", version: "1.1" },
  "ChartSeriesCollection.getItemAt": { set: "ExcelApi", version: "1.1" },
  "ChartSeriesCollection.add": { set: "ExcelApi", version: "1.7" },
  "ChartSeries.name": { set: "ExcelApi", version: "1.1" },
  "ChartSeries.chartType": { set: "ExcelApi", version: "1.7" },
  "ChartSeries.setXAxisValues": { set: "ExcelApi", version: "1.7" },
  "ChartSeries.setValues": { set: "ExcelApi", version: "1.7" },
  "ChartSeries.setBubbleSizes": { set: "ExcelApi", version: "1.7" },
  "Chart.delete": { set: "ExcelApi", version: "1.1" },
  "ChartSeries.markerBackgroundColor": { set: "ExcelApi", version: "1.7" },
  "ChartSeries.markerForegroundColor": { set: "ExcelApi", version: "1.7" },
  "ChartFill.setSolidColor": { set: "ExcelApi", version: "1.1" },
  "ChartLineFormat.color": { set: "ExcelApi", version: "1.1" },
  // Common API
  "Office.context.document.settings": { set: "Settings", version: "1.1" },
} as const satisfies Record<string, Requirement>;

/** An API named in {@link API_REQUIREMENTS}. */
export type ApiName = keyof typeof API_REQUIREMENTS;

/**
 * The APIs the host calls only after `isSetSupported` says yes (else it falls back: the settings registry
 * instead of worksheet custom properties, no merged-area check).
 *
 * @example
 * GUARDED_APIS.includes("Range.getMergedAreasOrNullObject"); // true
 */
export const GUARDED_APIS: readonly ApiName[] = [
  "Worksheet.customProperties",
  "WorksheetCustomPropertyCollection.add",
  "WorksheetCustomPropertyCollection.getItemOrNullObject",
  "Range.getMergedAreasOrNullObject",
];

/**
 * The highest ExcelApi version an API of {@link API_REQUIREMENTS} outside {@link GUARDED_APIS} needs:
 * the minimum the manifest declares (`<Set Name="ExcelApi" MinVersion="1.9"/>`).
 *
 * @example
 * unguardedExcelApiMin(); // "1.9"
 */
export function unguardedExcelApiMin(): string {
  return Object.entries(API_REQUIREMENTS)
    .filter(([api, r]) => r.set === "ExcelApi" && !GUARDED_APIS.includes(api as ApiName))
    .map(([, r]) => r.version as string)
    .reduce((max, v) => (compareVersions(v, max) > 0 ? v : max), "1.1");
}
