/**
 * Architecture rules checked in `npm test` (dependency-cruiser): the language seam, the Doc at the bottom, no
 * import cycles, the web UI reading the Doc types from the one schema. Tests may wire an engine with a language's
 * grammar, so *.test.ts files are exempt from the seam rule.
 */
const ENGINES = "^src/(quotes|events|time|entities|tokens|coref)/";
const TEST = "\\.test\\.ts$";

module.exports = {
  forbidden: [
    {
      name: "engine-imports-language",
      comment:
        "Engines are language-neutral: German (or any language's) rules live under src/lang/<code>/ and reach the engines through the grammar interfaces and the pipeline context.",
      severity: "error",
      from: { path: ENGINES, pathNot: TEST },
      to: { path: "^src/lang/" },
    },
    {
      name: "doc-imports-stage",
      comment: "The Doc model (src/doc) is the bottom layer: it imports no stage, language, pipeline or store.",
      severity: "error",
      from: { path: "^src/doc/" },
      to: { path: "^src/(quotes|events|time|entities|tokens|lang|pipeline|store|server|ingest|queue|cli|read|kb)/" },
    },
    {
      name: "no-cycles",
      comment: "Modules form no import cycle at run time (a cycle through type-only imports is erased by tsc).",
      severity: "error",
      from: { pathNot: TEST },
      to: { circular: true, dependencyTypesNot: ["type-only"], viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
    {
      name: "web-reads-doc-schema",
      comment:
        "The web UI shares the Doc types with the server through src/doc/schema and imports nothing else of src/.",
      severity: "error",
      from: { path: "^web/" },
      to: { path: "^src/", pathNot: "^src/doc/(schema/|plover\\.ts$)" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(node_modules|dist|web/dist)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.spec.json" },
    enhancedResolveOptions: { extensions: [".ts", ".tsx", ".js"] },
    moduleSystems: ["es6"],
  },
};
