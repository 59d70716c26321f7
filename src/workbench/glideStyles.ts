/**
 * Glide's stylesheets the workbench needs (the overlay cell editor, its growing text box, the
 * scroller and the container), inlined as text. Glide's `index.css` only `@import`s these files, and
 * its package exports hide them, hence the relative paths.
 *
 * @module
 */
import overlayEditor from "../../node_modules/@glideapps/glide-data-grid/dist/esm/internal/data-grid-overlay-editor/data-grid-overlay-editor-style.css";
import growingEntry from "../../node_modules/@glideapps/glide-data-grid/dist/esm/internal/growing-entry/growing-entry-style.css";
import scroller from "../../node_modules/@glideapps/glide-data-grid/dist/esm/internal/scrolling-data-grid/infinite-scroller.css";
import container from "../../node_modules/@glideapps/glide-data-grid/dist/esm/internal/data-editor-container/data-grid-container.css";

/**
 * Adds Glide's styles to the document once.
 *
 * @example
 * installGlideStyles(document);
 */
export function installGlideStyles(doc: Document): void {
  if (doc.getElementById("glide-styles") !== null) return;
  const style = doc.createElement("style");
  style.id = "glide-styles";
  style.textContent = [overlayEditor, growingEntry, scroller, container].join("\n");
  doc.head.appendChild(style);
}
