import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  CONFIG_KEY,
  CostToServeConfigSchema,
  SHEET_TAG,
  StoredCostToServeSchema,
  computeCostToServe,
  configErrors,
  formatCtsProblem,
  resolveColumns,
  costToServeLayout,
  isBlocking,
  suggestConfig,
  type CostToServeConfig,
  type StoredCostToServe,
} from "../../core/costToServe";
import {
  OutputRejectedError,
  formatBuildCheck,
  outputCheck,
  type BuildCheck,
  type SourceTable,
  type WorkbookHost,
  formatHostError,
  HostError,
} from "../../core/host";
import { NUMBER_LOCALES, type Lang } from "../../core/lang";
import { checkNameColumn, formatSourceProblem, profileSource, type SourceProfile } from "../../core/source";
import { ActivitiesStep } from "./ActivitiesStep";
import { PreviewStep } from "./PreviewStep";
import { SourceStep } from "./SourceStep";
import { CTS_STRINGS, fill } from "./strings";
import { readSourceForBuild, readSourceFrom, sameTable, sourceAt, sourceLabel, type SourceAt } from "../shared/source";

/** Props of the Cost-to-serve builder. */
export interface CostToServeBuilderProps {
  readonly host: WorkbookHost | undefined;
  readonly lang: Lang;
}

type Step = "source" | "activities" | "preview" | "build";

type BuildState =
  | { readonly kind: "idle" }
  | { readonly kind: "running"; readonly fraction: number; readonly status: string }
  | { readonly kind: "done"; readonly message: string }
  | { readonly kind: "cancelled" }
  | { readonly kind: "failed"; readonly message: string }
  /** Stopped by a check (the source is gone or changed, the written sheet was broken); nothing was left. */
  | { readonly kind: "stopped"; readonly check: BuildCheck };

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  nav: { display: "flex", gap: tokens.spacingHorizontalS },
});

const emptyConfig = (lang: Lang): CostToServeConfig => ({
  ...suggestConfig([], lang),
  mapping: { customer: "", revenue: { kind: "net", net: "" }, cost: { kind: "cogs", column: "" } },
});

/**
 * The cost-to-serve builder: Source (mapping) → Activities (ABC, time-driven ABC, financing) →
 * Preview (figures and charts computed in core) → Build (a tagged sheet with live formulas and
 * native charts, with progress and cancel) → Refresh (the stored configuration, rebuilt).
 *
 * @example
 * <CostToServeBuilder host={host} lang="en" />
 */
