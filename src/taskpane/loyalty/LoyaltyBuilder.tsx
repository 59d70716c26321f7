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
import { NUMBER_LOCALES, type Lang } from "../../core/lang";
import { quoteSheet } from "../../core/layout";
import { TYPE_LABELS, ZONE_LABELS } from "../../core/loyalty";
import {
  LOYALTY_CONFIG_KEY,
  LOYALTY_SCALES,
  LOYALTY_SHEET_TAG,
  LoyaltyConfigSchema,
  StoredLoyaltySchema,
  TYPES,
  ZONES,
  computeLoyalty,
  defaultLoyaltyConfig,
  formatLoyaltyProblem,
  isLoyaltyBlocking,
  loyaltyConfigErrors,
  loyaltyCuts,
  loyaltyLayout,
  resolveLoyaltyColumns,
  suggestLoyaltyMapping,
  suggestLoyaltyScale,
  explainLoyalty,
  type LoyaltyAnchors,
  type LoyaltyConfig,
  type LoyaltyMapping,
  type LoyaltyPreview,
} from "../../core/loyalty/builder";
import { formatSourceProblem } from "../../core/source";
import { BuildButtons, BuilderFrame, StepNav, type StepDef } from "../shared/BuildFlow";
import { NumberField, fill } from "../shared/fields";
import { storedParser, useBuildFlow, useNameProblems, useSelectedRow, type BuildFlowSpec } from "../shared/flow";
import { ColumnSelect } from "../costToServe/fields";
import { LoyaltyExplainPanel } from "./ExplainPanel";
import { LOY_STRINGS } from "./strings";

/** Props of the loyalty builder. */
export interface LoyaltyBuilderProps {
  readonly host: WorkbookHost | undefined;
  readonly lang: Lang;
}

type Step = "source" | "settings" | "build";

/** What a build keeps for Explain: where the customer rows are and the preview they were written from. */
interface Explained {
  readonly anchors: LoyaltyAnchors;
  readonly preview: LoyaltyPreview;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** The draft after a survey table was read: columns guessed from the headers, the scale from the answers. */
function fromTable(draft: LoyaltyConfig, table: SourceTable): LoyaltyConfig {
  const mapping = suggestLoyaltyMapping(table.headers.map((h) => String(h ?? "").trim()));
  const next = { ...draft, mapping };
  return { ...next, scale: suggestLoyaltyScale(next, table) };
}

/** The loyalty builder in the shared build flow. */
const LOYALTY: BuildFlowSpec<LoyaltyConfig, Explained> = {
  configKey: LOYALTY_CONFIG_KEY,
  tag: LOYALTY_SHEET_TAG,
  messages: LOY_STRINGS,
  readOnOpen: true,
  emptyConfig: defaultLoyaltyConfig,
  parseStored: storedParser(StoredLoyaltySchema),
  fromSource: (d, table) => fromTable(d, table),
  validate: (draft) => {
    const parsed = LoyaltyConfigSchema.safeParse(draft);
    if (parsed.success) return { ok: true, config: parsed.data };
    const message = Object.entries(loyaltyConfigErrors(draft))
      .map(([k, m]) => `${k}: ${m}`)
      .join("; ");
    return { ok: false, message };
  },
  missingColumns: (config, table) =>
    resolveLoyaltyColumns(config, table).problems.map((p) => String(p.params["column"] ?? "")),
  layout: (table, config, names, lang) => {
    const { layout, anchors, preview } = loyaltyLayoutSafe(config, table, names);
    const stop = preview.problems.find(isLoyaltyBlocking);
    if (stop !== undefined || layout === undefined || anchors === undefined)
      return { ok: false, message: stop === undefined ? "" : formatLoyaltyProblem(stop, lang) };
    return { ok: true, layout, extra: { anchors, preview } };
  },
};

/** The layout, or only the preview when its problems stop the build. */
function loyaltyLayoutSafe(config: LoyaltyConfig, table: SourceTable, names: Parameters<typeof loyaltyLayout>[2]) {
  const preview = computeLoyalty(config, table);
  if (preview.problems.some(isLoyaltyBlocking)) return { preview, layout: undefined, anchors: undefined };
  return loyaltyLayout(config, table, { ...names, preview });
}

/** A number field where blank is `null` (a default). */
function OptionalNumber(props: {
  label: string;
  value: number | null;
  onChange: (v: number | null) => void;
  testId: string;
  error?: string | undefined;
  placeholder?: string;
}): React.JSX.Element {
  return (
    <NumberField
      label={props.label}
      value={props.value ?? Number.NaN}
      onChange={(v) => props.onChange(Number.isNaN(v) ? null : v)}
      testId={props.testId}
      error={props.error}
      {...(props.placeholder === undefined ? {} : { placeholder: props.placeholder })}
    />
  );
}

/**
 * The loyalty and customer value builder: Survey (map the columns) → Scale and value (scale, cut-offs,
 * lifetime value settings, formula style, the counts computed in core) → Build (a tagged sheet with live
 * formulas and two native charts) → Refresh, on the shared build flow.
 *
 * @example
 * <LoyaltyBuilder host={host} lang="en" />
 */
export function LoyaltyBuilder({ host, lang }: LoyaltyBuilderProps): React.JSX.Element {
  const t = LOY_STRINGS[lang];
  const styles = useStyles();
  const flow = useBuildFlow(host, lang, LOYALTY);
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
        : explainLoyalty(built.extra.preview, explainIndex),
    [built, explainIndex],
  );
  const errors = React.useMemo(() => loyaltyConfigErrors(draft), [draft]);
  const errorList = Object.entries(errors);
  const valid = errorList.length === 0;
  const deferred = React.useDeferredValue(draft);
  const preview = React.useMemo(
    () =>
      source === undefined || !LoyaltyConfigSchema.safeParse(deferred).success
        ? undefined
        : computeLoyalty(deferred, source),
    [deferred, source],
  );
  const blocked = profile?.ok === false || preview === undefined || preview.problems.some(isLoyaltyBlocking);
  const mappingOk =
    source !== undefined && profile?.ok !== false && !Object.keys(errors).some((k) => k.startsWith("mapping"));
  const nameProblems = useNameProblems(source, profile, draft.mapping.customer.trim());
  const all = profile?.columns.map((c) => c.header) ?? [];
  const numeric = profile?.columns.filter((c) => c.kind === "number").map((c) => c.header) ?? [];
  const mapped = (key: keyof LoyaltyMapping, label: string, columns: readonly string[], optional = false) => (
    <ColumnSelect
      label={label}
      value={draft.mapping[key]}
      columns={columns}
      onChange={(v) => setDraft({ ...draft, mapping: { ...draft.mapping, [key]: v } })}
      testId={`loy-${key}`}
      placeholder={optional ? t.none : t.pick}
      error={errors[`mapping.${key}`]}
    />
  );
  const nav = (back: Step | undefined, next: Step | undefined, ok: boolean): React.JSX.Element => (
    <StepNav
      {...(back === undefined
        ? {}
        : { back: { label: t.back, onClick: () => setStep(back), testId: `loy-back-${step}` } })}
      {...(next === undefined
        ? {}
        : { next: { label: t.next, onClick: () => setStep(next), testId: `loy-next-${step}`, disabled: !ok } })}
    />
  );
  const value = draft.value;
  const setValue = (patch: Partial<LoyaltyConfig["value"]>) => setDraft({ ...draft, value: { ...value, ...patch } });
  const setCut = (key: keyof LoyaltyConfig["cuts"]) => (v: number | null) =>
    setDraft({ ...draft, cuts: { ...draft.cuts, [key]: v } });
  const mappedCuts = LoyaltyConfigSchema.safeParse(draft).success ? loyaltyCuts(draft) : undefined;
  const money = (v: number): string => Math.round(v).toLocaleString(NUMBER_LOCALES[lang]);

