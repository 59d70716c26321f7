/**
 * The four pure specs measured by part 1, bundled on their own by esbuild (`bench/core.ts`) so that
 * the "core" column runs scope-hoisted code like the production bundle, not modules loaded through
 * tsx (whose imported bindings are getters: slower calls that would be a harness artefact).
 *
 * @module
 */
export { CLASSIFY } from "../src/core/classification";
export { COSTTOSERVE } from "../src/core/costToServe";
export { SCORE } from "../src/core/selection";
export { WHALECURVE } from "../src/core/whale";
