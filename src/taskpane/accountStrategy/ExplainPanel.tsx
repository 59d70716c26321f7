import * as React from "react";
import { Card, Text, makeStyles, tokens } from "@fluentui/react-components";
import { NUMBER_LOCALES, type Lang } from "../../core/lang";
import { KRALJIC_LABELS, SELLER_TRAITS, SELLING_MODE, STRATEGY_LABELS } from "../../core/kraljic";
import type { StrategyExplanation } from "../../core/kraljic/builder";
import { WHITNEY_LABELS } from "../../core/whitney";
import { fill } from "../shared/fields";
import { AST_STRINGS } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** Props of {@link StrategyExplainPanel}. */
export interface StrategyExplainPanelProps {
  readonly lang: Lang;
  readonly sheet: string;
  readonly explanation: StrategyExplanation | undefined;
}

/**
 * Why the selected customer sits in its quadrant (its scores against the cut-offs) and what follows:
 * Stewart's response, Rackham's buying and selling mode, Holden's pattern, the seller profile with its
 * slide-64 traits, and Whitney's action when mapped.
 *
 * @example
 * <StrategyExplainPanel lang="en" sheet="KAM Account strategy" explanation={explainStrategy(preview, 3)} />
 */
export function StrategyExplainPanel({ lang, sheet, explanation }: StrategyExplainPanelProps): React.JSX.Element {
  const t = AST_STRINGS[lang];
  const styles = useStyles();
  const num = (v: number): string => v.toLocaleString(NUMBER_LOCALES[lang], { maximumFractionDigits: 2 });
  if (explanation === undefined) {
    return (
      <Card size="small" data-testid="ast-explain">
        <Text weight="semibold">{t.explainTitle}</Text>
        <Text size={200} data-testid="ast-explain-hint">
          {fill(t.explainHint, { sheet })}
        </Text>
      </Card>
    );
  }
  const { customer: c, cuts } = explanation;
  const side = (high: boolean | undefined): string => (high === true ? t.atOrAbove : t.below);
  const q = c.quadrant;
  return (
    <Card size="small" className={styles.root} data-testid="ast-explain">
      <Text weight="semibold" data-testid="ast-explain-name">
        {t.explainTitle}: {c.name}
      </Text>
      {q === undefined || c.impact === undefined || c.difficulty === undefined ? (
        <Text size={200} data-testid="ast-explain-none">
          {fill(t.explainNone, { check: c.check })}
        </Text>
      ) : (
        <>
          <Text size={200} data-testid="ast-explain-place">
            {fill(t.explainPlace, {
              i: num(c.impact),
              iSide: side(explanation.highImpact),
              ic: num(cuts.impact),
              d: num(c.difficulty),
              dSide: side(explanation.hardToReplace),
              dc: num(cuts.difficulty),
              quadrant: KRALJIC_LABELS[q][lang],
            })}
          </Text>
          <Text size={200} data-testid="ast-explain-strategy">
            {fill(t.explainStrategy, {
              stewart: STRATEGY_LABELS.stewart[q][lang],
              buying: STRATEGY_LABELS.buying[q][lang],
              rackham: STRATEGY_LABELS.rackham[q][lang],
              holden: STRATEGY_LABELS.holden[q][lang],
            })}
          </Text>
          <Text size={200} data-testid="ast-explain-seller">
            {fill(t.explainSeller, {
              seller: STRATEGY_LABELS.seller[q][lang],
              traits: SELLER_TRAITS[SELLING_MODE[q]].map((x) => x[lang].toLowerCase()).join(", "),
            })}
          </Text>
        </>
      )}
      {c.whitney === undefined ? null : (
        <Text size={200} data-testid="ast-explain-whitney">
          {fill(t.explainWhitney, { action: WHITNEY_LABELS[c.whitney][lang] })}
        </Text>
      )}
    </Card>
  );
}
