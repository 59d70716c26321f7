import * as React from "react";
import type { SourceTable, WorkbookHost } from "../../core/host";
import type { Lang } from "../../core/lang";
import { guessNameColumn, numericColumns, type SourceProfile } from "../../core/source";
import {
  DEFAULT_CUTS,
  CONFIG_KEY,
  SHEET_TAG,
  StoredSelectionSchema,
  buildSelectionLayout,
  checkAgainstSource,
  explainRow,
  explainStability,
  findColumn,
  fitPairwise,
  previewSelection,
  templateAxes,
  templateCriteria,
  validateConfig,
  type ConfigError,
  type SelectionConfig,
  type SelectionLayoutMap,
  type SelectionPreview,
  type TemplateId,
} from "../../core/selection/builder";
import { BuildButtons, BuilderFrame, type StepDef } from "../shared/BuildFlow";
import { storedParser, useBuildFlow, useNameProblems, useSelectedRow, type BuildFlowSpec } from "../shared/flow";
import { ClassesStep } from "./ClassesStep";
import { CriteriaStep } from "./CriteriaStep";
import { ExplainPanel } from "./ExplainPanel";
import { SourceStep } from "./SourceStep";
import { SEL_STRINGS } from "./strings";

/** Props of the Selection matrix builder. */
export interface SelectionBuilderProps {
  readonly host: WorkbookHost | undefined;
  readonly lang: Lang;
}

type Step = "source" | "criteria" | "classes";

/** What a build keeps for Explain: where the rows are, and the preview of the built configuration. */
interface Explained {
  readonly map: SelectionLayoutMap;
  readonly preview: SelectionPreview;
}

/** The live preview, with the table and the draft it was computed from (a build reuses it). */
interface LivePreview {
  readonly table: SourceTable | undefined;
  readonly draft: SelectionConfig;
  readonly preview: SelectionPreview | undefined;
}

/** A configuration with nothing chosen yet. */
function emptyConfig(lang: Lang): SelectionConfig {
  return {
    version: 1,
    template: "course",
    nameColumn: "",
    criteria: [],
    cuts: { ...DEFAULT_CUTS },
    axes: "currentFuture",
    style: "portable",
    lang,
  };
}

/** The columns a configuration names that the table does not have (headers compared as the builder does). */
function missingColumns(config: SelectionConfig, table: SourceTable): string[] {
  const wanted = [config.nameColumn, ...(config.profitColumn === undefined ? [] : [config.profitColumn])];
  for (const c of config.criteria) wanted.push(c.column);
  return [...new Set(wanted.filter((name) => findColumn(table, name) < 0))];
}

/** The draft for a table read afresh: its name column kept or guessed, the template's criteria. */
function fromSource(d: SelectionConfig, p: SourceProfile): SelectionConfig {
  const guessed = guessNameColumn(p);
  const nameColumn =
    d.nameColumn !== "" && p.columns.some((c) => c.header === d.nameColumn)
      ? d.nameColumn
      : guessed === undefined
        ? ""
        : (p.columns[guessed]?.header ?? "");
  return fitPairwise({ ...d, nameColumn, criteria: templateCriteria(d.template, p), axes: templateAxes(d.template) });
}

/** The selection matrix in the shared build flow; `live` holds the pane's preview for reuse. */
function selectionSpec(live: React.RefObject<LivePreview | undefined>): BuildFlowSpec<SelectionConfig, Explained> {
  return {
    configKey: CONFIG_KEY,
    tag: SHEET_TAG,
    messages: SEL_STRINGS,
    emptyConfig,
    parseStored: storedParser(StoredSelectionSchema),
    fromSource: (d, _table, p) => fromSource(d, p),
    validate: (draft, lang) => {
      const result = validateConfig(draft, lang);
      return result.ok ? result : { ok: false, message: result.errors.map((e) => e.message).join(" ") };
    },
    missingColumns,
    checkSource: (config, profile, lang) => checkAgainstSource(config, profile, lang)[0]?.message,
    layout: (table, config, names, _lang, draft) => {
      const result = buildSelectionLayout(table, config, names);
      if (!result.ok) return result;
      // The live preview already holds this table and configuration unless the build re-read the source.
      const cached = live.current;
      const same = cached?.table === table && cached.draft === draft ? cached.preview : undefined;
      return {
        ok: true,
        layout: result.layout,
        extra: { map: result.map, preview: same ?? previewSelection(table, config) },
      };
    },
    restore: (table, config, sheet) => {
      const again = buildSelectionLayout(table, config, { sheetName: sheet });
      return again.ok ? { map: again.map, preview: previewSelection(table, config) } : undefined;
    },
  };
}

