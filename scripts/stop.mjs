#!/usr/bin/env node
// `npm stop`: end what `npm start` started. Kills the webpack dev server recorded in the pid file (which
// `office-addin-debugging stop` would leave listening), then, on Windows and macOS, runs
// `office-addin-debugging stop manifest.xml` to close the sideloading session. Exit code 1 only when
// something we started could not be stopped.
import { spawnSync } from "node:child_process";
import {
  MANIFEST,
  ROOT,
  binOf,
  clearState,
  devPort,
  endProcess,
  isAlive,
  isListening,
  readState,
} from "./dev-state.mjs";

let exitCode = 0;
const state = readState();
const port = state?.port ?? devPort();

if (state && isAlive(state.pid)) {
  process.stdout.write(`[kam] Stopping the dev server (pid ${state.pid}, ${state.url})… `);
  if (await endProcess(state.pid)) {
    console.log("stopped.");
    clearState();
  } else {
    console.log("FAILED.");
    console.error(`[kam] Could not end pid ${state.pid}; end it by hand.`);
    exitCode = 1;
  }
} else {
  if (state) clearState();
  console.log("[kam] No dev server started by `npm start` is running.");
}

if (process.platform === "win32" || process.platform === "darwin") {
  console.log(`[kam] Closing the sideloading session: office-addin-debugging stop ${MANIFEST}`);
  const r = spawnSync(process.execPath, [binOf("office-addin-debugging", "cli.js"), "stop", MANIFEST], {
    cwd: ROOT,
    stdio: "inherit",
  });
  if (r.status !== 0) {
    console.error("[kam] office-addin-debugging stop failed (see above).");
    exitCode = 1;
  }
} else {
  console.log(`[kam] Nothing was sideloaded: desktop Excel sideloading is not supported on ${process.platform}.`);
}

if (exitCode === 0 && (await isListening(port))) {
  console.log(`[kam] Note: something else is still listening on port ${port}; it was not started by \`npm start\`.`);
}
process.exit(exitCode);
