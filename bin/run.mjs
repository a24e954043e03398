// The npm scripts' entry: `node bin/run.mjs <command> [options]` runs src/cli/<command>.
// With NODE_ENV=production it runs the compiled dist/cli/<command>.js (`npm run build`), so
// production needs neither a TypeScript loader nor any dev dependency. Otherwise it runs the
// TypeScript source through tsx, as development always has.
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const [command] = process.argv.splice(2, 1);
const production = process.env.NODE_ENV === "production";
const file = fileURLToPath(new URL(production ? `../dist/cli/${command}.js` : `../src/cli/${command}.ts`, import.meta.url));

if (command === undefined || !/^[a-z0-9-]+$/.test(command)) fail("Usage: node bin/run.mjs <command> [options], where <command> is a file of src/cli", 2);
if (!existsSync(file)) {
  fail(production ? `${file} is missing. NODE_ENV=production runs the compiled code: run \`npm run build\` first.` : `${file} is missing: there is no such command.`);
}
if (!production) {
  const tsx = await import("tsx/esm/api").catch(() => undefined);
  if (tsx === undefined) fail("tsx, a dev dependency, is not installed: run `npm ci`, or `npm run build` and set NODE_ENV=production.");
  tsx.register();
}
await import(pathToFileURL(file).href);

function fail(message, code = 1) {
  console.error(`Error: ${message}`);
  process.exit(code);
}
