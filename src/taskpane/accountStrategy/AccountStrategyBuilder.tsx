import * as React from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { SourceTable, WorkbookHost } from "../../core/host";
import type { Lang } from "../../core/lang";
import { quoteSheet } from "../../core/layout";
import { KRALJIC_LABELS } from "../../core/kraljic";
import {
  QUADRANTS,
  STRATEGY_CONFIG_KEY,
  STRATEGY_SHEET_TAG,
  StoredStrategySchema,
  StrategyConfigSchema,
  computeStrategy,
  defaultStrategyConfig,
  explainStrategy,
  formatStrategyProblem,
  isStrategyBlocking,
  resolveStrategyColumns,
  strategyConfigErrors,
  strategyLayout,
  suggestStrategyMapping,
  suggestStrategyReading,
  type StrategyAnchors,
  type StrategyConfig,
  type StrategyMapping,
  type StrategyPreview,
} from "../../core/kraljic/builder";
import { formatSourceProblem } from "../../core/source";
import { BuildButtons, BuilderFrame, StepNav, type StepDef } from "../shared/BuildFlow";
import { NumberField, fill } from "../shared/fields";
import { storedParser, useBuildFlow, useNameProblems, useSelectedRow, type BuildFlowSpec } from "../shared/flow";
import { ColumnSelect } from "../costToServe/fields";
import { StrategyExplainPanel } from "./ExplainPanel";
import { AST_STRINGS } from "./strings";

/** Props of the account strategy builder. */
export interface AccountStrategyBuilderProps {
  readonly host: WorkbookHost | undefined;
  readonly lang: Lang;
}

type Step = "source" | "settings" | "build";

/** What a build keeps for Explain: where the customer rows are and the preview they were written from. */
interface Explained {
  readonly anchors: StrategyAnchors;
  readonly preview: StrategyPreview;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "end" },
});

/** The draft after a table was read: columns guessed from the headers, score or raw from the values. */
function fromTable(draft: StrategyConfig, table: SourceTable): StrategyConfig {
  const mapping = suggestStrategyMapping(table.headers.map((h) => String(h ?? "").trim()));
  const next = { ...draft, mapping };
  return { ...next, reading: suggestStrategyReading(next, table) };
}

/** The layout, or only the preview when its problems stop the build. */
function layoutSafe(config: StrategyConfig, table: SourceTable, names: Parameters<typeof strategyLayout>[2]) {
  const preview = computeStrategy(config, table);
  if (preview.problems.some(isStrategyBlocking)) return { preview, layout: undefined, anchors: undefined };
  return strategyLayout(config, table, { ...names, preview });
}

/** The account strategy builder in the shared build flow. */
const ACCOUNT_STRATEGY: BuildFlowSpec<StrategyConfig, Explained> = {
  configKey: STRATEGY_CONFIG_KEY,
  tag: STRATEGY_SHEET_TAG,
  messages: AST_STRINGS,
  readOnOpen: true,
  emptyConfig: defaultStrategyConfig,
  parseStored: storedParser(StoredStrategySchema),
  fromSource: (d, table) => fromTable(d, table),
  validate: (draft) => {
    const parsed = StrategyConfigSchema.safeParse(draft);
    if (parsed.success) return { ok: true, config: parsed.data };
    const message = Object.entries(strategyConfigErrors(draft))
      .map(([k, m]) => `${k}: ${m}`)
      .join("; ");
    return { ok: false, message };
  },
  missingColumns: (config, table) =>
    resolveStrategyColumns(config, table).problems.map((p) => String(p.params["column"] ?? "")),
  layout: (table, config, names, lang) => {
    const { layout, anchors, preview } = layoutSafe(config, table, names);
    const stop = preview.problems.find(isStrategyBlocking);
    if (stop !== undefined || layout === undefined || anchors === undefined)
      return { ok: false, message: stop === undefined ? "" : formatStrategyProblem(stop, lang) };
    return { ok: true, layout, extra: { anchors, preview } };
  },
};

/**
 * The account strategy builder: Customers (map the columns, score or raw per axis) → Cut-offs (and the
 * formula style, the quadrant counts computed in core) → Build (a tagged sheet with live formulas and a
 * native bubble chart) → Refresh, and Explain for the selected customer, on the shared build flow.
 *
 * @example
 * <AccountStrategyBuilder host={host} lang="en" />
 */
