import * as React from "react";
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
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

/** What every builder's pane component takes. */
interface BuilderProps {
  readonly host: WorkbookHost | undefined;
  readonly lang: Lang;
}

/**
 * The builders, one tab each. Each is loaded when its tab first opens (its React components and its
 * core layout code are a chunk of their own), so the pane's first chunk does not grow with them.
 */
const BUILDERS = {
  selection: React.lazy(() =>
    import(/* webpackChunkName: "builder-selection" */ "./selection/SelectionBuilder").then((m) => ({
      default: m.SelectionBuilder as React.ComponentType<BuilderProps>,
    })),
  ),
  costToServe: React.lazy(() =>
    import(/* webpackChunkName: "builder-costToServe" */ "./costToServe/CostToServeBuilder").then((m) => ({
      default: m.CostToServeBuilder as React.ComponentType<BuilderProps>,
    })),
  ),
  accountStrategy: React.lazy(() =>
    import(/* webpackChunkName: "builder-accountStrategy" */ "./accountStrategy/AccountStrategyBuilder").then((m) => ({
      default: m.AccountStrategyBuilder as React.ComponentType<BuilderProps>,
    })),
  ),
  loyalty: React.lazy(() =>
    import(/* webpackChunkName: "builder-loyalty" */ "./loyalty/LoyaltyBuilder").then((m) => ({
      default: m.LoyaltyBuilder as React.ComponentType<BuilderProps>,
    })),
  ),
  buyingCentre: React.lazy(() =>
    import(/* webpackChunkName: "builder-buyingCentre" */ "./buyingCentre/BuyingCentreBuilder").then((m) => ({
      default: m.BuyingCentreBuilder as React.ComponentType<BuilderProps>,
    })),
  ),
  readiness: React.lazy(() =>
    import(/* webpackChunkName: "builder-readiness" */ "./readiness/ReadinessBuilder").then((m) => ({
      default: m.ReadinessBuilder as React.ComponentType<BuilderProps>,
    })),
  ),
} as const satisfies Record<string, React.LazyExoticComponent<React.ComponentType<BuilderProps>>>;

type BuilderId = keyof typeof BUILDERS;
const BUILDER_IDS = Object.keys(BUILDERS) as BuilderId[];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  header: { display: "flex", justifyContent: "space-between", alignItems: "center" },
  /** Six builders do not fit one row of a narrow pane: the tabs wrap instead of running off its edge. */
  tabs: { flexWrap: "wrap" },
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
  const [tab, setTab] = React.useState<BuilderId>("selection");
  const Builder = BUILDERS[tab];
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
        <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as BuilderId)}>
          {BUILDER_IDS.map((id) => (
            <Tab key={id} value={id} data-testid={`tab-${id}`}>
              {t[id]}
            </Tab>
          ))}
        </TabList>
        <React.Suspense fallback={<Spinner size="small" label={t.loadingBuilder} data-testid="builder-loading" />}>
          <Builder host={host} lang={lang} />
        </React.Suspense>
      </main>
    </FluentProvider>
  );
}
