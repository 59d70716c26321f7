/**
 * What the browser benchmark injects into the workbench page: the selection builder's pure steps
 * (the same core code the task pane calls), so that a build can be timed inside the page without
 * clicking through the pane. Bundled on the fly with esbuild by `bench/browser.ts`.
 *
 * @module
 */
import { buildSelectionLayout, initialConfig } from "../../src/core/selectionMatrix";
import { profileSource } from "../../src/core/source";

/** The functions the page gets as `window.kamBench`. */
export const kamBench = { buildSelectionLayout, initialConfig, profileSource };

(globalThis as unknown as { kamBench: typeof kamBench }).kamBench = kamBench;