export function AccountStrategyBuilder({ host, lang }: AccountStrategyBuilderProps): React.JSX.Element {
  const t = AST_STRINGS[lang];
  const styles = useStyles();
  const flow = useBuildFlow(host, lang, ACCOUNT_STRATEGY);
  const { source, profile, draft, setDraft, built } = flow;
  const [step, setStep] = React.useState<Step>("source");
  const explainIndex = useSelectedRow(host, built, (extra) => ({
    firstDataRow: extra.anchors.table.row + 1,
    rows: extra.preview.customers.length,
  }));
  const explanation = React.useMemo(
    () =>
      built?.extra === undefined || explainIndex === undefined
        ? undefined
        : explainStrategy(built.extra.preview, explainIndex),
    [built, explainIndex],
  );
  const errors = React.useMemo(() => strategyConfigErrors(draft), [draft]);
  const errorList = Object.entries(errors);
  const valid = errorList.length === 0;
  const deferred = React.useDeferredValue(draft);
  const preview = React.useMemo(
    () =>
      source === undefined || !StrategyConfigSchema.safeParse(deferred).success
        ? undefined
        : computeStrategy(deferred, source),
    [deferred, source],
  );
  const blocked = profile?.ok === false || preview === undefined || preview.problems.some(isStrategyBlocking);
  const mappingOk =
    source !== undefined && profile?.ok !== false && !Object.keys(errors).some((k) => k.startsWith("mapping"));
  const nameProblems = useNameProblems(source, profile, draft.mapping.customer.trim());
  const all = profile?.columns.map((c) => c.header) ?? [];
  const numeric = profile?.columns.filter((c) => c.kind === "number").map((c) => c.header) ?? [];
  const mapped = (key: keyof StrategyMapping, label: string, columns: readonly string[], optional = false) => (
    <ColumnSelect
      label={label}
      value={draft.mapping[key]}
      columns={columns}
      onChange={(v) => setDraft({ ...draft, mapping: { ...draft.mapping, [key]: v } })}
      testId={`ast-${key}`}
      placeholder={optional ? t.none : t.pick}
      error={errors[`mapping.${key}`]}
    />
  );
  const reading = (axis: "impact" | "difficulty") => (
    <Field label={t.reading} size="small">
      <RadioGroup
        value={draft.reading[axis]}
        data-testid={`ast-reading-${axis}`}
        onChange={(_, d) =>
          setDraft({ ...draft, reading: { ...draft.reading, [axis]: d.value === "minmax" ? "minmax" : "score" } })
        }
      >
        <Radio value="score" label={t.readingScore} data-testid={`ast-reading-${axis}-score`} />
        <Radio value="minmax" label={t.readingMinmax} data-testid={`ast-reading-${axis}-minmax`} />
      </RadioGroup>
    </Field>
  );
  const nav = (back: Step | undefined, next: Step | undefined, ok: boolean): React.JSX.Element => (
    <StepNav
      {...(back === undefined
        ? {}
        : { back: { label: t.back, onClick: () => setStep(back), testId: `ast-back-${step}` } })}
      {...(next === undefined
        ? {}
        : { next: { label: t.next, onClick: () => setStep(next), testId: `ast-next-${step}`, disabled: !ok } })}
    />
  );

  const sourceStep = (): React.JSX.Element => (
    <div className={styles.root} data-testid="ast-source">
      <Button appearance="primary" onClick={flow.read} disabled={flow.reading} data-testid="ast-read-source">
        {t.readSource}
      </Button>
      {flow.notFound ? (
        <MessageBar intent="warning" data-testid="ast-no-source">
          <MessageBarBody>{t.noSource}</MessageBarBody>
        </MessageBar>
      ) : null}
      {profile === undefined ? null : (
        <>
          <Text data-testid="ast-source-found">
            {fill(t.sourceFound, {
              rows: profile.rowCount,
              address: `${quoteSheet(profile.sheet)}!${profile.address.replace(/^.*!/, "")}`,
            })}
          </Text>
          {profile.problems.map((p, i) => (
            <MessageBar key={i} intent={p.severity === "error" ? "error" : "warning"}>
              <MessageBarBody>{formatSourceProblem(p, lang)}</MessageBarBody>
            </MessageBar>
          ))}
          {mapped("customer", t.customer, all)}
          {nameProblems.map((p, i) => (
            <MessageBar key={i} intent="warning">
              <MessageBarBody>{formatSourceProblem(p, lang)}</MessageBarBody>
            </MessageBar>
          ))}
          <div className={styles.row}>
            {mapped("impact", t.impact, numeric)}
            {reading("impact")}
          </div>
          <div className={styles.row}>
            {mapped("difficulty", t.difficulty, numeric)}
            {reading("difficulty")}
          </div>
          {mapped("revenue", t.revenue, numeric, true)}
          <div className={styles.row}>
            {mapped("strategic", t.strategic, all, true)}
            {mapped("significant", t.significant, all, true)}
            {mapped("profitable", t.profitable, all, true)}
          </div>
        </>
      )}
      {nav(undefined, "settings", mappingOk)}
    </div>
  );

  const settingsStep = (): React.JSX.Element => (
    <div className={styles.root} data-testid="ast-settings">
      <Text weight="semibold">{t.cuts}</Text>
      <div className={styles.row}>
        {(["impact", "difficulty"] as const).map((key) => (
          <NumberField
            key={key}
            label={key === "impact" ? t.impactCut : t.difficultyCut}
            value={draft.cuts[key]}
            onChange={(v) => setDraft({ ...draft, cuts: { ...draft.cuts, [key]: v } })}
            testId={`ast-cut-${key}`}
            error={errors[`cuts.${key}`]}
          />
        ))}
      </div>
      <Field label={t.style} size="small">
        <RadioGroup
          value={draft.style}
          data-testid="ast-style"
          onChange={(_, d) => setDraft({ ...draft, style: d.value === "kam" ? "kam" : "portable" })}
        >
          <Radio value="portable" label={t.portable} data-testid="ast-style-portable" />
          <Radio value="kam" label={t.kam} data-testid="ast-style-kam" />
        </RadioGroup>
      </Field>
      {errorList.length > 0 ? (
        <MessageBar intent="error" data-testid="ast-invalid">
          <MessageBarBody>
            {t.invalid} {errorList.map(([k, m]) => `${k}: ${m}`).join("; ")}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {preview === undefined ? null : (
        <div data-testid="ast-preview">
          {preview.problems.map((p, i) => (
            <MessageBar key={i} intent={isStrategyBlocking(p) ? "error" : "warning"} data-testid={`ast-problem-${i}`}>
              <MessageBarBody>
                {formatStrategyProblem(
                  p.code === "concentration"
                    ? {
                        ...p,
                        params: { ...p.params, quadrant: KRALJIC_LABELS[p.params["quadrant"] as "routine"][lang] },
                      }
                    : p,
                  lang,
                )}
              </MessageBarBody>
            </MessageBar>
          ))}
          <Text block data-testid="ast-preview-quadrants">
            {t.quadrants}: {QUADRANTS.map((q) => `${KRALJIC_LABELS[q][lang]} ${preview.counts[q]}`).join(" · ")}
          </Text>
        </div>
      )}
      {nav("source", "build", valid && !blocked)}
    </div>
  );

  const steps: StepDef<Step>[] = [
    { id: "source", label: t.stepSource, testId: "ast-step-source", enabled: true, render: sourceStep },
    { id: "settings", label: t.stepSettings, testId: "ast-step-settings", enabled: mappingOk, render: settingsStep },
    {
      id: "build",
      label: t.stepBuild,
      testId: "ast-step-build",
      enabled: valid && !blocked,
      render: () => (
        <StepNav back={{ label: t.back, onClick: () => setStep("settings"), testId: "ast-back-build" }}>
          <BuildButtons flow={flow} prefix="ast" canBuild={valid && !blocked} canRefresh />
        </StepNav>
      ),
    },
  ];

  return (
    <BuilderFrame flow={flow} testId="account-strategy-builder" prefix="ast" steps={steps} step={step} onStep={setStep}>
      {built?.extra === undefined ? null : (
        <StrategyExplainPanel lang={lang} sheet={built.sheet} explanation={explanation} />
      )}
    </BuilderFrame>
  );
}
