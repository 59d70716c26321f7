// Offline checks of an XML add-in manifest: the ones Microsoft's online validation service would catch
// (and a few it would not, like the package.json version), as pure functions of the manifest text.
// `scripts/validate.mjs` runs them; `test/unit/manifest-checks.test.ts` runs them on broken fixtures.

/** An XML element: local name (prefix dropped), attributes by qualified name, children and text. */
export interface XmlElement {
  readonly name: string;
  readonly qname: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

/** The outcome of one check. */
export interface CheckResult {
  readonly id: CheckId;
  readonly title: string;
  readonly ok: boolean;
  /** What is wrong, one line each; empty when ok. */
  readonly problems: readonly string[];
}

/** What the checks need besides the manifest text. */
export interface CheckContext {
  /** package.json `version`, e.g. "0.1.0". */
  readonly packageVersion: string;
  /** For a built manifest: does the file at this path (relative to the output folder) exist? */
  readonly fileExists?: (relativePath: string) => boolean;
}

/** The ids of the checks, in the order they run. */
export const CHECK_IDS = [
  "parses",
  "id",
  "version",
  "permissions",
  "sharedRuntime",
  "requirements",
  "resids",
  "runtime",
  "namespace",
  "origins",
  "nlMetadata",
  "files",
] as const;
/** A check id. */
export type CheckId = (typeof CHECK_IDS)[number];

const ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === "#")
      return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : +e.slice(1));
    return ENTITIES[e] ?? m;
  });
}

/**
 * Parses well-formed XML (elements, attributes, text, comments, CDATA, declarations) into a tree.
 * Throws an Error naming the line on malformed input. Not a validating parser.
 *
 * @example
 * parseXml('<a x="1"><b>hi</b></a>').children[0]?.text; // "hi"
 */
export function parseXml(xml: string): XmlElement {
  const lineAt = (i: number) => xml.slice(0, i).split("\n").length;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    if (text.trim()) {
      const top = stack[stack.length - 1];
      if (!top) throw new Error(`line ${lineAt(i)}: text outside the root element`);
      top.text += decode(text);
    }
    if (lt < 0) break;
    if (xml.startsWith("<!--", lt)) {
      const end = xml.indexOf("-->", lt + 4);
      if (end < 0) throw new Error(`line ${lineAt(lt)}: unterminated comment`);
      i = end + 3;
    } else if (xml.startsWith("<![CDATA[", lt)) {
      const end = xml.indexOf("]]>", lt + 9);
      const top = stack[stack.length - 1];
      if (end < 0 || !top) throw new Error(`line ${lineAt(lt)}: bad CDATA section`);
      top.text += xml.slice(lt + 9, end);
      i = end + 3;
    } else if (xml.startsWith("<?", lt) || xml.startsWith("<!", lt)) {
      const end = xml.indexOf(">", lt);
      if (end < 0) throw new Error(`line ${lineAt(lt)}: unterminated declaration`);
      i = end + 1;
    } else if (xml.startsWith("</", lt)) {
      const end = xml.indexOf(">", lt);
      const qname = xml.slice(lt + 2, end).trim();
      const open = stack.pop();
      if (end < 0 || !open || open.qname !== qname) {
        throw new Error(`line ${lineAt(lt)}: </${qname}> does not close <${open?.qname ?? "nothing"}>`);
      }
      i = end + 1;
    } else {
      const tag = /^<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(xml.slice(lt));
      if (!tag) throw new Error(`line ${lineAt(lt)}: malformed tag`);
      const [whole, qname = "", attrText = "", selfClose] = tag;
      const attrs: Record<string, string> = {};
      for (const m of attrText.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        const key = m[1] ?? "";
        if (key in attrs) throw new Error(`line ${lineAt(lt)}: attribute ${key} repeated`);
        attrs[key] = decode(m[2] ?? m[3] ?? "");
      }
      const el: XmlElement = { name: qname.replace(/^.*:/, ""), qname, attrs, children: [], text: "" };
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(el);
      else if (root) throw new Error(`line ${lineAt(lt)}: a second root element`);
      else root = el;
      if (!selfClose) stack.push(el);
      i = lt + whole.length;
    }
  }
  if (stack.length) throw new Error(`<${stack[stack.length - 1]?.qname}> is never closed`);
  if (!root) throw new Error("no root element");
  return root;
}

