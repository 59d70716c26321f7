/**
 * The shared build flow (src/taskpane/shared/flow.ts), through a probe builder that is nothing but
 * a configuration, a layout function and messages (what a new builder gives), and through the two
 * real builders for the guards the selection builder gained from cost-to-serve.
 */
import * as React from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { SHEET_TAG } from "../../src/core/costToServe/builder";
import { HostError, type ApplyResult, type SourceTable, type WorkbookHost } from "../../src/core/host";
import type { Lang } from "../../src/core/lang";
import type { SheetLayout } from "../../src/core/layout";
import { profileSource } from "../../src/core/source";
import {
  CONFIG_KEY as SELECTION_CONFIG_KEY,
  SHEET_TAG as SELECTION_TAG,
  initialConfig,
} from "../../src/core/selection/builder";
import { BuildButtons, BuilderFrame } from "../../src/taskpane/shared/BuildFlow";
import {
  useBuildFlow,
  type BuildFlowSpec,
  type FlowMessages,
  type LayoutNames,
  type StoredBuild,
} from "../../src/taskpane/shared/flow";
import { SelectionBuilder } from "../../src/taskpane/selection/SelectionBuilder";
import { sampleSource } from "../support/costToServe";
import { MemoryHost } from "../support/memoryHost";
import { sampleSourceTable } from "../support/selectionSample";

afterEach(cleanup);

interface ProbeConfig {
  readonly version: 1;
  readonly lang: Lang;
  readonly column: string;
}

const TAG = "kam:probe";
const KEY = "probe";
const en: FlowMessages = {
  noWorkbook: "No workbook.",
  restored: "Restored.",
  readSource: "Pick again",
  noSource: "No table.",
  build: "Build",
  refresh: "Refresh {sheet}",
  cancel: "Cancel",
  preparing: "Preparing…",
  building: "Writing {sheet}…",
  built: "Built {sheet}: {cells} cells.",
  refreshed: "Refreshed {sheet}.",
  cancelled: "Cancelled.",
  failed: "Failed: {message}",
  readFailed: "Could not read: {message}",
  ownSheet: "{sheet} is an output sheet; use {source}.",
};
const nl: FlowMessages = { ...en, failed: "Mislukt: {message}", readFailed: "Niet gelezen: {message}" };

function unique(base: string, taken: readonly string[]): string {
  let name = base;
  for (let i = 2; taken.includes(name); i++) name = `${base} (${i})`;
  return name;
}

/** A probe builder's spec; `layout` and `restore` are spies. */
function probeSpec(overrides: Partial<BuildFlowSpec<ProbeConfig, string>> = {}) {
  const layout = vi.fn((_table: SourceTable, config: ProbeConfig, names: LayoutNames) => {
    const name = names.sheetName ?? unique("Probe", names.existingSheets ?? []);
    const sheet: SheetLayout = {
      name,
      tag: TAG,
      blocks: [{ row: 0, col: 0, cells: [[{ v: config.column }]] }],
      tables: [],
      formats: [],
      conditional: [],
      charts: [],
      columnWidths: {},
    };
    return { ok: true as const, layout: sheet, extra: `anchors of ${name}` };
  });
  const restore = vi.fn((_table: SourceTable, _config: ProbeConfig, sheet: string) => `anchors of ${sheet}`);
  const spec: BuildFlowSpec<ProbeConfig, string> = {
    configKey: KEY,
    tag: TAG,
    messages: { en, nl },
    readOnOpen: true,
    emptyConfig: (lang) => ({ version: 1, lang, column: "" }),
    parseStored: (value) => value as StoredBuild<ProbeConfig> | undefined,
    fromSource: (d, table) => ({ ...d, column: String(table.headers[0]) }),
    validate: (draft) => (draft.column === "" ? { ok: false, message: "no column" } : { ok: true, config: draft }),
    missingColumns: (config, table) => (table.headers.includes(config.column) ? [] : [config.column]),
    layout,
    restore,
    ...overrides,
  };
  return { spec, layout, restore };
}

