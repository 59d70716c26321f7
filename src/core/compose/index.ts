/**
 * The sheet composer: builders declare named blocks placed relative to each other, tables with a
 * column registry, styles by role and names Excel accepts; {@link compose} turns them into a
 * `SheetLayout`. See `docs/adding-a-builder.md`.
 *
 * @module
 */
export * from "./axis";
export * from "./names";
export * from "./palette";
export * from "./sheet";
export * from "./table";
