// Measures KAM.SCORE on 100,000 customers × 8 criteria through the BUILT bundle, loaded the way Excel's
// JavaScript-only runtime loads it (a bare context with only CustomFunctions and Office), and compares it
// with a plain typed-array loop over the same numbers.
//   node scripts/measure-score.mjs [distDir]      (default: $KAM_DIST or dist)
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createContext, runInContext } from "node:vm";
import { performance } from "node:perf_hooks";

const dist = resolve(process.argv[2] ?? process.env.KAM_DIST ?? "dist");
const ROWS = 100_000;
const COLS = 8;
const RUNS = 15;

class CfError {
  constructor(code, message) {
    this.code = code;
    this.message = message;
  }
}
const associated = new Map();
const context = createContext({
  CustomFunctions: { associate: (id, fn) => associated.set(id, fn), Error: CfError, ErrorCode: {} },
  Office: { onReady: () => Promise.resolve({}) },
});
runInContext("var self = globalThis;", context);
for (const file of ["runtime.js", "functions.js"]) {
  runInContext(readFileSync(resolve(dist, file), "utf8"), context, { filename: file });
}
const score = associated.get("SCORE");
if (!score) throw new Error(`KAM.SCORE is not associated by ${dist}/functions.js`);

const scores = Array.from({ length: ROWS }, (_, r) =>
  Array.from({ length: COLS }, (_, c) => ((r * 31 + c * 17) % 9 === 0 ? null : 1 + ((r * 7 + c * 3) % 5))),
);
const weights = [[3, 1, 2, 2, 1, 1, 0.5, 0.5]];

const flat = new Float64Array(ROWS * COLS);
const present = new Uint8Array(ROWS * COLS);
scores.forEach((row, r) =>
  row.forEach((v, c) => {
    if (v !== null) {
      flat[r * COLS + c] = v;
      present[r * COLS + c] = 1;
    }
  }),
);
const w = Float64Array.from(weights[0]);
function typedLoop() {
  const out = new Float64Array(ROWS);
  for (let r = 0; r < ROWS; r++) {
    let s = 0;
    let t = 0;
    for (let c = 0; c < COLS; c++) {
      const i = r * COLS + c;
      if (present[i] === 1) {
        s += w[c] * flat[i];
        t += w[c];
      }
    }
    out[r] = s / t;
  }
  return out;
}

function median(fn) {
  const times = [];
  let result;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    result = fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(RUNS / 2)], result };
}

const bundled = median(() => score(scores, weights));
const baseline = median(typedLoop);
for (let r = 0; r < ROWS; r += 997) {
  if (Math.abs(bundled.result[r][0] - baseline.result[r]) > 1e-9) throw new Error(`row ${r + 1} differs`);
}
const rate = (ms) => Math.round((ROWS / ms) * 1000).toLocaleString("en-US");
console.log(`KAM.SCORE ${ROWS.toLocaleString("en-US")} × ${COLS} through ${dist}/functions.js (median of ${RUNS}):`);
console.log(`  bundle      ${bundled.ms.toFixed(1)} ms  = ${rate(bundled.ms)} rows/s`);
console.log(`  typed loop  ${baseline.ms.toFixed(1)} ms  = ${rate(baseline.ms)} rows/s`);
console.log(`  ratio       ${(bundled.ms / baseline.ms).toFixed(1)}×`);
