/**
 * Message parity, in the manner of zod's locale tests: every message table has the same keys in
 * English and Dutch, and each message uses the same parameters (`{name}` placeholders in string
 * tables; the parameters a message function reads in function tables).
 */
import { describe, expect, it } from "vitest";
import * as costToServe from "../../src/core/costToServe/builder";
import { BUILD_CHECK_MESSAGES, HOST_ERROR_MESSAGES } from "../../src/core/host";
import { MESSAGES_EN } from "../../src/core/issues/messages.en";
import { MESSAGES_NL } from "../../src/core/issues/messages.nl";
import * as selectionBuilder from "../../src/core/selection/builder";
import { SOURCE_MESSAGES } from "../../src/core/source/messages";
import { LOYALTY_LABELS, LOYALTY_MESSAGES } from "../../src/core/loyalty/builder";
import { LOY_STRINGS } from "../../src/taskpane/loyalty/strings";
import { STRATEGY_MESSAGES, STRATEGY_SHEET_LABELS } from "../../src/core/kraljic/builder";
import { AST_STRINGS } from "../../src/taskpane/accountStrategy/strings";
import { CTS_STRINGS } from "../../src/taskpane/costToServe/strings";
import { SHELL_STRINGS } from "../../src/taskpane/i18n/strings";
import { SEL_STRINGS } from "../../src/taskpane/selection/strings";
import { FLOW_STRINGS } from "../../src/taskpane/shared/flowStrings";
import { WB_STRINGS } from "../../src/workbench/strings";
import { ASSESSMENT_LABELS, READINESS_MESSAGES } from "../../src/core/organisation/builder";
import { RDY_STRINGS } from "../../src/taskpane/readiness/strings";
import { BC_STRINGS } from "../../src/taskpane/buyingCentre/strings";
import { BUYING_CENTRE_MESSAGES } from "../../src/core/buyingcentre/builder/messages";

type Fn = (...args: unknown[]) => string;

/** Calls a message with a parameter object that records what it reads and answers with markers. */
function readParams(message: Fn): string[] {
  const read = new Set<string>();
  const marker = (name: string): unknown => {
    const value = [`⟦${name}⟧`] as string[] & { toString(): string };
    value.toString = () => `⟦${name}⟧`;
    return value;
  };
  const params = new Proxy(
    {},
    { get: (_t, prop) => (typeof prop === "string" ? (read.add(prop), marker(prop)) : undefined) },
  );
  const text = message(params, (x: unknown) => String(x));
  expect(typeof text).toBe("string");
  // A parameter that is read but never shown (a condition) counts too: both languages must read it.
  return [...read].sort();
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();

const functionTables: Record<string, { en: Record<string, unknown>; nl: Record<string, unknown> }> = {
  "issues (core/issues)": { en: MESSAGES_EN, nl: MESSAGES_NL },
  "cost-to-serve problems": costToServe.CTS_MESSAGES,
  "source problems": SOURCE_MESSAGES,
  "build checks": BUILD_CHECK_MESSAGES,
  "host errors": HOST_ERROR_MESSAGES,
  "selection notices": selectionBuilder.SELECTION_NOTICE_MESSAGES,
  "selection build problems": selectionBuilder.SELECTION_BUILD_MESSAGES,
  "loyalty problems": LOYALTY_MESSAGES,
  "account strategy problems": STRATEGY_MESSAGES,
  "buying-centre problems": BUYING_CENTRE_MESSAGES,
  "readiness problems": READINESS_MESSAGES,
};

const stringTables: Record<string, { en: Record<string, unknown>; nl: Record<string, unknown> }> = {
  "pane: cost-to-serve": CTS_STRINGS,
  "pane: selection": SEL_STRINGS,
  "pane: shell": SHELL_STRINGS,
  "pane: loyalty": LOY_STRINGS,
  "pane: build flow": FLOW_STRINGS,
  "pane: account strategy": AST_STRINGS,
  "pane: readiness": RDY_STRINGS,
  "pane: buying centre": BC_STRINGS,
  workbench: WB_STRINGS,
};

/** `{ key: { en, nl } }` label tables, turned around into `{ en: {...}, nl: {...} }`. */
function bilingual(table: Record<string, { en: string; nl: string }>) {
  const en: Record<string, string> = {};
  const nl: Record<string, string> = {};
  for (const [k, v] of Object.entries(table)) {
    en[k] = v.en;
    nl[k] = v.nl;
  }
  return { en, nl };
}
stringTables["sheet: selection"] = bilingual(selectionBuilder.SHEET_TEXT);
stringTables["sheet: cost-to-serve"] = bilingual(costToServe.SHEET_LABELS);
stringTables["sheet: loyalty"] = bilingual(LOYALTY_LABELS);
stringTables["sheet: account strategy"] = bilingual(STRATEGY_SHEET_LABELS);
stringTables["sheet: readiness"] = bilingual(ASSESSMENT_LABELS);

describe("every message table has the same keys and parameters in English and Dutch", () => {
  for (const [name, table] of Object.entries(functionTables))
    it(`${name}: same codes, and each message reads the same parameters`, () => {
      expect(Object.keys(table.nl).sort()).toEqual(Object.keys(table.en).sort());
      for (const code of Object.keys(table.en))
        expect(readParams(table.nl[code] as Fn), code).toEqual(readParams(table.en[code] as Fn));
    });

  for (const [name, table] of Object.entries(stringTables))
    it(`${name}: same keys, and each text has the same {placeholders}`, () => {
      expect(Object.keys(table.nl).sort()).toEqual(Object.keys(table.en).sort());
      for (const key of Object.keys(table.en)) {
        const en = table.en[key];
        const nl = table.nl[key];
        if (typeof en !== "string") continue;
        expect(typeof nl, key).toBe("string");
        expect(placeholders(nl as string), key).toEqual(placeholders(en));
        expect((nl as string).trim(), key).not.toBe("");
      }
    });
});
