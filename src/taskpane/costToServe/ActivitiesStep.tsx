import * as React from "react";
import {
  Button,
  Card,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Activity, CostToServeConfig, CostToServePreview, Resource } from "../../core/costToServe/builder";
import { NUMBER_LOCALES, type Lang } from "../../core/lang";
import { QUADRATIC_WARNING_ROWS } from "../../core/rank";
import { ColumnSelect, NumberField, fieldError } from "./fields";
import { CTS_STRINGS, fill } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "end" },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  // Two fields per line in the narrow pane; each takes the full width it gets, so no value is cut off.
  fields: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(140px, 1fr))",
    gap: tokens.spacingHorizontalS,
    "& > *": { minWidth: 0 },
  },
  foot: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/** Props of the activities step. */
export interface ActivitiesStepProps {
  readonly lang: Lang;
  readonly config: CostToServeConfig;
  readonly onChange: (config: CostToServeConfig) => void;
  readonly numericColumns: readonly string[];
  readonly preview: CostToServePreview | undefined;
  readonly errors: Readonly<Record<string, string>>;
  readonly onSuggest: () => void;
}

let nextId = 0;
const newId = (prefix: string): string => `${prefix}${Date.now().toString(36)}${(nextId++).toString(36)}`;

const money = (lang: Lang, v: number | null | undefined, digits = 2): string =>
  v === null || v === undefined || !Number.isFinite(v)
    ? "–"
    : v.toLocaleString(NUMBER_LOCALES[lang], {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });

/**
 * Step 2: the capacity resources and the activities (ABC, time-driven ABC, financing of payment
 * terms), with the rates and the unused capacity computed live; the quadrant cut-offs and the
 * formula style.
 *
 * @example
 * <ActivitiesStep lang="en" config={c} onChange={setC} numericColumns={["Orders"]} preview={p} errors={{}} onSuggest={s} />
 */