export function CostToServeBuilder({ host, lang }: CostToServeBuilderProps): React.JSX.Element {
  const t = CTS_STRINGS[lang];
  const styles = useStyles();
  const [step, setStep] = React.useState<Step>("source");
  const [source, setSource] = React.useState<SourceTable | undefined>(undefined);
  const [profile, setProfile] = React.useState<SourceProfile | undefined>(undefined);
  const [notFound, setNotFound] = React.useState(false);
  const [reading, setReading] = React.useState(false);
  const [draft, setDraft] = React.useState<CostToServeConfig>(() => emptyConfig(lang));
  const [stored, setStored] = React.useState<StoredCostToServe | undefined>(undefined);
  const [restored, setRestored] = React.useState(false);
  const [build, setBuild] = React.useState<BuildState>({ kind: "idle" });
  const abort = React.useRef<AbortController | undefined>(undefined);

  React.useEffect(() => setDraft((d) => (d.lang === lang ? d : { ...d, lang })), [lang]);

  const read = React.useCallback(
    async (keepMapping: boolean, at?: SourceAt): Promise<SourceTable | undefined> => {
      if (host === undefined) return undefined;
      setReading(true);
      // A table picked again answers a "source gone or changed" message.
      setBuild((b) => (b.kind === "stopped" ? { kind: "idle" } : b));
      try {
        const table = await readSourceFrom(host, at);
        setNotFound(table === undefined);
        setSource(table);
        setProfile(table === undefined ? undefined : profileSource(table));
        if (table !== undefined && !keepMapping) {
          const headers = table.headers.map((h) => String(h ?? "").trim());
          setDraft((d) => ({ ...suggestConfig(headers, lang), style: d.style }));
        }
        return table;
      } finally {
        setReading(false);
      }
    },
    [host, lang],
  );

  React.useEffect(() => {
    if (host === undefined) return;
    let live = true;
    void (async () => {
      const saved = StoredCostToServeSchema.safeParse(await host.loadConfig(CONFIG_KEY));
      if (!live) return;
      if (saved.success) {
        setStored(saved.data);
        setDraft({ ...saved.data.config, lang });
        setRestored(true);
      }
      await read(saved.success, saved.success ? saved.data.source : undefined);
    })();
    return () => {
      live = false;
    };
    // Only when the workbook changes: the language switch must not re-read.
  }, [host]);

  const errors = React.useMemo(() => configErrors(draft), [draft]);
  const valid = Object.keys(errors).length === 0;
  const deferredDraft = React.useDeferredValue(draft);
  const preview = React.useMemo(() => {
    if (source === undefined || !CostToServeConfigSchema.safeParse(deferredDraft).success) return undefined;
    return computeCostToServe(deferredDraft, source);
  }, [deferredDraft, source]);
  const blocked = profile?.ok === false || preview === undefined || preview.problems.some(isBlocking);
  const mappingOk =
    source !== undefined && profile?.ok !== false && !Object.keys(errors).some((k) => k.startsWith("mapping"));

  const customerColumn = draft.mapping.customer.trim();
  const nameProblems = React.useMemo(() => {
    const column = profile?.columns.find((c) => c.header === customerColumn);
    return source !== undefined && column !== undefined ? checkNameColumn(source, column.index) : [];
  }, [source, profile, customerColumn]);

  if (host === undefined) return <Text data-testid="costToServe-builder">{t.noWorkbook}</Text>;

  const run = async (refresh: boolean): Promise<void> => {
    const controller = new AbortController();
    abort.current = controller;
    setBuild({ kind: "running", fraction: 0, status: "" });
    try {
      const config = CostToServeConfigSchema.parse(draft);
      // Read the source as the workbook is now: the pane's copy may be of a file that was closed since.
      const at =
        refresh && stored?.source !== undefined ? stored.source : source === undefined ? undefined : sourceAt(source);
      if (at === undefined) throw new Error(t.noSource);
      const label = sourceLabel(source !== undefined && !refresh ? source : at);
      const fresh = await readSourceForBuild(host, at, label, (table) =>
        resolveColumns(config, table).problems.map((p) => String(p.params["column"] ?? "")),
      );
      if (!fresh.ok) {
        setSource(fresh.table);
        setProfile(fresh.table === undefined ? undefined : profileSource(fresh.table));
        setNotFound(fresh.table === undefined);
        setBuild({ kind: "stopped", check: fresh.check });
        return;
      }
      const table = source !== undefined && sameTable(source, fresh.table) ? source : fresh.table;
      const names = await host.sheetNames();
      const owned = await host.ownedSheets();
      if (owned.some((o) => o.name === table.sheet)) {
        throw new Error(fill(t.ownSheet, { sheet: table.sheet, source: stored?.source?.sheet ?? "" }));
      }
      const freshProfile = table === source && profile !== undefined ? profile : profileSource(table);
      if (table !== source) {
        setSource(table);
        setProfile(freshProfile);
      }
      const blocking = freshProfile.problems.find((p) => p.severity === "error");
      if (blocking !== undefined) throw new Error(formatSourceProblem(blocking, lang));
      const own =
        refresh && stored?.sheet !== undefined && owned.some((o) => o.name === stored.sheet && o.tag === SHEET_TAG);
      const { layout, preview: built } = costToServeLayout(
        config,
        table,
        own && stored?.sheet !== undefined ? { sheetName: stored.sheet } : { existingSheets: names },
      );
      const stop = built.problems.find(isBlocking);
      if (stop !== undefined) throw new Error(formatCtsProblem(stop, lang));
      setBuild({ kind: "running", fraction: 0, status: fill(t.building, { sheet: layout.name }) });
      const result = await host.applyLayout(layout, {
        onProgress: (fraction, status) =>
          setBuild({ kind: "running", fraction, status: status || fill(t.building, { sheet: layout.name }) }),
        signal: controller.signal,
        replace: own,
        verify: outputCheck(layout),
      });
      const next: StoredCostToServe = {
        config,
        sheet: result.sheet,
        source: { sheet: table.sheet, address: table.address },
      };
      await host.saveConfig(CONFIG_KEY, next);
      setStored(next);
      setBuild({
        kind: "done",
        message: own
          ? fill(t.refreshed, { sheet: result.sheet })
          : fill(t.built, {
              sheet: result.sheet,
              cells: result.cellsWritten.toLocaleString(NUMBER_LOCALES[lang]),
            }),
      });
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

  const running = build.kind === "running";
  const nav = (back: Step | undefined, next: Step | undefined, nextOk: boolean): React.JSX.Element => (
    <div className={styles.nav}>
      {back !== undefined ? (
        <Button onClick={() => setStep(back)} data-testid={`cts-back-${step}`}>
          {t.back}
        </Button>
      ) : null}
      {next !== undefined ? (
        <Button appearance="primary" disabled={!nextOk} onClick={() => setStep(next)} data-testid={`cts-next-${step}`}>
          {t.next}
        </Button>
      ) : null}
    </div>
  );
  const numericColumns = profile?.columns.filter((c) => c.kind === "number").map((c) => c.header) ?? [];
  const errorList = Object.entries(errors);

  return (
    <div className={styles.root} data-testid="costToServe-builder">
      {restored ? (
        <MessageBar intent="info" data-testid="cts-restored">
          <MessageBarBody>{t.restored}</MessageBarBody>
        </MessageBar>
      ) : null}
      <TabList size="small" selectedValue={step} onTabSelect={(_, d) => setStep(d.value as Step)}>
        <Tab value="source" data-testid="cts-step-source">
          {t.stepSource}
        </Tab>
        <Tab value="activities" disabled={!mappingOk} data-testid="cts-step-activities">
          {t.stepActivities}
        </Tab>
        <Tab value="preview" disabled={!valid || source === undefined} data-testid="cts-step-preview">
          {t.stepPreview}
        </Tab>
        <Tab value="build" disabled={blocked} data-testid="cts-step-build">
          {t.stepBuild}
        </Tab>
      </TabList>

      {step === "source" ? (
        <>
          <SourceStep
            lang={lang}
            profile={profile}
            nameProblems={nameProblems}
            mapping={draft.mapping}
            onMapping={(mapping) => setDraft({ ...draft, mapping })}
            onRead={() => void read(false)}
            reading={reading}
            errors={errors}
            notFound={notFound}
          />
          {nav(undefined, "activities", mappingOk)}
        </>
      ) : null}

      {step === "activities" ? (
        <>
          <ActivitiesStep
            lang={lang}
            config={draft}
            onChange={setDraft}
            numericColumns={numericColumns}
            preview={preview}
            errors={errors}
            onSuggest={() => {
              const suggested = suggestConfig(profile?.columns.map((c) => c.header) ?? [], lang);
              setDraft({ ...draft, resources: suggested.resources, activities: suggested.activities });
            }}
          />
          {errorList.length > 0 ? (
            <MessageBar intent="error" data-testid="cts-invalid">
              <MessageBarBody>
                {t.invalid} {errorList.map(([k, m]) => `${k}: ${m}`).join("; ")}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {nav("source", "preview", valid)}
        </>
      ) : null}

      {step === "preview" && preview !== undefined ? (
        <>
          <PreviewStep lang={lang} preview={preview} />
          {nav("activities", "build", !blocked)}
        </>
      ) : null}

      {step === "build" ? (
        <>
          <div className={styles.nav}>
            <Button
              appearance="primary"
              disabled={running || blocked}
              onClick={() => void run(false)}
              data-testid="cts-build"
            >
              {t.build}
            </Button>
            <Button
              disabled={running || stored?.sheet === undefined}
              onClick={() => void run(true)}
              data-testid="cts-refresh"
            >
              {t.refresh}
            </Button>
            <Button disabled={!running} onClick={() => abort.current?.abort()} data-testid="cts-cancel">
              {t.cancel}
            </Button>
          </div>
          {nav("preview", undefined, false)}
        </>
      ) : null}

      {build.kind === "running" ? (
        <div data-testid="cts-progress">
          <ProgressBar value={build.fraction} max={1} />
          <Text size={200}>{build.status}</Text>
        </div>
      ) : null}
      {build.kind === "done" ? (
        <MessageBar intent="success" data-testid="cts-done">
          <MessageBarBody>{build.message}</MessageBarBody>
        </MessageBar>
      ) : null}
      {build.kind === "cancelled" ? (
        <MessageBar intent="warning" data-testid="cts-cancelled">
          <MessageBarBody>{t.cancelled}</MessageBarBody>
        </MessageBar>
      ) : null}
      {build.kind === "failed" ? (
        <MessageBar intent="error" data-testid="cts-failed">
          <MessageBarBody>{fill(t.failed, { message: build.message })}</MessageBarBody>
        </MessageBar>
      ) : null}
      {build.kind === "stopped" ? (
        <MessageBar intent="error" layout="multiline" data-testid="cts-stopped">
          <MessageBarBody>{formatBuildCheck(build.check, lang)}</MessageBarBody>
          {build.check.code !== "output_broken" ? (
            <MessageBarActions>
              <Button
                size="small"
                onClick={() => {
                  setBuild({ kind: "idle" });
                  setStep("source");
                  void read(false);
                }}
                data-testid="cts-repick"
              >
                {t.readSource}
              </Button>
            </MessageBarActions>
          ) : null}
        </MessageBar>
      ) : null}
    </div>
  );
}
