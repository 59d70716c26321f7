/**
 * The one build flow of the pane's builders: read the source → validate → preview → build with
 * progress and cancel → refresh → restore (reopen the saved configuration of an output sheet). A
 * builder gives its configuration, its layout function and its messages ({@link BuildFlowSpec});
 * every guard lives here once (the list is in the notes of {@link useBuildFlow}).
 *
 * @module
 */
import * as React from "react";
import {
  HostError,
  OutputRejectedError,
  formatHostError,
  outputCheck,
  type BuildCheck,
  type SourceTable,
  type WorkbookHost,
} from "../../core/host";
import { NUMBER_LOCALES, type Lang } from "../../core/lang";
import type { SheetLayout } from "../../core/layout";
import {
  checkNameColumn,
  formatSourceProblem,
  profileSource,
  type SourceProblem,
  type SourceProfile,
} from "../../core/source";
import { fill } from "./fields";
import { readSourceForBuild, readSourceFrom, sameTable, sourceAt, sourceLabel, type SourceAt } from "./source";

/** Where a build is. */
export type BuildState =
  | { readonly kind: "idle" }
  | { readonly kind: "running"; readonly fraction: number; readonly status: string }
  | { readonly kind: "done"; readonly message: string }
  | { readonly kind: "cancelled" }
  | { readonly kind: "failed"; readonly message: string }
  /** Stopped by a check (the source is gone or changed, the written sheet was broken); nothing was left. */
  | { readonly kind: "stopped"; readonly check: BuildCheck };

/** The texts the flow shows, from the builder's own message table (`{name}` marks a parameter). */
export interface FlowMessages {
  readonly noWorkbook: string;
  readonly restored: string;
  /** The button that reads the table under the selection (also: pick the source again). */
  readonly readSource: string;
  readonly noSource: string;
  readonly build: string;
  /** May name `{sheet}`, the sheet a refresh rewrites. */
  readonly refresh: string;
  readonly cancel: string;
  readonly preparing: string;
  /** `{sheet}` */
  readonly building: string;
  /** `{sheet}`, `{cells}` */
  readonly built: string;
  /** `{sheet}`, `{cells}`; without it a refresh says {@link FlowMessages.built}. */
  readonly refreshed?: string;
  readonly cancelled: string;
  /** `{message}` */
  readonly failed: string;
  /** `{message}`: the workbook could not be read (a host error while reading or restoring). */
  readonly readFailed: string;
  /** `{sheet}`, `{source}`: the source is on one of the add-in's own sheets. */
  readonly ownSheet: string;
}

/** What a builder stores in the workbook after a build. */
export interface StoredBuild<C> {
  readonly config: C;
  /** The sheet the last build wrote (a refresh replaces it). */
  readonly sheet?: string | undefined;
  /** The source table's sheet and address (found again by its top-left header cell). */
  readonly source?: SourceAt | undefined;
}

/** The names a layout is given: the sheet to rewrite, or the workbook's names to be unique against. */
export interface LayoutNames {
  readonly sheetName?: string;
  readonly existingSheets?: readonly string[];
  readonly existingTables?: readonly string[];
}

/** A builder's layout, with what the builder keeps of it (anchors for Explain), or why there is none. */
export type LayoutOutcome<X> =
  | { readonly ok: true; readonly layout: SheetLayout; readonly extra: X }
  | { readonly ok: false; readonly message: string };

/** The sheet the last build wrote or the stored configuration names, with what the builder kept. */
export interface Built<C, X> {
  readonly sheet: string;
  /** The configuration the sheet was built with (the draft may have changed since). */
  readonly config?: C;
  readonly extra?: X;
}

/**
 * `parseStored` from a builder's zod schema of its stored value: the parsed value, or undefined when the
 * setting is absent or does not match (an older or edited configuration is then not restored).
 *
 * @example
 * const parseStored = storedParser(StoredCostToServeSchema);
 * parseStored(null); // undefined
 */
export function storedParser<C>(schema: {
  safeParse(value: unknown): { success: true; data: StoredBuild<C> } | { success: false };
}): (value: unknown) => StoredBuild<C> | undefined {
  return (value) => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  };
}

