import * as React from "react";
import { ScatterChart, type ChartProps } from "@fluentui/react-charts";
import {
  Button,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Switch,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { CLASS_LABELS } from "../../core/classification";
import { NUMBER_LOCALES, type Lang } from "../../core/lang";
import { PORTFOLIO_LABELS } from "../../core/portfolio";
import { QUADRATIC_WARNING_ROWS } from "../../core/rank";
import {
  AXES,
  AXES_LABELS,
  CLASS_COLOURS,
  CLASS_ORDER,
  QUADRANT_ORDER,
  SHEET_TEXT,
  STYLES,
  STYLE_LABELS,
  errorsAt,
  formatSelectionNotice,
  type ConfigError,
  type SelectionConfig,
  type SelectionPreview,
} from "../../core/selection/builder";
import { ChoiceField, NumberField } from "./fields";
import { SEL_STRINGS, fill } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  cuts: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(140px, 1fr))",
    gap: tokens.spacingHorizontalS,
    "& > *": { minWidth: 0 },
  },
  counts: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(140px, 1fr))",
    gap: tokens.spacingHorizontalM,
  },
  nav: { display: "flex", gap: tokens.spacingHorizontalS },
});

/** Props of {@link ClassesStep}. */
export interface ClassesStepProps {
  readonly lang: Lang;
  readonly draft: SelectionConfig;
  readonly errors: readonly ConfigError[];
  readonly preview: SelectionPreview | undefined;
  /** A build is running (Back waits for it). */
  readonly running: boolean;
  readonly onChange: (draft: SelectionConfig) => void;
  readonly onBack: () => void;
  /** The build buttons, in the step's row beside Back. */
  readonly children?: React.ReactNode;
}

/** Points along a cut-off line on the 1–5 scale (the scatter chart draws markers, not lines). */
const LINE = Array.from({ length: 33 }, (_, i) => 1 + i / 8);

/**
 * The preview scatter, drawn again only when its data or titles change: a build's progress updates
 * re-render the step 20 times or more, and drawing 2,000 points takes about 0.2 s each time.
 */
const PreviewScatter = React.memo(function PreviewScatter(props: {
  readonly data: ChartProps;
  readonly xTitle: string;
  readonly yTitle: string;
}): React.JSX.Element {
  return <ScatterChart data={props.data} xAxisTitle={props.xTitle} yAxisTitle={props.yTitle} height={260} />;
});

/** Most points drawn in the preview scatter (the sheet's chart has them all). */
export const PREVIEW_POINTS = 2000;

/**
 * Step 3 and 4: the cut-offs of the classes and the portfolio, the chart axes and the formula
 * style, a live preview (class and quadrant counts, the scatter with the cut-off lines, the > 35
 * key accounts warning), and the build buttons of the shared flow beside Back.
 *
 * @example
 * <ClassesStep lang="en" draft={config} errors={[]} preview={preview} running={false} onChange={set} onBack={back}>
 *   <BuildButtons flow={flow} prefix="sel" canBuild />
 * </ClassesStep>
 */
