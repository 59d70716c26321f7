import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { WorkbookHost } from "../../src/core/host";
import { BUYING_CENTRE_CONFIG_KEY, BUYING_CENTRE_SHEET_TAG } from "../../src/core/buyingcentre/builder";
import { BuyingCentreBuilder } from "../../src/taskpane/buyingCentre/BuyingCentreBuilder";
import { MemoryHost } from "../support/memoryHost";
import { SAMPLE_ACCOUNT, buyingCentreSource } from "../support/buyingCentre";

afterEach(cleanup);

function show(host: WorkbookHost | undefined, lang: "en" | "nl" = "en"): void {
  render(
    <FluentProvider theme={webLightTheme}>
      <BuyingCentreBuilder host={host} lang={lang} />
    </FluentProvider>,
  );
}

const select = (id: string): HTMLSelectElement => screen.getByTestId(id) as HTMLSelectElement;
const named = (account: string): void => {
  fireEvent.change(screen.getByTestId("bc-account"), { target: { value: account } });
};

describe("the buying-centre builder", () => {
  it("says so when there is no workbook, in Dutch too", () => {
    show(undefined, "nl");
    expect(screen.getByTestId("buyingCentre-builder").textContent).toBe(
      "Open een werkmap om een buying center in kaart te brengen.",
    );
  });

  it("guesses every column of the sample and shows the stances and red flags computed in core", async () => {
    show(new MemoryHost(buyingCentreSource()));
    await waitFor(() => expect(screen.getByTestId("bc-source-found").textContent).toBe("8 rows in People!A1:J9"));
    expect(select("bc-name").value).toBe("Name");
    expect(select("bc-influence").value).toBe("Influence");
    expect(select("bc-perceived").value).toBe("Perceived reality");
    expect(select("bc-mode").value).toBe("Response mode");
    expect(select("bc-risk").value).toBe("Risk perception");
    expect(select("bc-personalGain").value).toBe("Personal gain");
    expect(select("bc-stance").value).toBe("");
    // Without an account the next step stays closed.
    expect((screen.getByTestId("bc-next-source") as HTMLButtonElement).disabled).toBe(true);
    named(SAMPLE_ACCOUNT);
    fireEvent.click(screen.getByTestId("bc-next-source"));
    await screen.findByTestId("bc-preview");
    expect(screen.getByTestId("bc-preview-people").textContent).toBe(
      "8 people · Stances: Supporter 2 · Cautious supporter 3 · Constructive critic 2 · Opponent 1",
    );
    expect(screen.getByTestId("bc-preview-flags").textContent).toBe(
      "An influence whose response mode is unknownAn opponent among the influences",
    );
    expect(screen.getByTestId("bc-preview-risk").textContent).toBe(
      "High risk perception (techniques asked for): Marieke de Vries, Fatima El Amrani, Lotte Smit",
    );
  });

  it("refuses a risk cut-off off the 1–5 scale with the field's message and blocks the build", async () => {
    show(new MemoryHost(buyingCentreSource()));
    await screen.findByTestId("bc-source-found");
    named(SAMPLE_ACCOUNT);
    fireEvent.click(screen.getByTestId("bc-next-source"));
    fireEvent.change(await screen.findByTestId("bc-risk-cut"), { target: { value: "7" } });
    await waitFor(() =>
      expect(screen.getByTestId("bc-invalid").textContent).toContain("riskCut: a risk perception from 1 to 5"),
    );
    expect((screen.getByTestId("bc-next-settings") as HTMLButtonElement).disabled).toBe(true);
  });

  it("builds one tagged sheet named after the account, stores the configuration, and refreshes keeping the inputs", async () => {
    const host = new MemoryHost(buyingCentreSource());
    show(host);
    await screen.findByTestId("bc-source-found");
    named(SAMPLE_ACCOUNT);
    fireEvent.click(screen.getByTestId("bc-next-source"));
    fireEvent.click(await screen.findByTestId("bc-next-settings"));
    fireEvent.click(await screen.findByTestId("bc-build"));
    await waitFor(() => expect(screen.getByTestId("bc-done").textContent).toContain(`Built ${SAMPLE_ACCOUNT}`));
    expect(host.layouts[0]?.layout.tag).toBe(BUYING_CENTRE_SHEET_TAG);
    expect(host.layouts[0]?.layout.name).toBe(SAMPLE_ACCOUNT);
    expect(host.layouts[0]?.options?.keepInputs).toBeUndefined();
    expect(host.settings.get(BUYING_CENTRE_CONFIG_KEY)).toMatchObject({
      sheet: SAMPLE_ACCOUNT,
      source: { sheet: "People" },
      config: { version: 1, account: SAMPLE_ACCOUNT, source: "table" },
    });
    fireEvent.click(screen.getByTestId("bc-refresh"));
    await waitFor(() =>
      expect(screen.getByTestId("bc-done").textContent).toBe(
        `Refreshed ${SAMPLE_ACCOUNT}; your edits of the people were kept.`,
      ),
    );
    expect(host.layouts[1]?.options).toMatchObject({ replace: true, keepInputs: true });
    expect(host.layouts[1]?.layout.name).toBe(SAMPLE_ACCOUNT);
  });

  it("writes a blank template without reading any table, and stores no source", async () => {
    const host = new MemoryHost(undefined);
    show(host, "nl");
    named("Acme – pilot");
    fireEvent.click(screen.getByTestId("bc-kind-template"));
    await screen.findByTestId("bc-template-note");
    fireEvent.change(screen.getByTestId("bc-template-rows"), { target: { value: "6" } });
    await waitFor(() => expect(screen.getByTestId("bc-template-note").textContent).toContain("6 lege rijen"));
    fireEvent.click(screen.getByTestId("bc-next-source"));
    await waitFor(() =>
      expect(screen.getByTestId("bc-preview-flags").textContent).toBe(
        "Geen coachGeen economische invloedNergens een opdrachtkans: geen invloed in growth of trouble",
      ),
    );
    fireEvent.click(screen.getByTestId("bc-next-settings"));
    fireEvent.click(await screen.findByTestId("bc-build"));
    await waitFor(() => expect(screen.getByTestId("bc-done").textContent).toContain("Acme – pilot gebouwd"));
    const readsBefore = host.readSourceAt.mock.calls.length;
    expect(host.layouts[0]?.layout.inputs?.find((i) => i.key === "buyingCentre:people")?.range.rows).toBe(6);
    const stored = host.settings.get(BUYING_CENTRE_CONFIG_KEY) as { source?: unknown; sheet: string };
    expect(stored.source).toBeUndefined();
    expect(stored.sheet).toBe("Acme – pilot");
    fireEvent.click(screen.getByTestId("bc-refresh"));
    await waitFor(() => expect(screen.getByTestId("bc-done").textContent).toContain("vernieuwd"));
    expect(host.layouts[1]?.options).toMatchObject({ replace: true, keepInputs: true });
    expect(host.readSourceAt.mock.calls.length).toBe(readsBefore);
  });
});
