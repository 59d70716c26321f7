import * as React from "react";
import { Card, Text, makeStyles, tokens } from "@fluentui/react-components";
import { NUMBER_LOCALES, type Lang } from "../../core/lang";
import { TYPE_LABELS, ZONE_LABELS } from "../../core/loyalty";
import type { LoyaltyExplanation } from "../../core/loyalty/builder";
import { fill } from "../shared/fields";
import { LOY_STRINGS } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** Props of {@link LoyaltyExplainPanel}. */
export interface LoyaltyExplainPanelProps {
  readonly lang: Lang;
  readonly sheet: string;
  readonly explanation: LoyaltyExplanation | undefined;
  readonly scale: { readonly min: number; readonly max: number };
}

/**
 * Why the selected customer has its zone and type: its answers against the cut-offs on the survey's
 * scale, what the type means (course 003 slides 123–125), its satisfaction gap and lifetime value.
 *
 * @example
 * <LoyaltyExplainPanel lang="en" sheet="KAM Loyalty" explanation={explainLoyalty(preview, 3)} scale={{ min: 0, max: 10 }} />
 */
export function LoyaltyExplainPanel({ lang, sheet, explanation, scale }: LoyaltyExplainPanelProps): React.JSX.Element {
  const t = LOY_STRINGS[lang];
  const styles = useStyles();
  const locale = NUMBER_LOCALES[lang];
  const num = (v: number, digits = 2): string => v.toLocaleString(locale, { maximumFractionDigits: digits });
  if (explanation === undefined) {
    return (
      <Card size="small" data-testid="loy-explain">
        <Text weight="semibold">{t.explainTitle}</Text>
        <Text size={200} data-testid="loy-explain-hint">
          {fill(t.explainHint, { sheet })}
        </Text>
      </Card>
    );
  }
  const { customer: c, cuts } = explanation;
  const side = (high: boolean | undefined): string => (high === true ? t.atOrAbove : t.below);
  return (
    <Card size="small" className={styles.root} data-testid="loy-explain">
      <Text weight="semibold" data-testid="loy-explain-name">
        {t.explainTitle}: {c.name}
      </Text>
      {c.zone === undefined || c.satisfaction === undefined ? null : (
        <Text size={200} data-testid="loy-explain-zone">
          {fill(t.explainZone, {
            s: num(c.satisfaction),
            zone: ZONE_LABELS[c.zone][lang],
            i: num(cuts.indifferenceFrom),
            a: num(cuts.affectionFrom),
          })}
        </Text>
      )}
      {c.type === undefined || c.satisfaction === undefined || c.loyalty === undefined ? (
        <Text size={200} data-testid="loy-explain-none">
          {fill(t.explainNoScore, { min: num(scale.min), max: num(scale.max) })}
        </Text>
      ) : (
        <>
          <Text size={200} data-testid="loy-explain-type">
            {fill(t.explainType, {
              s: num(c.satisfaction),
              sSide: side(explanation.satisfied),
              sc: num(cuts.satisfactionCut),
              l: num(c.loyalty),
              lSide: side(explanation.loyal),
              lc: num(cuts.loyaltyCut),
              type: TYPE_LABELS[c.type][lang],
            })}
          </Text>
          <Text size={200} data-testid="loy-explain-meaning">
            {t[`meaning_${c.type}`]}
          </Text>
        </>
      )}
      {c.gap === undefined ? null : (
        <Text size={200} data-testid="loy-explain-gap">
          {fill(t.explainGap, { gap: num(c.gap) })}
        </Text>
      )}
      {c.clv === undefined || c.clvUp === undefined ? null : (
        <Text size={200} data-testid="loy-explain-value">
          {fill(t.explainValue, { clv: num(c.clv, 0), up: num(c.clvUp, 0) })}
        </Text>
      )}
    </Card>
  );
}
