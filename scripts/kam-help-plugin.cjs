// Webpack plugin for the function help. After the custom-functions-metadata plugin has produced
// `functions.json`, it
//   - completes `functions.json` as Excel must read it (`excelMetadata`): the top-level
//     `allowErrorForDataTypeAny: true`, without which Excel does not call a function whose range holds an
//     error cell (the generator cannot emit it: Microsoft documents it for hand-written metadata only), and,
//     for production, the help URLs moved from the development origin to the production one;
//   - emits `functions-nl.json`: the same metadata with the Dutch descriptions of `src/functions/help.nl.ts`
//     (ids, names and parameter names unchanged), which the manifest gives to nl-NL with <bt:Override>;
//   - `help/functions.html`: `docs/functions.md` rendered to HTML, so the functions' @helpurl
//     anchors (`#kam-<id>`) resolve.
// A function or parameter without Dutch help is a build warning (and fails test/unit/help-nl.test.ts);
// it keeps its English text in functions-nl.json.
const fs = require("fs");
const path = require("path");
const Module = require("module");
const ts = require("typescript");
const { Compilation, WebpackError, sources } = require("webpack");

const PLUGIN = "KamHelpPlugin";

/** Loads a TypeScript module without imports (the Dutch help table) by transpiling it to CommonJS. */
function loadTs(file) {
  const source = fs.readFileSync(file, "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
    fileName: file,
  });
  const m = new Module(file);
  m.filename = file;
  m.paths = Module._nodeModulePaths(path.dirname(file));
  m._compile(outputText, file);
  return m.exports;
}

/**
 * The Dutch metadata: a copy of `functions.json` with each function's and parameter's description
 * replaced by the Dutch one. Returns the missing keys instead when the table is incomplete.
 */
function localise(metadata, table) {
  const missing = [];
  const functions = metadata.functions.map((f) => {
    const help = table[f.id];
    if (!help) {
      missing.push(f.id);
      return f;
    }
    const parameters = f.parameters.map((p) => {
      const text = help.params[p.name];
      if (!text) missing.push(`${f.id}.${p.name}`);
      return { ...p, description: text || p.description };
    });
    const result = help.result ? { ...f.result, description: help.result } : f.result;
    return { ...f, description: help.description, parameters, result };
  });
  return { missing, json: { ...metadata, functions } };
}

/**
 * The metadata as Excel must read it: `allowErrorForDataTypeAny: true` at the top, so that error cells
 * reach the functions (one bad row gives an error in that row, not a failed call), and each `helpUrl`
 * that starts with `origin.from` moved to `origin.to` (the production build; the manifest is rewritten
 * the same way).
 *
 * @example
 * excelMetadata({ functions: [{ id: "SCORE", helpUrl: "https://localhost:3000/help/functions.html#kam-score" }] },
 *   { origin: { from: "https://localhost:3000", to: "https://kam.example.com" } });
 * // { allowErrorForDataTypeAny: true, functions: [{ id: "SCORE", helpUrl: "https://kam.example.com/help/functions.html#kam-score" }] }
 */
function excelMetadata(metadata, { origin } = {}) {
  const move = (url) =>
    origin && typeof url === "string" && url.startsWith(origin.from) ? origin.to + url.slice(origin.from.length) : url;
  const { functions, ...top } = metadata;
  return {
    ...top,
    allowErrorForDataTypeAny: true,
    functions: functions.map((f) => (f.helpUrl === undefined ? f : { ...f, helpUrl: move(f.helpUrl) })),
  };
}

