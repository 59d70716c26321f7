import * as React from "react";
import {
  Card,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { CLASS_LABELS } from "../../core/classification";
import { NUMBER_LOCALES, type Lang } from "../../core/lang";
import { PORTFOLIO_LABELS } from "../../core/portfolio";
import type { Explanation, StabilityExplanation } from "../../core/selection/builder";
import { SEL_STRINGS, fill } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** Props of {@link ExplainPanel}. */
export interface ExplainPanelProps {
  readonly lang: Lang;
  readonly sheet: string;
  readonly explanation: Explanation | undefined;
  /** The customer's class stability and the criterion closest to tipping (`explainStability`). */
  readonly stability?: StabilityExplanation | undefined;
}

/**
 * Why the selected customer landed in its class: its contribution per criterion, how far its
 * composites are from each cut-off, how often random weights keep its class and which weight
 * would tip it first.
 *
 * @example
 * <ExplainPanel lang="en" sheet="KAM Selection" explanation={explainRow(preview, config, 4)} />
 */
export function ExplainPanel({ lang, sheet, explanation, stability }: ExplainPanelProps): React.JSX.Element {
  const t = SEL_STRINGS[lang];
  const styles = useStyles();
  const locale = NUMBER_LOCALES[lang];
  const num = (v: number | undefined, digits = 2): string =>
    v === undefined ? t.missing : v.toLocaleString(locale, { maximumFractionDigits: digits });
  const pct = (v: number): string => v.toLocaleString(locale, { style: "percent", maximumFractionDigits: 1 });
  const distance = (d: number | undefined): string =>
    d === undefined ? t.missing : fill(d >= 0 ? t.above : t.below, { d: num(Math.abs(d)) });
  if (explanation === undefined) {
    return (
      <Card size="small" data-testid="sel-explain">
        <Text weight="semibold">{t.explainTitle}</Text>
        <Text size={200} data-testid="sel-explain-hint">
          {fill(t.explainHint, { sheet })}
        </Text>
      </Card>
    );
  }
  const { row, contributions, distances } = explanation;
  return (
    <Card size="small" data-testid="sel-explain">
      <div className={styles.root}>
        <Text weight="semibold">{t.explainTitle}</Text>
        <Text data-testid="sel-explain-name">{String(row.name ?? "")}</Text>
        <Text data-testid="sel-explain-class">
          {row.cls === undefined ? t.missing : CLASS_LABELS[row.cls][lang]}
          {row.quadrant === undefined ? "" : ` · ${PORTFOLIO_LABELS[row.quadrant][lang]}`}
        </Text>
        <Text data-testid="sel-explain-total">
          {t.total}: {num(row.total)}
          {row.rank === undefined ? "" : ` · ${fill(t.rank, { rank: row.rank })}`}
        </Text>
        <Table size="extra-small" aria-label={t.contribution}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.column}</TableHeaderCell>
              <TableHeaderCell>{t.raw}</TableHeaderCell>
              <TableHeaderCell>{t.score}</TableHeaderCell>
              <TableHeaderCell>{t.weight}</TableHeaderCell>
              <TableHeaderCell>{t.contribution}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {contributions.map((c, j) => (
              <TableRow key={c.criterion.column} data-testid={`sel-explain-contrib-${j}`}>
                <TableCell>{c.criterion.column}</TableCell>
                <TableCell>{num(c.raw, 3)}</TableCell>
                <TableCell>{num(c.score)}</TableCell>
                <TableCell>{pct(c.share)}</TableCell>
                <TableCell>{num(c.contribution)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Text weight="semibold">{t.distance}</Text>
        <Text size={200} data-testid="sel-explain-distance-current">
          {t.cutCurrent}: {num(row.current)} — {distance(distances.current)}
        </Text>
        <Text size={200} data-testid="sel-explain-distance-future">
          {t.cutFuture}: {num(row.future)} — {distance(distances.future)}
        </Text>
        <Text size={200} data-testid="sel-explain-distance-attractiveness">
          {t.cutAttractiveness}: {distance(distances.attractiveness)}
        </Text>
        <Text size={200} data-testid="sel-explain-distance-strength">
          {t.cutStrength}: {distance(distances.strength)}
        </Text>
        {stability?.stability === undefined ? null : (
          <Text size={200} data-testid="sel-explain-stability">
            {fill(t.explainStability, { share: pct(stability.stability) })}
          </Text>
        )}
        {stability === undefined ? null : (
          <Text size={200} data-testid="sel-explain-tipping">
            {stability.tipping === undefined
              ? t.explainNoTipping
              : fill(t.explainTipping, {
                  criterion: stability.tipping.criterion.column,
                  tip: num(stability.tipping.tippingWeight),
                  weight: num(stability.tipping.weight),
                })}
          </Text>
        )}
      </div>
    </Card>
  );
}
