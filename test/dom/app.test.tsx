import { describe, expect, it, afterEach } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/App";

afterEach(cleanup);

describe("the task pane shell", () => {
  it("says it is a preview when it does not run inside Excel", () => {
    render(<App hostKind="preview" initialLang="en" />);
    expect(screen.getByTestId("preview-banner").textContent).toContain("Preview");
  });

  it("shows no preview banner inside Excel", () => {
    render(<App hostKind="excel" initialLang="en" />);
    expect(screen.queryByTestId("preview-banner")).toBeNull();
  });

  it("starts in Dutch when Excel's display language is Dutch, and switches to English", () => {
    render(<App hostKind="preview" initialLang="nl" />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("KAM voor Excel");
    fireEvent.click(screen.getByTestId("lang-en"));
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("KAM for Excel");
  });
});
