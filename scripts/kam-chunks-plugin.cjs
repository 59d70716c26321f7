// Writes `bundles.json` next to the build: the JavaScript files of each entry point (what its page
// loads first) and of each named lazy chunk group with the split chunks it needs (what opening a
// builder's tab loads). bench/bundles.ts and the budget test measure the pane from it.
class KamChunksPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("KamChunksPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "KamChunksPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const files = (group) => [
            ...new Set(group.chunks.flatMap((chunk) => [...chunk.files].filter((f) => f.endsWith(".js")))),
          ];
          const map = { entrypoints: {}, lazy: {} };
          for (const [name, entry] of compilation.entrypoints) map.entrypoints[name] = files(entry);
          for (const [name, group] of compilation.namedChunkGroups) {
            if (!compilation.entrypoints.has(name)) map.lazy[name] = files(group);
          }
          compilation.emitAsset("bundles.json", new sources.RawSource(`${JSON.stringify(map, null, 2)}\n`));
        },
      );
    });
  }
}

module.exports = { KamChunksPlugin };
