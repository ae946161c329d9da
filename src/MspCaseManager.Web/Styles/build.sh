#!/usr/bin/env bash
# Rebuilds the vendored GOV.UK Frontend files. Needs Node and network access to the npm registry;
# running the app never does (the output is committed).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
version="6.6.0"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null
npm install --silent "govuk-frontend@$version" sass@1
dist=node_modules/govuk-frontend/dist/govuk
out="$here/../wwwroot/lib/govuk-frontend"
npx sass --load-path=node_modules --style=compressed --no-source-map "$here/govuk-frontend.scss" "$out/govuk-frontend.min.css"
cp "$dist/govuk-frontend.min.js" "$out/"
cp "$dist"/assets/images/{favicon.ico,favicon.svg,govuk-icon-mask.svg,govuk-icon-180.png} "$out/assets/images/"
echo "$version" > "$out/VERSION"
