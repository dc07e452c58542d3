import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [
      ".next/**",
      "lib/generated/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  { rules: { "@typescript-eslint/no-explicit-any": "error" } },
  // next.config.js stays CommonJS so that the package needs no "type": "module".
  { files: ["next.config.js"], rules: { "@typescript-eslint/no-require-imports": "off" } },
];
export default config;
