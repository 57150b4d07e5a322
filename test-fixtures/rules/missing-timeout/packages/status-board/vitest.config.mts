// The package's own test runner names its test files: `*.probe-test.ts` under src/ and the folder of browser checks.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    globals: true,
    // Coverage is measured over the routes: naming them here does not make them tests.
    coverage: { include: ["src/routes/**"] },
    projects: [
      { extends: true, test: { name: "probes", include: ["src/**/*.probe-test.{ts,tsx}"] } },
      { extends: true, test: { name: "in-source", includeSource: ["src/checks/**/*.ts"] } },
      // A glob that names only a source folder and an extension says nothing about which files are tests.
      { extends: true, test: { name: "all", include: ["src/**/*.ts"] } },
    ],
  },
});
