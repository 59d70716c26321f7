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
import { formatBuildCheck } from "../../core/host";
import { fill } from "./fields";
import type { FlowView } from "./flow";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  nav: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** One step of a builder: its tab and what it shows. */
export interface StepDef<S extends string> {
  readonly id: S;
  readonly label: string;
  readonly testId: string;
  /** The tab can be opened (the earlier steps are complete). */
  readonly enabled: boolean;
  readonly render: () => React.ReactNode;
}

/** The test ids of the build messages, by default `<prefix>-done`, `<prefix>-failed`… */
export interface StatusIds {
  readonly progress: string;
  readonly status: string;
  readonly done: string;
  readonly cancelled: string;
  readonly failed: string;
  readonly stopped: string;
  readonly repick: string;
  readonly readError: string;
}

/** The default test ids of a builder's build messages. */
export function statusIds(prefix: string, overrides: Partial<StatusIds> = {}): StatusIds {
  return {
    progress: `${prefix}-progress`,
    status: `${prefix}-progress-status`,
    done: `${prefix}-done`,
    cancelled: `${prefix}-cancelled`,
    failed: `${prefix}-failed`,
    stopped: `${prefix}-stopped`,
    repick: `${prefix}-repick`,
    readError: `${prefix}-read-error`,
    ...overrides,
  };
}

/** Props of {@link BuilderFrame}. */
export interface BuilderFrameProps<S extends string> {
  readonly flow: FlowView;
  /** The builder's root test id (`selection-builder`). */
  readonly testId: string;
  /** The prefix of the builder's test ids (`sel`, `cts`). */
  readonly prefix: string;
  readonly steps: readonly StepDef<S>[];
  readonly step: S;
  readonly onStep: (step: S) => void;
  /** The ids of the build messages, when they differ from {@link statusIds}. */
  readonly ids?: Partial<StatusIds>;
  /** Shown below the build messages (the selection builder's Explain panel). */
  readonly children?: React.ReactNode;
}

/**
 * A builder's frame: "open a workbook" without one, else the restored banner, the step tabs (a
 * disabled step cannot be opened), the open step, and the build's progress and messages.
 *
 * @example
 * <BuilderFrame flow={flow} testId="costToServe-builder" prefix="cts" steps={steps} step={step} onStep={setStep} />
 */
export function BuilderFrame<S extends string>(props: BuilderFrameProps<S>): React.JSX.Element {
  const { flow, prefix, steps, step } = props;
  const styles = useStyles();
  const t = flow.messages;
  if (flow.host === undefined) return <Text data-testid={props.testId}>{t.noWorkbook}</Text>;
  const open = steps.find((s) => s.id === step);
  return (
    <div className={styles.root} data-testid={props.testId}>
      {flow.restored ? (
        <MessageBar intent="info" data-testid={`${prefix}-restored`}>
          <MessageBarBody>{t.restored}</MessageBarBody>
        </MessageBar>
      ) : null}
      <TabList
        size="small"
        selectedValue={step}
        onTabSelect={(_, d) => {
          const next = steps.find((s) => s.id === d.value);
          if (next?.enabled === true) props.onStep(next.id);
        }}
      >
        {steps.map((s) => (
          <Tab key={s.id} value={s.id} disabled={!s.enabled} data-testid={s.testId}>
            {s.label}
          </Tab>
        ))}
      </TabList>
      {open?.render()}
      <BuildStatus
        flow={flow}
        ids={statusIds(prefix, props.ids)}
        onRepick={() => {
          const first = steps[0];
          if (first !== undefined) props.onStep(first.id);
          flow.repick();
        }}
      />
      {props.children}
    </div>
  );
}

/** Props of {@link BuildStatus}. */
export interface BuildStatusProps {
  readonly flow: FlowView;
  readonly ids: StatusIds;
  readonly onRepick: () => void;
}

/**
 * The build's progress (fraction and the host's status text) and its outcome: done, cancelled,
 * failed (host errors in the pane's language), or stopped by a check, with "pick the source again"
 * unless the written sheet itself was broken.
 *
 * @example
 * <BuildStatus flow={flow} ids={statusIds("cts")} onRepick={repick} />
 */
