// ESLint flat config: typescript-eslint on top of the Office add-ins rules (the rules office-addin-lint
// runs: sync before read, no context.sync in loops, …). Prettier owns formatting (`prettier --check .`).
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

/** A `no-restricted-imports` rule for files of one layer. */
function forbid(files, groups, message, ignores = []) {
  return {
    files,
    ignores,
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: groups, message }] }] },
  };
}

const UI = ["react", "react-dom", "react-dom/*", "@fluentui/*", "@glideapps/*"];
/** Relative imports of a top-level folder of src/ from one, two or three levels below src/. */
const dir = (name) => ["../", "../../", "../../../"].flatMap((up) => [`${up}${name}`, `${up}${name}/*`]);

function layerRules() {
  return [
    forbid(
      ["src/core/**"],
      [...dir("excel"), ...dir("functions"), ...dir("taskpane"), ...dir("workbench"), ...UI, "hyperformula", "exceljs"],
      "src/core is pure: it imports nothing from Office, the DOM, React or the other layers.",
    ),
    forbid(
      ["src/excel/**"],
      [...dir("functions"), ...dir("taskpane"), ...dir("workbench"), ...UI],
      "src/excel is the Office.js host: it may import core only.",
    ),
    forbid(
      ["src/functions/**"],
      [...dir("taskpane"), ...dir("workbench"), ...dir("excel"), ...UI],
      "src/functions holds thin wrappers over core: it may import core only.",
    ),
    forbid(
      ["src/taskpane/**"],
      [...dir("workbench"), ...dir("functions"), ...dir("excel"), "hyperformula", "exceljs"],
      "The pane uses core and the host interface; only its entry point (src/taskpane/index.tsx) creates the Office host.",
      ["src/taskpane/index.tsx"],
    ),
    forbid(
      ["src/taskpane/index.tsx"],
      [...dir("workbench"), ...dir("functions"), "hyperformula", "exceljs"],
      "The pane's entry point creates the Office host and mounts the app; no workbench or functions here.",
    ),
    forbid(
      ["src/workbench/**"],
      [...dir("excel"), ...dir("functions")],
      "The workbench is the other host: it uses core and mounts the pane, never the Office.js host.",
    ),
  ];
}

export default tseslint.config(
  { ignores: ["dist/**", "dist-test/**", "dist-help/**", "node_modules/**", "test-artifacts/**", "coverage/**"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      "no-console": ["error", { allow: ["warn", "error"] }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The Office.js rules read any `.value`/`.values`/`.items` as a proxy object, so they only make sense where
    // Office.js runs; tests use ExcelJS, LibreOffice and an in-memory fake of the Excel API instead.
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    // Text lives in message tables, one per language: no `lang === "nl" ? … : …` in code.
    files: ["src/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "BinaryExpression[left.name=/^(lang|language|locale)$/][right.value=/^(en|nl)$/]",
          message: "Pick text from a message table by language (TABLE[lang]) instead of comparing the language.",
        },
      ],
    },
  },
  // The layers of src/ (README "Architecture"): dependencies point one way, and the linter says so.
  ...layerRules(),
  {
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: {
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        console: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off", "no-console": "off" },
  },
  {
    files: ["test/**", "bench/**", "scripts/**"],
    rules: { "no-console": "off" },
  },
);
