import type { Compiler } from "webpack";

/** Function metadata as in `functions.json` (the parts the plugin touches). */
interface FunctionsMetadata {
  allowErrorForDataTypeAny?: boolean;
  [key: string]: unknown;
  functions: {
    id: string;
    name: string;
    description?: string;
    helpUrl?: string;
    result: Record<string, unknown>;
    parameters: { name: string; description?: string; [key: string]: unknown }[];
    [key: string]: unknown;
  }[];
}

/** The Dutch help table's shape (see src/functions/help.nl.ts). */
type HelpTable = Readonly<
  Record<
    string,
    { readonly description: string; readonly params: Readonly<Record<string, string>>; readonly result?: string }
  >
>;

/** Completes functions.json (error inputs, help URL origin) and emits functions-nl.json and help/functions.html. */
export declare class KamHelpPlugin {
  constructor(options: {
    helpTable: string;
    docs: string;
    metadata?: string;
    output?: string;
    html?: string;
    origin?: { from: string; to: string };
  });
  apply(compiler: Compiler): void;
}

/** Renders the docs page's Markdown subset to HTML. */
export declare function renderMarkdown(markdown: string): string;

/** The Dutch metadata, and the function and parameter keys without Dutch help. */
export declare function localise(
  metadata: FunctionsMetadata,
  table: HelpTable,
): { missing: string[]; json: FunctionsMetadata };

/** The metadata as Excel must read it: `allowErrorForDataTypeAny: true`, help URLs moved to `origin.to`. */
export declare function excelMetadata(
  metadata: FunctionsMetadata,
  options?: { origin?: { from: string; to: string } },
): FunctionsMetadata;
