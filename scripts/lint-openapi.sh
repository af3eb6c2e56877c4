#!/usr/bin/env bash
# Lints the API document with Redocly CLI's recommended ruleset (npm; needs Node.js and npx). Starts nothing:
#   scripts/lint-openapi.sh                               # target/openapi.json, written by OpenApiDocumentTests
#   scripts/lint-openapi.sh path/to/openapi.json          # a document saved elsewhere
#   scripts/lint-openapi.sh http://localhost:8080/v3/api-docs   # a running Passerelle
# Exits non-zero when Redocly reports an error; warnings are printed and do not fail.
# REDOCLY_CLI_VERSION picks another release (default: the one this was last checked with; "latest" for the newest).
set -euo pipefail

cd "$(dirname "$0")/.."

source="${1:-target/openapi.json}"
version="${REDOCLY_CLI_VERSION:-2.77.0}"

if ! command -v npx >/dev/null 2>&1; then
  echo "npx not found: install Node.js (with npm) to run Redocly CLI" >&2
  exit 2
fi

case "$source" in
  http://* | https://*)
    document="$(mktemp --suffix=.json)"
    trap 'rm -f "$document"' EXIT
    curl --fail --silent --show-error --location "$source" -o "$document"
    ;;
  *)
    document="$source"
    if [ ! -f "$document" ]; then
      echo "$document not found: run ./mvnw test -Dtest=OpenApiDocumentTests first, or pass a file or a URL" >&2
      exit 2
    fi
    ;;
esac

npx --yes "@redocly/cli@${version}" lint --extends=recommended "$document"
