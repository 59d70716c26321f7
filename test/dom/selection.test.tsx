import { afterEach, describe, expect, it, vi } from "vitest";
import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ApplyOptions, ApplyResult, SourceTable, WorkbookHost } from "../../src/core/host";
import type { SheetLayout } from "../../src/core/layout";
import { profileSource } from "../../src/core/source";
import {
  CONFIG_KEY,
  SHEET_TAG,
  initialConfig,
  previewSelection,
  type StoredSelection,
} from "../../src/core/selection/builder";
import { SelectionBuilder } from "../../src/taskpane/selection/SelectionBuilder";
import { MemoryHost } from "../support/memoryHost";
import { sampleSourceTable, scaledSourceTable } from "../support/selectionSample";

afterEach(cleanup);

/** Counts how often the pane draws a Fluent scatter chart (the real chart still renders). */
const scatter = vi.hoisted(() => ({ renders: 0 }));
vi.mock("@fluentui/react-charts", async (importOriginal) => {
  const charts = await importOriginal<typeof import("@fluentui/react-charts")>();
  const { createElement } = await import("react");
  return {
    ...charts,
    ScatterChart: (props: React.ComponentProps<typeof charts.ScatterChart>) => {
      scatter.renders++;
      return createElement(charts.ScatterChart, props);
    },
  };
});

const sample = sampleSourceTable();
const byId = (id: string): HTMLElement => screen.getByTestId(id);
const input = (id: string): HTMLInputElement => byId(id) as HTMLInputElement;
const type = (id: string, value: string): void => {
  fireEvent.change(input(id), { target: { value } });
};

function show(host: WorkbookHost | undefined, lang: "en" | "nl" = "en"): void {
  render(
    <FluentProvider theme={webLightTheme}>
      <SelectionBuilder host={host} lang={lang} />
    </FluentProvider>,
  );
}

async function toSource(host: MemoryHost): Promise<void> {
  show(host);
  fireEvent.click(byId("sel-read-source"));
  await waitFor(() => expect(byId("sel-source-found").textContent).toContain("200 customers"));
}

describe("SelectionBuilder: source", () => {
  it("asks for a workbook when there is none", () => {
    show(undefined, "nl");
    expect(byId("selection-builder").textContent).toBe("Open een werkmap om een selectiematrix te bouwen.");
  });

  it("shows the columns with their type and blanks, the row count and the sample's nasty rows", async () => {
    const host = new MemoryHost(sample);
    await toSource(host);
    expect(byId("sel-col-0-kind").textContent).toBe("Text");
    expect(byId("sel-col-5-kind").textContent).toBe("Number");
    expect(byId("sel-problem-text_in_numbers").textContent).toContain('"Visits"');
    expect(byId("sel-problem-name_duplicate").textContent).toContain("Brouwer Automotive Groep");
    expect((byId("sel-name-column") as HTMLSelectElement).value).toBe("Customer");
    expect((byId("sel-next-criteria") as HTMLButtonElement).disabled).toBe(false);
  });

  it("stops the flow on merged cells and a blank header, naming the cells, in Dutch", async () => {
    const bad: SourceTable = {
      ...sample,
      merged: ["B5:B6"],
      headers: sample.headers.map((h, i) => (i === 2 ? "" : h)),
    };
    show(new MemoryHost(bad), "nl");
    fireEvent.click(byId("sel-read-source"));
    await waitFor(() => expect(byId("sel-problem-merged").textContent).toContain("Customers!B5:B6"));
    expect(byId("sel-problem-header_blank").textContent).toContain("Customers!C1: kolom C heeft geen kop");
    expect((byId("sel-next-criteria") as HTMLButtonElement).disabled).toBe(true);
  });

  it("says so when there is no table under the selection", async () => {
    show(new MemoryHost(undefined));
    fireEvent.click(byId("sel-read-source"));
    await waitFor(() => expect(byId("sel-no-source").textContent).toContain("No table found"));
  });
});