export function ActivitiesStep({
  lang,
  config,
  onChange,
  numericColumns,
  preview,
  errors,
  onSuggest,
}: ActivitiesStepProps): React.JSX.Element {
  const t = CTS_STRINGS[lang];
  const styles = useStyles();
  const setResource = (i: number, patch: Partial<Resource>): void =>
    onChange({ ...config, resources: config.resources.map((r, k) => (k === i ? { ...r, ...patch } : r)) });
  const setActivity = (i: number, next: Activity): void =>
    onChange({ ...config, activities: config.activities.map((a, k) => (k === i ? next : a)) });
  const changeMethod = (i: number, a: Activity, method: string): void => {
    const base = { id: a.id, name: a.name };
    const driver = a.method === "financing" ? a.daysColumn : a.driver;
    if (method === "abc") setActivity(i, { ...base, method: "abc", pool: Number.NaN, driver });
    else if (method === "tdabc")
      setActivity(i, {
        ...base,
        method: "tdabc",
        minutesPerUnit: Number.NaN,
        resource: config.resources[0]?.id ?? "",
        driver,
      });
    else setActivity(i, { ...base, method: "financing", daysColumn: driver, rate: 0.06 });
  };
  const err = (path: string): string | undefined => errors[path];

  return (
    <div className={styles.root} data-testid="cts-activities">
      <div className={styles.row}>
        <Button size="small" onClick={onSuggest} data-testid="cts-suggest">
          {t.suggest}
        </Button>
      </div>
      <Text size={200}>{t.suggestNote}</Text>

      <Text weight="semibold">{t.resources}</Text>
      <div className={styles.list} data-testid="cts-resources">
        {config.resources.map((r, i) => {
          const use = preview?.resources.find((u) => u.id === r.id);
          return (
            <Card key={r.id} size="small" className={styles.item} data-testid={`cts-resource-${i}`}>
              <Field label={t.resourceName} size="small" {...fieldError(err(`resources.${i}.name`))}>
                <Input
                  size="small"
                  value={r.name}
                  data-testid={`cts-resource-name-${i}`}
                  onChange={(_, d) => setResource(i, { name: d.value })}
                />
              </Field>
              <div className={styles.fields}>
                <NumberField
                  label={t.resourceCost}
                  value={r.cost}
                  onChange={(cost) => setResource(i, { cost })}
                  testId={`cts-resource-cost-${i}`}
                  error={err(`resources.${i}.cost`)}
                />
                <NumberField
                  label={t.capacity}
                  value={r.capacityMinutes}
                  onChange={(capacityMinutes) => setResource(i, { capacityMinutes })}
                  testId={`cts-resource-capacity-${i}`}
                  error={err(`resources.${i}.capacityMinutes`)}
                />
              </div>
              <div className={styles.foot}>
                <Text size={200}>
                  {t.unused}:{" "}
                  <span data-testid={`cts-resource-unused-${i}`}>
                    {use === undefined
                      ? "–"
                      : `${money(lang, use.unusedCost, 0)} (${money(lang, use.unusedMinutes, 0)} min, ${money(lang, use.capacityCostRate, 4)}/min)`}
                  </span>
                </Text>
                <Button
                  size="small"
                  appearance="subtle"
                  data-testid={`cts-resource-remove-${i}`}
                  onClick={() => onChange({ ...config, resources: config.resources.filter((_, k) => k !== i) })}
                >
                  {t.remove}
                </Button>
              </div>
            </Card>
          );
        })}
      </div>
      <div className={styles.row}>
        <Button
          size="small"
          data-testid="cts-add-resource"
          onClick={() =>
            onChange({
              ...config,
              resources: [
                ...config.resources,
                { id: newId("r"), name: "", cost: Number.NaN, capacityMinutes: Number.NaN },
              ],
            })
          }
        >
          {t.addResource}
        </Button>
      </div>

      <Text weight="semibold">{t.activities}</Text>
      <div className={styles.list} data-testid="cts-activity-table">
        {config.activities.map((a, i) => {
          const rate = preview?.rates.find((r) => r.id === a.id);
          return (
            <Card key={a.id} size="small" className={styles.item} data-testid={`cts-activity-${i}`}>
              <Field label={t.activityName} size="small" {...fieldError(err(`activities.${i}.name`))}>
                <Input
                  size="small"
                  value={a.name}
                  data-testid={`cts-activity-name-${i}`}
                  onChange={(_, d) => setActivity(i, { ...a, name: d.value })}
                />
              </Field>
              <div className={styles.fields}>
                <Field label={t.method} size="small">
                  <Select
                    size="small"
                    value={a.method}
                    data-testid={`cts-activity-method-${i}`}
                    onChange={(_, d) => changeMethod(i, a, d.value)}
                  >
                    <option value="abc">{t.abc}</option>
                    <option value="tdabc">{t.tdabc}</option>
                    <option value="financing">{t.financing}</option>
                  </Select>
                </Field>
                {a.method === "financing" ? (
                  <>
                    <ColumnSelect
                      label={t.daysColumn}
                      value={a.daysColumn}
                      columns={numericColumns}
                      placeholder={t.daysColumn}
                      testId={`cts-activity-driver-${i}`}
                      error={err(`activities.${i}.daysColumn`)}
                      onChange={(daysColumn) => setActivity(i, { ...a, daysColumn })}
                    />
                    <NumberField
                      label={t.interest}
                      value={a.rate}
                      onChange={(r) => setActivity(i, { ...a, rate: r })}
                      testId={`cts-activity-interest-${i}`}
                      error={err(`activities.${i}.rate`)}
                    />
                  </>
                ) : (
                  <>
                    <ColumnSelect
                      label={t.driver}
                      value={a.driver}
                      columns={numericColumns}
                      placeholder={t.pick}
                      testId={`cts-activity-driver-${i}`}
                      error={err(`activities.${i}.driver`)}
                      onChange={(driver) => setActivity(i, { ...a, driver })}
                    />
                    {a.method === "abc" ? (
                      <NumberField
                        label={t.pool}
                        value={a.pool}
                        onChange={(pool) => setActivity(i, { ...a, pool })}
                        testId={`cts-activity-pool-${i}`}
                        error={err(`activities.${i}.pool`)}
                      />
                    ) : (
                      <>
                        <NumberField
                          label={t.minutes}
                          value={a.minutesPerUnit}
                          onChange={(minutesPerUnit) => setActivity(i, { ...a, minutesPerUnit })}
                          testId={`cts-activity-minutes-${i}`}
                          error={err(`activities.${i}.minutesPerUnit`)}
                        />
                        <Field label={t.resource} size="small" {...fieldError(err(`activities.${i}.resource`))}>
                          <Select
                            size="small"
                            value={a.resource}
                            data-testid={`cts-activity-resource-${i}`}
                            onChange={(_, d) => setActivity(i, { ...a, resource: d.value })}
                          >
                            <option value="">{t.pick}</option>
                            {config.resources.map((r) => (
                              <option key={r.id} value={r.id}>
                                {r.name}
                              </option>
                            ))}
                          </Select>
                        </Field>
                      </>
                    )}
                  </>
                )}
              </div>
              <div className={styles.foot}>
                <Text size={200}>
                  {t.rate}:{" "}
                  <span data-testid={`cts-activity-rate-${i}`}>
                    {a.method === "financing"
                      ? `${money(lang, (rate?.rate ?? Number.NaN) * 100, 1)} %`
                      : money(lang, rate?.rate)}
                  </span>
                </Text>
                <Button
                  size="small"
                  appearance="subtle"
                  data-testid={`cts-activity-remove-${i}`}
                  onClick={() => onChange({ ...config, activities: config.activities.filter((_, k) => k !== i) })}
                >
                  {t.remove}
                </Button>
              </div>
            </Card>
          );
        })}
      </div>
      <div className={styles.row}>
        <Button
          size="small"
          data-testid="cts-add-activity"
          onClick={() =>
            onChange({
              ...config,
              activities: [
                ...config.activities,
                { id: newId("a"), method: "abc", name: "", pool: Number.NaN, driver: "" },
              ],
            })
          }
        >
          {t.addActivity}
        </Button>
      </div>
      {err("activities") !== undefined ? (
        <MessageBar intent="error">
          <MessageBarBody>{err("activities")}</MessageBarBody>
        </MessageBar>
      ) : null}

      <Text weight="semibold">{t.cuts}</Text>
      <div className={styles.row}>
        {(["margin", "costToServe"] as const).map((key) => {
          const value = config.cuts[key];
          return (
            <div key={key}>
              <Checkbox
                label={`${key === "margin" ? t.marginCut : t.costCut}: ${t.median}`}
                checked={value === null}
                data-testid={`cts-cut-${key}-median`}
                onChange={(_, d) =>
                  onChange({
                    ...config,
                    cuts: { ...config.cuts, [key]: d.checked === true ? null : (preview?.cuts[key] ?? 0) },
                  })
                }
              />
              {value === null ? (
                <Text size={200} data-testid={`cts-cut-${key}-value`}>
                  {`${money(lang, (preview?.cuts[key] ?? Number.NaN) * 100, 1)} %`}
                </Text>
              ) : (
                <NumberField
                  label=""
                  value={value}
                  onChange={(v) => onChange({ ...config, cuts: { ...config.cuts, [key]: v } })}
                  testId={`cts-cut-${key}`}
                  error={err(`cuts.${key}`)}
                />
              )}
            </div>
          );
        })}
      </div>

      <Field label={t.style} size="small">
        <RadioGroup
          value={config.style}
          data-testid="cts-style"
          onChange={(_, d) => onChange({ ...config, style: d.value === "kam" ? "kam" : "portable" })}
        >
          <Radio value="portable" label={t.portable} data-testid="cts-style-portable" />
          <Radio value="kam" label={t.kam} data-testid="cts-style-kam" />
        </RadioGroup>
      </Field>
      {config.style === "portable" && (preview?.customers.length ?? 0) > QUADRATIC_WARNING_ROWS ? (
        <MessageBar intent="warning" data-testid="cts-warning-portable">
          <MessageBarBody>
            {fill(t.portableSlow, {
              rows: (preview?.customers.length ?? 0).toLocaleString(NUMBER_LOCALES[lang]),
            })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
