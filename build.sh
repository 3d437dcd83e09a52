#!/usr/bin/env bash
# SiteGen tasks for bash. build.ps1 offers the same tasks for PowerShell; keep the two in step
# (a test checks that they list the same tasks).
#
#   ./build.sh site [sitegen build options]   build the guide into _site/
#   ./build.sh test                           run every test suite and print "N passed, N failed"
#   ./build.sh check                          build the guide with warnings as errors into a scratch folder
#   ./build.sh pack                           pack the sitegen dotnet tool into artifacts/packages
#   ./build.sh bench [guide|corpus|search|rebuild|anchors]   benchmarks (docs/performance.md); anchors runs
#                                             Hugo + Pagefind side by side with SiteGen at 100, 1,000 and 10,000 pages
#   ./build.sh clean                          remove build outputs
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

configuration="${CONFIGURATION:-Release}"
task="${1:-site}"
[ $# -gt 0 ] && shift

install_test_tools() {
  # The HTML validator (vnu.jar) comes from npm; without npm those tests report as skipped.
  if command -v npm >/dev/null 2>&1; then
    if [ ! -f tests/tools/node_modules/vnu-jar/build/dist/vnu.jar ]; then
      npm ci --prefix tests/tools --no-audit --no-fund --loglevel=error
    fi
  else
    echo "note: npm not found; the HTML validator tests will be skipped." >&2
  fi
}

summarize() {
  # dotnet test prints one "Passed!/Failed!  - Failed: N, Passed: N, Skipped: N, ..." line per assembly;
  # node --test ends with "# pass N", "# fail N" and "# skipped N".
  {
    grep -E '^\s*(Passed|Failed)!' "$1" | awk -F'[:,]' '{print $4, $2, $6}'
    awk '/^# pass /{p=$3} /^# fail /{f=$3} /^# skipped /{s=$3} END {if (p != "") print p, f, s}' "$1"
  } | awk '{p+=$1; f+=$2; s+=$3} END {printf "%d passed, %d failed, %d skipped\n", p, f, s}'
}

run_js_tests() {
  # The search engine's unit tests run in Node's built-in runner; without Node they are skipped (CI fails instead).
  if command -v node >/dev/null 2>&1; then
    (cd tests/js && node --test)
  elif [ "${CI:-}" = "true" ]; then
    echo "error: node is required under CI=true for the JS tests" >&2
    return 1
  else
    echo "note: node not found; the JS tests (tests/js) are skipped." >&2
    echo "# skipped 1"
  fi
}

sitegen() {
  # Builds the tool only when a source is newer than it, then runs the built binary: a build of the guide
  # then costs what sitegen costs, not `dotnet run`'s up-to-date check (about 2 s) every time.
  local tool="src/SiteGen.Cli/bin/$configuration/net10.0/SiteGen.Cli.dll"
  if [ ! -f "$tool" ] || [ -n "$(find src theme Directory.Packages.props Directory.Build.props \( -name bin -o -name obj \) -prune -o -newer "$tool" -type f -print -quit)" ]; then
    dotnet build src/SiteGen.Cli -c "$configuration" --nologo -v quiet >&2
  fi
  dotnet "$tool" "$@"
}

case "$task" in
  site)
    sitegen build "$@"
    ;;
  test)
    install_test_tools
    log="$(mktemp)"
    set +e
    dotnet test SiteGen.sln -c "$configuration" "$@" 2>&1 | tee "$log"
    rc=${PIPESTATUS[0]}
    run_js_tests 2>&1 | tee -a "$log"
    js_rc=${PIPESTATUS[0]}
    [ "$js_rc" -eq 0 ] || rc=$js_rc
    set -e
    summary="$(summarize "$log")"
    rm -f "$log"
    echo "$summary"
    exit "$rc"
    ;;
  check)
    scratch="$(mktemp -d)"
    trap 'rm -rf "$scratch"' EXIT
    sitegen build --warnaserror --output "$scratch/_site" "$@"
    ;;
  pack)
    dotnet pack src/SiteGen.Cli -c Release "$@"
    ;;
  bench)
    dotnet run --project bench/SiteGen.Benchmarks -c Release -- "$@"
    ;;
  clean)
    rm -rf _site artifacts
    dotnet clean SiteGen.sln --verbosity quiet
    ;;
  *)
    echo "usage: ./build.sh [site|test|check|pack|bench|clean] [options]" >&2
    exit 2
    ;;
esac