/** What a builder tells the flow. */
export interface BuildFlowSpec<C extends { readonly lang: Lang }, X> {
  /** The document setting the configuration is stored under. */
  readonly configKey: string;
  /** The tag of the builder's output sheets: a refresh replaces only a sheet with this tag. */
  readonly tag: string;
  readonly messages: Readonly<Record<Lang, FlowMessages>>;
  /** Read the table under the selection when the pane opens without a stored configuration. */
  readonly readOnOpen?: boolean;
  emptyConfig(lang: Lang): C;
  /** The stored value, checked by the builder's schema; undefined when it is absent or invalid. */
  parseStored(value: unknown): StoredBuild<C> | undefined;
  /** The draft after a table was read afresh (guessed columns, template criteria). */
  fromSource(draft: C, table: SourceTable, profile: SourceProfile, lang: Lang): C;
  /** The draft as a configuration to build, or the message why not. */
  validate(
    draft: C,
    lang: Lang,
  ): { readonly ok: true; readonly config: C } | { readonly ok: false; readonly message: string };
  /** The columns the configuration uses that the table lacks (the builder's own matching rule). */
  missingColumns(config: C, table: SourceTable): readonly string[];
  /** Optional: why the configuration does not fit the table's profile (first message), if it does not. */
  checkSource?(config: C, profile: SourceProfile, lang: Lang): string | undefined;
  /**
   * The sheet for a table and a configuration; `draft` is the draft the configuration was validated
   * from (a builder may reuse a preview it computed for the same draft and table).
   */
  layout(table: SourceTable, config: C, names: LayoutNames, lang: Lang, draft: C): LayoutOutcome<X>;
  /**
   * A refresh keeps the user's values in the sheet's input blocks (`SheetLayout.inputs`) whose key and
   * size still match: answers of a questionnaire, the people of a buying centre. Default false: the
   * sheet is rewritten from the pane's configuration, so an edit in the pane wins.
   */
  readonly keepInputs?: boolean;
  /**
   * Optional: false when a configuration reads no table (a blank template the builder writes, such as
   * the buying centre's): the build and its refresh then read nothing and store no source.
   */
  needsSource?(config: C): boolean;
  /** Optional: what the builder keeps of a stored sheet when the pane reopens (Explain after restore). */
  restore?(table: SourceTable, config: C, sheet: string): X | undefined;
}

/** The state and the actions of a builder's flow. */
export interface BuildFlow<C, X> {
  readonly host: WorkbookHost | undefined;
  readonly lang: Lang;
  readonly messages: FlowMessages;
  readonly source: SourceTable | undefined;
  readonly profile: SourceProfile | undefined;
  readonly reading: boolean;
  /** The last read found no table under the selection. */
  readonly notFound: boolean;
  /** A host error met while reading or restoring, formatted. */
  readonly readError: string | undefined;
  readonly draft: C;
  readonly setDraft: React.Dispatch<React.SetStateAction<C>>;
  readonly stored: StoredBuild<C> | undefined;
  /** The configuration was restored from the workbook. */
  readonly restored: boolean;
  readonly build: BuildState;
  readonly running: boolean;
  readonly built: Built<C, X> | undefined;
  /** Reads the table under the selection afresh (the draft follows it). */
  read(): void;
  /** Builds a new sheet, or with `refresh` rewrites the stored one from the stored source. */
  run(refresh: boolean): void;
  cancel(): void;
  /** After a stop: forget the message and read the table under the selection again. */
  repick(): void;
}

/** What the shared components read of a flow, whatever the builder's configuration. */
export type FlowView = Pick<
  BuildFlow<unknown, unknown>,
  "host" | "lang" | "messages" | "build" | "running" | "readError" | "restored" | "run" | "cancel" | "repick"
> & { readonly stored: { readonly sheet?: string | undefined } | undefined };

/** A host error in the pane's language, else the error's own message. */
function describe(error: unknown, lang: Lang): string {
  if (error instanceof HostError) return formatHostError(error, lang);
  return error instanceof Error ? error.message : String(error);
}

