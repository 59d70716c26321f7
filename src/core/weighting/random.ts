/**
 * The pseudo-random generator of the stability functions: mulberry32 (Tommy Ettinger, 2017; public
 * domain), a 32-bit generator with a period of 2³² that needs only integer arithmetic, so that
 * every JavaScript engine (Excel's runtime, the workbench's browser, Node) gives the same sequence
 * for the same seed. Not for cryptography.
 *
 * @module
 */

/** The seed of `KAM.STABILITY` and `KAM.CLASSSTABILITY` when none is given. */
export const DEFAULT_SEED = 15;

/**
 * A generator of uniform numbers in [0, 1), each a multiple of 2⁻³², from a 32-bit seed (a whole
 * number from 0 to 4,294,967,295; other numbers are reduced modulo 2³²).
 *
 * @example
 * const next = mulberry32(15);
 * const first = next();
 * first === mulberry32(15)(); // true
 * first >= 0 && first < 1; // true
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
