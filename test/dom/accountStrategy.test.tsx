import { afterEach, describe, expect, it } from "vitest";
import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { WorkbookHost } from "../../src/core/host";
import {
  STRATEGY_CONFIG_KEY,
  STRATEGY_SHEET_TAG,
  computeStrategy,
  strategyLayout,
} from "../../src/core/kraljic/builder";
import { AccountStrategyBuilder } from "../../src/taskpane/accountStrategy/AccountStrategyBuilder";
import { MemoryHost } from "../support/memoryHost";
import { accountConfig, accountSource } from "../support/accountStrategy";

afterEach(cleanup);

function show(host: WorkbookHost | undefined, lang: "en" | "nl" = "en"): void {
  render(
    <FluentProvider theme={webLightTheme}>
      <AccountStrategyBuilder host={host} lang={lang} />
    </FluentProvider>,
  );
}

const select = (id: string): HTMLSelectElement => screen.getByTestId(id) as HTMLSelectElement;

describe("the account strategy builder", () => {
  it("says so when there is no workbook, in Dutch too", () => {
    show(undefined, "nl");
    expect(screen.getByTestId("account-strategy-builder").textContent).toBe(
      "Open een werkmap om uw klanten in hun inkoopportfolio te plaatsen.",
    );
  });

  it("guesses the sample's columns, reads the axes as scores, and shows the quadrant counts computed in core", async () => {
    show(new MemoryHost(accountSource()));
    await waitFor(() => expect(screen.getByTestId("ast-source-found").textContent).toBe("40 rows in Accounts!A1:G41"));
    expect(select("ast-impact").value).toBe("Impact");
    expect(select("ast-difficulty").value).toBe("Difficulty");
    expect(select("ast-revenue").value).toBe("Revenue");
    expect(select("ast-profitable").value).toBe("Profitable");
    expect((screen.getByTestId("ast-reading-impact-score") as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByTestId("ast-next-source"));
    await screen.findByTestId("ast-preview");
    const c = computeStrategy(accountConfig("portable"), accountSource()).counts;
    expect(screen.getByTestId("ast-preview-quadrants").textContent).toBe(
      `Quadrants: Routine ${c.routine} · Leverage ${c.leverage} · Bottleneck ${c.bottleneck} · Partner ${c.partner}`,
    );
    expect(screen.getByTestId("ast-problem-0").textContent).toContain("(first: Accounts!B19)");
  });

  it("refuses a cut-off outside 1–5 with the field's message and blocks the build", async () => {
    show(new MemoryHost(accountSource()));
    await screen.findByTestId("ast-source-found");
    fireEvent.click(screen.getByTestId("ast-next-source"));
    await screen.findByTestId("ast-cut-impact");
    fireEvent.change(screen.getByTestId("ast-cut-impact"), { target: { value: "6" } });
    await waitFor(() =>
      expect(screen.getByTestId("ast-invalid").textContent).toContain("cuts.impact: a cut-off on the 1–5 scale"),
    );
    expect((screen.getByTestId("ast-next-settings") as HTMLButtonElement).disabled).toBe(true);
  });

  it("builds the tagged sheet, stores the configuration and explains a selected customer row", async () => {
    const host = new MemoryHost(accountSource());
    show(host);
    await screen.findByTestId("ast-source-found");
    fireEvent.click(screen.getByTestId("ast-next-source"));
    fireEvent.click(await screen.findByTestId("ast-next-settings"));
    fireEvent.click(await screen.findByTestId("ast-build"));
    await waitFor(() => expect(screen.getByTestId("ast-done").textContent).toContain("Built KAM Account strategy"));
    expect(host.layouts[0]?.layout.tag).toBe(STRATEGY_SHEET_TAG);
    expect(host.settings.get(STRATEGY_CONFIG_KEY)).toMatchObject({
      sheet: "KAM Account strategy",
      source: { sheet: "Accounts" },
    });
    expect(screen.getByTestId("ast-explain-hint").textContent).toBe(
      "Select a customer row on KAM Account strategy to see where it sits and what follows.",
    );
    const { anchors, preview } = strategyLayout(accountConfig("portable"), accountSource());
    act(() => host.select("KAM Account strategy", anchors.table.row + 18));
    await waitFor(() =>
      expect(screen.getByTestId("ast-explain-none").textContent).toBe(
        "No quadrant: Impact in Accounts!B19 is outside 1–5.",
      ),
    );
    const i = preview.customers.findIndex((c) => c.quadrant === "partner");
    act(() => host.select("KAM Account strategy", anchors.table.row + 1 + i));
    await waitFor(() =>
      expect(screen.getByTestId("ast-explain-seller").textContent).toBe(
        "Put a Network manager on the account: organisation oriented, leader, long-term, management skills.",
      ),
    );
    expect(screen.getByTestId("ast-explain-strategy").textContent).toBe(
      "Respond: Capitalize. They buy: Partner. Sell: Enterprise selling. Pattern: Strategic.",
    );
  });
});
