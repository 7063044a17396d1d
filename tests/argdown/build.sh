#!/usr/bin/env bash
# Rebuild the vendored Argdown parser (argdown-core-2.0.1.mjs) from its npm release: @argdown/core's
# application, parser, data and model plugins and what they import, in one ES module that Node runs
# without node_modules. Needs node and npm (network to the npm registry); CI only needs node.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
npm install --prefix "$work" --no-audit --no-fund @argdown/core@2.0.1 esbuild@0.24.0
cat > "$work/entry.mjs" <<'JS'
export { ArgdownApplication } from "./node_modules/@argdown/core/dist/ArgdownApplication.js";
export { ParserPlugin } from "./node_modules/@argdown/core/dist/plugins/ParserPlugin.js";
export { ModelPlugin } from "./node_modules/@argdown/core/dist/plugins/ModelPlugin.js";
export { DataPlugin } from "./node_modules/@argdown/core/dist/plugins/DataPlugin.js";
JS
"$work/node_modules/.bin/esbuild" "$work/entry.mjs" --bundle --format=esm --platform=node --target=node18 \
  --legal-comments=eof --outfile="$here/argdown-core-2.0.1.mjs"