/** Every element below (and including) `el`, depth first. */
function* walk(el: XmlElement): Generator<XmlElement> {
  yield el;
  for (const c of el.children) yield* walk(c);
}

const byName = (root: XmlElement, name: string) => [...walk(root)].filter((e) => e.name === name);
const xsiType = (e: XmlElement) => e.attrs["xsi:type"] ?? "";

/** The URL-valued places of a manifest, each with where it was found. */
function urlsOf(root: XmlElement): { where: string; url: string }[] {
  const out: { where: string; url: string }[] = [];
  for (const e of walk(root)) {
    if (["IconUrl", "HighResolutionIconUrl", "SupportUrl"].includes(e.name) || e.name === "SourceLocation") {
      if (e.attrs["DefaultValue"]) out.push({ where: e.name, url: e.attrs["DefaultValue"] });
    }
    if (e.name === "AppDomain" && e.text.trim()) out.push({ where: "AppDomain", url: e.text.trim() });
    if ((e.name === "Url" || e.name === "Image") && e.attrs["id"]) {
      if (e.attrs["DefaultValue"]) out.push({ where: `${e.qname} ${e.attrs["id"]}`, url: e.attrs["DefaultValue"] });
      for (const o of e.children.filter((c) => c.name === "Override")) {
        if (o.attrs["Value"])
          out.push({ where: `${e.qname} ${e.attrs["id"]} (${o.attrs["Locale"]})`, url: o.attrs["Value"] });
      }
    }
  }
  return out;
}

/** Resource ids defined under <Resources> with their element (bt:Image, bt:Url, bt:String). */
function resources(root: XmlElement): Map<string, XmlElement> {
  const map = new Map<string, XmlElement>();
  for (const res of byName(root, "Resources")) {
    for (const e of walk(res)) if (e !== res && e.attrs["id"] !== undefined) map.set(e.attrs["id"], e);
  }
  return map;
}

/**
 * The requirement sets the add-in cannot run without, with the least version each must declare (see
 * docs/platform.md and docs/decisions.md): ExcelApi 1.9 for the APIs used unguarded (Range.copyFrom,
 * Range.getTables, WorksheetCollection.onSelectionChanged), the shared runtime, and CustomFunctionsRuntime 1.3
 * for every `CustomFunctions.ErrorCode` the functions return. SharedRuntime's presence is the "sharedRuntime" check.
 */
export const REQUIRED_SETS: Readonly<Record<string, string>> = {
  ExcelApi: "1.9",
  SharedRuntime: "1.1",
  CustomFunctionsRuntime: "1.3",
};

/**
 * Compares dotted versions numerically ("1.9" < "1.13"); a missing part counts as 0.
 *
 * @example
 * compareVersions("1.9", "1.13") < 0; // true
 */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

const TITLES: Readonly<Record<CheckId, string>> = {
  parses: "the manifest is well-formed XML with an <OfficeApp> root",
  id: "<Id> is a GUID",
  version: "<Version> matches package.json",
  permissions: "permission is ReadWriteDocument",
  sharedRuntime:
    "the SharedRuntime requirement set and a long-lived <Runtime> are declared; the button opens the Runtime's one task pane",
  requirements: `the add-in requires ${Object.entries(REQUIRED_SETS)
    .map(([n, v]) => `${n} ${v}`)
    .join(", ")} or later, each set once`,
  resids: "every resid resolves and every resource id is at most 32 characters",
  runtime: "the Runtime resid equals the functions Page and the FunctionFile",
  namespace: "the custom functions namespace is present",
  origins: "every URL is https and all share one origin",
  nlMetadata:
    "the nl-NL and nl-BE overrides of the functions metadata point at functions-nl.json; nl-BE repeats every nl-NL",
  files: "every URL points at a file of the build",
};

function result(id: CheckId, problems: string[]): CheckResult {
  return { id, title: TITLES[id], ok: problems.length === 0, problems };
}

/**
 * Runs every offline check on a manifest. A manifest that does not parse fails "parses" and skips the rest.
 * "files" runs only when `ctx.fileExists` is given (for a built manifest).
 *
 * @example
 * const results = checkManifest(readFileSync("manifest.xml", "utf8"), { packageVersion: "0.1.0" });
 * results.filter((r) => !r.ok); // []
 */
