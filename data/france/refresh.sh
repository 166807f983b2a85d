#!/bin/sh
# Refreshes the France source data from the npm registry.
#
#   data/france/refresh.sh               every millésime of millesimes.json
#   data/france/refresh.sh YEAR [VERSION]
#
# Downloads @etalab/decoupage-administratif at VERSION (default: the one in
# YEAR/source.json) with `npm pack`, keeps the files libcoop reads
# (communes, epci, ept when the version has it, departements, regions),
# gzipped without timestamps so that the same data gives the same bytes,
# and records the version in YEAR/source.json. A new millésime needs its
# YEAR/source.json written by hand first (see README.md: the census years
# of its populations must be checked, not guessed) and its year added to
# millesimes.json.
set -eu

here=$(cd "$(dirname "$0")" && pwd)

refresh_one() {
  year=$1
  dir="$here/$year"
  version=${2:-$(sed -n 's/.*"version": *"\([^"]*\)".*/\1/p' "$dir/source.json")}
  work=$(mktemp -d)

  (cd "$work" && npm pack --silent "@etalab/decoupage-administratif@$version" >/dev/null)
  tar -xzf "$work"/etalab-decoupage-administratif-*.tgz -C "$work"

  rm -f "$dir"/*.json.gz
  for name in communes epci ept departements regions; do
    if [ -f "$work/package/data/$name.json" ]; then
      gzip -9nc "$work/package/data/$name.json" > "$dir/$name.json.gz"
    fi
  done
  cp "$work/package/LICENSE" "$here/LICENSE"
  sed -i "s/\"version\": *\"[^\"]*\"/\"version\": \"$version\"/" "$dir/source.json"
  rm -rf "$work"

  echo "France data of $year refreshed to @etalab/decoupage-administratif@$version"
}

if [ $# -gt 0 ]; then
  refresh_one "$@"
else
  for year in $(sed -n 's/.*"millesimes": *\[\(.*\)\].*/\1/p' "$here/millesimes.json" | tr -d '", '  | fold -w4); do
    refresh_one "$year"
  done
fi
