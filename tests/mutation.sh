#!/usr/bin/env bash
# mutation.sh [FILES_GLOB...]: mutation testing with Stryker.NET (the local tool in .config/dotnet-tools.json) over the
# generator's or the runtime library's files given, tested by the stage tests (tests/NoteGen.StageTests: no Roslyn
# compilation, so a mutant costs milliseconds of tests instead of the end-to-end suite's minutes). Prints the score
# per folder: killed / (killed + survived), timeouts counted as killed, mutants without a covering test counted as
# survived, compile errors left out; survivors listed in tests/mutation-equivalents.md are counted apart.
#
#   tests/mutation.sh 'src/NoteGen.Generator/Resolution/*.cs'     one folder (the default: the whole generator)
#   tests/mutation.sh 'src/NoteGen/*.cs'                           the runtime library (its net8.0 build)
#
# Env: STRYKER_CONCURRENCY (default: the number of cores). The HTML and JSON reports land in
# tests/NoteGen.StageTests/StrykerOutput/<time>/reports. Not part of CI: a folder takes minutes.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
globs=("$@"); [[ ${#globs[@]} -gt 0 ]] || globs=('src/NoteGen.Generator/**/*.cs')

case ${globs[0]} in
  src/NoteGen.Generator/*) project=NoteGen.Generator.csproj; dir=src/NoteGen.Generator; framework=() ;;
  # The runtime keeps what it decoded (a note's content, a vault's index), so per-test coverage, recorded once,
  # would credit only the first test that decoded something: each mutant runs every runtime test (Runtime/, the
  # only tests that use the library), set in a config file as Stryker.NET takes coverage-analysis "all" and
  # test-case-filter from one only.
  src/NoteGen/*)           project=NoteGen.csproj;           dir=src/NoteGen;           framework=(--target-framework net8.0 --config-file "$root/tests/stryker-runtime-config.json") ;;
  *) echo "mutation.sh: give files under src/NoteGen.Generator/ or src/NoteGen/, e.g. 'src/NoteGen.Generator/Parsing/*.cs'" >&2; exit 2 ;;
esac
mutate=()
for g in "${globs[@]}"; do
  [[ $g == "$dir"/* ]] || { echo "mutation.sh: $g is not under $dir/ (one project per run)" >&2; exit 2; }
  mutate+=(--mutate "${g#"$dir"/}")
done

cd "$root"
dotnet tool restore > /dev/null
cd tests/NoteGen.StageTests
start=$(date +%s)
dotnet stryker --project "$project" "${framework[@]}" "${mutate[@]}" \
  --concurrency "${STRYKER_CONCURRENCY:-$(nproc)}" --reporter Progress --reporter Html --reporter Json \
  --skip-version-check
elapsed=$(( $(date +%s) - start ))

report=$(ls -t StrykerOutput/*/reports/mutation-report.json | head -1)
python3 "$root/tests/mutation-score.py" "$report" "$root/tests/mutation-equivalents.md" "$root/$dir"
echo "run time: $((elapsed / 60)) min $((elapsed % 60)) s ($(nproc) cores); report: tests/NoteGen.StageTests/${report%.json}.html"
