import * as React from "react";
import {
  Button,
  FluentProvider,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { Lang } from "../../core/lang";
import { a1 } from "../../core/layout";
import { App } from "../../taskpane/App";
import { fill } from "../../taskpane/shared/fields";
import { parseAddress } from "../address";
import type { EngineClient } from "../client";
import type { CsvChoice } from "../csv";
import type { FileReading } from "../files";
import type { WorkbenchHost } from "../host";
import type { WorkbookModel } from "../model";
import type { CellView } from "../protocol";
import { WB_STRINGS } from "../strings";
import { editText } from "./display";
import { ErrorBoundary } from "./ErrorBoundary";
import { ReadAsBar } from "./ReadAsBar";
import { SheetGrid } from "./SheetGrid";

/** What the workbench says about saving charts (also in the README). */
/** How long a success notice stays (ms). */
const NOTICE_MS = 8_000;

export const CHARTS_NOT_EXPORTED = "Charts are saved as their data only, not as native Excel charts.";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", height: "100vh", fontFamily: tokens.fontFamilyBase },
  toolbar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    background: "#217346",
    color: "white",
  },
  formulaRow: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  nameBox: { width: "130px" },
  formula: { flex: 1 },
  body: { display: "flex", flex: 1, minHeight: 0 },
  sheet: { display: "flex", flexDirection: "column", flex: 1, minWidth: 0 },
  tabs: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, background: "#F3F3F3", overflowX: "auto" },
  pane: {
    width: "380px",
    flexShrink: 0,
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowY: "auto",
  },
  spacer: { flex: 1 },
  note: { color: "#E8F5EC" },
  status: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: "220px" },
});

