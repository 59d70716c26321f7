import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic, type StaticServer } from "../support/server";

/** A raw GET, so that `..` reaches the server unnormalised. */
function get(url: string, path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((done, fail) => {
    const req = request(new URL(url), { path, method: "GET" }, (res) => {
      let body = "";
      res.on("data", (c: Buffer) => (body += c.toString()));
      res.on("end", () => done({ status: res.statusCode ?? 0, type: res.headers["content-type"] ?? "", body }));
    });
    req.on("error", fail);
    req.end();
  });
}

describe("serveStatic (the browser tests' file server)", () => {
  let dir: string;
  let server: StaticServer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "kam-serve-"));
    writeFileSync(join(dir, "page.html"), "<p>hi</p>");
    writeFileSync(join(dir, "index.html"), "home");
    server = await serveStatic(dir);
  });

  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("listens on a random port of 127.0.0.1 and serves files with their content type", async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(await get(server.url, "/page.html")).toEqual({
      status: 200,
      type: "text/html; charset=utf-8",
      body: "<p>hi</p>",
    });
    expect((await get(server.url, "/")).body).toBe("home");
  });

  it("answers 404 for a missing file and 403 for an encoded path that escapes the directory", async () => {
    expect((await get(server.url, "/nope.js")).status).toBe(404);
    expect((await get(server.url, "/../../etc/passwd")).status).toBe(404);
    expect((await get(server.url, "/..%2F..%2F..%2Fetc%2Fpasswd")).status).toBe(403);
  });

  it("refuses to start on a directory that does not exist, naming the build to run", async () => {
    await expect(serveStatic(join(dir, "missing"))).rejects.toThrow(/npm run build:test/);
  });
});