/** The table a configuration without a source is built from: nothing. */
const NO_SOURCE: SourceTable = {
  sheet: "",
  address: "",
  headers: [],
  rows: [],
  origin: { row: 0, col: 0 },
  merged: [],
};

/** Lets the browser paint the "preparing" state before a long synchronous layout. */
const paint = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The build flow of one builder. Its guards, once for every builder:
 * - no workbook: nothing to do (the frame says so); a host error while reading or restoring is
 *   shown formatted in the pane's language, never an unhandled rejection;
 * - restore once per workbook (a language switch does not reload over the user's edits), from the
 *   stored place of the source, and ignore a restore that finishes after the host changed;
 * - one build at a time; the draft is validated before anything is read or written;
 * - the source is read again at its place when a build starts (never the pane's copy, which may be
 *   of a file closed since): gone → stopped, a used column missing → stopped, both with Pick again;
 *   picking again clears that message;
 * - a source on one of the add-in's own sheets is refused;
 * - a blocking source problem, and a configuration that does not fit the table, stop the build;
 * - a refresh replaces the stored sheet only when it still exists with this builder's tag, else it
 *   builds a new sheet with a name unique against the workbook's sheets and tables;
 * - cancel before writing leaves nothing; cancel during writing lets the host remove what it wrote;
 * - the host checks the written sheet (`outputCheck`): broken output is stopped, not kept;
 * - the configuration is saved only after a successful write, so a failed or cancelled build leaves
 *   neither a sheet nor a setting.
 *
 * @example
 * const flow = useBuildFlow(host, lang, spec);
 * flow.run(false);
 */
export function useBuildFlow<C extends { readonly lang: Lang }, X>(
  host: WorkbookHost | undefined,
  lang: Lang,
  spec: BuildFlowSpec<C, X>,
): BuildFlow<C, X> {
  const specRef = React.useRef(spec);
  specRef.current = spec;
  const langRef = React.useRef(lang);
  langRef.current = lang;
  const [source, setSource] = React.useState<SourceTable | undefined>(undefined);
  const [profile, setProfile] = React.useState<SourceProfile | undefined>(undefined);
  const [reading, setReading] = React.useState(false);
  const [notFound, setNotFound] = React.useState(false);
  const [readError, setReadError] = React.useState<string | undefined>(undefined);
  const [draft, setDraft] = React.useState<C>(() => spec.emptyConfig(lang));
  const [stored, setStored] = React.useState<StoredBuild<C> | undefined>(undefined);
  const [restored, setRestored] = React.useState(false);
  const [build, setBuild] = React.useState<BuildState>({ kind: "idle" });
  const [built, setBuilt] = React.useState<Built<C, X> | undefined>(undefined);
  const abort = React.useRef<AbortController | undefined>(undefined);

  React.useEffect(() => setDraft((d) => (d.lang === lang ? d : { ...d, lang })), [lang]);

  const adopt = React.useCallback((table: SourceTable | undefined, keepConfig: boolean, known?: SourceProfile) => {
    setNotFound(table === undefined);
    setSource(table);
    if (table === undefined) {
      setProfile(undefined);
      return;
    }
    const p = known ?? profileSource(table);
    setProfile(p);
    if (!keepConfig) setDraft((d) => specRef.current.fromSource(d, table, p, langRef.current));
  }, []);

  const readAt = React.useCallback(
    async (target: WorkbookHost, at: SourceAt | undefined, keepConfig: boolean, live: () => boolean) => {
      setReading(true);
      setReadError(undefined);
      try {
        const table = await readSourceFrom(target, at);
        if (live()) adopt(table, keepConfig);
        return table;
      } finally {
        if (live()) setReading(false);
      }
    },
    [adopt],
  );

  React.useEffect(() => {
    if (host === undefined) return undefined;
    let live = true;
    const alive = (): boolean => live;
    void (async () => {
      try {
        const saved = specRef.current.parseStored(await host.loadConfig(specRef.current.configKey));
        if (!live) return;
        if (saved !== undefined) {
          setStored(saved);
          setDraft({ ...saved.config, lang: langRef.current });
          setRestored(true);
          if (saved.sheet !== undefined) setBuilt({ sheet: saved.sheet });
        } else if (specRef.current.readOnOpen !== true) return;
        // A configuration that reads no table (a questionnaire, a blank template) has nothing to read again.
        if (specRef.current.needsSource?.(saved?.config ?? specRef.current.emptyConfig(langRef.current)) === false)
          return;
        const table = await readAt(host, saved?.source, saved !== undefined, alive);
        const sheet = saved?.sheet;
        if (!live || table === undefined || saved === undefined || sheet === undefined) return;
        const extra = specRef.current.restore?.(table, saved.config, sheet);
        if (extra !== undefined) setBuilt({ sheet, config: saved.config, extra });
      } catch (e) {
        if (live) setReadError(describe(e, langRef.current));
      }
    })();
    return () => {
      live = false;
    };
    // Once per workbook: the language switch must not reload the stored configuration or re-read.
  }, [host, readAt]);

  const read = (): void => {
    if (host === undefined) return;
    // A table picked again answers a "source gone or changed" message.
    setBuild((b) => (b.kind === "stopped" ? { kind: "idle" } : b));
    readAt(host, undefined, false, () => true).catch((e: unknown) => setReadError(describe(e, lang)));
  };

  /** The source read afresh and checked, or undefined when a check stopped the build (the state says why). */
  const readFresh = async (
    config: C,
    owned: readonly { readonly name: string }[],
    refresh: boolean,
  ): Promise<SourceTable | undefined> => {
    if (host === undefined) return undefined;
    const m = spec.messages[lang];
    // Read the source as the workbook is now: the pane's copy may be of a file that was closed since.
    const at =
      refresh && stored?.source !== undefined ? stored.source : source === undefined ? undefined : sourceAt(source);
    if (at === undefined) throw new Error(m.noSource);
    const label = sourceLabel(source !== undefined && !refresh ? source : at);
    const fresh = await readSourceForBuild(host, at, label, (t) => spec.missingColumns(config, t));
    if (!fresh.ok) {
      adopt(fresh.table, true);
      setBuild({ kind: "stopped", check: fresh.check });
      return undefined;
    }
    const table = source !== undefined && sameTable(source, fresh.table) ? source : fresh.table;
    if (owned.some((o) => o.name === table.sheet)) {
      throw new Error(fill(m.ownSheet, { sheet: table.sheet, source: stored?.source?.sheet ?? "" }));
    }
    const freshProfile = table === source && profile !== undefined ? profile : profileSource(table);
    if (table !== source) adopt(table, true, freshProfile);
    const blocking = freshProfile.problems.find((p) => p.severity === "error");
    if (blocking !== undefined) throw new Error(formatSourceProblem(blocking, lang));
    const mismatch = spec.checkSource?.(config, freshProfile, lang);
    if (mismatch !== undefined) throw new Error(mismatch);
    return table;
  };

  const run = async (refresh: boolean): Promise<void> => {
    if (host === undefined || abort.current !== undefined) return;
    const m = spec.messages[lang];
    const controller = new AbortController();
    abort.current = controller;
    setBuild({ kind: "running", fraction: 0, status: m.preparing });
    try {
      await paint();
      const valid = spec.validate(draft, lang);
      if (!valid.ok) throw new Error(valid.message);
      const config = valid.config;
      const owned = await host.ownedSheets();
      const table = spec.needsSource?.(config) === false ? NO_SOURCE : await readFresh(config, owned, refresh);
      if (table === undefined) return;
      const target = refresh ? stored?.sheet : undefined;
      const replace = target !== undefined && owned.some((o) => o.name === target && o.tag === spec.tag);
      // A rewritten sheet keeps its name and its table's name (formulas elsewhere point at them).
      const names: LayoutNames = replace
        ? { sheetName: target }
        : { existingSheets: await host.sheetNames(), ...optional("existingTables", await host.tableNames?.()) };
      const result = spec.layout(table, config, names, lang, draft);
      if (!result.ok) throw new Error(result.message);
      if (controller.signal.aborted) {
        setBuild({ kind: "cancelled" });
        return;
      }
      const status = fill(m.building, { sheet: result.layout.name });
      setBuild({ kind: "running", fraction: 0, status });
      const applied = await host.applyLayout(result.layout, {
        onProgress: (fraction, text) => setBuild({ kind: "running", fraction, status: text || status }),
        signal: controller.signal,
        replace,
        ...(replace && spec.keepInputs === true ? { keepInputs: true } : {}),
        verify: outputCheck(result.layout),
      });
      // The whole table's address: the hosts look it up by its top-left cell, and a "source gone" message names it all.
      const next: StoredBuild<C> = {
        config,
        sheet: applied.sheet,
        ...(table === NO_SOURCE ? {} : { source: { sheet: table.sheet, address: table.address } }),
      };
      await host.saveConfig(spec.configKey, next);
      setStored(next);
      setBuilt({ sheet: applied.sheet, config, extra: result.extra });
      const text = replace && m.refreshed !== undefined ? m.refreshed : m.built;
      const cells = applied.cellsWritten.toLocaleString(NUMBER_LOCALES[lang]);
      setBuild({ kind: "done", message: fill(text, { sheet: applied.sheet, cells }) });
    } catch (e) {
      if (controller.signal.aborted) setBuild({ kind: "cancelled" });
      else if (e instanceof OutputRejectedError) {
        setBuild({ kind: "stopped", check: { code: "output_broken", sheet: e.sheet, ...e.broken } });
      } else setBuild({ kind: "failed", message: describe(e, lang) });
    } finally {
      abort.current = undefined;
    }
  };

  return {
    host,
    lang,
    messages: spec.messages[lang],
    source,
    profile,
    reading,
    notFound,
    readError,
    draft,
    setDraft,
    stored,
    restored,
    build,
    running: build.kind === "running",
    built,
    read,
    run: (refresh) => void run(refresh),
    cancel: () => abort.current?.abort(),
    repick: () => {
      setBuild({ kind: "idle" });
      read();
    },
  };
}

/** `{ [key]: value }`, or nothing when the value is undefined (for exact optional properties). */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/**
 * The problems of the customer-name column (blank or duplicate names) of the pane's table.
 *
 * @example
 * const problems = useNameProblems(flow.source, flow.profile, draft.nameColumn);
 */
export function useNameProblems(
  source: SourceTable | undefined,
  profile: SourceProfile | undefined,
  header: string,
): readonly SourceProblem[] {
  return React.useMemo(() => {
    const column = profile?.columns.find((c) => c.header === header);
    return source !== undefined && column !== undefined ? checkNameColumn(source, column.index) : [];
  }, [source, profile, header]);
}

/**
 * The row of a built sheet's table the user has selected, for an Explain panel: the 0-based data row, or
 * undefined when the selection is elsewhere (another sheet, above or below the table). It starts again
 * as undefined after every build. `locate` says where the built sheet's table is, from the build's extra.
 *
 * @example
 * const row = useSelectedRow(host, flow.built, (extra) => ({ firstDataRow: extra.anchors.table.row + 1, rows: extra.preview.customers.length }));
 */
export function useSelectedRow<C, X>(
  host: WorkbookHost | undefined,
  built: Built<C, X> | undefined,
  locate: (extra: X) => { readonly firstDataRow: number; readonly rows: number },
): number | undefined {
  const [index, setIndex] = React.useState<number | undefined>(undefined);
  const locateRef = React.useRef(locate);
  locateRef.current = locate;
  React.useEffect(() => {
    setIndex(undefined);
    if (host === undefined || built?.extra === undefined) return undefined;
    const { firstDataRow, rows } = locateRef.current(built.extra);
    return host.onSelectionChanged((sheet, row) => {
      if (sheet !== built.sheet) return;
      const i = row - firstDataRow;
      setIndex(i >= 0 && i < rows ? i : undefined);
    });
  }, [host, built]);
  return index;
}
