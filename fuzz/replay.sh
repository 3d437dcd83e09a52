#!/usr/bin/env bash
# Replays every crash and hang afl++ saved for a target against the current (uninstrumented) code and
# prints each input that still fails, with the first line of its error.
#   fuzz/replay.sh TARGET
set -uo pipefail
target=${1:?usage: fuzz/replay.sh TARGET}
repo=$(cd "$(dirname "$0")/.." && pwd)
dotnet build "${repo}/fuzz/SiteGen.Fuzz" -c Release --nologo -v quiet >/dev/null || exit 1
dll="${repo}/fuzz/SiteGen.Fuzz/bin/Release/net10.0/SiteGen.Fuzz.dll"
failing=0 total=0
for input in "${repo}"/fuzz/findings/"${target}"/default/{crashes,hangs}/id*; do
  [ -e "${input}" ] || continue
  total=$((total + 1))
  if ! result=$(timeout 10 dotnet "${dll}" "${target}" "${repo}/theme" < "${input}" 2>&1); then
    failing=$((failing + 1))
    echo "${input}: $(echo "${result}" | grep -m1 -E 'Exception|lies outside|failed' || echo timeout)"
  fi
done
echo "${failing} of ${total} saved inputs still fail"