const escapeHtml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function inline(text) {
  const parts = text.split(/(`[^`]*`)/);
  return parts
    .map((part) => {
      if (part.startsWith("`") && part.endsWith("`") && part.length > 1)
        return `<code>${escapeHtml(part.slice(1, -1))}</code>`;
      return escapeHtml(part)
        .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
        .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label, href) => `<a href="${href}">${label}</a>`);
    })
    .join("");
}

const cells = (line) =>
  line
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split(/(?<!\\)\|/)
    .map((c) => c.trim().replace(/\\\|/g, "|"));

/**
 * A small Markdown renderer for the docs page: headings, paragraphs, pipe tables, bullet lists,
 * fenced code, inline code, bold, links, and raw HTML lines (anchors such as `<a id="kam-score"></a>`).
 */
function renderMarkdown(markdown) {
  const lines = markdown.replace(/\r\n/g, "\n").split("\n");
  const html = [];
  let i = 0;
  let paragraph = [];
  const flush = () => {
    if (paragraph.length > 0) html.push(`<p>${inline(paragraph.join(" "))}</p>`);
    paragraph = [];
  };
  while (i < lines.length) {
    const line = lines[i];
    if (line.startsWith("```")) {
      flush();
      const code = [];
      i++;
      while (i < lines.length && !lines[i].startsWith("```")) code.push(lines[i++]);
      i++;
      html.push(`<pre><code>${escapeHtml(code.join("\n"))}</code></pre>`);
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      const level = heading[1].length;
      html.push(`<h${level}>${inline(heading[2])}</h${level}>`);
      i++;
      continue;
    }
    if (/^\s*<[a-z/!]/i.test(line)) {
      flush();
      html.push(line.trim());
      i++;
      continue;
    }
    if (line.trim().startsWith("|") && i + 1 < lines.length && /^\s*\|?\s*:?-{3,}/.test(lines[i + 1])) {
      flush();
      const head = cells(line);
      i += 2;
      const body = [];
      while (i < lines.length && lines[i].trim().startsWith("|")) body.push(cells(lines[i++]));
      html.push(
        `<table><thead><tr>${head.map((h) => `<th>${inline(h)}</th>`).join("")}</tr></thead><tbody>` +
          body.map((r) => `<tr>${r.map((c) => `<td>${inline(c)}</td>`).join("")}</tr>`).join("") +
          "</tbody></table>",
      );
      continue;
    }
    if (/^\s*[-*]\s+/.test(line)) {
      flush();
      const items = [];
      while (i < lines.length && /^\s*[-*]\s+/.test(lines[i])) {
        const indent = /^\s*/.exec(lines[i])[0].length;
        let text = lines[i++].replace(/^\s*[-*]\s+/, "");
        while (i < lines.length && /^\s{2,}\S/.test(lines[i]) && !/^\s*[-*]\s+/.test(lines[i]))
          text += ` ${lines[i++].trim()}`;
        items.push({ nested: indent >= 2, text });
      }
      let out = "<ul>";
      items.forEach((item, k) => {
        const next = items[k + 1];
        if (item.nested && !items[k - 1]?.nested) out += "<ul>";
        out += `<li>${inline(item.text)}`;
        if (!next?.nested || item.nested) out += "</li>";
        if (item.nested && !next?.nested) out += "</ul></li>";
      });
      html.push(`${out}</ul>`);
      continue;
    }
    if (line.trim() === "") {
      flush();
      i++;
      continue;
    }
    paragraph.push(line.trim());
    i++;
  }
  flush();
  return html.join("\n");
}

function page(body) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>KAM for Excel: functions</title>
<style>
body { font-family: "Segoe UI", system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #242424; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
th, td { border: 1px solid #d1d1d1; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f5f5f5; }
code { background: #f5f5f5; padding: 0 0.2rem; border-radius: 3px; }
pre { background: #f5f5f5; padding: 0.5rem; overflow-x: auto; }
h2 { border-bottom: 1px solid #e0e0e0; padding-bottom: 0.2rem; margin-top: 2.5rem; }
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

class KamHelpPlugin {
  /**
   * @param {{ helpTable: string, docs: string, metadata?: string, output?: string, html?: string,
   *   origin?: { from: string, to: string } }} options
   *   absolute paths of the Dutch help table and the docs page; asset names of the metadata in and out;
   *   `origin`: move help URLs from one origin to another (production builds).
   */
  constructor(options) {
    this.options = { metadata: "functions.json", output: "functions-nl.json", html: "help/functions.html", ...options };
  }

  apply(compiler) {
    const { helpTable, docs, metadata, output, html, origin } = this.options;
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.fileDependencies.add(helpTable);
      compilation.fileDependencies.add(docs);
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const asset = compilation.getAsset(metadata);
        if (asset) {
          try {
            const { HELP_NL } = loadTs(helpTable);
            const english = excelMetadata(JSON.parse(asset.source.source().toString()), { origin });
            compilation.updateAsset(metadata, new sources.RawSource(`${JSON.stringify(english, null, 2)}\n`));
            const { missing, json } = localise(english, HELP_NL);
            if (missing.length > 0) {
              compilation.warnings.push(
                new WebpackError(`${PLUGIN}: no Dutch help for ${missing.join(", ")} in ${helpTable}`),
              );
            }
            compilation.emitAsset(output, new sources.RawSource(`${JSON.stringify(json, null, 2)}\n`));
          } catch (e) {
            compilation.errors.push(new WebpackError(`${PLUGIN}: ${e instanceof Error ? e.message : String(e)}`));
          }
        }
        if (fs.existsSync(docs)) {
          compilation.emitAsset(html, new sources.RawSource(page(renderMarkdown(fs.readFileSync(docs, "utf8")))));
        }
      });
    });
  }
}

module.exports = { KamHelpPlugin, renderMarkdown, localise, excelMetadata };
