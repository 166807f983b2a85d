#!/usr/bin/env bash
# The front door of libcoop: installs what is missing, builds, and runs.
#
#   ./dev.sh demo      build, then the cooperation report on the sample model
#   ./dev.sh test      build, then the whole test suite (C, Python, GJS, docs),
#                      then the C suites under AddressSanitizer and UBSan
#   ./dev.sh build     install what is missing, configure and build
#   ./dev.sh deps      install the Debian packages only
#   ./dev.sh sanitize  the test suite under AddressSanitizer and UBSan
#   ./dev.sh valgrind  the C tests under valgrind
#   ./dev.sh fuzz [TARGET] [SECONDS]
#                      libFuzzer on model, source, atlas and scale, and the
#                      mutation test with a new seed (all by default),
#                      SECONDS each (default 60); crashes land in
#                      _build-fuzz/artifacts
#   ./dev.sh bench [RUNS]
#                      the atlas benchmarks against Python's json, the
#                      model-scale and model-build benchmarks, the DataFrame export and the
#                      seats of all of France against two Python baselines
#                      (bench/)
#
# Debian packages are installed with apt-get, directly as root and through
# sudo otherwise. BUILD_DIR overrides the build directory (default _build).
set -euo pipefail

cd "$(dirname "$0")"
BUILD_DIR=${BUILD_DIR:-_build}

# Everything the build, the tests and the demo use, from Debian 12.
PACKAGES=(
  meson ninja-build gcc pkg-config gettext
  libglib2.0-dev libglib2.0-bin libjson-glib-dev
  gobject-introspection libgirepository1.0-dev gir1.2-glib-2.0 gir1.2-json-1.0
  python3 python3-gi python3-markdown gjs gi-docgen
  valgrind time
  python3-pandas python3-matplotlib python3-nbclient python3-nbformat python3-ipykernel jupyter-nbconvert
  gir1.2-gtk-4.0 gir1.2-adw-1 xvfb xauth locales
  chromium
)

# Only ./dev.sh fuzz needs these (clang and its libFuzzer runtime), so
# ./dev.sh test does not install them.
FUZZ_PACKAGES=(clang libclang-rt-14-dev)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_packages() {
  local missing=()
  local package
  for package in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$package")
    fi
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "dev.sh: installing ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

install_deps() {
  install_packages "${PACKAGES[@]}"
}

# The French test also runs under LANG=fr_FR.UTF-8 when that locale is
# generated; LANGUAGE=fr over C.UTF-8 needs nothing.
ensure_french_locale() {
  if ! locale -a 2>/dev/null | grep -qi '^fr_FR\.utf-\?8$' && [ -f /etc/locale.gen ]; then
    { as_root sed -i 's/^# *\(fr_FR.UTF-8 UTF-8\)/\1/' /etc/locale.gen &&
      as_root locale-gen >/dev/null; } || echo "dev.sh: could not generate fr_FR.UTF-8; skipping"
  fi
}

build() {
  install_deps
  ensure_french_locale
  if [ ! -f "$BUILD_DIR/build.ninja" ]; then
    meson setup "$BUILD_DIR" "$@"
  fi
  ninja -C "$BUILD_DIR"
}

# Runs a command with the uninstalled library, typelib, atlas and message
# catalogues (so the demo speaks French under LANGUAGE=fr too).
in_build() {
  env COOP_ATLAS="$PWD/$BUILD_DIR/libcoop/france.atlas" \
      COOP_LOCALEDIR="$PWD/$BUILD_DIR/po" \
      GI_TYPELIB_PATH="$PWD/$BUILD_DIR/libcoop${GI_TYPELIB_PATH:+:$GI_TYPELIB_PATH}" \
      LD_LIBRARY_PATH="$PWD/$BUILD_DIR/libcoop${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" \
      "$@"
}

# meson test prints its own summary; CI also reads a plain
# "N passed, N failed" line, taken from meson's test log (testlog.json, or
# testlog-SETUP.json for a run with --setup=SETUP: set LOG_SETUP).
summarise() {
  local logs=()
  local dir
  for dir in "$@"; do logs+=("$dir/meson-logs/testlog${LOG_SETUP:+-$LOG_SETUP}.json"); done
  /usr/bin/python3 - "${logs[@]}" <<'PY'
import json, sys
passed = failed = skipped = 0
for path in sys.argv[1:]:
  with open(path) as log:
    for line in log:
        result = json.loads(line)["result"]
        if result in ("OK", "EXPECTEDFAIL"):
            passed += 1
        elif result == "SKIP":
            skipped += 1
        else:
            failed += 1
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
}

run_suite() {
  local dir=$1
  shift
  meson test -C "$dir" --print-errorlogs --num-processes 2 "$@"
}

run_tests() {
  local status=0
  run_suite "$@" || status=$?
  summarise "$1"
  return $status
}

# The C suites again, built with AddressSanitizer and UBSan.
build_sanitize() {
  if [ ! -f _build-sanitize/build.ninja ]; then
    meson setup _build-sanitize -Db_sanitize=address,undefined -Db_lundef=false \
      -Dintrospection=disabled -Ddocumentation=disabled -Dexamples=false
  fi
  ninja -C _build-sanitize -j2
}

demo() {
  build
  local model=examples/data/sample-model.json
  local report="$BUILD_DIR/cooperation-report.html"
  echo
  echo "== The atlas of France and the sample model =="
  in_build "$BUILD_DIR/tools/coop" info "$model"
  echo
  echo "== Where each cooperation of the sample stands =="
  in_build "$BUILD_DIR/tools/coop" maturity "$model" --format=csv
  echo
  echo "== The cooperation report =="
  in_build "$BUILD_DIR/tools/coop" report "$model" --output "$report"
  in_build "$BUILD_DIR/tools/coop" report "$model" --output "${report%.html}.md"
  echo "Open $PWD/$report in a browser (a Markdown copy sits beside it)."
}

fuzz() {
  local targets=(model source atlas scale mutation)
  local seconds=60
  if [ $# -gt 0 ] && [ "$1" != all ]; then targets=("$1"); fi
  if [ $# -gt 1 ]; then seconds=$2; fi
  install_deps
  if [ "${targets[*]}" = mutation ]; then
    fuzz_mutation "$seconds"
    return
  fi
  install_packages "${FUZZ_PACKAGES[@]}"
  if [ ! -f _build-fuzz/build.ninja ]; then
    CC=clang meson setup _build-fuzz -Dfuzzing=true -Db_sanitize=address,undefined -Db_lundef=false \
      -Dintrospection=disabled -Ddocumentation=disabled -Dexamples=false
  fi
  ninja -C _build-fuzz -j2
  mkdir -p _build-fuzz/artifacts
  local target
  for target in "${targets[@]}"; do
    if [ "$target" = mutation ]; then
      fuzz_mutation "$seconds"
      continue
    fi
    local seeds=(tests/fuzz/corpus/$target)
    case $target in
      model) seeds+=(tests/data/bad/model) ;;
      atlas) seeds+=(tests/data/bad/atlas) ;;
      scale) seeds+=(tests/data/bad/scale) ;;
    esac
    # A target's own dictionary when it has one (tests/fuzz/TARGET.dict).
    local dict=tests/fuzz/json.dict
    if [ -f "tests/fuzz/$target.dict" ]; then dict=tests/fuzz/$target.dict; fi
    mkdir -p "_build-fuzz/corpus/$target"
    echo "== fuzz-$target for ${seconds}s"
    env COOP_ATLAS="$PWD/_build-fuzz/libcoop/france.atlas" \
        ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
        UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
      "_build-fuzz/tests/fuzz/fuzz-$target" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
        -dict="$dict" -artifact_prefix="_build-fuzz/artifacts/$target-" \
        "_build-fuzz/corpus/$target" "${seeds[@]}"
  done
}

