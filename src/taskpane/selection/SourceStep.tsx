import * as React from "react";
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
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { NUMBER_LOCALES, type Lang } from "../../core/lang";
import { formatSourceProblem, type SourceProblem, type SourceProfile } from "../../core/source";
import { TEMPLATES, type TemplateId } from "../../core/selection/builder";
import { ChoiceField } from "./fields";
import { SEL_STRINGS, fill } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  table: { maxHeight: "260px", overflowY: "auto" },
  nav: { display: "flex", gap: tokens.spacingHorizontalS },
});

/** Props of {@link SourceStep}. */
export interface SourceStepProps {
  readonly lang: Lang;
  readonly profile: SourceProfile | undefined;
  readonly nameProblems: readonly SourceProblem[];
  readonly reading: boolean;
  readonly notFound: boolean;
  readonly nameColumn: string;
  readonly template: TemplateId;
  readonly onRead: () => void;
  readonly onNameColumn: (header: string) => void;
  readonly onTemplate: (template: TemplateId) => void;
  readonly onNext: () => void;
}

/**
 * Step 1: find the customer table, show its columns with their type and blanks, its problems,
 * and pick the customer-name column and a template.
 *
 * @example
 * <SourceStep lang="en" profile={profile} nameProblems={[]} reading={false} notFound={false}
 *   nameColumn="Customer" template="course" onRead={read} onNameColumn={setName}
 *   onTemplate={setTemplate} onNext={next} />
 */
export function SourceStep(props: SourceStepProps): React.JSX.Element {
  const { lang, profile } = props;
  const t = SEL_STRINGS[lang];
  const styles = useStyles();
  const pct = (v: number): string =>
    v.toLocaleString(NUMBER_LOCALES[lang], { style: "percent", maximumFractionDigits: 0 });
  return (
    <div className={styles.root} data-testid="sel-step-source">
      <div className={styles.nav}>
        <Button appearance="primary" onClick={props.onRead} disabled={props.reading} data-testid="sel-read-source">
          {props.reading ? t.reading : t.readSource}
        </Button>
      </div>
      {props.notFound ? (
        <MessageBar intent="warning" data-testid="sel-no-source">
          <MessageBarBody>{t.noSource}</MessageBarBody>
        </MessageBar>
      ) : null}
      {profile === undefined ? null : (
        <>
          <Text data-testid="sel-source-found">
            {fill(t.sourceFound, { rows: profile.rowCount, address: `${profile.sheet}!${profile.address}` })}
          </Text>
          {[...profile.problems, ...props.nameProblems].map((p, i) => (
            <MessageBar
              key={`${p.code}-${i}`}
              intent={p.severity === "error" ? "error" : "warning"}
              data-testid={`sel-problem-${p.code}`}
            >
              <MessageBarBody>{formatSourceProblem(p, lang)}</MessageBarBody>
            </MessageBar>
          ))}
          <div className={styles.table}>
            <Table size="extra-small" aria-label={t.column}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t.column}</TableHeaderCell>
                  <TableHeaderCell>{t.type}</TableHeaderCell>
                  <TableHeaderCell>{t.blanks}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {profile.columns.map((c) => (
                  <TableRow key={c.index} data-testid={`sel-col-${c.index}`}>
                    <TableCell>{c.header === "" ? `(${c.letter})` : c.header}</TableCell>
                    <TableCell data-testid={`sel-col-${c.index}-kind`}>{t[`kind_${c.kind}`]}</TableCell>
                    <TableCell>{pct(c.blankShare)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          <ChoiceField
            label={t.nameColumn}
            value={props.nameColumn}
            options={[
              { value: "", label: t.pick },
              ...profile.columns.filter((c) => c.header !== "").map((c) => ({ value: c.header, label: c.header })),
            ]}
            onChange={props.onNameColumn}
            testId="sel-name-column"
          />
          <ChoiceField<TemplateId>
            label={t.template}
            value={props.template}
            options={TEMPLATES.map((id) => ({ value: id, label: t[`template_${id}`] }))}
            onChange={(v) => props.onTemplate(v === "" ? "custom" : v)}
            testId="sel-template"
          />
          <div className={styles.nav}>
            <Button
              appearance="primary"
              disabled={!profile.ok || props.nameColumn === ""}
              onClick={props.onNext}
              data-testid="sel-next-criteria"
            >
              {t.next}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
