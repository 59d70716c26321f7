import * as React from "react";
import {
  Button,
  Card,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Slider,
  Switch,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { NUMBER_LOCALES, type Lang } from "../../core/lang";
import type { ColumnProfile } from "../../core/source";
import {
  DIRECTIONS,
  DIRECTION_LABELS,
  GROUPS,
  GROUP_LABELS,
  HORIZONS,
  HORIZON_LABELS,
  METHODS,
  METHOD_LABELS,
  defaultCriterion,
  errorsAt,
  fitPairwise,
  normalisedWeights,
  withPairwiseWeights,
  type ConfigError,
  type Criterion,
  type SelectionConfig,
} from "../../core/selection/builder";
import { ChoiceField, NumberField, fieldError, parseList } from "./fields";
import { PairwiseGrid } from "./PairwiseGrid";
import { SEL_STRINGS, fill } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  card: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))",
    gap: tokens.spacingHorizontalS,
    "& > *": { minWidth: 0 },
  },
  wide: { gridColumn: "1 / -1" },
  weight: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "end",
    gap: tokens.spacingHorizontalS,
    gridColumn: "1 / -1",
  },
  nav: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end" },
});

/** Props of {@link CriteriaStep}. */
export interface CriteriaStepProps {
  readonly lang: Lang;
  readonly draft: SelectionConfig;
  /** The source's number columns (the ones that can be criteria). */
  readonly columns: readonly ColumnProfile[];
  readonly errors: readonly ConfigError[];
  readonly onChange: (draft: SelectionConfig) => void;
  readonly onBack: () => void;
  readonly onNext: () => void;
}

function BandsField({
  label,
  bands,
  onChange,
  testId,
  error,
}: {
  label: string;
  bands: readonly number[];
  onChange: (bands: number[]) => void;
  testId: string;
  error: string | undefined;
}): React.JSX.Element {
  const [text, setText] = React.useState(bands.join("; "));
  return (
    <Field label={label} size="small" {...fieldError(error)}>
      <Input
        size="small"
        value={text}
        data-testid={testId}
        onChange={(_, d) => {
          setText(d.value);
          onChange(parseList(d.value));
        }}
      />
    </Field>
  );
}

/**
 * Step 2: the criteria. Per criterion its column, group, current/future, direction, scoring (with
 * band boundaries) and weight (slider and number, shown as a share of 100 %). Every edit is
 * validated with the zod schema; messages appear at their field.
 *
 * @example
 * <CriteriaStep lang="en" draft={config} columns={numeric} errors={[]} onChange={set} onBack={back} onNext={next} />
 */
