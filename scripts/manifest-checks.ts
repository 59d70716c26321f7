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

const TITLES: Readonly<Record<CheckId, string>> = {
  parses: "the manifest is well-formed XML with an <OfficeApp> root",
  id: "<Id> is a GUID",
  version: "<Version> matches package.json",
  permissions: "permission is ReadWriteDocument",
  sharedRuntime: "the SharedRuntime requirement set and a long-lived <Runtime> are declared",
  resids: "every resid resolves and every resource id is at most 32 characters",
  runtime: "the Runtime resid equals the functions Page and the FunctionFile",
  namespace: "the custom functions namespace is present",
  origins: "every URL is https and all share one origin",
  nlMetadata: "the nl-NL override of the functions metadata points at functions-nl.json",
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
  out.push(result("sharedRuntime", shared));

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
  const nl = meta?.children.find((c) => c.name === "Override" && c.attrs["Locale"]?.toLowerCase() === "nl-nl");
  const nlProblems: string[] = [];
  if (!meta) nlProblems.push("the functions <Metadata> resid resolves to no bt:Url");
  else if (!nl) nlProblems.push(`bt:Url ${metaResid} has no nl-NL override`);
  else {
    const dflt = meta.attrs["DefaultValue"] ?? "";
    const value = nl.attrs["Value"] ?? "";
    const expected = dflt.replace(/[^/]*$/, "functions-nl.json");
    if (value !== expected) nlProblems.push(`the nl-NL override is "${value}", expected "${expected}"`);
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
