import { afterEach, describe, expect, it } from "vitest";
import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { OutputRejectedError, type WorkbookHost } from "../../src/core/host";
import { CONFIG_KEY, SHEET_TAG } from "../../src/core/costToServe/builder";
import { CostToServeBuilder } from "../../src/taskpane/costToServe/CostToServeBuilder";
import { sampleSource } from "../support/costToServe";
import { MemoryHost } from "../support/memoryHost";
import { scaledSourceTable } from "../support/selectionSample";

afterEach(cleanup);

function show(host: WorkbookHost | undefined, lang: "en" | "nl" = "en"): void {
  render(
    <FluentProvider theme={webLightTheme}>
      <CostToServeBuilder host={host} lang={lang} />
    </FluentProvider>,
  );
}

const select = (id: string): HTMLSelectElement => screen.getByTestId(id) as HTMLSelectElement;
const input = (id: string): HTMLInputElement => screen.getByTestId(id) as HTMLInputElement;

async function toActivities(): Promise<void> {
  await waitFor(() => expect(screen.getByTestId("cts-source-found").textContent).toContain("200 rows"));
  fireEvent.click(screen.getByTestId("cts-next-source"));
  await screen.findByTestId("cts-activities");
}

/** From the source step through activities and preview to a click on Build. */
async function clickBuild(): Promise<void> {
  await toActivities();
  fireEvent.click(screen.getByTestId("cts-next-activities"));
  fireEvent.click(await screen.findByTestId("cts-next-preview"));
  fireEvent.click(await screen.findByTestId("cts-build"));
}

