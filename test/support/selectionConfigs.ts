/**
 * Selection-matrix configurations for the 200-customer sample, shared by the engine, LibreOffice and
 * benchmark tests.
 *
 * @module
 */
import type { SourceProfile } from "../../src/core/source";
import { SelectionConfigSchema, initialConfig, type SelectionConfig } from "../../src/core/selection/builder";

/** Every method and both directions, a profit column with negatives (loss customers) and Dutch labels. */
export const ALL_METHODS: SelectionConfig = SelectionConfigSchema.parse({
  version: 1,
  template: "custom",
  nameColumn: "Customer",
  profitColumn: "Revenue growth %",
  criteria: [
    {
      column: "Net revenue",
      group: "significance",
      horizon: "current",
      direction: "higher",
      method: "percentile",
      bands: [],
      weight: 30,
    },
    {
      column: "Payment days",
      group: "profitability",
      horizon: "current",
      direction: "lower",
      method: "minmax",
      bands: [],
      weight: 10,
    },
    {
      column: "Discount",
      group: "profitability",
      horizon: "current",
      direction: "lower",
      method: "bands",
      bands: [0.05, 0.1, 0.2],
      weight: 10,
    },
    {
      column: "Price sensitivity",
      group: "profitability",
      horizon: "current",
      direction: "lower",
      method: "score",
      bands: [],
      weight: 5,
    },
    {
      column: "Orders",
      group: "significance",
      horizon: "current",
      direction: "lower",
      method: "percentile",
      bands: [],
      weight: 5,
    },
    {
      column: "Satisfaction",
      group: "relational",
      horizon: "future",
      direction: "higher",
      method: "score",
      bands: [],
      weight: 20,
    },
    {
      column: "Loyalty",
      group: "relational",
      horizon: "future",
      direction: "higher",
      method: "bands",
      bands: [2, 3, 4],
      weight: 10,
    },
    {
      column: "Image",
      group: "strategic",
      horizon: "future",
      direction: "higher",
      method: "minmax",
      bands: [],
      weight: 10,
    },
    {
      column: "Visits",
      group: "relational",
      horizon: "future",
      direction: "higher",
      method: "minmax",
      bands: [],
      weight: 5,
    },
  ],
  cuts: { current: 3, future: 3.2, attractiveness: 3.5, strength: 2.5 },
  axes: "currentFuture",
  style: "portable",
  lang: "nl",
});

/** The two templates on the sample, and {@link ALL_METHODS}, by a readable name. */
export function sampleConfigs(profile: SourceProfile): Record<string, SelectionConfig> {
  return {
    "Course: four dimensions": initialConfig(profile, "course", "en"),
    "Attractiveness × strength (McDonald)": initialConfig(profile, "mcdonald", "en"),
    "every method and direction, with loss customers, in Dutch": ALL_METHODS,
  };
}