describe("SelectionBuilder: criteria, classes, build, explain", () => {
  it("pre-fills the course template, validates as the user types and shows weights as shares of 100 %", async () => {
    const host = new MemoryHost(sample);
    await toSource(host);
    fireEvent.click(byId("sel-next-criteria"));
    expect(screen.getAllByTestId(/^sel-crit-\d+$/)).toHaveLength(13);
    expect(byId("sel-crit-0-share").textContent).toBe("12.5% of the total");
    type("sel-crit-0-weight", "-3");
    expect(byId("sel-step-criteria").textContent).toContain("A weight cannot be negative.");
    expect((byId("sel-next-classes") as HTMLButtonElement).disabled).toBe(true);
    type("sel-crit-0-weight", "37.5");
    expect((byId("sel-next-classes") as HTMLButtonElement).disabled).toBe(false);
    expect(byId("sel-crit-0-share").textContent).toBe("30% of the total");
    fireEvent.change(byId("sel-crit-1-method"), { target: { value: "bands" } });
    type("sel-crit-1-bands", "500; 100");
    expect(byId("sel-step-criteria").textContent).toContain("Band boundaries must rise from left to right.");
    type("sel-crit-1-bands", "100; 500; 5000");
    expect((byId("sel-next-classes") as HTMLButtonElement).disabled).toBe(false);
  });

  it("needs a future-value criterion: removing them all shows why Next is disabled", async () => {
    const host = new MemoryHost(sample);
    show(host);
    fireEvent.click(byId("sel-read-source"));
    await waitFor(() => byId("sel-source-found"));
    fireEvent.change(byId("sel-template"), { target: { value: "mcdonald" } });
    fireEvent.click(byId("sel-next-criteria"));
    expect(screen.getAllByTestId(/^sel-crit-\d+$/)).toHaveLength(2);
    fireEvent.click(byId("sel-crit-0-remove"));
    expect(byId("sel-config-error-noFutureWeight").textContent).toContain("future-value criterion");
  });

  it("previews the class counts of core, warns above 35 key accounts, builds, saves, and explains a selected row", async () => {
    const host = new MemoryHost(sample);
    await toSource(host);
    fireEvent.click(byId("sel-next-criteria"));
    fireEvent.click(byId("sel-next-classes"));
    const course = initialConfig(profileSource(sample), "course", "en");
    const atDefaults = previewSelection(sample, course);
    await waitFor(() => expect(byId("sel-count-key").textContent).toBe(String(atDefaults.classCounts.key)));
    expect(byId("sel-count-futureKey").textContent).toBe(String(atDefaults.classCounts.futureKey));
    expect(byId("sel-quadrant-streamline").textContent).toBe(String(atDefaults.quadrantCounts.streamline));
    expect(atDefaults.keyAccounts).toBeGreaterThan(35);
    expect(byId("sel-warning-35").textContent).toContain(`${atDefaults.keyAccounts} key accounts`);
    expect(byId("sel-preview-chart")).toBeTruthy();

    type("sel-cut-current", "6");
    expect(byId("sel-step-classes").textContent).toContain("A cut-off lies on the score scale, 1 to 5.");
    expect((byId("sel-build") as HTMLButtonElement).disabled).toBe(true);
    type("sel-cut-current", "3.6");
    type("sel-cut-future", "3.6");
    const expected = previewSelection(sample, { ...course, cuts: { ...course.cuts, current: 3.6, future: 3.6 } });
    expect(expected.keyAccounts).toBeLessThanOrEqual(35);
    await waitFor(() => expect(byId("sel-count-key").textContent).toBe(String(expected.classCounts.key)));
    expect(screen.queryByTestId("sel-warning-35")).toBeNull();
    fireEvent.change(byId("sel-style"), { target: { value: "kam" } });

    await waitFor(() => expect((byId("sel-build") as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(byId("sel-build"));
    await waitFor(() => expect(byId("sel-build-done").textContent).toContain("Built KAM Selection"));
    const [{ layout, options }] = host.layouts as [{ layout: SheetLayout; options: ApplyOptions }];
    expect(layout).toMatchObject({ name: "KAM Selection", tag: SHEET_TAG, tables: [] });
    expect(options.replace).toBe(false);
    const saved = host.settings.get(CONFIG_KEY) as StoredSelection;
    // The whole table's address, as cost-to-serve stored it: a refresh that finds it gone names it all.
    expect(saved).toMatchObject({ sheet: "KAM Selection", source: { sheet: "Customers", address: "A1:AA201" } });
    expect(saved.config.style).toBe("kam");

    expect(byId("sel-explain-hint").textContent).toContain("KAM Selection");
    const headerRow = layout.tables.length === 0 ? findHeaderRow(layout) : 0;
    act(() => host.select("KAM Selection", headerRow + 2));
    await waitFor(() => expect(byId("sel-explain-name").textContent).toBe(String(sample.rows[1]?.[0])));
    const row = expected.rows[1];
    const labels = {
      key: "Key account",
      futureKey: "Future key account",
      large: "Large customer",
      small: "Small customer",
      loss: "Loss customer",
    };
    expect(byId("sel-explain-class").textContent).toContain(labels[row?.cls ?? "loss"]);
    expect(screen.getAllByTestId(/^sel-explain-contrib-\d+$/)).toHaveLength(13);
    expect(byId("sel-explain-distance-current").textContent).toMatch(/(above|below)/);
    act(() => host.select("KAM Selection", headerRow));
    await waitFor(() => expect(screen.queryByTestId("sel-explain-name")).toBeNull());
  });

  it("warns about a criterion with the same value for every customer, naming the column, in both languages", async () => {
    const col = sample.headers.indexOf("Payment days");
    const constant: SourceTable = {
      ...sample,
      rows: sample.rows.map((r) => r.map((c, i) => (i === col ? 30 : c))),
    };
    const host = new MemoryHost(constant);
    await toSource(host);
    fireEvent.click(byId("sel-next-criteria"));
    fireEvent.click(byId("sel-next-classes"));
    await waitFor(() =>
      expect(byId("sel-notice-no_spread").textContent).toBe(
        '"Payment days" has the same value (30) for every customer, so it does not tell them apart: everyone scores 3 on it. Check the column, or give it weight 0.',
      ),
    );
    cleanup();
    show(new MemoryHost(constant), "nl");
    fireEvent.click(byId("sel-read-source"));
    await waitFor(() => byId("sel-source-found"));
    fireEvent.click(byId("sel-next-criteria"));
    fireEvent.click(byId("sel-next-classes"));
    await waitFor(() =>
      expect(byId("sel-notice-no_spread").textContent).toContain(
        '"Payment days" heeft voor elke klant dezelfde waarde (30)',
      ),
    );
  });

  it("warns above 2,000 customers (the measured threshold) that the portable formulas recalculate slowly, and not with the KAM functions", async () => {
    show(new MemoryHost(scaledSourceTable(2_001)));
    fireEvent.click(byId("sel-read-source"));
    await waitFor(() => expect(byId("sel-source-found").textContent).toContain("2001 customers"));
    fireEvent.click(byId("sel-next-criteria"));
    fireEvent.click(byId("sel-next-classes"));
    fireEvent.change(byId("sel-style"), { target: { value: "portable" } });
    await waitFor(() => expect(byId("sel-warning-portable").textContent).toContain("2,001 customers"));
    expect(byId("sel-warning-portable").textContent).toContain("KAM functions");
    fireEvent.change(byId("sel-style"), { target: { value: "kam" } });
    await waitFor(() => expect(screen.queryByTestId("sel-warning-portable")).toBeNull());
  });

  it("stops before writing when the source table is gone, says where it was, and picks it again in one click (issue 13)", async () => {
    const host = new MemoryHost(sample);
    await toSource(host);
    fireEvent.click(byId("sel-next-criteria"));
    fireEvent.click(byId("sel-next-classes"));
    await waitFor(() => expect((byId("sel-build") as HTMLButtonElement).disabled).toBe(false));
    host.readSourceAt.mockResolvedValueOnce(undefined);
    fireEvent.click(byId("sel-build"));
    await waitFor(() =>
      expect(byId("sel-stopped").textContent).toContain(
        "The source table Customers!A1:AA201 is no longer in this workbook (another file was opened, or the sheet was renamed or deleted), so nothing was built.",
      ),
    );
    expect(host.readSourceAt).toHaveBeenLastCalledWith("Customers", "A1");
    expect(host.layouts).toHaveLength(0);
    expect(screen.queryByTestId("sel-build-done")).toBeNull();
    fireEvent.click(byId("sel-repick"));
    await waitFor(() => expect(byId("sel-source-found").textContent).toContain("200 customers"));
  });

  it("stops when the source lost a criterion's column and names it, in Dutch", async () => {
    const host = new MemoryHost(sample);
    show(host, "nl");
    fireEvent.click(byId("sel-read-source"));
    await waitFor(() => byId("sel-source-found"));
    fireEvent.click(byId("sel-next-criteria"));
    fireEvent.click(byId("sel-next-classes"));
    await waitFor(() => expect((byId("sel-build") as HTMLButtonElement).disabled).toBe(false));
    host.readSourceAt.mockResolvedValue({
      ...sample,
      headers: sample.headers.map((h) => (h === "Net revenue" ? "Omzet" : h)),
    });
    fireEvent.click(byId("sel-build"));
    await waitFor(() =>
      expect(byId("sel-stopped").textContent).toContain(
        'De tabel op Customers!A1:AA201 heeft de kolom(men) "Net revenue" niet meer die deze configuratie gebruikt',
      ),
    );
    expect(host.layouts).toHaveLength(0);
  });

  it("builds on the rows the workbook holds now and asks the host to check the written sheet", async () => {
    const host = new MemoryHost(sample);
    await toSource(host);
    fireEvent.click(byId("sel-next-criteria"));
    fireEvent.click(byId("sel-next-classes"));
    await waitFor(() => expect((byId("sel-build") as HTMLButtonElement).disabled).toBe(false));
    host.readSourceAt.mockResolvedValue({ ...sample, address: "A1:AA51", rows: sample.rows.slice(0, 50) });
    fireEvent.click(byId("sel-build"));
    await waitFor(() => expect(byId("sel-build-done").textContent).toContain("Built KAM Selection"));
    const [{ layout, options }] = host.layouts as [{ layout: SheetLayout; options: ApplyOptions }];
    expect(layout.blocks[0]?.cells[1]?.[0]).toMatchObject({ v: expect.stringContaining("Customers!A1:AA51") });
    expect(options.verify?.errors).toEqual(["#REF!", "#NAME?", "#NULL!", "#SPILL!", "#CALC!"]);
  });

  it("cancels a long build, leaving nothing behind", async () => {
    const host = new MemoryHost(sample);
    let release: () => void = () => undefined;
    host.apply = (_layout, options) =>
      new Promise<ApplyResult>((resolve, reject) => {
        options?.onProgress?.(0.25, "chunk 1 of 4");
        release = () =>
          options?.signal?.aborted === true ? reject(new Error("cancelled")) : resolve({ sheet: "x", cellsWritten: 0 });
      });
    await toSource(host);
    fireEvent.click(byId("sel-next-criteria"));
    fireEvent.click(byId("sel-next-classes"));
    await waitFor(() => expect((byId("sel-build") as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(byId("sel-build"));
    await waitFor(() => expect(byId("sel-progress-status").textContent).toBe("chunk 1 of 4"));
    fireEvent.click(byId("sel-cancel"));
    act(() => release());
    await waitFor(() => expect(byId("sel-build-cancelled").textContent).toContain("Cancelled"));
    expect(host.settings.has(CONFIG_KEY)).toBe(false);
  });

  it("does not draw the preview chart again for each progress update of a build", async () => {
    const host = new MemoryHost(sample);
    host.apply = async (layout, options) => {
      for (let i = 1; i <= 10; i++) {
        options?.onProgress?.(i / 10, `chunk ${i} of 10`);
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      return { sheet: layout.name, cellsWritten: 1 };
    };
    await toSource(host);
    fireEvent.click(byId("sel-next-criteria"));
    fireEvent.click(byId("sel-next-classes"));
    await waitFor(() => expect((byId("sel-build") as HTMLButtonElement).disabled).toBe(false));
    await screen.findByTestId("sel-preview-chart");
    const before = scatter.renders;
    fireEvent.click(byId("sel-build"));
    await screen.findByTestId("sel-build-done");
    expect(before).toBeGreaterThan(0);
    expect(scatter.renders).toBe(before);
  });

  it("restores the saved configuration when it opens and refreshes the same sheet", async () => {
    const host = new MemoryHost(sample);
    const config = {
      ...initialConfig(profileSource(sample), "mcdonald", "en"),
      cuts: { current: 3, future: 3, attractiveness: 4, strength: 2.5 },
    };
    host.settings.set(CONFIG_KEY, {
      config,
      sheet: "KAM Selection",
      source: { sheet: "Customers", address: "A1" },
    });
    host.owned = [{ name: "KAM Selection", tag: SHEET_TAG }];
    host.sheets.push("KAM Selection");
    show(host, "nl");
    await waitFor(() => expect(byId("sel-restored").textContent).toContain("hersteld"));
    await waitFor(() => expect(byId("sel-source-found").textContent).toContain("200 klanten"));
    expect(host.readSourceAt).toHaveBeenCalledWith("Customers", "A1");
    fireEvent.click(byId("sel-next-criteria"));
    fireEvent.click(byId("sel-next-classes"));
    expect(input("sel-cut-attractiveness").value).toBe("4");
    await waitFor(() => expect((byId("sel-refresh") as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(byId("sel-refresh"));
    await waitFor(() => expect(byId("sel-build-done").textContent).toContain("KAM Selection vernieuwd"));
    expect(host.layouts[0]?.layout.name).toBe("KAM Selection");
    expect(host.layouts[0]?.options?.replace).toBe(true);
    expect(host.layouts[0]?.layout.blocks[0]?.cells[0]).toEqual([{ v: "Selectiematrix key accounts" }]);
  });
});

/** The table header row of a KAM-style layout (no ListObject): the row holding "Customer". */
function findHeaderRow(layout: SheetLayout): number {
  for (const b of layout.blocks) {
    const i = b.cells.findIndex((row) => {
      const c = row[0];
      return c !== null && c !== undefined && "v" in c && c.v === "Customer";
    });
    if (i >= 0) return b.row + i;
  }
  throw new Error("no header row");
}
