#!/usr/bin/env bash
# Fuzzes one SiteGen target with afl++ through SharpFuzz for a number of minutes.
#   fuzz/run.sh chapter|frontmatter|dataset|guide-yml MINUTES
# Needs afl++ (apt-get install afl++) and the SharpFuzz.CommandLine tool (installed on first run under
# ~/.cache/sitegen-fuzz/tools). Findings go to fuzz/findings/TARGET (crashes/ and hangs/ hold the inputs).
# Replay one input with the uninstrumented build:
#   dotnet fuzz/SiteGen.Fuzz/bin/Release/net10.0/SiteGen.Fuzz.dll TARGET theme < INPUT
set -euo pipefail
target=${1:?usage: fuzz/run.sh TARGET MINUTES}
minutes=${2:?usage: fuzz/run.sh TARGET MINUTES}
repo=$(cd "$(dirname "$0")/.." && pwd)
tools=${HOME}/.cache/sitegen-fuzz/tools
build=${HOME}/.cache/sitegen-fuzz/build-${target}
findings=${repo}/fuzz/findings/${target}

if [ ! -x "${tools}/sharpfuzz" ]; then
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "${tools}"
fi
command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found: apt-get install afl++" >&2; exit 1; }

rm -rf "${build}"
dotnet publish "${repo}/fuzz/SiteGen.Fuzz" -c Release -o "${build}" --nologo -v quiet
# Instrument SiteGen and the parser the target drives (not Roslyn, RazorLight or AngleSharp: their
# coverage would swamp afl's map with paths the input cannot steer).
"${tools}/sharpfuzz" "${build}/SiteGen.dll"
case "${target}" in
  chapter) "${tools}/sharpfuzz" "${build}/Markdig.dll" ;;
  *) "${tools}/sharpfuzz" "${build}/YamlDotNet.dll" ;;
esac

mkdir -p "${findings}"
# One worker thread: SiteGen's parallel loops would otherwise make the coverage map differ from run to run.
export DOTNET_PROCESSOR_COUNT=1
export AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
# Resume a previous run of the same target when there is one.
input="${repo}/fuzz/corpus/${target}"
[ -d "${findings}/default/queue" ] && input=-
exec timeout --signal=INT "$((minutes * 60))" \
  afl-fuzz -i "${input}" -o "${findings}" -t 10000 -m none -V "$((minutes * 60))" \
  -- dotnet "${build}/SiteGen.Fuzz.dll" "${target}" "${repo}/theme"