export function CriteriaStep({
  lang,
  draft,
  columns,
  errors,
  onChange: change,
  onBack,
  onNext,
}: CriteriaStepProps): React.JSX.Element {
  const t = SEL_STRINGS[lang];
  const styles = useStyles();
  const [adding, setAdding] = React.useState("");
  // Every edit keeps the pairwise judgements fitted to the criteria of each composite.
  const onChange = (d: SelectionConfig): void => change(fitPairwise(d));
  const pairwise = draft.pairwise !== undefined;
  const weighted = pairwise ? withPairwiseWeights(draft) : draft;
  const shares = normalisedWeights(
    weighted.criteria.map((c) => ({ weight: Number.isFinite(c.weight) ? Math.max(0, c.weight) : 0 })),
  );
  const pct = (v: number): string =>
    v.toLocaleString(NUMBER_LOCALES[lang], { style: "percent", maximumFractionDigits: 1 });
  const err = (path: string): string | undefined => errorsAt(errors, path)[0];
  const update = (i: number, patch: Partial<Criterion>): void =>
    onChange({
      ...draft,
      template: "custom",
      criteria: draft.criteria.map((c, j) => (j === i ? { ...c, ...patch } : c)),
    });
  const used = new Set(draft.criteria.map((c) => c.column.toLowerCase()));
  const free = columns.filter((c) => !used.has(c.header.toLowerCase()) && c.header !== draft.nameColumn);
  const general = errors.filter((e) => e.path === "criteria" || e.path === "");
  const opts = <K extends string>(keys: readonly K[], labels: Record<K, { en: string; nl: string }>) =>
    keys.map((k) => ({ value: k, label: labels[k][lang] }));
  return (
    <div className={styles.root} data-testid="sel-step-criteria">
      {draft.criteria.map((c, i) => (
        <Card key={`${c.column}-${i}`} size="small" data-testid={`sel-crit-${i}`}>
          <Text weight="semibold">{fill(t.criterion, { n: i + 1 })}</Text>
          <div className={styles.card}>
            <ChoiceField
              label={t.column}
              value={c.column}
              options={[
                { value: c.column, label: c.column },
                ...free.map((f) => ({ value: f.header, label: f.header })),
              ]}
              onChange={(v) => update(i, { column: v })}
              testId={`sel-crit-${i}-column`}
              error={err(`criteria.${i}.column`)}
            />
            <ChoiceField
              label={t.group}
              value={c.group}
              options={opts(GROUPS, GROUP_LABELS)}
              onChange={(v) => v !== "" && update(i, { group: v })}
              testId={`sel-crit-${i}-group`}
            />
            <ChoiceField
              label={t.horizon}
              value={c.horizon}
              options={opts(HORIZONS, HORIZON_LABELS)}
              onChange={(v) => v !== "" && update(i, { horizon: v })}
              testId={`sel-crit-${i}-horizon`}
            />
            <ChoiceField
              label={t.direction}
              value={c.direction}
              options={opts(DIRECTIONS, DIRECTION_LABELS)}
              onChange={(v) => v !== "" && update(i, { direction: v })}
              testId={`sel-crit-${i}-direction`}
            />
            <ChoiceField
              label={t.method}
              value={c.method}
              options={opts(METHODS, METHOD_LABELS)}
              onChange={(v) => v !== "" && update(i, { method: v })}
              testId={`sel-crit-${i}-method`}
            />
            {c.method === "bands" ? (
              <BandsField
                label={t.bands}
                bands={c.bands}
                onChange={(bands) => update(i, { bands })}
                testId={`sel-crit-${i}-bands`}
                error={err(`criteria.${i}.bands`)}
              />
            ) : null}
            <div className={styles.weight}>
              {pairwise ? (
                <Text size={200} data-testid={`sel-crit-${i}-weight-derived`}>
                  {t.pairwiseDerived}:{" "}
                  {(weighted.criteria[i]?.weight ?? 0).toLocaleString(NUMBER_LOCALES[lang], {
                    maximumFractionDigits: 1,
                  })}
                </Text>
              ) : (
                <>
                  <Slider
                    min={0}
                    max={100}
                    step={0.5}
                    value={Number.isFinite(c.weight) ? Math.min(100, Math.max(0, c.weight)) : 0}
                    onChange={(_, d) => update(i, { weight: d.value })}
                    aria-label={t.weight}
                    data-testid={`sel-crit-${i}-weight-slider`}
                  />
                  <NumberField
                    label={t.weight}
                    value={c.weight}
                    onChange={(weight) => update(i, { weight })}
                    testId={`sel-crit-${i}-weight`}
                    error={err(`criteria.${i}.weight`)}
                  />
                </>
              )}
              <Text size={200} data-testid={`sel-crit-${i}-share`}>
                {fill(t.share, { share: pct(shares[i] ?? 0) })}
              </Text>
            </div>
            <Button
              size="small"
              className={styles.wide}
              onClick={() =>
                onChange({ ...draft, template: "custom", criteria: draft.criteria.filter((_, j) => j !== i) })
              }
              data-testid={`sel-crit-${i}-remove`}
            >
              {t.remove}
            </Button>
          </div>
        </Card>
      ))}
      <div className={styles.nav}>
        <ChoiceField
          label={t.addColumn}
          value={adding}
          options={[{ value: "", label: t.pick }, ...free.map((f) => ({ value: f.header, label: f.header }))]}
          onChange={setAdding}
          testId="sel-add-column"
        />
        <Button
          disabled={adding === ""}
          onClick={() => {
            const column = columns.find((c) => c.header === adding);
            if (column === undefined) return;
            onChange({ ...draft, template: "custom", criteria: [...draft.criteria, defaultCriterion(column)] });
            setAdding("");
          }}
          data-testid="sel-add"
        >
          {t.add}
        </Button>
      </div>
      <ChoiceField
        label={t.profitColumn}
        value={draft.profitColumn ?? ""}
        options={[{ value: "", label: t.none }, ...columns.map((c) => ({ value: c.header, label: c.header }))]}
        onChange={(v) => {
          const { profitColumn: _drop, ...rest } = draft;
          onChange(v === "" ? rest : { ...rest, profitColumn: v });
        }}
        testId="sel-profit-column"
        error={err("profitColumn")}
      />
      <Switch
        checked={pairwise}
        label={t.pairwiseSwitch}
        data-testid="sel-pairwise"
        onChange={(_, d) => {
          if (d.checked) onChange({ ...draft, template: "custom", pairwise: { current: [], future: [] } });
          else {
            const { pairwise: _drop, ...rest } = draft;
            // The typed weights come back: the derived ones stay as the starting point.
            onChange({ ...rest, criteria: withPairwiseWeights(draft).criteria });
          }
        }}
      />
      {pairwise ? (
        <>
          <Text size={200}>{t.pairwiseHint}</Text>
          {HORIZONS.map((h) => (
            <PairwiseGrid key={h} lang={lang} draft={draft} horizon={h} onChange={onChange} />
          ))}
          {errors
            .filter((e) => e.path.startsWith("pairwise"))
            .map((e, i) => (
              <MessageBar key={`p${i}`} intent="error" data-testid={`sel-config-error-${e.key}`}>
                <MessageBarBody>{e.message}</MessageBarBody>
              </MessageBar>
            ))}
        </>
      ) : null}
      {general.map((e, i) => (
        <MessageBar key={i} intent="error" data-testid={`sel-config-error-${e.key}`}>
          <MessageBarBody>{e.message}</MessageBarBody>
        </MessageBar>
      ))}
      <div className={styles.nav}>
        <Button onClick={onBack} data-testid="sel-back-source">
          {t.back}
        </Button>
        <Button appearance="primary" disabled={errors.length > 0} onClick={onNext} data-testid="sel-next-classes">
          {t.next}
        </Button>
      </div>
    </div>
  );
}