# The mutation test of the suite (tests/test_mutation.py) for about SECONDS,
# with a new seed each run, on the sanitizer build; failing inputs are kept
# in _build-fuzz/artifacts/mutation.
fuzz_mutation() {
  local seconds=$1
  local seed=$RANDOM$RANDOM
  build_sanitize
  mkdir -p _build-fuzz/artifacts
  echo "== mutation for about ${seconds}s (seed $seed)"
  env COOP_ATLAS="$PWD/_build-sanitize/libcoop/france.atlas" \
    /usr/bin/python3 tests/test_mutation.py _build-sanitize/tools/coop . \
      --mutants $((seconds * 12)) --seed "$seed" --keep _build-fuzz/artifacts/mutation
}

case "${1:-help}" in
  deps) install_deps ;;
  build) shift; build "$@" ;;
  demo) demo ;;
  test)
    # The whole suite, then its C part under the sanitizers: about 1.5
    # minutes more on 2 cores, measured, so CI runs both.
    build
    status=0
    run_suite "$BUILD_DIR" --no-suite mutation || status=$?
    build_sanitize
    run_suite _build-sanitize --suite c --suite mutation || status=$?
    summarise "$BUILD_DIR" _build-sanitize
    exit $status
    ;;
  sanitize)
    install_deps
    build_sanitize
    run_tests _build-sanitize --suite c --suite mutation
    ;;
  valgrind)
    build
    LOG_SETUP=valgrind run_tests "$BUILD_DIR" --setup=valgrind --suite c
    ;;
  fuzz) shift; fuzz "$@" ;;
  bench)
    build
    /usr/bin/python3 bench/bench.py "$BUILD_DIR" "${2:-11}"
    echo
    /usr/bin/python3 bench/model_scale.py "$BUILD_DIR"
    echo
    /usr/bin/python3 bench/model_build.py "$BUILD_DIR"
    echo
    /usr/bin/python3 bench/dataframe.py "$BUILD_DIR"
    echo
    /usr/bin/python3 bench/seats.py "$BUILD_DIR"
    ;;
  *)
    sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'
    ;;
esac
