import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { WorkbookHost } from "../../src/core/host";
import {
  READINESS_CONFIG_KEY,
  READINESS_EXAMPLE_ANSWERS,
  READINESS_SHEET_TAG,
} from "../../src/core/organisation/builder";
import { ReadinessBuilder } from "../../src/taskpane/readiness/ReadinessBuilder";
import { MemoryHost } from "../support/memoryHost";

afterEach(cleanup);

function show(host: WorkbookHost | undefined, lang: "en" | "nl" = "en"): void {
  render(
    <FluentProvider theme={webLightTheme}>
      <ReadinessBuilder host={host} lang={lang} />
    </FluentProvider>,
  );
}

const text = (id: string): string | null => screen.getByTestId(id).textContent;

describe("the readiness builder", () => {
  it("says so when there is no workbook, in Dutch too", () => {
    show(undefined, "nl");
    expect(text("readiness-builder")).toBe("Open een werkmap om de zelfevaluatie van de gereedheid te schrijven.");
  });

  it("starts blank and, from the example, shows the example's result computed in core", async () => {
    show(new MemoryHost(undefined));
    await screen.findByTestId("rdy-preview");
    expect(text("rdy-preview-answered")).toBe("0 of 44 statements answered");
    expect(text("rdy-preview-readiness")).toBe("Readiness: not yet known");
    fireEvent.click(screen.getByTestId("rdy-start-example"));
    await waitFor(() => expect(text("rdy-preview-answered")).toBe("44 of 44 statements answered"));
    expect(text("rdy-preview-readiness")).toBe("Readiness: Lip service: no reallocation of resources");
    expect(text("rdy-preview-amneed")).toBe("Nine factors: Account management: yes");
    expect(text("rdy-preview-holding")).toBe("Holding it back: Power of accounts · Personal resistance");
    expect(text("rdy-preview-division")).toBe("Account division: Account management within the organisation");
    expect(text("rdy-preview-level")).toBe("Level of the AM system: Division");
    expect(text("rdy-preview-discipline")).toBe("Value discipline: Customer intimacy");
    expect(text("rdy-preview-weakest")).toBe("Weakest core activities: Social media · Lead management · CRM functions");
  });

  it("builds the questionnaire without any table, stores no source, and a refresh keeps the sheet's answers", async () => {
    const host = new MemoryHost(undefined);
    show(host, "nl");
    fireEvent.click(await screen.findByTestId("rdy-start-example"));
    fireEvent.click(screen.getByTestId("rdy-next-start"));
    fireEvent.click(await screen.findByTestId("rdy-build"));
    await waitFor(() => expect(text("rdy-done")).toMatch(/^KAM Gereedheid gebouwd: /));
    expect(host.readSource).not.toHaveBeenCalled();
    expect(host.readSourceAt).not.toHaveBeenCalled();
    expect(host.layouts[0]?.layout.tag).toBe(READINESS_SHEET_TAG);
    expect(host.layouts[0]?.options?.keepInputs).toBeUndefined();
    const stored = host.settings.get(READINESS_CONFIG_KEY) as Record<string, unknown>;
    expect(stored).toMatchObject({ sheet: "KAM Gereedheid", config: { answers: READINESS_EXAMPLE_ANSWERS } });
    expect("source" in stored).toBe(false);
    fireEvent.click(screen.getByTestId("rdy-refresh"));
    await waitFor(() => expect(text("rdy-done")).toBe("KAM Gereedheid vernieuwd; de antwoorden erop zijn behouden."));
    expect(host.layouts[1]?.options).toMatchObject({ replace: true, keepInputs: true });
    expect(host.layouts[1]?.layout.name).toBe("KAM Gereedheid");
  });

  it("restores a stored questionnaire without reading a table", async () => {
    const host = new MemoryHost(undefined);
    host.settings.set(READINESS_CONFIG_KEY, {
      config: { version: 1, style: "kam", lang: "en", answers: READINESS_EXAMPLE_ANSWERS },
      sheet: "KAM Readiness",
    });
    host.owned = [{ name: "KAM Readiness", tag: READINESS_SHEET_TAG }];
    show(host);
    await screen.findByTestId("rdy-restored");
    expect((screen.getByTestId("rdy-style-kam") as HTMLInputElement).checked).toBe(true);
    expect(host.readSource).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId("rdy-next-start"));
    expect(screen.getByTestId("rdy-refresh").textContent).toBe("Refresh (keeps the answers)");
  });
});
