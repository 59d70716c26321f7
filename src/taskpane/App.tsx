import * as React from "react";
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  Text,
  ToggleButton,
  Toolbar,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { Lang } from "../core/lang";
import type { WorkbookHost } from "../core/host";
import { SHELL_STRINGS } from "./i18n/strings";
import { SelectionBuilder } from "./selection/SelectionBuilder";
import { CostToServeBuilder } from "./costToServe/CostToServeBuilder";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  header: { display: "flex", justifyContent: "space-between", alignItems: "center" },
});

/** Props of the pane. */
export interface AppProps {
  /** Where the pane runs: "excel" inside Excel, otherwise a preview (workbench or plain browser). */
  readonly hostKind: "excel" | "workbench" | "preview";
  readonly initialLang: Lang;
  /** The workbook the builders work on; absent in a bare preview. */
  readonly host?: WorkbookHost;
  /** Called when the user switches the language (the workbench follows the pane's language). */
  readonly onLangChange?: (lang: Lang) => void;
}

/**
 * The task pane: language switch, preview banner and the builders.
 *
 * @example
 * <App hostKind="preview" initialLang="en" />
 */
export function App({ hostKind, initialLang, host, onLangChange }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [lang, setLang] = React.useState<Lang>(initialLang);
  const [tab, setTab] = React.useState<"selection" | "costToServe">("selection");
  const t = SHELL_STRINGS[lang];
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root} lang={lang} data-testid="kam-pane">
        <div className={styles.header}>
          <div>
            <Text as="h1" size={500} weight="semibold" block>
              {t.title}
            </Text>
            <Text size={200}>{t.subtitle}</Text>
          </div>
          <Toolbar aria-label={t.language}>
            {(["en", "nl"] as const).map((l) => (
              <ToggleButton
                key={l}
                size="small"
                checked={lang === l}
                appearance={lang === l ? "primary" : "subtle"}
                aria-pressed={lang === l}
                onClick={() => {
                  setLang(l);
                  onLangChange?.(l);
                }}
                data-testid={`lang-${l}`}
              >
                {l.toUpperCase()}
              </ToggleButton>
            ))}
          </Toolbar>
        </div>
        {hostKind !== "excel" ? (
          <MessageBar intent="info" data-testid="preview-banner">
            <MessageBarBody>{t.preview}</MessageBarBody>
          </MessageBar>
        ) : null}
        <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as typeof tab)}>
          <Tab value="selection">{t.selection}</Tab>
          <Tab value="costToServe">{t.costToServe}</Tab>
        </TabList>
        {tab === "selection" ? (
          <SelectionBuilder host={host} lang={lang} />
        ) : (
          <CostToServeBuilder host={host} lang={lang} />
        )}
      </main>
    </FluentProvider>
  );
}
