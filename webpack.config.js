// Builds the add-in. Production (`npm run build`): functions + task pane, office.js from Microsoft's CDN,
// no workbench and no HyperFormula. Development (`npm run dev-server`, `npm start`): the same pages with
// office.js served from the @microsoft/office-js package (works offline), plus the workbench.
const path = require("path");
const fs = require("fs");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { devServerFor } = require("./scripts/dev-certs.cjs");
const { KamHelpPlugin } = require("./scripts/kam-help-plugin.cjs");
const { KamChunksPlugin } = require("./scripts/kam-chunks-plugin.cjs");
const pkg = require("./package.json");

// Origins without a trailing slash, so <AppDomain>https://localhost:3000</AppDomain> is rewritten too.
const DEV_ORIGIN = "https://localhost:3000";
const PROD_ORIGIN = (process.env.KAM_PROD_ORIGIN || "https://kam-for-excel.example.com").replace(/\/+$/, "");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const MODELS_DIR = path.resolve(__dirname, "src/functions/models");
const modelFiles = () =>
  fs
    .readdirSync(MODELS_DIR)
    .filter((f) => f.endsWith(".ts"))
    .sort()
    .map((f) => path.join("src/functions/models", f));

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  const withWorkbench = dev || process.env.KAM_WORKBENCH === "1";
  const officeJs = dev ? "assets/office-js/office.js" : OFFICE_CDN;

  const entry = {
    functions: "./src/functions/functions.ts",
    taskpane: "./src/taskpane/index.tsx",
  };
  if (withWorkbench) entry.workbench = "./src/workbench/index.tsx";

  const pages = [
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      chunks: ["runtime", "functions", "taskpane"],
      chunksSortMode: "manual",
      templateParameters: { officeJs },
    }),
  ];
  if (withWorkbench) {
    pages.push(
      new HtmlWebpackPlugin({
        filename: "workbench.html",
        template: "./src/workbench/workbench.html",
        chunks: ["runtime", "workbench"],
        templateParameters: { officeJs: "assets/office-js/office.js" },
      }),
    );
  }

  const copies = [
    { from: "assets/*.png", to: "assets/[name][ext]" },
    {
      from: "manifest*.xml",
      to: "[name][ext]",
      transform(content) {
        return dev ? content : content.toString().split(DEV_ORIGIN).join(PROD_ORIGIN);
      },
    },
  ];
  if (dev || withWorkbench) {
    // office.js loads its file-mapping table, the host's Excel API file and its strings from its own
    // folder; without the table Office.onReady never resolves. Copy just what Excel needs (not all 86 MB).
    copies.push({
      from: "{office.js,o15apptofilemappingtable.js,excel-*.js,en-us/office_strings.js,nl-nl/office_strings.js}",
      context: "node_modules/@microsoft/office-js/dist",
      to: "assets/office-js/[path][name][ext]",
      globOptions: { ignore: ["**/*.debug.js"] },
      info: { minimized: true },
    });
  }
  if (fs.existsSync(path.resolve(__dirname, "dist-help"))) {
    copies.push({ from: "dist-help", to: "help", noErrorOnMissing: true });
  }

  return {
    devtool: dev ? "source-map" : false,
    entry,
    output: {
      path: path.resolve(__dirname, process.env.KAM_OUT || "dist"),
      filename: "[name].js",
      // Each builder is a chunk loaded when its tab opens (`builder-<id>.js`, named in App.tsx).
      chunkFilename: "[name].js",
      // Chunks load from next to the page. A fixed public path, not webpack's "auto": the shared
      // runtime.js must not look for document.currentScript, which Excel's functions-only runtime lacks.
      publicPath: "",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs"],
      // Glide's markdown and image-carousel editors need optional peers the workbench never uses.
      alias: { marked: false, "react-responsive-carousel": false },
    },
    module: {
      rules: [
        // The workbench inlines Glide's stylesheet and the sample CSV as text.
        { test: /\.(css|csv)$/, type: "asset/source" },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, configFile: "tsconfig.json", compilerOptions: { noEmit: false } },
          },
        },
      ],
    },
    optimization: { runtimeChunk: "single" },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: modelFiles() }),
      new KamHelpPlugin({
        helpTable: path.resolve(__dirname, "src/functions/help.nl.ts"),
        docs: path.resolve(__dirname, "docs/functions.md"),
        // The @helpurl tags name the development origin; production moves them as it moves the manifest.
        ...(dev ? {} : { origin: { from: DEV_ORIGIN, to: PROD_ORIGIN } }),
      }),
      ...pages,
      new KamChunksPlugin(),
      new CopyWebpackPlugin({ patterns: copies }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist"), publicPath: "/" },
      headers: { "Access-Control-Allow-Origin": "*" },
      // Certificates only for `webpack serve`: a build must not read them or warn about trusting them.
      server: await devServerFor(env),
      port: Number(process.env.npm_package_config_dev_server_port || pkg.config.dev_server_port || 3000),
      host: "localhost",
      hot: false,
      liveReload: true,
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};