export function BuildStatus({ flow, ids, onRepick }: BuildStatusProps): React.JSX.Element {
  const t = flow.messages;
  const build = flow.build;
  return (
    <>
      {flow.readError !== undefined ? (
        <MessageBar intent="error" data-testid={ids.readError}>
          <MessageBarBody>{fill(t.readFailed, { message: flow.readError })}</MessageBarBody>
        </MessageBar>
      ) : null}
      {build.kind === "running" ? (
        <div data-testid={ids.progress}>
          <ProgressBar value={build.fraction} max={1} />
          <Text size={200} data-testid={ids.status}>
            {build.status}
          </Text>
        </div>
      ) : null}
      {build.kind === "done" ? (
        <MessageBar intent="success" data-testid={ids.done}>
          <MessageBarBody>{build.message}</MessageBarBody>
        </MessageBar>
      ) : null}
      {build.kind === "cancelled" ? (
        <MessageBar intent="info" data-testid={ids.cancelled}>
          <MessageBarBody>{t.cancelled}</MessageBarBody>
        </MessageBar>
      ) : null}
      {build.kind === "failed" ? (
        <MessageBar intent="error" data-testid={ids.failed}>
          <MessageBarBody>{fill(t.failed, { message: build.message })}</MessageBarBody>
        </MessageBar>
      ) : null}
      {build.kind === "stopped" ? (
        <MessageBar intent="error" layout="multiline" data-testid={ids.stopped}>
          <MessageBarBody>{formatBuildCheck(build.check, flow.lang)}</MessageBarBody>
          {build.check.code !== "output_broken" ? (
            <MessageBarActions>
              <Button size="small" onClick={onRepick} data-testid={ids.repick}>
                {t.readSource}
              </Button>
            </MessageBarActions>
          ) : null}
        </MessageBar>
      ) : null}
    </>
  );
}

/** Props of {@link BuildButtons}. */
export interface BuildButtonsProps {
  readonly flow: FlowView;
  readonly prefix: string;
  /** The draft and the preview allow a build. */
  readonly canBuild: boolean;
  /** The draft allows a refresh (default: as a build). */
  readonly canRefresh?: boolean;
}

/**
 * Build, Refresh (only when a sheet was built or restored; it names the sheet when the message
 * does) and Cancel (only while a build runs). Test ids `<prefix>-build`, `-refresh`, `-cancel`.
 *
 * @example
 * <BuildButtons flow={flow} prefix="sel" canBuild={errors.length === 0} />
 */
export function BuildButtons({ flow, prefix, canBuild, canRefresh = canBuild }: BuildButtonsProps): React.JSX.Element {
  const t = flow.messages;
  const sheet = flow.stored?.sheet;
  return (
    <>
      <Button
        appearance="primary"
        disabled={!canBuild || flow.running}
        onClick={() => flow.run(false)}
        data-testid={`${prefix}-build`}
      >
        {t.build}
      </Button>
      {sheet !== undefined ? (
        <Button disabled={!canRefresh || flow.running} onClick={() => flow.run(true)} data-testid={`${prefix}-refresh`}>
          {fill(t.refresh, { sheet })}
        </Button>
      ) : null}
      {flow.running ? (
        <Button onClick={flow.cancel} data-testid={`${prefix}-cancel`}>
          {t.cancel}
        </Button>
      ) : null}
    </>
  );
}

/** A button of {@link StepNav}. */
export interface NavButton {
  readonly label: string;
  readonly onClick: () => void;
  readonly testId: string;
  readonly disabled?: boolean;
}

/**
 * A step's row of buttons: Back, Next, and whatever else the step adds (the build buttons).
 *
 * @example
 * <StepNav back={{ label: t.back, onClick: back, testId: "cts-back-build" }}><BuildButtons … /></StepNav>
 */
export function StepNav(props: {
  readonly back?: NavButton;
  readonly next?: NavButton;
  readonly children?: React.ReactNode;
}): React.JSX.Element {
  const styles = useStyles();
  const { back, next } = props;
  return (
    <div className={styles.nav}>
      {back !== undefined ? (
        <Button onClick={back.onClick} disabled={back.disabled === true} data-testid={back.testId}>
          {back.label}
        </Button>
      ) : null}
      {next !== undefined ? (
        <Button appearance="primary" onClick={next.onClick} disabled={next.disabled === true} data-testid={next.testId}>
          {next.label}
        </Button>
      ) : null}
      {props.children}
    </div>
  );
}
