import * as React from "react";
import { Text } from "@fluentui/react-components";
import type { WorkbookHost } from "../../core/host";
import type { Lang } from "../../core/lang";

/** Props of the Cost-to-serve builder. */
export interface CostToServeBuilderProps {
  readonly host: WorkbookHost | undefined;
  readonly lang: Lang;
}

/**
 * The Cost-to-serve builder (work in progress).
 *
 * @example
 * <CostToServeBuilder host={undefined} lang="en" />
 */
export function CostToServeBuilder({ host }: CostToServeBuilderProps): React.JSX.Element {
  return <Text data-testid="costToServe-builder">{host === undefined ? "No workbook" : "Cost-to-serve builder"}</Text>;
}
