import * as React from "react";
import { MessageBar, MessageBarBody, Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import {
  OutputRejectedError,
  outputCheck,
  type SourceTable,
  type WorkbookHost,
  formatHostError,
  HostError,
} from "../../core/host";
import type { Lang } from "../../core/lang";
import { columnLetters } from "../../core/layout";
import {
  checkNameColumn,
  formatSourceProblem,
  numericColumns,
  profileSource,
  type SourceProfile,
} from "../../core/source";
import {
  DEFAULT_CUTS,
  SELECTION_CONFIG_KEY,
  StoredSelectionSchema,
  buildSelectionLayout,
  checkAgainstSource,
  explainRow,
  findColumn,
  previewSelection,
  templateAxes,
  templateCriteria,
  validateConfig,
  type ConfigError,
  type SelectionConfig,
  type SelectionLayoutMap,
  type SelectionPreview,
  type StoredSelection,
  type TemplateId,
} from "../../core/selectionMatrix";
import { guessNameColumn } from "../../core/source";
import { ClassesStep, type BuildState } from "./ClassesStep";
import { CriteriaStep } from "./CriteriaStep";
import { ExplainPanel } from "./ExplainPanel";
import { SourceStep } from "./SourceStep";
import { SEL_STRINGS, fill } from "./strings";
import { readSourceForBuild, readSourceFrom, sameTable, sourceAt, sourceLabel } from "../shared/source";

/** Props of the Selection matrix builder. */
export interface SelectionBuilderProps {
  readonly host: WorkbookHost | undefined;
  readonly lang: Lang;
}

type Step = "source" | "criteria" | "classes";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

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

/** What the last build wrote, to explain a selected row and to refresh. */
interface Built {
  readonly sheet: string;
  /** The configuration the sheet was built with (the draft may have changed since). */
  readonly config?: SelectionConfig;
  readonly map?: SelectionLayoutMap;
  readonly preview?: SelectionPreview;
}

function topLeft(table: SourceTable): string {
  return `${columnLetters(table.origin.col)}${table.origin.row + 1}`;
}

/** The columns a configuration names that the table does not have (headers compared as the builder does). */
function missingColumns(config: SelectionConfig, table: SourceTable): string[] {
  const wanted = [config.nameColumn, ...(config.profitColumn === undefined ? [] : [config.profitColumn])];
  for (const c of config.criteria) wanted.push(c.column);
  const missing = wanted.filter((name) => findColumn(table, name) < 0);
  return [...new Set(missing)];
}

/**
 * The Selection matrix builder: Source → Criteria → Classes (live preview) → Build, then Refresh
 * and Explain. The configuration is validated with zod as the user types, saved in the workbook
 * on every build and restored when the pane opens. The sheet itself is computed in core
 * (`buildSelectionLayout`) and written by the host.
 *
 * @example
 * <SelectionBuilder host={host} lang="en" />
 */
export function SelectionBuilder({ host, lang }: SelectionBuilderProps): React.JSX.Element {
  const t = SEL_STRINGS[lang];
  const styles = useStyles();
  const [step, setStep] = React.useState<Step>("source");
  const [source, setSource] = React.useState<SourceTable | undefined>(undefined);
  const [profile, setProfile] = React.useState<SourceProfile | undefined>(undefined);
  const [reading, setReading] = React.useState(false);
  const [notFound, setNotFound] = React.useState(false);
  const [draft, setDraft] = React.useState<SelectionConfig>(() => emptyConfig(lang));
  const [restored, setRestored] = React.useState(false);
  const [stored, setStored] = React.useState<StoredSelection | undefined>(undefined);
  const [build, setBuild] = React.useState<BuildState>({ kind: "idle" });
  const [built, setBuilt] = React.useState<Built | undefined>(undefined);
  const [explainIndex, setExplainIndex] = React.useState<number | undefined>(undefined);
  const abort = React.useRef<AbortController | undefined>(undefined);

  React.useEffect(() => setDraft((d) => (d.lang === lang ? d : { ...d, lang })), [lang]);

  const adopt = React.useCallback((table: SourceTable | undefined, keepConfig: boolean) => {
    setNotFound(table === undefined);
    setSource(table);
    if (table === undefined) {
      setProfile(undefined);
      return;
    }
    const p = profileSource(table);
    setProfile(p);
    if (keepConfig) return;
    setDraft((d) => {
      const guessed = guessNameColumn(p);
      const nameColumn =
        d.nameColumn !== "" && p.columns.some((c) => c.header === d.nameColumn)
          ? d.nameColumn
          : guessed === undefined
            ? ""
            : (p.columns[guessed]?.header ?? "");
      return { ...d, nameColumn, criteria: templateCriteria(d.template, p), axes: templateAxes(d.template) };
    });
  }, []);

  React.useEffect(() => {
    if (host === undefined) return;
    let live = true;
    void (async () => {
      const parsed = StoredSelectionSchema.safeParse(await host.loadConfig(SELECTION_CONFIG_KEY));
      if (!live || !parsed.success) return;
      setStored(parsed.data);
      setDraft({ ...parsed.data.config, lang });
      setRestored(true);
      if (parsed.data.sheet !== undefined) setBuilt({ sheet: parsed.data.sheet });
      const table = await readSourceFrom(host, parsed.data.source);
      if (!live) return;
      adopt(table, true);
      const sheet = parsed.data.sheet;
      if (table !== undefined && sheet !== undefined) {
        const again = buildSelectionLayout(table, parsed.data.config, { sheetName: sheet });
        if (again.ok) {
          const config = parsed.data.config;
          setBuilt({ sheet, config, map: again.map, preview: previewSelection(table, config) });
        }
      }
    })();
    return () => {
      live = false;
    };
    // The pane restores once per host: `lang` is deliberately not a dependency, so a language switch
    // does not reload the stored configuration over the user's edits.
  }, [host, adopt]);

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
  const nameProblems = React.useMemo(() => {
    if (source === undefined || profile === undefined) return [];
    const col = profile.columns.find((c) => c.header === draft.nameColumn);
    return col === undefined ? [] : checkNameColumn(source, col.index);
  }, [source, profile, draft.nameColumn]);

  React.useEffect(() => {
    if (host === undefined || built === undefined) return undefined;
    return host.onSelectionChanged((sheet, row) => {
      if (sheet !== built.sheet || built.map === undefined) return;
      const i = row - built.map.firstDataRow;
      setExplainIndex(i >= 0 && i < built.map.rows ? i : undefined);
    });
  }, [host, built]);

  const explanation = React.useMemo(() => {
    if (built?.preview === undefined || explainIndex === undefined) return undefined;
    return explainRow(built.preview, built.config ?? draft, explainIndex);
  }, [built, explainIndex, draft]);

  const read = async (): Promise<void> => {
    if (host === undefined) return;
    setReading(true);
    // A table picked again answers a "source gone or changed" message.
    setBuild((b) => (b.kind === "stopped" ? { kind: "idle" } : b));
    try {
      adopt(await host.readSource(), false);
    } finally {
      setReading(false);
    }
  };

  const chooseTemplate = (template: TemplateId): void => {
    setDraft((d) => ({
      ...d,
      template,
      criteria: profile === undefined ? d.criteria : templateCriteria(template, profile),
      axes: templateAxes(template),
    }));
  };

  const runBuild = async (refresh: boolean): Promise<void> => {
    if (host === undefined) return;
    const valid = validateConfig(draft, lang);
    if (!valid.ok) return;
    const config = valid.config;
    const controller = new AbortController();
    abort.current = controller;
    setBuild({ kind: "running", fraction: 0, status: t.preparing });
    setExplainIndex(undefined);
    try {
      await new Promise((resolve) => setTimeout(resolve, 0));
      // Read the source as the workbook is now: the pane's copy may be of a file that was closed since.
      const at =
        refresh && stored?.source !== undefined ? stored.source : source === undefined ? undefined : sourceAt(source);
      if (at === undefined) throw new Error(t.noSource);
      const fresh = await readSourceForBuild(
        host,
        at,
        sourceLabel(source !== undefined && !refresh ? source : at),
        (t) => missingColumns(config, t),
      );
      if (!fresh.ok) {
        adopt(fresh.table, true);
        setBuild({ kind: "stopped", check: fresh.check });
        return;
      }
      const table = source !== undefined && sameTable(source, fresh.table) ? source : fresh.table;
      if (table !== source) adopt(table, true);
      const freshProfile = profileSource(table);
      const blocking = freshProfile.problems.find((p) => p.severity === "error");
      if (blocking !== undefined) throw new Error(formatSourceProblem(blocking, lang));
      const mismatch = checkAgainstSource(config, freshProfile, lang)[0];
      if (mismatch !== undefined) throw new Error(mismatch.message);
      const owned = await host.ownedSheets();
      const replace = refresh && built !== undefined && owned.some((o) => o.name === built.sheet);
      const result = buildSelectionLayout(
        table,
        config,
        replace && built !== undefined ? { sheetName: built.sheet } : { existingSheets: await host.sheetNames() },
      );
      if (!result.ok) throw new Error(result.message);
      if (controller.signal.aborted) {
        setBuild({ kind: "cancelled" });
        return;
      }
      const status = fill(t.building, { sheet: result.layout.name });
      const applied = await host.applyLayout(result.layout, {
        onProgress: (fraction, text) => setBuild({ kind: "running", fraction, status: text || status }),
        signal: controller.signal,
        replace,
        verify: outputCheck(result.layout),
      });
      const toStore: StoredSelection = {
        config,
        sheet: applied.sheet,
        source: { sheet: table.sheet, address: topLeft(table) },
      };
      await host.saveConfig(SELECTION_CONFIG_KEY, toStore);
      setStored(toStore);
      // The live preview already holds this table and configuration unless the build re-read the source.
      const same = table === source && deferred === draft && preview !== undefined;
      setBuilt({
        sheet: applied.sheet,
        config,
        map: result.map,
        preview: same ? preview : previewSelection(table, config),
      });
      setBuild({ kind: "done", sheet: applied.sheet, cells: applied.cellsWritten });
    } catch (e) {
      if (controller.signal.aborted) setBuild({ kind: "cancelled" });
      else if (e instanceof OutputRejectedError) {
        setBuild({ kind: "stopped", check: { code: "output_broken", sheet: e.sheet, ...e.broken } });
      } else {
        const message = e instanceof HostError ? formatHostError(e, lang) : e instanceof Error ? e.message : String(e);
        setBuild({ kind: "failed", message });
      }
    } finally {
      abort.current = undefined;
    }
  };

  if (host === undefined) {
    return <Text data-testid="selection-builder">{t.noWorkbook}</Text>;
  }
  return (
    <div className={styles.root} data-testid="selection-builder">
      <TabList
        size="small"
        selectedValue={step}
        onTabSelect={(_, d) => {
          const next = d.value as Step;
          if (next === "source" || (profile?.ok === true && (next === "criteria" || errors.length === 0)))
            setStep(next);
        }}
      >
        <Tab value="source" data-testid="sel-tab-source">
          {t.stepSource}
        </Tab>
        <Tab value="criteria" data-testid="sel-tab-criteria" disabled={profile?.ok !== true}>
          {t.stepCriteria}
        </Tab>
        <Tab value="classes" data-testid="sel-tab-classes" disabled={profile?.ok !== true || errors.length > 0}>
          {t.stepClasses}
        </Tab>
      </TabList>
      {restored ? (
        <MessageBar intent="info" data-testid="sel-restored">
          <MessageBarBody>{t.restored}</MessageBarBody>
        </MessageBar>
      ) : null}
      {step === "source" ? (
        <SourceStep
          lang={lang}
          profile={profile}
          nameProblems={nameProblems}
          reading={reading}
          notFound={notFound}
          nameColumn={draft.nameColumn}
          template={draft.template}
          onRead={() => void read()}
          onNameColumn={(nameColumn) => setDraft((d) => ({ ...d, nameColumn }))}
          onTemplate={chooseTemplate}
          onNext={() => setStep("criteria")}
        />
      ) : null}
      {step === "criteria" && profile !== undefined ? (
        <CriteriaStep
          lang={lang}
          draft={draft}
          columns={numericColumns(profile)}
          errors={errors}
          onChange={setDraft}
          onBack={() => setStep("source")}
          onNext={() => setStep("classes")}
        />
      ) : null}
      {step === "classes" ? (
        <ClassesStep
          lang={lang}
          draft={draft}
          errors={errors}
          preview={preview}
          build={build}
          builtSheet={built?.sheet}
          onChange={setDraft}
          onBack={() => setStep("criteria")}
          onBuild={(refresh) => void runBuild(refresh)}
          onCancel={() => abort.current?.abort()}
          onRepick={() => {
            setBuild({ kind: "idle" });
            setStep("source");
            void read();
          }}
        />
      ) : null}
      {built?.preview !== undefined ? <ExplainPanel lang={lang} sheet={built.sheet} explanation={explanation} /> : null}
    </div>
  );
}
