import * as React from "react";
import { createRoot } from "react-dom/client";
import { App } from "../taskpane/App";

/* global document */

createRoot(document.getElementById("root") as HTMLElement).render(<App hostKind="workbench" initialLang="en" />);