export function checkManifest(xml: string, ctx: CheckContext): CheckResult[] {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (e) {
    return [result("parses", [(e as Error).message])];
  }
  const out: CheckResult[] = [result("parses", root.name === "OfficeApp" ? [] : [`the root is <${root.qname}>`])];
  const one = (name: string) => byName(root, name)[0];
  const res = resources(root);

  const id = one("Id")?.text.trim() ?? "";
  out.push(
    result("id", /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) ? [] : [`<Id> is "${id}"`]),
  );

  const version = one("Version")?.text.trim() ?? "";
  const core = ctx.packageVersion.replace(/[-+].*$/, "");
  const wanted = [...core.split("."), "0", "0", "0"].slice(0, 4).join(".");
  out.push(
    result(
      "version",
      version === wanted ? [] : [`<Version> is "${version}"; package.json ${ctx.packageVersion} needs "${wanted}"`],
    ),
  );

  const perms = byName(root, "Permissions").map((p) => p.text.trim());
  out.push(
    result(
      "permissions",
      perms.length === 1 && perms[0] === "ReadWriteDocument" ? [] : [`<Permissions> is ${JSON.stringify(perms)}`],
    ),
  );

  const shared: string[] = [];
  if (!byName(root, "Set").some((s) => s.attrs["Name"] === "SharedRuntime")) shared.push("no SharedRuntime <Set>");
  const runtimes = byName(root, "Runtime");
  if (runtimes.length !== 1) shared.push(`${runtimes.length} <Runtime> elements, expected 1`);
  else if (runtimes[0]?.attrs["lifetime"] !== "long") shared.push('<Runtime> lacks lifetime="long"');
  // A shared runtime has one task pane; "any task pane without a <TaskpaneID> is considered a different task pane".
  const panes = byName(root, "Action").filter((a) => xsiType(a) === "ShowTaskpane");
  const paneIds = new Set(panes.map((a) => byName(a, "TaskpaneId")[0]?.text.trim() ?? ""));
  if (paneIds.has("")) shared.push("a ShowTaskpane action has no <TaskpaneId>");
  if (paneIds.size > 1) shared.push(`ShowTaskpane actions use ${paneIds.size} task panes: ${[...paneIds].join(", ")}`);
  for (const a of panes) {
    const src = byName(a, "SourceLocation")[0]?.attrs["resid"];
    const rt = runtimes[0]?.attrs["resid"];
    if (rt !== undefined && src !== rt) shared.push(`a ShowTaskpane action opens "${src}", not the Runtime "${rt}"`);
  }
  out.push(result("sharedRuntime", shared));

  const req: string[] = [];
  // The base manifest's <Requirements> (a child of <OfficeApp>) decides where the add-in installs at all.
  const sets = root.children
    .filter((c) => c.name === "Requirements")
    .flatMap((r) => r.children.filter((c) => c.name === "Sets"))
    .flatMap((group) =>
      group.children
        .filter((c) => c.name === "Set")
        .map((set) => ({ set, fallback: group.attrs["DefaultMinVersion"] ?? "1.1" })),
    );
  const declared = new Map<string, string>();
  for (const { set, fallback } of sets) {
    const name = set.attrs["Name"] ?? "";
    const min = set.attrs["MinVersion"] ?? fallback;
    if (declared.has(name)) req.push(`the ${name} set is declared twice`);
    if (!/^\d+(\.\d+)*$/.test(min)) req.push(`${name} has MinVersion "${min}"`);
    declared.set(name, min);
  }
  for (const [name, least] of Object.entries(REQUIRED_SETS)) {
    const min = declared.get(name);
    if (name === "SharedRuntime" && min === undefined) continue;
    if (min === undefined) req.push(`no ${name} <Set> (needs MinVersion ${least})`);
    else if (/^\d+(\.\d+)*$/.test(min) && compareVersions(min, least) < 0) {
      req.push(`${name} MinVersion is ${min}; the add-in needs ${least}`);
    }
  }
  out.push(result("requirements", req));

  const resid: string[] = [];
  for (const e of walk(root)) {
    const r = e.attrs["resid"];
    if (r === undefined) continue;
    if (!res.has(r)) resid.push(`<${e.qname} resid="${r}"> does not resolve`);
    if (r.length > 32) resid.push(`resid "${r}" is ${r.length} characters (max 32)`);
  }
  for (const key of res.keys())
    if (key.length > 32) resid.push(`resource id "${key}" is ${key.length} characters (max 32)`);
  out.push(result("resids", [...new Set(resid)]));

  const cf = byName(root, "ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions");
  const runtimeResid = runtimes[0]?.attrs["resid"];
  const pageResid = cf && byName(cf, "Page").flatMap((p) => byName(p, "SourceLocation"))[0]?.attrs["resid"];
  const fileResid = one("FunctionFile")?.attrs["resid"];
  const rt: string[] = [];
  if (!cf) rt.push("no CustomFunctions extension point");
  if (!runtimeResid) rt.push("no <Runtime resid>");
  if (runtimeResid && pageResid !== runtimeResid)
    rt.push(`functions <Page> uses "${pageResid}", Runtime "${runtimeResid}"`);
  if (runtimeResid && fileResid !== runtimeResid)
    rt.push(`<FunctionFile> uses "${fileResid}", Runtime "${runtimeResid}"`);
  out.push(result("runtime", rt));

  const nsResid = cf && byName(cf, "Namespace")[0]?.attrs["resid"];
  const ns = nsResid === undefined ? undefined : res.get(nsResid)?.attrs["DefaultValue"];
  out.push(
    result(
      "namespace",
      !cf
        ? ["no CustomFunctions extension point"]
        : ns?.trim()
          ? []
          : ["<Namespace> is missing or resolves to nothing"],
    ),
  );

  const origins = new Map<string, string[]>();
  const badUrls: string[] = [];
  for (const { where, url } of urlsOf(root)) {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      badUrls.push(`${where}: "${url}" is not a URL`);
      continue;
    }
    if (u.protocol !== "https:") badUrls.push(`${where}: ${url} is not https`);
    origins.set(u.origin, [...(origins.get(u.origin) ?? []), where]);
  }
  if (origins.size > 1) {
    badUrls.push(`URLs use ${origins.size} origins: ${[...origins.keys()].join(", ")}`);
  }
  out.push(result("origins", badUrls));

  const metaResid = cf && byName(cf, "Metadata").flatMap((m) => byName(m, "SourceLocation"))[0]?.attrs["resid"];
  const meta = metaResid === undefined ? undefined : res.get(metaResid);
  const override = (el: XmlElement | undefined, locale: string) =>
    el?.children.find((c) => c.name === "Override" && c.attrs["Locale"]?.toLowerCase() === locale);
  const nlProblems: string[] = [];
  if (!meta) nlProblems.push("the functions <Metadata> resid resolves to no bt:Url");
  else {
    const expected = (meta.attrs["DefaultValue"] ?? "").replace(/[^/]*$/, "functions-nl.json");
    for (const locale of ["nl-NL", "nl-BE"]) {
      const o = override(meta, locale.toLowerCase());
      if (!o) nlProblems.push(`bt:Url ${metaResid} has no ${locale} override`);
      else if (o.attrs["Value"] !== expected) {
        nlProblems.push(`the ${locale} override is "${o.attrs["Value"] ?? ""}", expected "${expected}"`);
      }
    }
  }
  for (const e of walk(root)) {
    const nl = override(e, "nl-nl");
    if (!nl || e === meta) continue;
    const be = override(e, "nl-be");
    const what = `<${e.qname}${e.attrs["id"] ? ` id="${e.attrs["id"]}"` : ""}>`;
    if (!be) nlProblems.push(`${what} has an nl-NL override but no nl-BE one`);
    else if (be.attrs["Value"] !== nl.attrs["Value"]) nlProblems.push(`${what}: the nl-BE override differs from nl-NL`);
  }
  out.push(result("nlMetadata", nlProblems));

  if (ctx.fileExists) {
    const missing: string[] = [];
    for (const { where, url } of urlsOf(root)) {
      let u: URL;
      try {
        u = new URL(url);
      } catch {
        continue;
      }
      const path = decodeURIComponent(u.pathname).replace(/^\//, "");
      if (path && !ctx.fileExists(path)) missing.push(`${where}: ${path} is not in the build`);
    }
    out.push(result("files", [...new Set(missing)]));
  }
  return out;
}
