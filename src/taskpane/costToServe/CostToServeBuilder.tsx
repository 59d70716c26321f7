import * as React from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import {
  CONFIG_KEY,
  CostToServeConfigSchema,
  SHEET_TAG,
  StoredCostToServeSchema,
  computeCostToServe,
  configErrors,
  costToServeLayout,
  formatCtsProblem,
  isBlocking,
  resolveColumns,
  scaleSuggestion,
  suggestConfig,
  type CostToServeAnchors,
  type CostToServeConfig,
} from "../../core/costToServe/builder";
import type { SourceTable, WorkbookHost } from "../../core/host";
import type { Lang } from "../../core/lang";
import { BuildButtons, BuilderFrame, StepNav, type StepDef } from "../shared/BuildFlow";
import { storedParser, useBuildFlow, useNameProblems, type BuildFlowSpec } from "../shared/flow";
import { ActivitiesStep } from "./ActivitiesStep";
import { PreviewStep } from "./PreviewStep";
import { SourceStep } from "./SourceStep";
import { CTS_STRINGS } from "./strings";

/** Props of the Cost-to-serve builder. */
export interface CostToServeBuilderProps {
  readonly host: WorkbookHost | undefined;
  readonly lang: Lang;
}

type Step = "source" | "activities" | "preview" | "build";

const emptyConfig = (lang: Lang): CostToServeConfig => ({
  ...suggestConfig([], lang),
  mapping: { customer: "", revenue: { kind: "net", net: "" }, cost: { kind: "cogs", column: "" } },
});

/**
 * The example rates scaled to the table (`scaleSuggestion`): pools in proportion to its revenue,
 * capacities to its driver minutes. A draft whose mapping does not yet validate keeps the example.
 */
function scaledToTable(config: CostToServeConfig, table: SourceTable): CostToServeConfig {
  const parsed = CostToServeConfigSchema.safeParse(config);
  return parsed.success ? { ...config, ...scaleSuggestion(parsed.data, table) } : config;
}

/** Cost-to-serve in the shared build flow. */
const COST_TO_SERVE: BuildFlowSpec<CostToServeConfig, CostToServeAnchors> = {
  configKey: CONFIG_KEY,
  tag: SHEET_TAG,
  messages: CTS_STRINGS,
  readOnOpen: true,
  emptyConfig,
  parseStored: storedParser(StoredCostToServeSchema),
  fromSource: (d, table, _profile, lang) =>
    scaledToTable(
      {
        ...suggestConfig(
          table.headers.map((h) => String(h ?? "").trim()),
          lang,
        ),
        style: d.style,
      },
      table,
    ),
  validate: (draft) => {
    const parsed = CostToServeConfigSchema.safeParse(draft);
    if (parsed.success) return { ok: true, config: parsed.data };
    const message = Object.entries(configErrors(draft))
      .map(([k, m]) => `${k}: ${m}`)
      .join("; ");
    return { ok: false, message };
  },
  missingColumns: (config, table) =>
    resolveColumns(config, table).problems.map((p) => String(p.params["column"] ?? "")),
  layout: (table, config, names, lang) => {
    const { layout, anchors, preview } = costToServeLayout(config, table, names);
    const stop = preview.problems.find(isBlocking);
    return stop === undefined
      ? { ok: true, layout, extra: anchors }
      : { ok: false, message: formatCtsProblem(stop, lang) };
  },
};

/**
 * The cost-to-serve builder: Source (mapping) → Activities (ABC, time-driven ABC, financing) →
 * Preview (figures and charts computed in core) → Build (a tagged sheet with live formulas and
 * native charts, with progress and cancel) → Refresh (the stored configuration, rebuilt), in the
 * shared build flow (`useBuildFlow`).
 *
 * @example
 * <CostToServeBuilder host={host} lang="en" />
 */
