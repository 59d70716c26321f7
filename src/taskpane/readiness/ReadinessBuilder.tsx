import * as React from "react";
import {
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { WorkbookHost } from "../../core/host";
import type { Lang } from "../../core/lang";
import {
  AMNEED_LABELS,
  DISCIPLINE_LABELS,
  DIVISION_LABELS,
  LEVEL_LABELS,
  READINESS_LABELS,
} from "../../core/organisation";
import {
  QUESTIONS,
  READINESS_CONFIG_KEY,
  READINESS_EXAMPLE_ANSWERS,
  READINESS_SHEET_TAG,
  ReadinessConfigSchema,
  StoredReadinessSchema,
  blankAnswers,
  computeReadiness,
  defaultReadinessConfig,
  formatReadinessProblem,
  readinessConfigErrors,
  readinessLayout,
  type ReadinessAnchors,
  type ReadinessConfig,
} from "../../core/organisation/builder";
import { BuildButtons, BuilderFrame, StepNav, type StepDef } from "../shared/BuildFlow";
import { fill } from "../shared/fields";
import { storedParser, useBuildFlow, type BuildFlowSpec } from "../shared/flow";
import { RDY_STRINGS } from "./strings";

/** Props of the readiness builder. */
export interface ReadinessBuilderProps {
  readonly host: WorkbookHost | undefined;
  readonly lang: Lang;
}

type Step = "start" | "build";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** The readiness builder in the shared build flow: no source table, the answers kept on refresh. */
const READINESS: BuildFlowSpec<ReadinessConfig, ReadinessAnchors> = {
  configKey: READINESS_CONFIG_KEY,
  tag: READINESS_SHEET_TAG,
  messages: RDY_STRINGS,
  needsSource: () => false,
  keepInputs: true,
  emptyConfig: defaultReadinessConfig,
  parseStored: storedParser(StoredReadinessSchema),
  fromSource: (draft) => draft,
  validate: (draft) => {
    const parsed = ReadinessConfigSchema.safeParse(draft);
    if (parsed.success) return { ok: true, config: parsed.data };
    const message = Object.entries(readinessConfigErrors(draft))
      .map(([k, m]) => `${k}: ${m}`)
      .join("; ");
    return { ok: false, message };
  },
  missingColumns: () => [],
  layout: (_table, config, names) => {
    const { layout, anchors } = readinessLayout(config, names);
    return { ok: true, layout, extra: anchors };
  },
};

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The readiness self-assessment builder: Questionnaire (blank or the filled-in example, formula style,
 * the example's result computed in core) → Build (a tagged questionnaire sheet with dropdown answer
 * cells, live results and three native charts) → Refresh, which keeps the answers typed on the sheet.
 *
 * @example
 * <ReadinessBuilder host={host} lang="en" />
 */
export function ReadinessBuilder({ host, lang }: ReadinessBuilderProps): React.JSX.Element {
  const t = RDY_STRINGS[lang];
  const styles = useStyles();
  const flow = useBuildFlow(host, lang, READINESS);
  const { draft, setDraft } = flow;
  const [step, setStep] = React.useState<Step>("start");
  const errors = React.useMemo(() => readinessConfigErrors(draft), [draft]);
  const errorList = Object.entries(errors);
  const valid = errorList.length === 0;
  const preview = React.useMemo(() => (valid ? computeReadiness(draft.answers) : undefined), [draft, valid]);
  const start = same(draft.answers, READINESS_EXAMPLE_ANSWERS) ? "example" : "blank";
  const known = (text: string | undefined): string => text ?? t.notYet;

  const startStep = (): React.JSX.Element => (
    <div className={styles.root} data-testid="rdy-start">
      <Text>{t.intro}</Text>
      <Field label={t.start} size="small">
        <RadioGroup
          value={start}
          data-testid="rdy-start-from"
          onChange={(_, d) =>
            setDraft({ ...draft, answers: d.value === "example" ? READINESS_EXAMPLE_ANSWERS : blankAnswers() })
          }
        >
          <Radio value="blank" label={t.blank} data-testid="rdy-start-blank" />
          <Radio value="example" label={t.example} data-testid="rdy-start-example" />
        </RadioGroup>
      </Field>
      <Field label={t.style} size="small">
        <RadioGroup
          value={draft.style}
          data-testid="rdy-style"
          onChange={(_, d) => setDraft({ ...draft, style: d.value === "kam" ? "kam" : "portable" })}
        >
          <Radio value="portable" label={t.portable} data-testid="rdy-style-portable" />
          <Radio value="kam" label={t.kam} data-testid="rdy-style-kam" />
        </RadioGroup>
      </Field>
      {errorList.length > 0 ? (
        <MessageBar intent="error" data-testid="rdy-invalid">
          <MessageBarBody>
            {t.invalid} {errorList.map(([k, m]) => `${k}: ${m}`).join("; ")}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {preview === undefined ? null : (
        <div data-testid="rdy-preview">
          <Text weight="semibold" block>
            {t.preview}
          </Text>
          <Text block data-testid="rdy-preview-answered">
            {fill(t.answered, { answered: preview.answered, statements: preview.statements })}
          </Text>
          {preview.problems.map((p, i) => (
            <MessageBar key={i} intent="info" data-testid={`rdy-problem-${i}`}>
              <MessageBarBody>{formatReadinessProblem(p, lang)}</MessageBarBody>
            </MessageBar>
          ))}
          <Text block data-testid="rdy-preview-readiness">
            {t.readiness}: {known(preview.readiness && READINESS_LABELS[preview.readiness][lang])}
          </Text>
          <Text block data-testid="rdy-preview-amneed">
            {t.amNeed}: {known(preview.amNeed && AMNEED_LABELS[preview.amNeed.needed ? "yes" : "no"][lang])}
          </Text>
          {preview.holdingBack.length === 0 ? null : (
            <Text block data-testid="rdy-preview-holding">
              {t.holdingBack}:{" "}
              {preview.holdingBack
                .map((id) => QUESTIONS.amNeed.find((q) => q.id === id)?.topic[lang] ?? id)
                .join(" · ")}
            </Text>
          )}
          <Text block data-testid="rdy-preview-division">
            {t.division}: {known(preview.division && DIVISION_LABELS[preview.division][lang])}
          </Text>
          <Text block data-testid="rdy-preview-level">
            {t.level}: {known(preview.level && LEVEL_LABELS[preview.level][lang])}
          </Text>
          <Text block data-testid="rdy-preview-discipline">
            {t.discipline}: {known(preview.discipline && DISCIPLINE_LABELS[preview.discipline][lang])}
          </Text>
          {preview.quickscan.mean === undefined ? null : (
            <Text block data-testid="rdy-preview-weakest">
              {t.weakest}:{" "}
              {preview.quickscan.weakestFirst
                .slice(0, 3)
                .map((id) => QUESTIONS.quickscan.find((q) => q.id === id)?.topic[lang] ?? id)
                .join(" · ")}
            </Text>
          )}
        </div>
      )}
      <StepNav next={{ label: t.next, onClick: () => setStep("build"), testId: "rdy-next-start", disabled: !valid }} />
    </div>
  );

  const steps: StepDef<Step>[] = [
    { id: "start", label: t.stepStart, testId: "rdy-step-start", enabled: true, render: startStep },
    {
      id: "build",
      label: t.stepBuild,
      testId: "rdy-step-build",
      enabled: valid,
      render: () => (
        <div className={styles.root}>
          <Text data-testid="rdy-keep-note">{t.keepNote}</Text>
          <StepNav back={{ label: t.back, onClick: () => setStep("start"), testId: "rdy-back-build" }}>
            <BuildButtons flow={flow} prefix="rdy" canBuild={valid} />
          </StepNav>
        </div>
      ),
    },
  ];

  return (
    <BuilderFrame flow={flow} testId="readiness-builder" prefix="rdy" steps={steps} step={step} onStep={setStep} />
  );
}
