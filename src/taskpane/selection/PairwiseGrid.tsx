import * as React from "react";
import { Badge, Card, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { NUMBER_LOCALES, type Lang } from "../../core/lang";
import {
  CR_LIMIT,
  SAATY_VALUES,
  judgementIndex,
  judgementText,
  pairwiseReport,
  type Horizon,
  type SelectionConfig,
} from "../../core/selection/builder";
import { SEL_STRINGS, fill } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, overflowX: "auto" },
  grid: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  head: {
    fontWeight: tokens.fontWeightSemibold,
    padding: "2px 4px",
    textAlign: "left",
    maxWidth: "8em",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  cell: { padding: "2px", textAlign: "center", minWidth: "3em" },
  lower: { color: tokens.colorNeutralForeground3 },
  select: { fontSize: tokens.fontSizeBase200, width: "3.8em" },
});

/** Props of {@link PairwiseGrid}. */
export interface PairwiseGridProps {
  readonly lang: Lang;
  readonly draft: SelectionConfig;
  readonly horizon: Horizon;
  readonly onChange: (draft: SelectionConfig) => void;
}

/**
 * One composite's pairwise comparison: the user picks each judgement above the diagonal on Saaty's
 * scale, the cell below shows its reciprocal, and the derived weights, the consistency ratio and,
 * above 0.10, the judgement to revisit update as they type (`pairwiseReport`, the rules the sheet
 * writes as formulas).
 *
 * @example
 * <PairwiseGrid lang="en" draft={config} horizon="current" onChange={set} />
 */
export function PairwiseGrid({ lang, draft, horizon, onChange }: PairwiseGridProps): React.JSX.Element | null {
  const t = SEL_STRINGS[lang];
  const styles = useStyles();
  const report = pairwiseReport(draft, horizon);
  const judgements = draft.pairwise?.[horizon];
  if (report === undefined || judgements === undefined) return null;
  const names = report.criteria.map((c) => c.column);
  const n = names.length;
  const locale = NUMBER_LOCALES[lang];
  const pct = (v: number): string => v.toLocaleString(locale, { style: "percent", maximumFractionDigits: 1 });
  const dec = (v: number): string => v.toLocaleString(locale, { maximumFractionDigits: 2 });
  const set = (i: number, j: number, v: number): void => {
    const next = [...judgements];
    next[judgementIndex(i, j, n)] = v;
    const pairwise = { current: [], future: [], ...draft.pairwise, [horizon]: next };
    onChange({ ...draft, template: "custom", pairwise });
  };
  const id = `sel-pairwise-${horizon}`;
  const r = report.revisit;
  return (
    <Card size="small" data-testid={id}>
      <div className={styles.root}>
        <Text weight="semibold">{t[`pairwiseTitle_${horizon}`]}</Text>
        <table className={styles.grid}>
          <thead>
            <tr>
              <th />
              <th className={styles.head}>{t.pairwiseWeight}</th>
              {names.map((name, j) => (
                <th key={name} className={styles.cell} title={name}>
                  {j + 1}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {names.map((name, i) => (
              <tr key={name}>
                <th className={styles.head} title={name}>
                  {i + 1} {name}
                </th>
                <td className={styles.cell} data-testid={`${id}-weight-${i}`}>
                  {pct(report.weights[i] ?? 0)}
                </td>
                {names.map((_, j) => {
                  if (i === j)
                    return (
                      <td key={j} className={styles.cell}>
                        1
                      </td>
                    );
                  const k = judgementIndex(Math.min(i, j), Math.max(i, j), n);
                  const v = judgements[k] ?? 1;
                  if (i > j) {
                    return (
                      <td key={j} className={`${styles.cell} ${styles.lower}`} data-testid={`${id}-${i}-${j}`}>
                        {judgementText(1 / v)}
                      </td>
                    );
                  }
                  const known = SAATY_VALUES.some((s) => Math.abs(s - v) < 1e-9);
                  return (
                    <td key={j} className={styles.cell}>
                      <select
                        className={styles.select}
                        aria-label={`${name} / ${names[j] ?? ""}`}
                        data-testid={`${id}-${i}-${j}`}
                        value={String(v)}
                        onChange={(e) => set(i, j, Number(e.target.value))}
                      >
                        {known ? null : <option value={String(v)}>{judgementText(v)}</option>}
                        {SAATY_VALUES.map((s) => (
                          <option key={s} value={String(s)}>
                            {judgementText(s)}
                          </option>
                        ))}
                      </select>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        <div>
          <Badge appearance="tint" color={report.cr > CR_LIMIT ? "danger" : "success"} data-testid={`${id}-cr`}>
            {fill(t.pairwiseCr, { cr: report.cr.toLocaleString(locale, { maximumFractionDigits: 3 }) })}
          </Badge>
        </div>
        {r === undefined ? (
          <Text size={200} data-testid={`${id}-consistent`}>
            {t.pairwiseConsistent}
          </Text>
        ) : (
          <MessageBar intent="warning" data-testid={`${id}-revisit`}>
            <MessageBarBody>
              {fill(t.pairwiseRevisit, {
                row: names[r.i] ?? "",
                col: names[r.j] ?? "",
                now: judgementText(r.now),
                consistent: dec(r.consistent),
              })}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </Card>
  );
}
