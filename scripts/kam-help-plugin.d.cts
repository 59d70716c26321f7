import type { Compiler } from "webpack";

/** Function metadata as in `functions.json` (the parts the plugin touches). */
interface FunctionsMetadata {
  functions: {
    id: string;
    name: string;
    description?: string;
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

/** Emits functions-nl.json and help/functions.html. */
export declare class KamHelpPlugin {
  constructor(options: { helpTable: string; docs: string; metadata?: string; output?: string; html?: string });
  apply(compiler: Compiler): void;
}

/** Renders the docs page's Markdown subset to HTML. */
export declare function renderMarkdown(markdown: string): string;

/** The Dutch metadata, and the function and parameter keys without Dutch help. */
export declare function localise(
  metadata: FunctionsMetadata,
  table: HelpTable,
): { missing: string[]; json: FunctionsMetadata };
