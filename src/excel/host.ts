import type { WorkbookHost } from "../core/host";

/**
 * The Office.js implementation of the workbook host (work in progress: the selection-builder task
 * implements it). Returns `undefined` until then, so the pane shows "No workbook".
 *
 * @example
 * const host = createOfficeHost();
 */
export function createOfficeHost(): WorkbookHost | undefined {
  return undefined;
}