export function ClassesStep(props: ClassesStepProps): React.JSX.Element {
  const { lang, draft, preview, running } = props;
  const t = SEL_STRINGS[lang];
  const styles = useStyles();
  const err = (path: string): string | undefined => errorsAt(props.errors, path)[0];
  const setCut = (key: keyof SelectionConfig["cuts"], value: number): void =>
    props.onChange({ ...draft, cuts: { ...draft.cuts, [key]: value } });
  const mcdonald = draft.axes === "attractivenessStrength";
  const xCut = mcdonald ? draft.cuts.strength : draft.cuts.current;
  const yCut = mcdonald ? draft.cuts.attractiveness : draft.cuts.future;
  const chart: ChartProps | undefined = React.useMemo(() => {
    if (preview === undefined) return undefined;
    const step = Math.max(1, Math.ceil(preview.rows.length / PREVIEW_POINTS));
    const points = preview.rows
      .filter((r, i) => i % step === 0 && r.current !== undefined && r.future !== undefined)
      .map((r) => ({ x: r.current as number, y: r.future as number }));
    return {
      chartTitle: SHEET_TEXT[mcdonald ? "chartMcDonald" : "chartCurrentFuture"][lang],
      scatterChartData: [
        { legend: SHEET_TEXT.customers[lang], data: points, color: "#1F4E79" },
        {
          legend: SHEET_TEXT.cutLineX[lang],
          data: LINE.map((y) => ({ x: xCut, y })),
          color: "#C00000",
        },
        {
          legend: SHEET_TEXT.cutLineY[lang],
          data: LINE.map((x) => ({ x, y: yCut })),
          color: "#8A8886",
        },
      ],
    };
  }, [preview, lang, mcdonald, xCut, yCut]);
  return (
    <div className={styles.root} data-testid="sel-step-classes">
      <div className={styles.cuts}>
        <NumberField
          label={t.cutCurrent}
          value={draft.cuts.current}
          onChange={(v) => setCut("current", v)}
          testId="sel-cut-current"
          error={err("cuts.current")}
        />
        <NumberField
          label={t.cutFuture}
          value={draft.cuts.future}
          onChange={(v) => setCut("future", v)}
          testId="sel-cut-future"
          error={err("cuts.future")}
        />
        <NumberField
          label={t.cutAttractiveness}
          value={draft.cuts.attractiveness}
          onChange={(v) => setCut("attractiveness", v)}
          testId="sel-cut-attractiveness"
          error={err("cuts.attractiveness")}
        />
        <NumberField
          label={t.cutStrength}
          value={draft.cuts.strength}
          onChange={(v) => setCut("strength", v)}
          testId="sel-cut-strength"
          error={err("cuts.strength")}
        />
        <ChoiceField
          label={t.axes}
          value={draft.axes}
          options={AXES.map((a) => ({ value: a, label: AXES_LABELS[a][lang] }))}
          onChange={(v) => v !== "" && props.onChange({ ...draft, axes: v })}
          testId="sel-axes"
        />
        <ChoiceField
          label={t.style}
          value={draft.style}
          options={STYLES.map((s) => ({ value: s, label: STYLE_LABELS[s][lang] }))}
          onChange={(v) => v !== "" && props.onChange({ ...draft, style: v })}
          testId="sel-style"
        />
      </div>
      <Switch
        checked={draft.sensitivity === true}
        label={t.sensitivitySwitch}
        data-testid="sel-sensitivity"
        onChange={(_, d) => props.onChange({ ...draft, sensitivity: d.checked })}
      />
      {draft.sensitivity === true ? <Text size={200}>{t.sensitivityHint}</Text> : null}
      {draft.style === "portable" && preview !== undefined && preview.rows.length > QUADRATIC_WARNING_ROWS ? (
        <MessageBar intent="warning" data-testid="sel-warning-portable">
          <MessageBarBody>
            {fill(t.portableSlow, { rows: preview.rows.length.toLocaleString(NUMBER_LOCALES[lang]) })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {preview === undefined ? null : (
        <>
          <Text weight="semibold">{t.previewTitle}</Text>
          {preview.tooManyKeyAccounts ? (
            <MessageBar intent="warning" data-testid="sel-warning-35">
              <MessageBarBody>{fill(t.tooMany, { count: preview.keyAccounts })}</MessageBarBody>
            </MessageBar>
          ) : null}
          {preview.notices.map((n, i) => (
            <MessageBar key={`${n.code}-${i}`} intent="warning" data-testid={`sel-notice-${n.code}`}>
              <MessageBarBody>{formatSelectionNotice(n, lang)}</MessageBarBody>
            </MessageBar>
          ))}
          {preview.unclassified > 0 ? (
            <MessageBar intent="info" data-testid="sel-unclassified">
              <MessageBarBody>{fill(t.unclassified, { count: preview.unclassified })}</MessageBarBody>
            </MessageBar>
          ) : null}
          <div className={styles.counts}>
            <Table size="extra-small" aria-label={SHEET_TEXT.classHeader[lang]}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{SHEET_TEXT.classHeader[lang]}</TableHeaderCell>
                  <TableHeaderCell>{t.customers}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {CLASS_ORDER.map((c) => (
                  <TableRow key={c} style={{ background: CLASS_COLOURS[c].fill }}>
                    <TableCell>{CLASS_LABELS[c][lang]}</TableCell>
                    <TableCell data-testid={`sel-count-${c}`}>{preview.classCounts[c]}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <Table size="extra-small" aria-label={SHEET_TEXT.quadrantHeader[lang]}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{SHEET_TEXT.quadrantHeader[lang]}</TableHeaderCell>
                  <TableHeaderCell>{t.customers}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {QUADRANT_ORDER.map((q) => (
                  <TableRow key={q}>
                    <TableCell>{PORTFOLIO_LABELS[q][lang]}</TableCell>
                    <TableCell data-testid={`sel-quadrant-${q}`}>{preview.quadrantCounts[q]}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          {chart === undefined ? null : (
            <div data-testid="sel-preview-chart">
              <PreviewScatter
                data={chart}
                xTitle={SHEET_TEXT[mcdonald ? "axisStrength" : "axisCurrent"][lang]}
                yTitle={SHEET_TEXT[mcdonald ? "axisAttractiveness" : "axisFuture"][lang]}
              />
            </div>
          )}
        </>
      )}
      <div className={styles.nav}>
        <Button onClick={props.onBack} disabled={running} data-testid="sel-back-criteria">
          {t.back}
        </Button>
        {props.children}
      </div>
    </div>
  );
}