  const sourceStep = (): React.JSX.Element => (
    <div className={styles.root} data-testid="loy-source">
      <Button appearance="primary" onClick={flow.read} disabled={flow.reading} data-testid="loy-read-source">
        {t.readSource}
      </Button>
      {flow.notFound ? (
        <MessageBar intent="warning" data-testid="loy-no-source">
          <MessageBarBody>{t.noSource}</MessageBarBody>
        </MessageBar>
      ) : null}
      {profile === undefined ? null : (
        <>
          <Text data-testid="loy-source-found">
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
            {mapped("satisfaction", t.satisfaction, numeric)}
            {mapped("loyalty", t.loyalty, numeric)}
          </div>
          <div className={styles.row}>
            {mapped("expectation", t.expectation, numeric, true)}
            {mapped("experience", t.experience, numeric, true)}
          </div>
          <div className={styles.row}>
            {mapped("margin", t.margin, numeric, true)}
            {mapped("retention", t.retention, numeric, true)}
          </div>
        </>
      )}
      {nav(undefined, "settings", mappingOk)}
    </div>
  );

  const settingsStep = (): React.JSX.Element => (
    <div className={styles.root} data-testid="loy-settings">
      <Field label={t.scale} size="small" hint={t.scaleNote}>
        <RadioGroup
          layout="horizontal"
          value={`${draft.scale.min}-${draft.scale.max}`}
          data-testid="loy-scale"
          onChange={(_, d) => {
            const [min, max] = d.value.split("-").map(Number);
            setDraft({ ...draft, scale: { min: min ?? 1, max: max ?? 5 } });
          }}
        >
          {LOYALTY_SCALES.map((s) => (
            <Radio
              key={`${s.min}-${s.max}`}
              value={`${s.min}-${s.max}`}
              label={`${s.min}–${s.max}`}
              data-testid={`loy-scale-${s.min}-${s.max}`}
            />
          ))}
        </RadioGroup>
      </Field>
      <Text weight="semibold">{t.cuts}</Text>
      <div className={styles.row}>
        {(["indifferenceFrom", "affectionFrom", "satisfactionCut", "loyaltyCut"] as const).map((key) => (
          <OptionalNumber
            key={key}
            label={t[key]}
            value={draft.cuts[key]}
            onChange={setCut(key)}
            testId={`loy-cut-${key}`}
            error={errors[`cuts.${key}`]}
            {...(mappedCuts === undefined ? {} : { placeholder: String(mappedCuts[key]) })}
          />
        ))}
      </div>
      <Text weight="semibold">{t.value}</Text>
      <div className={styles.row}>
        <NumberField
          label={t.netMargin}
          value={value.netMargin}
          onChange={(netMargin) => setValue({ netMargin })}
          testId="loy-net-margin"
          error={errors["value.netMargin"]}
        />
        {draft.mapping.margin === "" ? null : (
          <>
            <NumberField
              label={t.discountRate}
              value={value.discountRate}
              onChange={(discountRate) => setValue({ discountRate })}
              testId="loy-discount"
              error={errors["value.discountRate"]}
            />
            <OptionalNumber
              label={t.years}
              value={value.years}
              onChange={(years) => setValue({ years })}
              testId="loy-years"
              error={errors["value.years"]}
            />
            <NumberField
              label={t.growth}
              value={value.growth}
              onChange={(growth) => setValue({ growth })}
              testId="loy-growth"
              error={errors["value.growth"]}
            />
            {draft.mapping.retention === "" ? (
              <NumberField
                label={t.retentionDefault}
                value={value.retention}
                onChange={(retention) => setValue({ retention })}
                testId="loy-retention"
                error={errors["value.retention"]}
              />
            ) : null}
            <NumberField
              label={t.uplift}
              value={value.uplift}
              onChange={(uplift) => setValue({ uplift })}
              testId="loy-uplift"
              error={errors["value.uplift"]}
            />
          </>
        )}
      </div>
      <Field label={t.style} size="small">
        <RadioGroup
          value={draft.style}
          data-testid="loy-style"
          onChange={(_, d) => setDraft({ ...draft, style: d.value === "kam" ? "kam" : "portable" })}
        >
          <Radio value="portable" label={t.portable} data-testid="loy-style-portable" />
          <Radio value="kam" label={t.kam} data-testid="loy-style-kam" />
        </RadioGroup>
      </Field>
      {errorList.length > 0 ? (
        <MessageBar intent="error" data-testid="loy-invalid">
          <MessageBarBody>
            {t.invalid} {errorList.map(([k, m]) => `${k}: ${m}`).join("; ")}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {preview === undefined ? null : (
        <div data-testid="loy-preview">
          {preview.problems.map((p, i) => (
            <MessageBar key={i} intent={isLoyaltyBlocking(p) ? "error" : "warning"} data-testid={`loy-problem-${i}`}>
              <MessageBarBody>{formatLoyaltyProblem(p, lang)}</MessageBarBody>
            </MessageBar>
          ))}
          <Text block data-testid="loy-preview-zones">
            {t.zones}: {ZONES.map((z) => `${ZONE_LABELS[z][lang]} ${preview.zoneCounts[z]}`).join(" · ")}
          </Text>
          <Text block data-testid="loy-preview-types">
            {t.types}: {TYPES.map((k) => `${TYPE_LABELS[k][lang]} ${preview.typeCounts[k]}`).join(" · ")}
          </Text>
          {preview.totals === undefined ? null : (
            <Text block data-testid="loy-preview-value">
              {t.totalClv}: {money(preview.totals.clv)} · {t.gain}: {money(preview.totals.clvUp - preview.totals.clv)}
            </Text>
          )}
        </div>
      )}
      {nav("source", "build", valid && !blocked)}
    </div>
  );

  const steps: StepDef<Step>[] = [
    { id: "source", label: t.stepSource, testId: "loy-step-source", enabled: true, render: sourceStep },
    { id: "settings", label: t.stepSettings, testId: "loy-step-settings", enabled: mappingOk, render: settingsStep },
    {
      id: "build",
      label: t.stepBuild,
      testId: "loy-step-build",
      enabled: valid && !blocked,
      render: () => (
        <StepNav back={{ label: t.back, onClick: () => setStep("settings"), testId: "loy-back-build" }}>
          <BuildButtons flow={flow} prefix="loy" canBuild={valid && !blocked} canRefresh />
        </StepNav>
      ),
    },
  ];

  return (
    <BuilderFrame flow={flow} testId="loyalty-builder" prefix="loy" steps={steps} step={step} onStep={setStep}>
      {built?.extra === undefined ? null : (
        <LoyaltyExplainPanel
          lang={lang}
          sheet={built.sheet}
          explanation={explanation}
          scale={(built.config ?? draft).scale}
        />
      )}
    </BuilderFrame>
  );
}