function Probe(props: { host: WorkbookHost | undefined; lang: Lang; spec: BuildFlowSpec<ProbeConfig, string> }) {
  const flow = useBuildFlow(props.host, props.lang, props.spec);
  const [step, setStep] = React.useState<"only">("only");
  const only = {
    id: "only" as const,
    label: "Only",
    testId: "probe-tab",
    enabled: true,
    render: () => (
      <>
        <span data-testid="probe-draft">{flow.draft.column}</span>
        <span data-testid="probe-built">{flow.built?.extra ?? ""}</span>
        <button data-testid="probe-read" onClick={flow.read} />
        <button data-testid="probe-edit" onClick={() => flow.setDraft((d) => ({ ...d, column: "edited" }))} />
        <button
          data-testid="probe-twice"
          onClick={() => {
            flow.run(false);
            flow.run(false);
          }}
        />
        <BuildButtons flow={flow} prefix="probe" canBuild={flow.source !== undefined} />
      </>
    ),
  };
  return <BuilderFrame flow={flow} testId="probe" prefix="probe" steps={[only]} step={step} onStep={setStep} />;
}

function show(host: WorkbookHost | undefined, spec: BuildFlowSpec<ProbeConfig, string>, lang: Lang = "en") {
  const ui = (l: Lang) => (
    <FluentProvider theme={webLightTheme}>
      <Probe host={host} lang={l} spec={spec} />
    </FluentProvider>
  );
  const view = render(ui(lang));
  return { relang: (l: Lang) => view.rerender(ui(l)) };
}

const byId = (id: string): HTMLElement => screen.getByTestId(id);
const text = (id: string): string => byId(id).textContent ?? "";
const stored = (sheet: string): StoredBuild<ProbeConfig> => ({
  config: { version: 1, lang: "en", column: "Customer" },
  sheet,
  source: { sheet: "Data", address: "A1:AA201" },
});

async function opened(host: MemoryHost, spec: BuildFlowSpec<ProbeConfig, string>, lang: Lang = "en") {
  const view = show(host, spec, lang);
  await waitFor(() => expect(text("probe-draft")).toBe("Customer"));
  return view;
}