export function CostToServeBuilder({ host, lang }: CostToServeBuilderProps): React.JSX.Element {
  const t = CTS_STRINGS[lang];
  const flow = useBuildFlow(host, lang, COST_TO_SERVE);
  const { source, profile, draft, setDraft } = flow;
  const [step, setStep] = React.useState<Step>("source");

  const errors = React.useMemo(() => configErrors(draft), [draft]);
  const errorList = Object.entries(errors);
  const valid = errorList.length === 0;
  const deferredDraft = React.useDeferredValue(draft);
  const preview = React.useMemo(() => {
    if (source === undefined || !CostToServeConfigSchema.safeParse(deferredDraft).success) return undefined;
    return computeCostToServe(deferredDraft, source);
  }, [deferredDraft, source]);
  const blocked = profile?.ok === false || preview === undefined || preview.problems.some(isBlocking);
  const mappingOk =
    source !== undefined && profile?.ok !== false && !Object.keys(errors).some((k) => k.startsWith("mapping"));
  const nameProblems = useNameProblems(source, profile, draft.mapping.customer.trim());
  const numericColumns = profile?.columns.filter((c) => c.kind === "number").map((c) => c.header) ?? [];

  const nav = (back: Step | undefined, next: Step | undefined, nextOk: boolean): React.JSX.Element => (
    <StepNav
      {...(back === undefined
        ? {}
        : { back: { label: t.back, onClick: () => setStep(back), testId: `cts-back-${step}` } })}
      {...(next === undefined
        ? {}
        : { next: { label: t.next, onClick: () => setStep(next), testId: `cts-next-${step}`, disabled: !nextOk } })}
    />
  );

  const steps: StepDef<Step>[] = [
    {
      id: "source",
      label: t.stepSource,
      testId: "cts-step-source",
      enabled: true,
      render: () => (
        <>
          <SourceStep
            lang={lang}
            profile={profile}
            nameProblems={nameProblems}
            mapping={draft.mapping}
            onMapping={(mapping) => setDraft({ ...draft, mapping })}
            onRead={flow.read}
            reading={flow.reading}
            errors={errors}
            notFound={flow.notFound}
          />
          {nav(undefined, "activities", mappingOk)}
        </>
      ),
    },
    {
      id: "activities",
      label: t.stepActivities,
      testId: "cts-step-activities",
      enabled: mappingOk,
      render: () => (
        <>
          <ActivitiesStep
            lang={lang}
            config={draft}
            onChange={setDraft}
            numericColumns={numericColumns}
            preview={preview}
            errors={errors}
            onSuggest={() => {
              const base = suggestConfig(profile?.columns.map((c) => c.header) ?? [], lang);
              const suggested =
                source === undefined
                  ? base
                  : scaledToTable({ ...draft, resources: base.resources, activities: base.activities }, source);
              setDraft({ ...draft, resources: suggested.resources, activities: suggested.activities });
            }}
          />
          {errorList.length > 0 ? (
            <MessageBar intent="error" data-testid="cts-invalid">
              <MessageBarBody>
                {t.invalid} {errorList.map(([k, m]) => `${k}: ${m}`).join("; ")}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {nav("source", "preview", valid)}
        </>
      ),
    },
    {
      id: "preview",
      label: t.stepPreview,
      testId: "cts-step-preview",
      enabled: valid && source !== undefined,
      render: () =>
        preview === undefined ? null : (
          <>
            <PreviewStep lang={lang} preview={preview} />
            {nav("activities", "build", !blocked)}
          </>
        ),
    },
    {
      id: "build",
      label: t.stepBuild,
      testId: "cts-step-build",
      enabled: !blocked,
      render: () => (
        <StepNav back={{ label: t.back, onClick: () => setStep("preview"), testId: "cts-back-build" }}>
          <BuildButtons flow={flow} prefix="cts" canBuild={!blocked} canRefresh />
        </StepNav>
      ),
    },
  ];

  return (
    <BuilderFrame flow={flow} testId="costToServe-builder" prefix="cts" steps={steps} step={step} onStep={setStep} />
  );
}