/**
 * The Selection matrix builder: Source → Criteria → Classes (live preview) → Build, then Refresh
 * and Explain, in the shared build flow (`useBuildFlow`). The configuration is validated with zod
 * as the user types, saved in the workbook on every build and restored when the pane opens. The
 * sheet itself is computed in core (`buildSelectionLayout`) and written by the host.
 *
 * @example
 * <SelectionBuilder host={host} lang="en" />
 */
export function SelectionBuilder({ host, lang }: SelectionBuilderProps): React.JSX.Element {
  const t = SEL_STRINGS[lang];
  const live = React.useRef<LivePreview | undefined>(undefined);
  const spec = React.useMemo(() => selectionSpec(live), []);
  const flow = useBuildFlow(host, lang, spec);
  const { source, profile, draft, setDraft, built } = flow;
  const [step, setStep] = React.useState<Step>("source");

  const deferred = React.useDeferredValue(draft);
  const errors: ConfigError[] = React.useMemo(() => {
    const result = validateConfig(draft, lang);
    const own = result.ok ? [] : [...result.errors];
    return profile === undefined || !result.ok ? own : checkAgainstSource(result.config, profile, lang);
  }, [draft, profile, lang]);
  const preview = React.useMemo(() => {
    if (source === undefined || profile === undefined) return undefined;
    const result = validateConfig(deferred, lang);
    if (!result.ok || checkAgainstSource(result.config, profile, lang).length > 0) return undefined;
    return previewSelection(source, result.config);
  }, [deferred, source, profile, lang]);
  live.current = { table: source, draft: deferred, preview };
  const nameProblems = useNameProblems(source, profile, draft.nameColumn);

  const explainIndex = useSelectedRow(host, built, (extra) => extra.map);
  const explanation = React.useMemo(() => {
    if (built?.extra === undefined || explainIndex === undefined) return undefined;
    return explainRow(built.extra.preview, built.config ?? draft, explainIndex);
  }, [built, explainIndex, draft]);

  const stability = React.useMemo(() => {
    if (built?.extra === undefined || explainIndex === undefined) return undefined;
    return explainStability(built.extra.preview, built.config ?? draft, explainIndex);
  }, [built, explainIndex, draft]);

  const chooseTemplate = (template: TemplateId): void => {
    setDraft((d) =>
      fitPairwise({
        ...d,
        template,
        criteria: profile === undefined ? d.criteria : templateCriteria(template, profile),
        axes: templateAxes(template),
      }),
    );
  };

  const sourceOk = profile?.ok === true;
  const steps: StepDef<Step>[] = [
    {
      id: "source",
      label: t.stepSource,
      testId: "sel-tab-source",
      enabled: true,
      render: () => (
        <SourceStep
          lang={lang}
          profile={profile}
          nameProblems={nameProblems}
          reading={flow.reading}
          notFound={flow.notFound}
          nameColumn={draft.nameColumn}
          template={draft.template}
          onRead={flow.read}
          onNameColumn={(nameColumn) => setDraft((d) => ({ ...d, nameColumn }))}
          onTemplate={chooseTemplate}
          onNext={() => setStep("criteria")}
        />
      ),
    },
    {
      id: "criteria",
      label: t.stepCriteria,
      testId: "sel-tab-criteria",
      enabled: sourceOk,
      render: () =>
        profile === undefined ? null : (
          <CriteriaStep
            lang={lang}
            draft={draft}
            columns={numericColumns(profile)}
            errors={errors}
            onChange={setDraft}
            onBack={() => setStep("source")}
            onNext={() => setStep("classes")}
          />
        ),
    },
    {
      id: "classes",
      label: t.stepClasses,
      testId: "sel-tab-classes",
      enabled: sourceOk && errors.length === 0,
      render: () => (
        <ClassesStep
          lang={lang}
          draft={draft}
          errors={errors}
          preview={preview}
          running={flow.running}
          onChange={setDraft}
          onBack={() => setStep("criteria")}
        >
          <BuildButtons flow={flow} prefix="sel" canBuild={errors.length === 0 && preview !== undefined} />
        </ClassesStep>
      ),
    },
  ];

  return (
    <BuilderFrame
      flow={flow}
      testId="selection-builder"
      prefix="sel"
      steps={steps}
      step={step}
      onStep={setStep}
      ids={{ done: "sel-build-done", cancelled: "sel-build-cancelled", failed: "sel-build-error" }}
    >
      {built?.extra !== undefined ? (
        <ExplainPanel lang={lang} sheet={built.sheet} explanation={explanation} stability={stability} />
      ) : null}
    </BuilderFrame>
  );
}