describe("the cost-to-serve builder", () => {
  it("says so when there is no workbook", () => {
    show(undefined);
    expect(screen.getByTestId("costToServe-builder").textContent).toBe("Open a workbook to analyse cost-to-serve.");
  });

  it("reads the table under the selection and guesses the mapping from the headers", async () => {
    show(new MemoryHost(sampleSource()));
    await waitFor(() => expect(screen.getByTestId("cts-source-found").textContent).toBe("200 rows in Data!A1:AA201"));
    expect(select("cts-mapping.customer").value).toBe("Customer");
    expect(select("cts-mapping.revenue.net").value).toBe("Net revenue");
    expect(select("cts-mapping.cost.column").value).toBe("Cost of goods");
    expect(screen.getAllByTestId(/cts-source-problem-/).length).toBeGreaterThan(0);
    expect(screen.getByTestId("cts-column-5").textContent).toBe("Net revenuenumber0 %");
    expect(
      screen
        .getAllByTestId(/cts-name-problem-/)
        .map((e) => e.textContent)
        .join(" "),
    ).toContain("Brouwer Automotive Groep");
  });

  it("asks for a table when none is under the selection", async () => {
    show(new MemoryHost(undefined));
    await screen.findByTestId("cts-no-source");
    expect((screen.getByTestId("cts-next-source") as HTMLButtonElement).disabled).toBe(true);
  });

  it("suggests activities from the driver columns and shows their rates and the unused capacity", async () => {
    show(new MemoryHost(sampleSource()));
    await toActivities();
    expect(input("cts-activity-name-0").value).toBe("Order processing");
    expect(select("cts-activity-method-1").value).toBe("tdabc");
    expect(select("cts-activity-driver-7").value).toBe("Payment days");
    // 1,450,000 over 14,515 orders.
    await waitFor(() =>
      expect(screen.getByTestId("cts-activity-rate-0").textContent).toBe((1_450_000 / 14_515).toFixed(2)),
    );
    // Logistics: 1,800,000 over 1,200,000 minutes; 12,073 deliveries × 60 + 2,390 rush orders × 120 used.
    const unused = (1_200_000 - 12_073 * 60 - 2_390 * 120) * 1.5;
    expect(screen.getByTestId("cts-resource-unused-0").textContent).toContain(
      Math.round(unused).toLocaleString("en-US"),
    );
  });

  it("validates as the user types and blocks the next step on a bad value", async () => {
    show(new MemoryHost(sampleSource()));
    await toActivities();
    fireEvent.change(input("cts-activity-pool-0"), { target: { value: "-5" } });
    await waitFor(() =>
      expect(screen.getByTestId("cts-invalid").textContent).toContain("activities.0.pool: must be zero or more"),
    );
    expect((screen.getByTestId("cts-next-activities") as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(input("cts-activity-pool-0"), { target: { value: "1450000" } });
    await waitFor(() => expect(screen.queryByTestId("cts-invalid")).toBeNull());
  });

  it("previews the totals, the loss customers and the whale curve's peak before writing anything", async () => {
    const host = new MemoryHost(sampleSource());
    show(host);
    await toActivities();
    fireEvent.click(screen.getByTestId("cts-next-activities"));
    await screen.findByTestId("cts-preview");
    expect(screen.getByTestId("cts-figure-customers").textContent).toBe("198");
    expect(Number(screen.getByTestId("cts-figure-loss-count").textContent)).toBeGreaterThan(0);
    expect(screen.getByTestId("cts-figure-peak").textContent).toMatch(/^\d+(\.\d)?% of profit after \d+ customers/);
    expect(screen.getByTestId("cts-chart-scatter")).toBeTruthy();
    expect(screen.getByTestId("cts-chart-whale")).toBeTruthy();
    expect(host.layouts).toHaveLength(0);
  });

  it("scales the example cost pools to the table's revenue, so a bigger business is not shown as all-profitable (issue 13)", async () => {
    const source = sampleSource();
    const money = ["Net revenue", "Cost of goods"].map((h) => source.headers.indexOf(h));
    const rows = source.rows.map((r) => r.map((c, j) => (money.includes(j) && typeof c === "number" ? c * 2 : c)));
    show(new MemoryHost({ ...source, rows }));
    await toActivities();
    // Twice the revenue of the sample: twice its 1,450,000 order-processing pool, over the same 14,515 orders.
    await waitFor(() =>
      expect(screen.getByTestId("cts-activity-rate-0").textContent).toBe((2_900_000 / 14_515).toFixed(2)),
    );
  });

  it("says in the preview that a customer with negative revenue is left out, naming its cell (issue 13)", async () => {
    const source = sampleSource();
    const net = source.headers.indexOf("Net revenue");
    const cogs = source.headers.indexOf("Cost of goods");
    const rows = source.rows.map((r, i) => (i === 3 ? r.map((c, j) => (j === net ? -250 : j === cogs ? -210 : c)) : r));
    show(new MemoryHost({ ...source, rows }));
    await toActivities();
    fireEvent.click(screen.getByTestId("cts-next-activities"));
    await waitFor(() =>
      expect(screen.getByTestId("cts-problem-negative_revenue").textContent).toBe(
        "1 row(s) are left out because their net revenue is negative (a credit or returns): a loss would show as a positive margin and a confident quadrant (first: F5).",
      ),
    );
    expect(screen.getByTestId("cts-figure-customers").textContent).toBe("197");
  });

  it("builds the tagged sheet, stores the configuration, and refreshes the same sheet", async () => {
    const host = new MemoryHost(sampleSource());
    show(host);
    await clickBuild();
    await waitFor(() => expect(screen.getByTestId("cts-done").textContent).toContain("Built KAM Cost-to-serve"));
    expect(host.layouts[0]?.layout.tag).toBe(SHEET_TAG);
    expect(host.layouts[0]?.options?.replace).toBe(false);
    expect(host.settings.get(CONFIG_KEY)).toMatchObject({ sheet: "KAM Cost-to-serve", source: { sheet: "Data" } });

    const grown = sampleSource();
    host.readSourceAt.mockResolvedValueOnce({
      ...grown,
      rows: [...grown.rows, ["New customer", ...(grown.rows[0] ?? []).slice(1)]],
    });
    fireEvent.click(screen.getByTestId("cts-refresh"));
    await waitFor(() => expect(screen.getByTestId("cts-done").textContent).toBe("Refreshed KAM Cost-to-serve."));
    expect(host.layouts[1]?.layout.name).toBe("KAM Cost-to-serve");
    expect(host.layouts[1]?.options?.replace).toBe(true);
    expect(host.layouts[0]?.layout.tables[0]?.range.rows).toBe(198 + 1);
    expect(host.layouts[1]?.layout.tables[0]?.range.rows).toBe(199 + 1);

    fireEvent.click(screen.getByTestId("cts-build"));
    await waitFor(() => expect(host.layouts).toHaveLength(3));
    expect(host.layouts[2]?.layout.name).toBe("KAM Cost-to-serve (2)");
  });

  it("refuses to refresh from its own output sheet on a host that cannot find the source again", async () => {
    const host = new MemoryHost(sampleSource());
    const { readSourceAt: _lookup, ...noLookup } = host;
    show(noLookup);
    await clickBuild();
    await screen.findByTestId("cts-done");
    host.readSource.mockResolvedValueOnce({ ...sampleSource(), sheet: "KAM Cost-to-serve" });
    fireEvent.click(screen.getByTestId("cts-refresh"));
    await waitFor(() =>
      expect(screen.getByTestId("cts-failed").textContent).toContain(
        "The selection is on KAM Cost-to-serve, an output sheet of the add-in. Select a cell in your customer table (Data)",
      ),
    );
    expect(host.layouts).toHaveLength(1);
  });

  it("says the source table is gone when Refresh cannot find it, and offers to pick it again", async () => {
    const host = new MemoryHost(sampleSource());
    show(host);
    await clickBuild();
    await screen.findByTestId("cts-done");
    host.readSourceAt.mockResolvedValueOnce(undefined);
    fireEvent.click(screen.getByTestId("cts-refresh"));
    await waitFor(() =>
      expect(screen.getByTestId("cts-stopped").textContent).toContain(
        "The source table Data!A1:AA201 is no longer in this workbook",
      ),
    );
    expect(host.layouts).toHaveLength(1);
    fireEvent.click(screen.getByTestId("cts-repick"));
    await waitFor(() => expect(screen.getByTestId("cts-source-found").textContent).toBe("200 rows in Data!A1:AA201"));
    expect(screen.queryByTestId("cts-stopped")).toBeNull();
  });

  it("builds from the workbook as it is now, not from the table the pane read before (issue 13)", async () => {
    const host = new MemoryHost(sampleSource());
    show(host);
    await toActivities();
    fireEvent.click(screen.getByTestId("cts-next-activities"));
    fireEvent.click(await screen.findByTestId("cts-next-preview"));
    // Another file is opened: the place the table was read from now holds 50 customers.
    const fewer = sampleSource();
    host.readSourceAt.mockResolvedValue({ ...fewer, address: "A1:AA51", rows: fewer.rows.slice(0, 50) });
    fireEvent.click(await screen.findByTestId("cts-build"));
    await waitFor(() => expect(screen.getByTestId("cts-done").textContent).toContain("Built KAM Cost-to-serve"));
    expect(host.readSourceAt).toHaveBeenLastCalledWith("Data", "A1");
    const title = host.layouts[0]?.layout.blocks[0]?.cells[1]?.[0];
    expect(title).toMatchObject({ v: expect.stringContaining("Data!A1:AA51") });
    expect(host.layouts[0]?.options?.verify?.errors).toContain("#REF!");
  });

  it("stops before writing when the source lost a mapped column, naming it, in both languages", async () => {
    for (const lang of ["en", "nl"] as const) {
      const host = new MemoryHost(sampleSource());
      show(host, lang);
      await waitFor(() => screen.getByTestId("cts-source-found"));
      fireEvent.click(screen.getByTestId("cts-next-source"));
      await screen.findByTestId("cts-activities");
      fireEvent.click(screen.getByTestId("cts-next-activities"));
      fireEvent.click(await screen.findByTestId("cts-next-preview"));
      const renamed = sampleSource();
      host.readSourceAt.mockResolvedValue({
        ...renamed,
        headers: renamed.headers.map((h) => (h === "Orders" ? "Order count" : h)),
      });
      fireEvent.click(await screen.findByTestId("cts-build"));
      const text = lang === "en" ? 'no longer has the column(s) "Orders"' : 'heeft de kolom(men) "Orders" niet meer';
      await waitFor(() => expect(screen.getByTestId("cts-stopped").textContent).toContain(text));
      expect(host.layouts).toHaveLength(0);
      cleanup();
    }
  });

  it("reports a written sheet that shows #REF! as not built, with the cell, and keeps no success message", async () => {
    const host = new MemoryHost(sampleSource());
    host.apply = async (layout) => {
      throw new OutputRejectedError(layout.name, {
        error: "#REF!",
        count: 30,
        first: "A31",
        message: "Sheet does not exist",
        checked: 400,
      });
    };
    show(host);
    await clickBuild();
    await waitFor(() =>
      expect(screen.getByTestId("cts-stopped").textContent).toBe(
        "Nothing was built: once calculated, 30 checked cell(s) of KAM Cost-to-serve showed #REF! (first A31: Sheet does not exist), so its formulas point at something that is not there. The new sheet was removed and the workbook is as it was.",
      ),
    );
    expect(screen.queryByTestId("cts-done")).toBeNull();
    expect(screen.queryByTestId("cts-repick")).toBeNull();
    expect(host.settings.has(CONFIG_KEY)).toBe(false);
  });

  it("refreshes from the table it was built from while the selection is on its own output sheet", async () => {
    const host = new MemoryHost(sampleSource());
    show(host);
    await clickBuild();
    await screen.findByTestId("cts-done");
    host.readSource.mockResolvedValue({ ...sampleSource(), sheet: "KAM Cost-to-serve" });
    fireEvent.click(screen.getByTestId("cts-refresh"));
    await waitFor(() => expect(screen.getByTestId("cts-done").textContent).toBe("Refreshed KAM Cost-to-serve."));
    expect(host.readSourceAt).toHaveBeenLastCalledWith("Data", sampleSource().address);
    expect(host.layouts.map((l) => l.layout.name)).toEqual(["KAM Cost-to-serve", "KAM Cost-to-serve"]);
  });

  it("shows progress and cancels a build", async () => {
    const host = new MemoryHost(sampleSource());
    host.apply = (_layout, options) =>
      new Promise((_, reject) => {
        options?.onProgress?.(0.25, "chunk 1 of 4");
        const timer = setInterval(() => {
          if (options?.signal?.aborted === true) {
            clearInterval(timer);
            reject(new Error("cancelled"));
          }
        }, 5);
      });
    show(host);
    await clickBuild();
    await waitFor(() => expect(screen.getByTestId("cts-progress").textContent).toContain("chunk 1 of 4"));
    await act(async () => fireEvent.click(screen.getByTestId("cts-cancel")));
    await waitFor(() => expect(screen.getByTestId("cts-cancelled")).toBeTruthy());
    expect(host.settings.has(CONFIG_KEY)).toBe(false);
  });

  it("restores a stored configuration when it opens", async () => {
    const host = new MemoryHost(sampleSource());
    host.settings.set(CONFIG_KEY, {
      config: {
        version: 1,
        mapping: {
          customer: "Customer",
          revenue: { kind: "net", net: "Net revenue" },
          cost: { kind: "cogs", column: "Cost of goods" },
        },
        resources: [],
        activities: [{ id: "x", method: "abc", name: "Visits pool", pool: 1000, driver: "Visits" }],
        cuts: { margin: 0.2, costToServe: null },
        style: "kam",
        lang: "en",
      },
      sheet: "KAM Cost-to-serve",
    });
    show(host);
    await screen.findByTestId("cts-restored");
    await toActivities();
    expect(input("cts-activity-name-0").value).toBe("Visits pool");
    expect((screen.getByTestId("cts-style-kam") as HTMLInputElement).checked).toBe(true);
  });

  it("warns above 2,000 customers (the measured threshold) that the portable style recalculates slowly, and not in the KAM style", async () => {
    show(new MemoryHost(scaledSourceTable(2_040)));
    await waitFor(() => expect(screen.getByTestId("cts-source-found").textContent).toContain("20"));
    fireEvent.click(screen.getByTestId("cts-next-source"));
    await screen.findByTestId("cts-activities");
    fireEvent.click(screen.getByTestId("cts-style-portable"));
    const warning = await screen.findByTestId("cts-warning-portable");
    expect(warning.textContent).toContain("2,020 customers");
    expect(warning.textContent).toContain("KAM functions");
    fireEvent.click(screen.getByTestId("cts-style-kam"));
    await waitFor(() => expect(screen.queryByTestId("cts-warning-portable")).toBeNull());
  });

  it("speaks Dutch", async () => {
    show(new MemoryHost(sampleSource()), "nl");
    await waitFor(() => expect(screen.getByTestId("cts-source-found").textContent).toBe("200 rijen in Data!A1:AA201"));
    expect(screen.getByTestId("cts-read-source").textContent).toBe("Gebruik de tabel onder de selectie");
  });
});
