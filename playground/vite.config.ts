import { defineConfig } from "vite";

/** Builds the playground into playground/dist, which the API serves at / (no CDN). */
export default defineConfig({
  root: import.meta.dirname,
  base: "./",
  esbuild: { jsx: "automatic" },
  // GraphiQL's Monaco workers need ES-module workers in a code-split build.
  worker: { format: "es" },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 8000,
    rollupOptions: {
      // framer-motion's "use client" lines mean nothing outside React Server Components.
      onwarn: (warning, warn) => (warning.code === "MODULE_LEVEL_DIRECTIVE" ? undefined : warn(warning)),
    },
  },
  logLevel: "warn",
});
