/**
 * One lint setup for the workspace's TypeScript and JavaScript (run by `pnpm lint`, which the test command runs).
 * Type-aware rules, because the bugs worth a linter here are about promises and thrown values on network code
 * (floating promises, awaiting non-promises, throwing plain objects), which only type information can see.
 * Formatting is Prettier's job: eslint-config-prettier turns off every rule it would fight with.
 * packages/n8n keeps n8n's own rules (`n8n-node lint`, which n8n's community-package review expects), so it is
 * left out here and linted by its package script.
 */
import js from "@eslint/js";
import prettier from "eslint-config-prettier/flat";
import { defineConfig, globalIgnores } from "eslint/config";
import tseslint from "typescript-eslint";

export default defineConfig(
  globalIgnores(["**/dist/", "**/dist-standalone/", "artifacts/", "openapi/", "release-assets/", "**/.n8n-e2e/", "packages/n8n/"]),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // Each package's tsconfig.json, found per file, so files are checked with the settings they compile with.
        projectService: { allowDefaultProject: ["*.config.ts"] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // `const { stream: _stream, ...rest } = input` is how this code drops a field without mutating the input.
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true, argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      // `async` without `await` is how a Promise-returning interface member (close(), run()) is written when it has
      // nothing to wait for; the bug this rule hunts, a promise nobody awaits, is no-floating-promises' job.
      "@typescript-eslint/require-await": "off",
      // Rejecting with an AbortSignal's reason (typed any) is what fetch does; only-throw-error allows the same.
      "@typescript-eslint/prefer-promise-reject-errors": ["error", { allowThrowingAny: true, allowThrowingUnknown: true }],
    },
  },
  {
    // Tests and their helpers read parsed JSON answers (any) and assert on them: a wrong shape fails the expectation,
    // which is the check, so typing every answer first would add casts and catch nothing; String() of such a value is
    // what an assertion message wants. Their test doubles hand out methods as values.
    files: ["**/*.test.ts", "test/**", "**/src/testing/**", "**/src/test-support/**", "**/*-test-kit.ts"],
    rules: {
      "@typescript-eslint/no-base-to-string": "off",
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/unbound-method": "off",
    },
  },
  {
    // Plain JavaScript (scripts, this file) is outside every tsconfig, so it gets the untyped rules only.
    files: ["**/*.{js,mjs,cjs}"],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { console: "readonly", process: "readonly", URL: "readonly" } },
  },
  prettier,
);
