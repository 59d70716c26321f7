import { afterEach, describe, expect, it } from "vitest";
import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { WorkbookHost } from "../../src/core/host";
import { LOYALTY_CONFIG_KEY, LOYALTY_SHEET_TAG, loyaltyLayout } from "../../src/core/loyalty/builder";
import { LoyaltyBuilder } from "../../src/taskpane/loyalty/LoyaltyBuilder";
import { MemoryHost } from "../support/memoryHost";
import { surveyConfig, surveySource } from "../support/loyalty";

afterEach(cleanup);

function show(host: WorkbookHost | undefined, lang: "en" | "nl" = "en"): void {
  render(
    <FluentProvider theme={webLightTheme}>
      <LoyaltyBuilder host={host} lang={lang} />
    </FluentProvider>,
  );
}

const select = (id: string): HTMLSelectElement => screen.getByTestId(id) as HTMLSelectElement;

describe("the loyalty builder", () => {
  it("says so when there is no workbook, in Dutch too", () => {
    show(undefined, "nl");
    expect(screen.getByTestId("loyalty-builder").textContent).toBe(
      "Open een werkmap om tevredenheid en loyaliteit te analyseren.",
    );
  });

  it("guesses the survey's columns and its 0–10 scale, and shows the counts computed in core", async () => {
    show(new MemoryHost(surveySource()));
    await waitFor(() => expect(screen.getByTestId("loy-source-found").textContent).toBe("80 rows in Survey!A1:G81"));
    expect(select("loy-satisfaction").value).toBe("Satisfaction");
    expect(select("loy-loyalty").value).toBe("Recommend");
    expect(select("loy-margin").value).toBe("Margin per year");
    fireEvent.click(screen.getByTestId("loy-next-source"));
    await screen.findByTestId("loy-preview");
    expect((screen.getByTestId("loy-scale-0-10") as HTMLInputElement).checked).toBe(true);
    expect(screen.getByTestId("loy-preview-zones").textContent).toBe(
      "Zones: Zone of defection 3 · Zone of indifference 43 · Zone of affection 32",
    );
    expect(screen.getByTestId("loy-problem-0").textContent).toContain("3 row(s)");
  });

  it("refuses a horizon of 0 years with the field's message and blocks the build", async () => {
    show(new MemoryHost(surveySource()));
    await screen.findByTestId("loy-source-found");
    fireEvent.click(screen.getByTestId("loy-next-source"));
    await screen.findByTestId("loy-years");
    fireEvent.change(screen.getByTestId("loy-years"), { target: { value: "0" } });
    await waitFor(() =>
      expect(screen.getByTestId("loy-invalid").textContent).toContain(
        "value.years: a whole number of years, 1 or more",
      ),
    );
    expect((screen.getByTestId("loy-next-settings") as HTMLButtonElement).disabled).toBe(true);
  });

  it("builds the tagged sheet, stores the configuration and explains a selected customer row", async () => {
    const host = new MemoryHost(surveySource());
    show(host);
    await screen.findByTestId("loy-source-found");
    fireEvent.click(screen.getByTestId("loy-next-source"));
    fireEvent.click(await screen.findByTestId("loy-next-settings"));
    fireEvent.click(await screen.findByTestId("loy-build"));
    await waitFor(() => expect(screen.getByTestId("loy-done").textContent).toContain("Built KAM Loyalty"));
    expect(host.layouts[0]?.layout.tag).toBe(LOYALTY_SHEET_TAG);
    expect(host.settings.get(LOYALTY_CONFIG_KEY)).toMatchObject({ sheet: "KAM Loyalty", source: { sheet: "Survey" } });
    expect(screen.getByTestId("loy-explain-hint").textContent).toBe(
      "Select a customer row on KAM Loyalty to see why it has its zone and type.",
    );
    const { anchors } = loyaltyLayout(surveyConfig("portable"), surveySource());
    act(() => host.select("KAM Loyalty", anchors.table.row + 12));
    await waitFor(() => expect(screen.getByTestId("loy-explain-none").textContent).toContain("off the scale 0–10"));
    act(() => host.select("KAM Loyalty", anchors.table.row + 3));
    await waitFor(() =>
      expect(screen.getByTestId("loy-explain-meaning").textContent).toBe(
        "Satisfied and loyal: keep them and let them recommend you.",
      ),
    );
  });
});
