// HTTPS for the dev server. office-addin-dev-certs generates a localhost certificate and then tries to
// trust its CA, which needs sudo on Linux (and exits 0 even when that fails). We never crash on that:
// - KAM_HTTP=1: plain http (the workbench on localhost needs no certificate);
// - otherwise: generate the certificate if missing, try to trust it, and serve it either way, saying
//   plainly whether it is trusted.
// Only `webpack serve` needs any of this: `devServerFor(env)` returns a placeholder for every other
// webpack command, so `npm run build` neither touches the certificates nor prints about them.
const fs = require("fs");

async function devServerHttps() {
  if (process.env.KAM_HTTP === "1") return { type: "http" };
  let devCerts;
  try {
    devCerts = require("office-addin-dev-certs");
  } catch (e) {
    console.warn(`[kam] office-addin-dev-certs is unavailable (${e.message}); serving plain http.`);
    return { type: "http" };
  }
  const defaults = require("office-addin-dev-certs/lib/defaults");
  const paths = {
    ca: defaults.caCertificatePath,
    cert: defaults.localhostCertificatePath,
    key: defaults.localhostKeyPath,
  };
  try {
    if (!fs.existsSync(paths.cert) || !fs.existsSync(paths.key)) await devCerts.generateCertificates();
  } catch (e) {
    console.warn(`[kam] could not generate a dev certificate (${e.message}); serving plain http.`);
    return { type: "http" };
  }
  let trusted = false;
  try {
    trusted = devCerts.isCaCertificateInstalled ? devCerts.isCaCertificateInstalled() : false;
  } catch {
    trusted = false;
  }
  if (!trusted && process.platform !== "linux") {
    try {
      await devCerts.ensureCertificatesAreInstalled();
      trusted = true;
    } catch (e) {
      console.warn(`[kam] could not trust the dev CA: ${e.message}`);
    }
  }
  if (!trusted) {
    console.warn(
      `[kam] Serving HTTPS with an UNTRUSTED dev certificate (${paths.cert}).\n` +
        `      Trusting its CA needs sudo on Linux: sudo npx office-addin-dev-certs install\n` +
        `      or import ${paths.ca} into your browser. Excel on the web refuses untrusted add-in pages.`,
    );
  }
  return {
    type: "https",
    options: { ca: fs.readFileSync(paths.ca), key: fs.readFileSync(paths.key), cert: fs.readFileSync(paths.cert) },
  };
}

/**
 * Whether webpack runs as the dev server (`webpack serve`): webpack-cli passes `env.WEBPACK_SERVE` then,
 * and `env.WEBPACK_BUILD` for `webpack` / `npm run build`.
 */
function isDevServer(env) {
  return Boolean(env && env.WEBPACK_SERVE);
}

/**
 * The devServer `server` option: the certificates of {@link devServerHttps} for `webpack serve`, else a
 * plain https placeholder that webpack ignores (a build starts no server).
 */
async function devServerFor(env) {
  return isDevServer(env) ? devServerHttps() : { type: "https" };
}

module.exports = { devServerHttps, devServerFor, isDevServer };
