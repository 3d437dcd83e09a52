#!/usr/bin/env bash
# SiteGen tasks for bash. build.ps1 offers the same tasks for PowerShell; keep the two in step
# (a test checks that they list the same tasks).
#
#   ./build.sh site [sitegen build options]   build the guide into _site/
#   ./build.sh test                           run every test suite and print "N passed, N failed"
#   ./build.sh check                          build the guide with warnings as errors into a scratch folder
#   ./build.sh pack                           pack the sitegen dotnet tool into artifacts/packages
#   ./build.sh bench [guide|corpus|search|rebuild|anchors|lighthouse]   benchmarks (docs/performance.md); anchors runs
#                                             Hugo + Pagefind side by side with SiteGen at 100, 1,000 and 10,000 pages;
#                                             search runs SiteGen's search beside Pagefind on the guide in Chromium
#                                             (--every N: every Nth query); search --pages N: index bytes on a corpus;
#                                             lighthouse scores mobile performance of one page of each kind
#   ./build.sh examples [sitegen test options] prepare Flask 3.1 and Django 5.2, then run the guide's examples
#   ./build.sh clean                          remove build outputs
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

configuration="${CONFIGURATION:-Release}"
task="${1:-site}"
[ $# -gt 0 ] && shift

install_test_tools() {
  # The HTML validator (vnu.jar) and Lighthouse come from npm; without npm those tests report as skipped.
  if command -v npm >/dev/null 2>&1; then
    if [ ! -f tests/tools/node_modules/vnu-jar/build/dist/vnu.jar ] || [ ! -f tests/tools/node_modules/lighthouse/package.json ]; then
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

cache_root() {
  # The same folder as sitegen's CacheLocation.Root(), which guide.yml's {cache} placeholder names.
  if [ -n "${SITEGEN_CACHE_DIR:-}" ]; then echo "$SITEGEN_CACHE_DIR"
  elif [ -n "${XDG_CACHE_HOME:-}" ]; then echo "$XDG_CACHE_HOME/sitegen"
  else echo "$HOME/.cache/sitegen"; fi
}

fetch_debian_packages() {
  # Downloads pure-Python packages from Debian unstable with a private apt state in a temp folder (the system's
  # apt configuration is not changed) and unpacks them into $1, where later runs reuse them. $2 names them in
  # messages, $3 is what pip installs instead; the rest are the package names. docs/examples-testing.md explains.
  local target="$1" what="$2" pip_requirements="$3"
  shift 3
  if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-deb >/dev/null 2>&1; then
    echo "error: $what is not prepared and apt-get is not available to fetch it. Install it into the cache with" >&2
    echo "  python3 -m pip install --target '$target/usr/lib/python3/dist-packages' $pip_requirements" >&2
    return 1
  fi
  local mirror
  mirror="$(sed -nE 's/^URIs:[[:space:]]*([^[:space:]]+).*/\1/p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | grep -v security | head -n 1)"
  mirror="${mirror:-http://deb.debian.org/debian}"
  local work
  work="$(mktemp -d)"
  mkdir -p "$work/lists/partial" "$work/archives/partial" "$work/cache"
  echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror sid main" >"$work/sources.list"
  local apt=(apt-get -qq -o "Dir::Etc::SourceList=$work/sources.list" -o Dir::Etc::SourceParts=/dev/null
    -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache" -o "Dir::Cache::Archives=$work/archives"
    -o "APT::Sandbox::User=$(id -un)")
  echo "== Fetching $what from Debian unstable into $target" >&2
  if ! (cd "$work" && "${apt[@]}" update && "${apt[@]}" download "$@") >&2; then
    rm -rf "$work"
    echo "error: could not download $what from Debian unstable ($mirror); check the network and run ./build.sh examples again" >&2
    return 1
  fi
  rm -rf "$target.partial"
  mkdir -p "$target.partial"
  local deb
  for deb in "$work"/*.deb; do dpkg-deb -x "$deb" "$target.partial"; done
  printf '%s\n' "$@" >"$target.partial/packages.txt"
  rm -rf "$work" "$target"
  mv "$target.partial" "$target"
}

prepare_django() {
  # Django 5.2 is not in Debian bookworm (3.2); unstable's python3-django is pure Python.
  local target="$1"
  [ -f "$target/usr/lib/python3/dist-packages/django/__init__.py" ] && return 0
  fetch_debian_packages "$target" "Django 5.2" "'Django>=5.2,<5.3'" python3-django python3-asgiref python3-sqlparse
}

# The extensions the chapters use, all pure Python (Architecture: all) in Debian unstable. SQLAlchemy's
# greenlet (compiled for unstable's Python) is left out: only its asyncio layer needs it.
extension_packages=(python3-flask-login python3-flaskext.wtf python3-wtforms python3-flask-sqlalchemy
  python3-sqlalchemy python3-typing-extensions python3-flask-caching python3-cachelib python3-redis python3-djangorestframework)

prepare_extensions() {
  # Reused while the folder holds exactly the packages listed above.
  local target="$1"
  [ "$(cat "$target/packages.txt" 2>/dev/null)" = "$(printf '%s\n' "${extension_packages[@]}")" ] && return 0
  fetch_debian_packages "$target" "the Flask and Django extensions" \
    "Flask-Login Flask-WTF Flask-SQLAlchemy Flask-Caching redis djangorestframework" "${extension_packages[@]}"
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
  examples)
    # Runs the guide's examples on the framework versions it is about. Examples are untrusted code
    # (docs/examples-testing.md): only this task and `sitegen test` run them.
    if ! command -v python3 >/dev/null 2>&1; then
      echo "error: python3 is not installed; install Python 3.11 or later, then Flask 3.1: python3 -m pip install 'Flask>=3.1,<3.2'" >&2
      exit 1
    fi
    django="$(cache_root)/python/django-5.2"
    prepare_django "$django"
    extensions="$(cache_root)/python/extensions"
    prepare_extensions "$extensions"
    versions="$(PYTHONPATH="$django/usr/lib/python3/dist-packages:$extensions/usr/lib/python3/dist-packages" python3 - <<'PY'
import sys
from importlib.metadata import PackageNotFoundError, version
try:
    flask = version("flask")
except PackageNotFoundError:
    sys.exit("error: Flask is not installed for python3; install Flask 3.1 (python3 -m pip install 'Flask>=3.1,<3.2')")
try:
    import django
except ImportError:
    sys.exit("error: Django 5.2 does not import from the cache; delete the folder named on PYTHONPATH and run ./build.sh examples again")
if not flask.startswith("3.1.") or django.VERSION[:2] != (5, 2):
    sys.exit(f"error: the examples are written for Flask 3.1 and Django 5.2, found Flask {flask} and Django {django.get_version()}")
try:
    extensions = " · ".join(f"{name} {version(name)}" for name in (
        "Flask-Login", "Flask-WTF", "WTForms", "Flask-SQLAlchemy", "SQLAlchemy", "Flask-Caching",
        "redis", "djangorestframework"))
except PackageNotFoundError as missing:
    sys.exit(f"error: the extension {missing} is not in the cache; delete the folder named on PYTHONPATH and run ./build.sh examples again")
print(f"Python {sys.version.split()[0]} · Flask {flask} · Werkzeug {version('werkzeug')} · Django {django.get_version()} · {extensions}")
PY
)"
    echo "$versions"
    sitegen test --warnaserror "$@"
    ;;
  pack)
    dotnet pack src/SiteGen.Cli -c Release "$@"
    ;;
  bench)
    if [ "${1:-}" = lighthouse ]; then
      # Lighthouse's mobile performance score of one page of each kind of the built guide (docs/performance.md).
      install_test_tools
      scratch="$(mktemp -d)"
      trap 'rm -rf "$scratch"' EXIT
      sitegen build --output "$scratch/_site" >&2
      CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}" node tests/tools/lighthouse-pages.mjs performance --site "$scratch/_site"
    else
      dotnet run --project bench/SiteGen.Benchmarks -c Release -- "$@"
    fi
    ;;
  clean)
    rm -rf _site ._site.sitegen-spare artifacts
    dotnet clean SiteGen.sln --verbosity quiet
    ;;
  *)
    echo "usage: ./build.sh [site|test|check|examples|pack|bench|clean] [options]" >&2
    exit 2
    ;;
esac
