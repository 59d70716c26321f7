import * as React from "react";
import {
  Button,
  Field,
  Input,
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
import { NO_RED_FLAGS_LABEL, RED_FLAG_LABELS, STANCE_LABELS } from "../../core/buyingcentre";
import {
  BUYING_CENTRE_CONFIG_KEY,
  BUYING_CENTRE_ROLES,
  BUYING_CENTRE_SHEET_TAG,
  BuyingCentreConfigSchema,
  STANCES,
  StoredBuyingCentreSchema,
  buyingCentreConfigErrors,
  buyingCentreLayout,
  computeBuyingCentre,
  defaultBuyingCentreConfig,
  formatBuyingCentreProblem,
  isBuyingCentreBlocking,
  resolveBuyingCentreColumns,
  suggestBuyingCentreMapping,
  type BuyingCentreAnchors,
  type BuyingCentreConfig,
  type BuyingCentreRole,
} from "../../core/buyingcentre/builder";
import { formatSourceProblem } from "../../core/source";
import { BuildButtons, BuilderFrame, StepNav, type StepDef } from "../shared/BuildFlow";
import { NumberField, fill } from "../shared/fields";
import { storedParser, useBuildFlow, type BuildFlowSpec } from "../shared/flow";
import { ColumnSelect } from "../costToServe/fields";
import { BC_STRINGS } from "./strings";

/** Props of the buying-centre builder. */
export interface BuyingCentreBuilderProps {
  readonly host: WorkbookHost | undefined;
  readonly lang: Lang;
}

type Step = "source" | "settings" | "build";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** An empty table, for a template (the layout reads nothing from it). */
const NO_TABLE: SourceTable = { sheet: "", address: "", headers: [], rows: [], origin: { row: 0, col: 0 }, merged: [] };

/** The buying-centre builder in the shared build flow; the people are kept on a refresh. */
const BUYING_CENTRE: BuildFlowSpec<BuyingCentreConfig, BuyingCentreAnchors> = {
  configKey: BUYING_CENTRE_CONFIG_KEY,
  tag: BUYING_CENTRE_SHEET_TAG,
  messages: BC_STRINGS,
  readOnOpen: true,
  keepInputs: true,
  emptyConfig: defaultBuyingCentreConfig,
  parseStored: storedParser(StoredBuyingCentreSchema),
  fromSource: (d, table) => ({
    ...d,
    source: "table",
    mapping: suggestBuyingCentreMapping(table.headers.map((h) => String(h ?? "").trim())),
  }),
  needsSource: (config) => config.source === "table",
  validate: (draft) => {
    const parsed = BuyingCentreConfigSchema.safeParse(draft);
    if (parsed.success) return { ok: true, config: parsed.data };
    const message = Object.entries(buyingCentreConfigErrors(draft))
      .map(([k, m]) => `${k}: ${m}`)
      .join("; ");
    return { ok: false, message };
  },
  missingColumns: (config, table) =>
    config.source === "template"
      ? []
      : resolveBuyingCentreColumns(config, table).problems.map((p) => String(p.params["column"] ?? "")),
  layout: (table, config, names, lang) => {
    const preview = computeBuyingCentre(config, table);
    const stop = preview.problems.find(isBuyingCentreBlocking);
    if (stop !== undefined) return { ok: false, message: formatBuyingCentreProblem(stop, lang) };
    const { layout, anchors } = buyingCentreLayout(config, table, { ...names, preview });
    return { ok: true, layout, extra: anchors };
  },
};

/**
 * The buying-centre builder (Miller Heiman, course 003 slides 91–112): People (a table to map, or a
 * blank template) → Check (the response modes, stances and red flags computed in core; the risk
 * cut-off; the formula style) → Build (one sheet per account, the people an input block Refresh keeps).
 *
 * @example
 * <BuyingCentreBuilder host={host} lang="en" />
 */
export function BuyingCentreBuilder({ host, lang }: BuyingCentreBuilderProps): React.JSX.Element {
  const t = BC_STRINGS[lang];
  const styles = useStyles();
  const flow = useBuildFlow(host, lang, BUYING_CENTRE);
  const { source, profile, draft, setDraft } = flow;
  const [step, setStep] = React.useState<Step>("source");
  const errors = React.useMemo(() => buyingCentreConfigErrors(draft), [draft]);
  const errorList = Object.entries(errors);
  const valid = errorList.length === 0;
  const template = draft.source === "template";
  const deferred = React.useDeferredValue(draft);
  const preview = React.useMemo(() => {
    if (!BuyingCentreConfigSchema.safeParse(deferred).success) return undefined;
    if (deferred.source === "template") return computeBuyingCentre(deferred, NO_TABLE);
    return source === undefined ? undefined : computeBuyingCentre(deferred, source);
  }, [deferred, source]);
  const blocked =
    (!template && profile?.ok === false) || preview === undefined || preview.problems.some(isBuyingCentreBlocking);
  const sourceOk = template
    ? errors["templateRows"] === undefined
    : source !== undefined && profile?.ok !== false && !Object.keys(errors).some((k) => k.startsWith("mapping"));
  const peopleOk = sourceOk && errors["account"] === undefined;
  const all = profile?.columns.map((c) => c.header) ?? [];
  const numeric = profile?.columns.filter((c) => c.kind === "number").map((c) => c.header) ?? [];
  const NUMERIC: ReadonlySet<BuyingCentreRole> = new Set([
    "perceived",
    "desired",
    "businessInterest",
    "personalGain",
    "power",
    "risk",
  ]);
  const nav = (back: Step | undefined, next: Step | undefined, ok: boolean): React.JSX.Element => (
    <StepNav
      {...(back === undefined
        ? {}
        : { back: { label: t.back, onClick: () => setStep(back), testId: `bc-back-${step}` } })}
      {...(next === undefined
        ? {}
        : { next: { label: t.next, onClick: () => setStep(next), testId: `bc-next-${step}`, disabled: !ok } })}
    />
  );

  const sourceStep = (): React.JSX.Element => (
    <div className={styles.root} data-testid="bc-source">
      <Field
        label={t.account}
        size="small"
        {...(errors["account"] && draft.account !== "" ? { validationMessage: errors["account"] } : {})}
      >
        <Input
          size="small"
          value={draft.account}
          onChange={(_, d) => setDraft({ ...draft, account: d.value })}
          data-testid="bc-account"
        />
      </Field>
      <Field label={t.sourceKind} size="small">
        <RadioGroup
          value={draft.source}
          data-testid="bc-kind"
          onChange={(_, d) => setDraft({ ...draft, source: d.value === "template" ? "template" : "table" })}
        >
          <Radio value="table" label={t.fromTable} data-testid="bc-kind-table" />
          <Radio value="template" label={t.fromTemplate} data-testid="bc-kind-template" />
        </RadioGroup>
      </Field>
      {template ? (
        <>
          <NumberField
            label={t.templateRows}
            value={draft.templateRows}
            onChange={(templateRows) => setDraft({ ...draft, templateRows })}
            testId="bc-template-rows"
            error={errors["templateRows"]}
          />
          <Text size={200} data-testid="bc-template-note">
            {fill(t.templateNote, { rows: draft.templateRows })}
          </Text>
        </>
      ) : (
        <>
          <Button appearance="primary" onClick={flow.read} disabled={flow.reading} data-testid="bc-read-source">
            {t.readSource}
          </Button>
          {flow.notFound ? (
            <MessageBar intent="warning" data-testid="bc-no-source">
              <MessageBarBody>{t.noSource}</MessageBarBody>
            </MessageBar>
          ) : null}
          {profile === undefined ? null : (
            <>
              <Text data-testid="bc-source-found">
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
              <div className={styles.row}>
                {BUYING_CENTRE_ROLES.map((role) => (
                  <ColumnSelect
                    key={role}
                    label={t[role]}
                    value={draft.mapping[role]}
                    columns={NUMERIC.has(role) ? numeric : all}
                    onChange={(v) => setDraft({ ...draft, mapping: { ...draft.mapping, [role]: v } })}
                    testId={`bc-${role}`}
                    placeholder={role === "name" ? t.pick : t.none}
                    error={errors[`mapping.${role}`]}
                  />
                ))}
              </div>
            </>
          )}
        </>
      )}
      {nav(undefined, "settings", peopleOk)}
    </div>
  );

  const present = preview?.people.filter((p) => p.present) ?? [];
  const settingsStep = (): React.JSX.Element => (
    <div className={styles.root} data-testid="bc-settings">
      <div className={styles.row}>
        <NumberField
          label={t.riskCut}
          value={draft.riskCut}
          onChange={(riskCut) => setDraft({ ...draft, riskCut })}
          testId="bc-risk-cut"
          error={errors["riskCut"]}
        />
        {template ? null : (
          <NumberField
            label={t.spareRows}
            value={draft.spareRows}
            onChange={(spareRows) => setDraft({ ...draft, spareRows })}
            testId="bc-spare-rows"
            error={errors["spareRows"]}
          />
        )}
      </div>
      <Field label={t.style} size="small">
        <RadioGroup
          value={draft.style}
          data-testid="bc-style"
          onChange={(_, d) => setDraft({ ...draft, style: d.value === "kam" ? "kam" : "portable" })}
        >
          <Radio value="portable" label={t.portable} data-testid="bc-style-portable" />
          <Radio value="kam" label={t.kam} data-testid="bc-style-kam" />
        </RadioGroup>
      </Field>
      {errorList.length > 0 ? (
        <MessageBar intent="error" data-testid="bc-invalid">
          <MessageBarBody>
            {t.invalid} {errorList.map(([k, m]) => `${k}: ${m}`).join("; ")}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {preview === undefined ? null : (
        <div data-testid="bc-preview">
          {preview.problems.map((p, i) => (
            <MessageBar
              key={i}
              intent={isBuyingCentreBlocking(p) ? "error" : "warning"}
              data-testid={`bc-problem-${i}`}
            >
              <MessageBarBody>{formatBuyingCentreProblem(p, lang)}</MessageBarBody>
            </MessageBar>
          ))}
          <Text block data-testid="bc-preview-people">
            {fill(t.people, { count: present.length })}
            {present.length === 0
              ? ""
              : ` · ${t.stances}: ${STANCES.map(
                  (k) => `${STANCE_LABELS[k][lang]} ${present.filter((p) => p.stance === k).length}`,
                ).join(" · ")}`}
          </Text>
          <Text block weight="semibold">
            {t.flags}
          </Text>
          <ul data-testid="bc-preview-flags">
            {preview.flags.length === 0 ? (
              <li>{NO_RED_FLAGS_LABEL[lang]}</li>
            ) : (
              preview.flags.map((f) => <li key={f}>{RED_FLAG_LABELS[f][lang]}</li>)
            )}
          </ul>
          {present.some((p) => p.highRisk) ? (
            <Text block data-testid="bc-preview-risk">
              {fill(t.highRisk, {
                names: present
                  .filter((p) => p.highRisk)
                  .map((p) => p.name)
                  .join(", "),
              })}
            </Text>
          ) : null}
          <Text block size={200}>
            {t.editNote}
          </Text>
        </div>
      )}
      {nav("source", "build", valid && !blocked)}
    </div>
  );

  const steps: StepDef<Step>[] = [
    { id: "source", label: t.stepSource, testId: "bc-step-source", enabled: true, render: sourceStep },
    { id: "settings", label: t.stepSettings, testId: "bc-step-settings", enabled: peopleOk, render: settingsStep },
    {
      id: "build",
      label: t.stepBuild,
      testId: "bc-step-build",
      enabled: valid && !blocked,
      render: () => (
        <StepNav back={{ label: t.back, onClick: () => setStep("settings"), testId: "bc-back-build" }}>
          <BuildButtons flow={flow} prefix="bc" canBuild={valid && !blocked} canRefresh />
        </StepNav>
      ),
    },
  ];

  return (
    <BuilderFrame flow={flow} testId="buyingCentre-builder" prefix="bc" steps={steps} step={step} onStep={setStep} />
  );
}
