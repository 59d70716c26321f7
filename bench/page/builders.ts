/**
 * What the browser benchmark injects into the workbench page: the pure steps of both builders (the
 * same core code the task pane calls), so that a build can be timed inside the page without clicking
 * through the pane. Bundled on the fly with esbuild by `bench/browser.ts`.
 *
 * @module
 */
import { computeCostToServe, costToServeLayout } from "../../src/core/costToServe/builder";
import { buildSelectionLayout, initialConfig } from "../../src/core/selection/builder";
import { profileSource } from "../../src/core/source";
import { sampleConfig } from "../../test/support/costToServeConfig";

/** The functions the page gets as `window.kamBench`. */
export const kamBench = {
  buildSelectionLayout,
  initialConfig,
  profileSource,
  computeCostToServe,
  costToServeLayout,
  costToServeConfig: sampleConfig,
};

(globalThis as unknown as { kamBench: typeof kamBench }).kamBench = kamBench;