/** Props of the workbench page. */
export interface WorkbenchProps {
  readonly engine: EngineClient;
  readonly book: WorkbookModel;
  readonly host: WorkbenchHost;
  /** Resolves when the first workbook (the sample) is loaded; rejects with a message. */
  readonly ready: Promise<void>;
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The CSV file on screen: its bytes (to read it again), what was assumed and what the user chose. */
interface OpenedCsv {
  readonly fileName: string;
  readonly data: ArrayBuffer;
  readonly reading: FileReading;
  readonly choice: CsvChoice;
}

/**
 * The workbench page: toolbar (Open, Save), name box and formula bar, the grid with sheet tabs,
 * and the real task pane docked on the right, talking to the workbench host.
 *
 * @example
 * <Workbench engine={engine} book={book} host={host} ready={ready} />
 */
export function Workbench({ engine, book, host, ready }: WorkbenchProps): React.JSX.Element {
  const styles = useStyles();
  const state = React.useSyncExternalStore(book.subscribe, book.getState);
  const [version, setVersion] = React.useState(0);
  const [loaded, setLoaded] = React.useState(false);
  const [error, setError] = React.useState<string | undefined>(undefined);
  const [notice, setNotice] = React.useState<string | undefined>(undefined);
  const [lang, setLang] = React.useState<Lang>("en");
  const [csv, setCsv] = React.useState<OpenedCsv | undefined>(undefined);
  /** A long operation in progress; no fraction while the engine calculates (an indeterminate bar). */
  const [activity, setActivity] = React.useState<{ fraction?: number; status: string } | undefined>(undefined);
  const [cell, setCell] = React.useState<CellView | undefined>(undefined);
  const [formula, setFormula] = React.useState("");
  const [formulaOf, setFormulaOf] = React.useState("");
  const typed = React.useRef(false);
  const [nameBox, setNameBox] = React.useState("A1");
  const [fileName, setFileName] = React.useState("customers.xlsx");
  const fileInput = React.useRef<HTMLInputElement>(null);
  const focusGrid = React.useRef<(() => void) | null>(null);
  const showError = React.useCallback((m: string) => {
    setNotice(undefined);
    setError(m);
  }, []);

  React.useEffect(() => engine.onChanged(setVersion), [engine]);
  React.useEffect(() => engine.onError(showError), [engine, showError]);
  React.useEffect(
    () =>
      host.onActivity((a) => {
        if (a === undefined) setActivity(undefined);
        else setActivity(a.status === "Calculating" ? { status: a.status } : a);
      }),
    [host],
  );
  React.useEffect(() => {
    ready.then(
      () => setLoaded(true),
      (e: unknown) => {
        setLoaded(true);
        showError(`The sample data did not load: ${message(e)}`);
      },
    );
  }, [ready, showError]);
  React.useEffect(() => {
    const onError = (e: ErrorEvent): void => {
      if (!e.message.startsWith("ResizeObserver loop")) showError(e.message);
    };
    const onRejection = (e: PromiseRejectionEvent): void => showError(message(e.reason));
    window.addEventListener("error", onError);
    window.addEventListener("unhandledrejection", onRejection);
    return () => {
      window.removeEventListener("error", onError);
      window.removeEventListener("unhandledrejection", onRejection);
    };
  }, [showError]);

  const { selection, active, sheets } = state;
  const meta = book.sheet(active) ?? sheets[0];

  React.useEffect(() => {
    setNameBox(a1({ row: selection.row, col: selection.col, rows: selection.rows, cols: selection.cols }));
    typed.current = false;
  }, [selection]);

  React.useEffect(() => {
    let live = true;
    engine
      .call("window", { sheet: selection.sheet, range: { row: selection.row, col: selection.col, rows: 1, cols: 1 } })
      .then(
        (w) => {
          if (!live) return;
          const view = w.cells[0]?.[0];
          setCell(view);
          if (!typed.current) setFormula(view?.f ?? editText(view?.v ?? null));
          setFormulaOf(`${selection.sheet}!${a1({ row: selection.row, col: selection.col, rows: 1, cols: 1 })}`);
        },
        (e: unknown) => showError(message(e)),
      );
    return () => {
      live = false;
    };
  }, [engine, selection, version, showError]);

  const commitFormula = (): void => {
    typed.current = false;
    engine
      .call("setCell", { sheet: selection.sheet, row: selection.row, col: selection.col, input: formula })
      .catch((e: unknown) => showError(message(e)));
  };

  const goTo = (): void => {
    const target = parseAddress(nameBox);
    const sheet = target?.sheet === undefined ? active : book.sheet(target.sheet)?.name;
    if (target === undefined || sheet === undefined) {
      showError(`"${nameBox}" is not a cell address on this workbook (try B5 or Data!A1:C10).`);
      return;
    }
    book.activate(sheet);
    book.select({ sheet, ...target.range });
    setTimeout(() => focusGrid.current?.(), 0);
  };

  // A success notice says what just happened; it goes away by itself after a while (or on Dismiss).
  React.useEffect(() => {
    if (notice === undefined) return undefined;
    const timer = setTimeout(() => setNotice(undefined), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  const open = async (file: File): Promise<void> => {
    setNotice(undefined);
    setActivity({ status: `Opening ${file.name}` });
    try {
      const data = await file.arrayBuffer();
      const { metas, reading } = await engine.call("openFile", { fileName: file.name, data });
      book.reset(metas);
      setCsv(reading === undefined ? undefined : { fileName: file.name, data, reading, choice: {} });
      setFileName(file.name.replace(/\.[^.]*$/, "") + ".xlsx");
      setNotice(fill(WB_STRINGS[lang].opened, { file: file.name }));
      setError(undefined);
    } catch (e) {
      showError(`${file.name} could not be opened: ${message(e)}`);
    } finally {
      setActivity(undefined);
    }
  };

  const reread = async (partial: CsvChoice): Promise<void> => {
    if (csv === undefined) return;
    const choice = { ...csv.choice, ...partial };
    setNotice(undefined);
    setActivity({ status: `Opening ${csv.fileName}` });
    try {
      const { metas, reading } = await engine.call("openFile", { fileName: csv.fileName, data: csv.data, csv: choice });
      book.reset(metas);
      if (reading !== undefined) setCsv({ ...csv, reading, choice });
      setNotice(fill(WB_STRINGS[lang].reread, { file: csv.fileName }));
      setError(undefined);
    } catch (e) {
      showError(`${csv.fileName} could not be opened: ${message(e)}`);
    } finally {
      setActivity(undefined);
    }
  };

  const save = async (): Promise<void> => {
    setActivity({ status: "Saving" });
    try {
      const bytes = await engine.call("saveFile", { metas: book.getState().sheets });
      const blob = new Blob([bytes], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
      const link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      setNotice(`Saved ${fileName}. ${CHARTS_NOT_EXPORTED}`);
    } catch (e) {
      showError(`The workbook could not be saved: ${message(e)}`);
    } finally {
      setActivity(undefined);
    }
  };

  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.root} data-testid="wb-root" data-ready={loaded ? "true" : "false"}>
        <div className={styles.toolbar}>
          <Text weight="semibold" size={400}>
            KAM workbench
          </Text>
          <Button size="small" onClick={() => fileInput.current?.click()} data-testid="wb-open">
            Open…
          </Button>
          <input
            ref={fileInput}
            type="file"
            accept=".xlsx,.csv"
            hidden
            data-testid="wb-open-input"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = "";
              if (file !== undefined) void open(file);
            }}
          />
          <Button size="small" onClick={() => void save()} data-testid="wb-save">
            Save .xlsx
          </Button>
          <Text size={200} className={styles.note}>
            {CHARTS_NOT_EXPORTED}
          </Text>
          <span className={styles.spacer} />
          <div className={styles.status} data-testid="wb-status">
            {activity === undefined ? (
              <Text size={200}>{loaded ? "Ready" : "Loading sample data…"}</Text>
            ) : (
              <>
                <Text size={200} data-testid="wb-progress-text">
                  {activity.fraction === undefined
                    ? `${activity.status}…`
                    : `${activity.status} ${Math.round(activity.fraction * 100)}%`}
                </Text>
                <ProgressBar
                  {...(activity.fraction === undefined ? {} : { value: activity.fraction })}
                  thickness="large"
                  data-testid="wb-progress"
                  style={{ width: 100 }}
                />
              </>
            )}
          </div>
        </div>
        {error === undefined ? null : (
          <MessageBar intent="error" data-testid="wb-error">
            <MessageBarBody>{error}</MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={() => setError(undefined)}>
                Dismiss
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {notice === undefined ? null : (
          <MessageBar intent="success" data-testid="wb-notice">
            <MessageBarBody>{notice}</MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={() => setNotice(undefined)}>
                Dismiss
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {csv === undefined ? null : (
          <ReadAsBar
            fileName={csv.fileName}
            reading={csv.reading}
            lang={lang}
            busy={activity !== undefined}
            onChoose={(choice) => void reread(choice)}
            onDismiss={() => setCsv(undefined)}
          />
        )}
        <div className={styles.formulaRow}>
          <Input
            className={styles.nameBox}
            size="small"
            aria-label="Name box"
            value={nameBox}
            data-testid="wb-name-box"
            onChange={(_, d) => setNameBox(d.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") goTo();
            }}
          />
          <Text weight="semibold" italic>
            fx
          </Text>
          <Input
            className={styles.formula}
            size="small"
            aria-label="Formula bar"
            value={formula}
            data-testid="wb-formula-bar"
            data-cell={formulaOf}
            onChange={(_, d) => {
              typed.current = true;
              setFormula(d.value);
            }}
            onKeyDown={(e) => {
              if (e.key === "Enter") commitFormula();
            }}
          />
          {cell !== undefined && typeof cell.v === "object" && cell.v !== null ? (
            <Text
              size={200}
              style={{ color: "#C00000", maxWidth: "40%" }}
              data-testid="wb-cell-message"
              truncate
              wrap={false}
            >
              {cell.v.message === undefined ? cell.v.error : `${cell.v.error} ${cell.v.message}`}
            </Text>
          ) : null}
        </div>
        <div className={styles.body}>
          <div className={styles.sheet}>
            <ErrorBoundary what="The grid" onError={showError}>
              {meta === undefined ? null : (
                <SheetGrid
                  key={meta.name}
                  engine={engine}
                  book={book}
                  meta={meta}
                  selection={selection}
                  version={version}
                  onError={showError}
                  focusRef={focusGrid}
                />
              )}
            </ErrorBoundary>
            <div className={styles.tabs}>
              <TabList size="small" selectedValue={active} onTabSelect={(_, d) => book.activate(String(d.value))}>
                {sheets.map((s) => (
                  <Tab key={s.name} value={s.name} data-testid="wb-sheet-tab" data-sheet={s.name}>
                    {s.name}
                  </Tab>
                ))}
              </TabList>
            </div>
          </div>
          <aside className={styles.pane} data-testid="wb-pane">
            <ErrorBoundary what="The task pane" onError={showError}>
              <App hostKind="workbench" initialLang="en" host={host} onLangChange={setLang} />
            </ErrorBoundary>
          </aside>
        </div>
      </div>
    </FluentProvider>
  );
}
