#!/bin/sh
# Refreshes the France source data from the npm registry.
#
#   data/france/refresh.sh [VERSION]
#
# Downloads @etalab/decoupage-administratif at VERSION (default: the one in
# source.json) with `npm pack`, keeps the five files libcoop reads, gzipped
# without timestamps so that the same data gives the same bytes, and updates
# source.json. Check the census year of the populations in the package's
# README and set "population-year" by hand if it changed.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
version=${1:-$(sed -n 's/.*"version": *"\([^"]*\)".*/\1/p' "$here/source.json")}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "@etalab/decoupage-administratif@$version" >/dev/null)
tar -xzf "$work"/etalab-decoupage-administratif-*.tgz -C "$work"

for name in communes epci ept departements regions; do
  gzip -9nc "$work/package/data/$name.json" > "$here/$name.json.gz"
done
cp "$work/package/LICENSE" "$here/LICENSE"
sed -i "s/\"version\": *\"[^\"]*\"/\"version\": \"$version\"/" "$here/source.json"

echo "France data refreshed to @etalab/decoupage-administratif@$version"
