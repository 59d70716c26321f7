import * as React from "react";
import { createRoot } from "react-dom/client";
import { toLang } from "../core/lang";
import { App } from "./App";
import { createOfficeHost } from "../excel/host";

/* global Office, document */

const root = createRoot(document.getElementById("root") as HTMLElement);

function start(officeHost: Office.HostType | null): void {
  const inExcel = officeHost === Office.HostType.Excel;
  const display = inExcel ? Office.context.displayLanguage : navigator.language;
  const lang = toLang(display ?? "en") ?? "en";
  const workbook = inExcel ? createOfficeHost() : undefined;
  root.render(
    <App hostKind={inExcel ? "excel" : "preview"} initialLang={lang} {...(workbook ? { host: workbook } : {})} />,
  );
}

if (typeof Office !== "undefined") {
  void Office.onReady((info) => start(info.host ?? null));
} else {
  start(null);
}
