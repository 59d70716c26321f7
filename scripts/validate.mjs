#!/usr/bin/env node
// `npm run validate`: validate manifest.xml and, when built, dist/manifest.xml.
// 1. Microsoft's online validation (`office-addin-manifest validate`), with a timeout. It posts the manifest
//    to a Microsoft service, so offline it cannot run; we then say so and rely on the offline checks.
// 2. Offline, always: xmllint --noout, `office-addin-manifest info`, and the checks of scripts/manifest-checks.ts
//    (resids, shared runtime, namespace, one https origin, version = package.json, nl-NL metadata, files).
// Exit 1 when any check that ran failed, or the online service rejected the manifest.
// Options: --offline (skip the online service), --online-timeout <seconds> (default 30), [manifest paths…].
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { tsImport } from "tsx/esm/api";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { checkManifest } = await tsImport("./manifest-checks.ts", import.meta.url);
const pkg = JSON.parse(readFileSync(resolve(ROOT, "package.json"), "utf8"));

const argv = process.argv.slice(2);
const offlineOnly = argv.includes("--offline") || process.env.KAM_VALIDATE_OFFLINE === "1";
const timeoutAt = argv.indexOf("--online-timeout");
const timeoutSec = timeoutAt >= 0 ? Number(argv[timeoutAt + 1]) : 30;
const given = argv.filter((a, i) => !a.startsWith("--") && !(timeoutAt >= 0 && i === timeoutAt + 1));
const manifests = given.length
  ? given.map((p) => resolve(p))
  : [resolve(ROOT, "manifest.xml"), resolve(ROOT, "dist/manifest.xml")].filter(existsSync);
const UNREACHABLE = /Unable to contact|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|network|socket hang up/i;

const mark = (ok) => (ok === undefined ? "SKIP" : ok ? "ok  " : "FAIL");
let failed = false;
const summary = [];

function run(cmd, args, timeout) {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: "utf8", timeout });
  return {
    status: r.status,
    timedOut: r.error?.code === "ETIMEDOUT",
    missing: r.error?.code === "ENOENT",
    out: `${r.stdout ?? ""}${r.stderr ?? ""}`.trim(),
  };
}

function online(file) {
  if (offlineOnly) return { ok: undefined, note: "skipped (--offline)" };
  const cli = resolve(ROOT, "node_modules/office-addin-manifest/cli.js");
  const r = run(process.execPath, [cli, "validate", file], timeoutSec * 1000);
  if (r.timedOut) return { ok: undefined, note: `not reachable (no answer within ${timeoutSec} s)` };
  if (r.status === 0 && /valid/i.test(r.out) && !/not valid|invalid/i.test(r.out)) {
    return { ok: true, note: "passed" };
  }
  if (UNREACHABLE.test(r.out)) {
    const why = (/(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT)[^\n]*/.exec(r.out) ?? [
      r.out.split("\n")[0],
    ])[0];
    return { ok: undefined, note: `not reachable (${why})` };
  }
  return { ok: false, note: "REJECTED by the service", detail: r.out };
}

for (const file of manifests) {
  const name = relative(ROOT, file) || file;
  const built = resolve(file) !== resolve(ROOT, "manifest.xml");
  console.log(`\n${name}`);
  if (!existsSync(file)) {
    console.log(`  FAIL the file does not exist`);
    failed = true;
    continue;
  }

  const on = online(file);
  console.log(`  ${mark(on.ok)} Microsoft online validation: ${on.note}`);
  if (on.detail) console.log(on.detail.replace(/^/gm, "       "));
  if (on.ok === false) failed = true;

  const lint = run("xmllint", ["--noout", file], 30_000);
  const lintOk = lint.missing ? undefined : lint.status === 0;
  console.log(
    `  ${mark(lintOk)} xmllint --noout${lint.missing ? ": xmllint is not installed (apt-get install libxml2-utils)" : ""}`,
  );
  if (lintOk === false) console.log(lint.out.replace(/^/gm, "       "));

  const info = run(
    process.execPath,
    [resolve(ROOT, "node_modules/office-addin-manifest/cli.js"), "info", file],
    60_000,
  );
  const infoOk = info.status === 0 && /Id:\s*\S/.test(info.out) && !/Error|Unable/i.test(info.out);
  console.log(`  ${mark(infoOk)} office-addin-manifest info reads it`);
  if (!infoOk) console.log(info.out.replace(/^/gm, "       "));

  const results = checkManifest(readFileSync(file, "utf8"), {
    packageVersion: pkg.version,
    ...(built ? { fileExists: (p) => existsSync(resolve(dirname(file), p)) } : {}),
  });
  for (const r of results) {
    console.log(`  ${mark(r.ok)} ${r.title}`);
    for (const p of r.problems) console.log(`       - ${p}`);
  }
  const offlineOk = lintOk !== false && infoOk && results.every((r) => r.ok);
  if (!offlineOk) failed = true;
  summary.push(
    `${name}: online ${on.ok === undefined ? on.note : on.ok ? "passed" : "rejected"}; ` +
      `offline ${offlineOk ? "passed" : "FAILED"} (${results.length + (lintOk === undefined ? 1 : 2)} checks)`,
  );
}

console.log(`\n${summary.join("\n")}`);
if (manifests.every((f) => !f.endsWith(`dist${"/"}manifest.xml`)) && !given.length) {
  console.log("(dist/manifest.xml not checked: run `npm run build` first.)");
}
console.log(failed ? "\nManifest validation FAILED." : "\nManifest validation passed.");
process.exit(failed ? 1 : 0);
