import * as React from "react";
import { Text } from "@fluentui/react-components";
import type { WorkbookHost } from "../../core/host";
import type { Lang } from "../../core/lang";

/** Props of the Selection matrix builder. */
export interface SelectionBuilderProps {
  readonly host: WorkbookHost | undefined;
  readonly lang: Lang;
}

/**
 * The Selection matrix builder (work in progress).
 *
 * @example
 * <SelectionBuilder host={undefined} lang="en" />
 */
export function SelectionBuilder({ host }: SelectionBuilderProps): React.JSX.Element {
  return <Text data-testid="selection-builder">{host === undefined ? "No workbook" : "Selection matrix builder"}</Text>;
}
