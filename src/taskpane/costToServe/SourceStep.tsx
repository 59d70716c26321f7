import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Field,
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
import type { CostToServeConfig } from "../../core/costToServe/builder";
import type { Lang } from "../../core/lang";
import { quoteSheet } from "../../core/layout";
import { formatSourceProblem, type SourceProblem, type SourceProfile } from "../../core/source";
import { ColumnSelect } from "./fields";
import { CTS_STRINGS, fill } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** Props of the source step. */
export interface SourceStepProps {
  readonly lang: Lang;
  readonly profile: SourceProfile | undefined;
  /** Problems of the customer column (blank or duplicate names), from the shared source checks. */
  readonly nameProblems: readonly SourceProblem[];
  readonly mapping: CostToServeConfig["mapping"];
  readonly onMapping: (mapping: CostToServeConfig["mapping"]) => void;
  readonly onRead: () => void;
  readonly reading: boolean;
  readonly errors: Readonly<Record<string, string>>;
  readonly notFound: boolean;
}

/**
 * Step 1: read the table under the selection (the shared source profile: rows, types, problems)
 * and map customer, revenue and cost of goods.
 *
 * @example
 * <SourceStep lang="en" profile={profile} nameProblems={[]} mapping={m} onMapping={setM} onRead={read} reading={false} errors={{}} notFound={false} />
 */
export function SourceStep({
  lang,
  profile,
  nameProblems,
  mapping,
  onMapping,
  onRead,
  reading,
  errors,
  notFound,
}: SourceStepProps): React.JSX.Element {
  const t = CTS_STRINGS[lang];
  const styles = useStyles();
  const all = profile?.columns.map((c) => c.header) ?? [];
  const numeric = profile?.columns.filter((c) => c.kind === "number").map((c) => c.header) ?? [];
  const select = (
    key: string,
    label: string,
    value: string,
    columns: readonly string[],
    set: (v: string) => void,
  ): React.JSX.Element => (
    <ColumnSelect
      label={label}
      value={value}
      columns={columns}
      onChange={set}
      testId={`cts-${key}`}
      placeholder={t.pick}
      error={errors[key]}
    />
  );
  const { revenue, cost } = mapping;
  return (
    <div className={styles.root} data-testid="cts-source">
      <Button appearance="primary" onClick={onRead} disabled={reading} data-testid="cts-read-source">
        {t.readSource}
      </Button>
      {notFound ? (
        <MessageBar intent="warning" data-testid="cts-no-source">
          <MessageBarBody>{t.noSource}</MessageBarBody>
        </MessageBar>
      ) : null}
      {profile !== undefined ? (
        <>
          <Text data-testid="cts-source-found">
            {fill(t.sourceFound, {
              rows: profile.rowCount,
              address: `${quoteSheet(profile.sheet)}!${profile.address.replace(/^.*!/, "")}`,
            })}
          </Text>
          {profile.problems.map((p, i) => (
            <MessageBar
              key={i}
              intent={p.severity === "error" ? "error" : "warning"}
              data-testid={`cts-source-problem-${i}`}
            >
              <MessageBarBody>{formatSourceProblem(p, lang)}</MessageBarBody>
            </MessageBar>
          ))}
          <Table size="extra-small" aria-label={t.columns} data-testid="cts-columns">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t.column}</TableHeaderCell>
                <TableHeaderCell>{t.kind}</TableHeaderCell>
                <TableHeaderCell>{t.blanks}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {profile.columns.map((c) => (
                <TableRow key={c.index} data-testid={`cts-column-${c.index}`}>
                  <TableCell>{c.header}</TableCell>
                  <TableCell>{t[`kind_${c.kind}`]}</TableCell>
                  <TableCell>{`${Math.round(c.blankShare * 100)} %`}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {select("mapping.customer", t.customer, mapping.customer, all, (customer) =>
            onMapping({ ...mapping, customer }),
          )}
          {nameProblems.map((p, i) => (
            <MessageBar key={i} intent="warning" data-testid={`cts-name-problem-${i}`}>
              <MessageBarBody>{formatSourceProblem(p, lang)}</MessageBarBody>
            </MessageBar>
          ))}
          <Field label={t.revenue} size="small">
            <RadioGroup
              layout="horizontal"
              value={revenue.kind}
              data-testid="cts-revenue-kind"
              onChange={(_, d) =>
                onMapping({
                  ...mapping,
                  revenue:
                    d.value === "list"
                      ? { kind: "list", list: "", discount: "", discountAs: "fraction" }
                      : { kind: "net", net: "" },
                })
              }
            >
              <Radio value="net" label={t.revenueNet} data-testid="cts-revenue-net" />
              <Radio value="list" label={t.revenueList} data-testid="cts-revenue-list" />
            </RadioGroup>
          </Field>
          {revenue.kind === "net" ? (
            select("mapping.revenue.net", t.netColumn, revenue.net, numeric, (net) =>
              onMapping({ ...mapping, revenue: { ...revenue, net } }),
            )
          ) : (
            <div className={styles.row}>
              {select("mapping.revenue.list", t.listColumn, revenue.list, numeric, (list) =>
                onMapping({ ...mapping, revenue: { ...revenue, list } }),
              )}
              {select("mapping.revenue.discount", t.discountColumn, revenue.discount, numeric, (discount) =>
                onMapping({ ...mapping, revenue: { ...revenue, discount } }),
              )}
              <Field label={t.discountAs} size="small">
                <RadioGroup
                  value={revenue.discountAs}
                  data-testid="cts-discount-as"
                  onChange={(_, d) =>
                    onMapping({
                      ...mapping,
                      revenue: { ...revenue, discountAs: d.value === "amount" ? "amount" : "fraction" },
                    })
                  }
                >
                  <Radio value="fraction" label={t.discountFraction} data-testid="cts-discount-fraction" />
                  <Radio value="amount" label={t.discountAmount} data-testid="cts-discount-amount" />
                </RadioGroup>
              </Field>
            </div>
          )}
          <Field label={t.cost} size="small">
            <RadioGroup
              layout="horizontal"
              value={cost.kind}
              data-testid="cts-cost-kind"
              onChange={(_, d) =>
                onMapping({ ...mapping, cost: { kind: d.value === "margin" ? "margin" : "cogs", column: "" } })
              }
            >
              <Radio value="cogs" label={t.costCogs} data-testid="cts-cost-cogs" />
              <Radio value="margin" label={t.costMargin} data-testid="cts-cost-margin" />
            </RadioGroup>
          </Field>
          {select("mapping.cost.column", t.costColumn, cost.column, numeric, (column) =>
            onMapping({ ...mapping, cost: { ...cost, column } }),
          )}
        </>
      ) : null}
    </div>
  );
}