describe("the shared build flow: reading and restoring", () => {
  it("says there is no workbook when there is none, and reads nothing", () => {
    show(undefined, probeSpec().spec);
    expect(text("probe")).toBe("No workbook.");
  });

  it("restores the saved configuration once: a language switch does not reload it over the user's edits", async () => {
    const host = new MemoryHost(sampleSource());
    host.settings.set(KEY, stored("Probe"));
    const load = vi.spyOn(host, "loadConfig");
    const { spec, restore } = probeSpec();
    const { relang } = await opened(host, spec);
    expect(text("probe-restored")).toBe("Restored.");
    expect(host.readSourceAt).toHaveBeenCalledWith("Data", "A1:AA201");
    expect(restore).toHaveBeenCalledWith(expect.objectContaining({ sheet: "Data" }), stored("Probe").config, "Probe");
    expect(text("probe-built")).toBe("anchors of Probe");
    expect(text("probe-refresh")).toBe("Refresh Probe");
    fireEvent.click(byId("probe-edit"));
    relang("nl");
    await waitFor(() => expect(text("probe-draft")).toBe("edited"));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("shows a host error met while restoring in the pane's language instead of failing silently", async () => {
    const host = new MemoryHost(sampleSource());
    host.loadConfig = async () => {
      throw new HostError("settings-invalid", { key: "kam.probe" });
    };
    show(host, probeSpec().spec, "nl");
    await waitFor(() =>
      expect(text("probe-read-error")).toBe('Niet gelezen: De opgeslagen instelling "kam.probe" is geen geldige JSON.'),
    );
  });

  it("shows a failed read of the table under the selection, and clears it on the next read", async () => {
    const host = new MemoryHost(sampleSource());
    await opened(host, probeSpec().spec);
    host.readSource.mockRejectedValueOnce(new Error("the workbook is busy"));
    fireEvent.click(byId("probe-read"));
    await waitFor(() => expect(text("probe-read-error")).toBe("Could not read: the workbook is busy"));
    fireEvent.click(byId("probe-read"));
    await waitFor(() => expect(screen.queryByTestId("probe-read-error")).toBeNull());
  });
});

describe("the shared build flow: the guards of a build", () => {
  it("does not build a configuration that does not validate, and says why", async () => {
    const host = new MemoryHost(sampleSource());
    const { spec, layout } = probeSpec({ validate: () => ({ ok: false, message: "no column" }) });
    await opened(host, spec);
    fireEvent.click(byId("probe-build"));
    await waitFor(() => expect(text("probe-failed")).toBe("Failed: no column"));
    expect(layout).not.toHaveBeenCalled();
    expect(host.layouts).toHaveLength(0);
  });

  it("refuses a source on one of the add-in's own sheets, naming it, and writes nothing", async () => {
    const host = new MemoryHost(sampleSource());
    host.owned = [{ name: "Data", tag: "kam:other" }];
    await opened(host, probeSpec().spec);
    fireEvent.click(byId("probe-build"));
    await waitFor(() => expect(text("probe-failed")).toBe("Failed: Data is an output sheet; use ."));
    expect(host.layouts).toHaveLength(0);
  });

  it("stops on a blocking source problem found in the table as it is now, before anything is written", async () => {
    const host = new MemoryHost(sampleSource());
    await opened(host, probeSpec().spec);
    const now = sampleSource();
    host.readSourceAt.mockResolvedValueOnce({ ...now, headers: now.headers.map((h, i) => (i === 2 ? "" : h)) });
    fireEvent.click(byId("probe-build"));
    await waitFor(() => expect(text("probe-failed")).toContain("Data!C1"));
    expect(host.layouts).toHaveLength(0);
  });

  it("stops when the source is gone, and picking it again clears the message", async () => {
    const host = new MemoryHost(sampleSource());
    await opened(host, probeSpec().spec);
    host.readSourceAt.mockResolvedValueOnce(undefined);
    fireEvent.click(byId("probe-build"));
    await waitFor(() => expect(text("probe-stopped")).toContain("Data!A1:AA201 is no longer in this workbook"));
    const reads = host.readSource.mock.calls.length;
    fireEvent.click(byId("probe-repick"));
    await waitFor(() => expect(screen.queryByTestId("probe-stopped")).toBeNull());
    expect(host.readSource.mock.calls.length).toBe(reads + 1);
    expect(host.layouts).toHaveLength(0);
  });

  it("runs one build at a time: a second start while one runs writes nothing more", async () => {
    const host = new MemoryHost(sampleSource());
    await opened(host, probeSpec().spec);
    fireEvent.click(byId("probe-twice"));
    await waitFor(() => expect(text("probe-done")).toBe("Built Probe: 1 cells."));
    expect(host.layouts).toHaveLength(1);
  });

  it("gives the layout the workbook's sheet and table names when the host offers its table names", async () => {
    const host = Object.assign(new MemoryHost(sampleSource()), {
      tableNames: vi.fn(async (): Promise<readonly string[]> => ["Customers_table", "Probe"]),
    });
    const { spec, layout } = probeSpec();
    await opened(host, spec);
    fireEvent.click(byId("probe-build"));
    await screen.findByTestId("probe-done");
    const names = layout.mock.calls[0]?.[2];
    expect(Object.keys(names ?? {}).sort()).toEqual(["existingSheets", "existingTables"]);
    expect(names?.existingTables).toEqual(["Customers_table", "Probe"]);
  });

  it("gives the layout only the sheet names on a host without table names", async () => {
    const host = new MemoryHost(sampleSource());
    const { spec, layout } = probeSpec();
    await opened(host, spec);
    fireEvent.click(byId("probe-build"));
    await screen.findByTestId("probe-done");
    expect(Object.keys(layout.mock.calls[0]?.[2] ?? {})).toEqual(["existingSheets"]);
  });
});

describe("the shared build flow: cancel and failure leave nothing", () => {
  it("cancelled before writing: no sheet is written and no configuration saved", async () => {
    const host = new MemoryHost(sampleSource());
    await opened(host, probeSpec().spec);
    fireEvent.click(byId("probe-build"));
    expect(text("probe-progress-status")).toBe("Preparing…");
    fireEvent.click(byId("probe-cancel"));
    await waitFor(() => expect(text("probe-cancelled")).toBe("Cancelled."));
    expect(host.layouts).toHaveLength(0);
    expect(host.settings.has(KEY)).toBe(false);
  });

  it("cancelled while writing: the host is told, and no configuration is saved", async () => {
    const host = new MemoryHost(sampleSource());
    let release: () => void = () => undefined;
    host.apply = (_layout, options) =>
      new Promise<ApplyResult>((resolve, reject) => {
        options?.onProgress?.(0.5, "half way");
        release = () =>
          options?.signal?.aborted === true ? reject(new Error("stopped")) : resolve({ sheet: "x", cellsWritten: 0 });
      });
    await opened(host, probeSpec().spec);
    fireEvent.click(byId("probe-build"));
    await waitFor(() => expect(text("probe-progress-status")).toBe("half way"));
    fireEvent.click(byId("probe-cancel"));
    act(() => release());
    await waitFor(() => expect(text("probe-cancelled")).toBe("Cancelled."));
    expect(host.settings.has(KEY)).toBe(false);
  });

  it("a failed write leaves no sheet and no configuration, and shows the host's error in the pane's language", async () => {
    const host = new MemoryHost(sampleSource());
    host.apply = async (layout) => {
      throw new HostError("write-failed", { sheet: layout.name });
    };
    await opened(host, probeSpec().spec, "nl");
    fireEvent.click(byId("probe-build"));
    await waitFor(() =>
      expect(text("probe-failed")).toBe(
        'Mislukt: Het schrijven van het blad "Probe" is mislukt; de werkmap is gebleven zoals hij was.',
      ),
    );
    expect(host.sheets).toEqual(["Data"]);
    expect(host.settings.has(KEY)).toBe(false);
    expect(text("probe-built")).toBe("");
  });
});

describe("the shared build flow: refresh", () => {
  it("saves the whole source table's place, and a refresh reads it there and rewrites its own sheet in place", async () => {
    const host = new MemoryHost(sampleSource());
    const tables = vi.fn(async (): Promise<readonly string[]> => []);
    const withTables = Object.assign(host, { tableNames: tables });
    const { spec, layout } = probeSpec();
    await opened(withTables, spec);
    fireEvent.click(byId("probe-build"));
    await screen.findByTestId("probe-done");
    expect(host.settings.get(KEY)).toMatchObject({ sheet: "Probe", source: { sheet: "Data", address: "A1:AA201" } });
    tables.mockClear();
    fireEvent.click(byId("probe-refresh"));
    await waitFor(() => expect(text("probe-done")).toBe("Refreshed Probe."));
    expect(host.readSourceAt).toHaveBeenLastCalledWith("Data", "A1:AA201");
    expect(layout.mock.calls[1]?.[2]).toEqual({ sheetName: "Probe" });
    expect(host.layouts[1]?.options?.replace).toBe(true);
    expect(tables).not.toHaveBeenCalled();
  });

  it("keeps the user's input blocks on a refresh only for a builder that asks for it, never on a first build", async () => {
    const plain = new MemoryHost(sampleSource());
    await opened(plain, probeSpec().spec);
    fireEvent.click(byId("probe-build"));
    await screen.findByTestId("probe-done");
    fireEvent.click(byId("probe-refresh"));
    await waitFor(() => expect(text("probe-done")).toBe("Refreshed Probe."));
    expect(plain.layouts[1]?.options?.keepInputs).toBeUndefined();
    cleanup();
    const keeping = new MemoryHost(sampleSource());
    await opened(keeping, probeSpec({ keepInputs: true }).spec);
    fireEvent.click(byId("probe-build"));
    await screen.findByTestId("probe-done");
    expect(keeping.layouts[0]?.options?.keepInputs).toBeUndefined();
    fireEvent.click(byId("probe-refresh"));
    await waitFor(() => expect(text("probe-done")).toBe("Refreshed Probe."));
    expect(keeping.layouts[1]?.options).toMatchObject({ replace: true, keepInputs: true });
  });

  it("replaces the stored sheet only when it carries the builder's tag; otherwise it builds a new, uniquely named sheet", async () => {
    const host = new MemoryHost(sampleSource());
    host.settings.set(KEY, stored("Probe"));
    host.sheets.push("Probe");
    host.owned = [{ name: "Probe", tag: "kam:someone-else" }];
    await opened(host, probeSpec().spec);
    fireEvent.click(byId("probe-refresh"));
    await waitFor(() => expect(text("probe-done")).toBe("Built Probe (2): 1 cells."));
    expect(host.layouts[0]?.options?.replace).toBe(false);
    expect(host.settings.get(KEY)).toMatchObject({ sheet: "Probe (2)" });
  });
});

describe("the selection builder in the shared flow gained the guards of cost-to-serve", () => {
  const sample = sampleSourceTable();

  async function toClasses(host: MemoryHost): Promise<void> {
    render(
      <FluentProvider theme={webLightTheme}>
        <SelectionBuilder host={host} lang="en" />
      </FluentProvider>,
    );
    fireEvent.click(byId("sel-read-source"));
    await waitFor(() => byId("sel-source-found"));
    fireEvent.click(byId("sel-next-criteria"));
    fireEvent.click(byId("sel-next-classes"));
    await waitFor(() => expect((byId("sel-build") as HTMLButtonElement).disabled).toBe(false));
  }

  it("refuses a source on one of the add-in's own sheets", async () => {
    const host = new MemoryHost(sample);
    host.owned = [{ name: "Customers", tag: SHEET_TAG }];
    await toClasses(host);
    fireEvent.click(byId("sel-build"));
    await waitFor(() =>
      expect(text("sel-build-error")).toContain("The selection is on Customers, an output sheet of the add-in."),
    );
    expect(host.layouts).toHaveLength(0);
  });

  it("does not replace a sheet of the stored name that another builder owns on refresh", async () => {
    const host = new MemoryHost(sample);
    const config = initialConfig(profileSource(sample), "course", "en");
    host.settings.set(SELECTION_CONFIG_KEY, {
      config,
      sheet: "KAM Selection",
      source: { sheet: "Customers", address: "A1" },
    });
    host.sheets.push("KAM Selection");
    host.owned = [{ name: "KAM Selection", tag: SHEET_TAG }];
    render(
      <FluentProvider theme={webLightTheme}>
        <SelectionBuilder host={host} lang="en" />
      </FluentProvider>,
    );
    await waitFor(() => byId("sel-source-found"));
    fireEvent.click(byId("sel-next-criteria"));
    fireEvent.click(byId("sel-next-classes"));
    await waitFor(() => expect((byId("sel-refresh") as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(byId("sel-refresh"));
    await waitFor(() => expect(text("sel-build-done")).toContain("Built KAM Selection (2)"));
    expect(host.layouts[0]?.options?.replace).toBe(false);
    expect(host.layouts[0]?.layout.tag).toBe(SELECTION_TAG);
  });
});
