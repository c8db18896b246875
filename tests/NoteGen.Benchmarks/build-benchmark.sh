#!/usr/bin/env bash
# End-to-end build benchmark: `dotnet build` of a console app using the packed NoteGen with N synthetic notes
# (seed-shaped, ~3.6 KB each), against the same app with no notes. Prints wall time and peak memory
# (/usr/bin/time -v) per build, the bytes of generated C# per byte of Markdown, then runs each app once to show every
# claim is readable.
# Usage: tests/NoteGen.Benchmarks/build-benchmark.sh 1000 10000 [50000 ...]   (any counts; 50,000 takes about 3 minutes a build)
#        NOTEGEN_TYPED_SECTIONS=false tests/NoteGen.Benchmarks/build-benchmark.sh ...   (the apps set NoteGenTypedSections)
#        NOTEGEN_BENCH_RUNS=3 tests/NoteGen.Benchmarks/build-benchmark.sh ...   (each build 3 times from clean: median time, highest peak)
#        NOTEGEN_UNIQUE_HEADINGS=true tests/NoteGen.Benchmarks/build-benchmark.sh ...   (every note's headings its own: no shared section classes)
#        NOTEGEN_BASELINE=<git ref> tests/NoteGen.Benchmarks/build-benchmark.sh ...   (also packs NoteGen at that commit and builds
#          the same apps with it, the two builds taking turns: old and new measured in one run)
#        NOTEGEN_PEER=velite tests/NoteGen.Benchmarks/build-benchmark.sh ...   (also builds each vault with Velite, cold, through
#          the peers harness NOTEGEN_PEERS_RUN, default ../shared/peers/run.sh next to the repository, in the same run; prints
#          Velite's time and peak and its time over NoteGen's added build time)
#        NOTEGEN_CODE_ONLY=true tests/NoteGen.Benchmarks/build-benchmark.sh ...   (also builds, in turn with the others, an app that
#          compiles the code NoteGen generated for the vault as plain source files, with NoteGen's library but without its
#          generator: what the compiler alone spends on that code, the floor of any generator that emits it)
#        NOTEGEN_BUILD_ENV="DOTNET_TieredPGO=0" tests/NoteGen.Benchmarks/build-benchmark.sh ...   (every build, the empty app's
#          included, runs with these environment variables: the compiler it starts inherits them)
# "added" is a build's time minus the same app's build with no notes; "dll per md" the app assembly's bytes per Markdown byte.
set -euo pipefail
typed_sections="${NOTEGEN_TYPED_SECTIONS:-true}"
vault_options=""
if [ "${NOTEGEN_UNIQUE_HEADINGS:-false}" = "true" ]; then vault_options="--unique-headings"; fi
runs="${NOTEGEN_BENCH_RUNS:-1}"
code_only="${NOTEGEN_CODE_ONLY:-false}"
peer="${NOTEGEN_PEER:-}"
read -r -a build_env <<< "${NOTEGEN_BUILD_ENV:-}"

root="$(cd "$(dirname "$0")/../.." && pwd)"
peers_run="${NOTEGEN_PEERS_RUN:-$root/../shared/peers/run.sh}"
if [ -n "$peer" ] && [ ! -x "$peers_run" ]; then echo "NOTEGEN_PEER=$peer needs the peers harness: $peers_run not found" >&2; exit 2; fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
version="0.0.0-bench.$(date +%s)"

dotnet pack "$root/src/NoteGen/NoteGen.csproj" -c Release -o "$work/feed" -p:Version="$version" > /dev/null
packages=("$version")
if [ -n "${NOTEGEN_BASELINE:-}" ]; then
  git -C "$root" worktree add --detach "$work/baseline" "$NOTEGEN_BASELINE" > /dev/null 2>&1
  trap 'git -C "$root" worktree remove --force "$work/baseline"; rm -rf "$work"' EXIT
  dotnet pack "$work/baseline/src/NoteGen/NoteGen.csproj" -c Release -o "$work/feed" -p:Version="$version.baseline" > /dev/null
  packages+=("$version.baseline")
fi
dotnet build -c Release "$root/tests/NoteGen.Benchmarks" > /dev/null
cat > "$work/nuget.config" <<XML
<configuration><packageSources><add key="notegen-bench" value="$work/feed" /></packageSources></configuration>
XML
echo "<Project />" > "$work/Directory.Build.props"
echo "<Project />" > "$work/Directory.Packages.props"

printf '%-8s %-10s %10s %10s %14s %10s %11s' "notes" "package" "build (s)" "added (s)" "peak RSS (MB)" "C# per md" "dll per md"
[ -n "$peer" ] && printf ' %12s %14s %14s' "$peer (s)" "$peer peak (MB)" "$peer / added"
printf ' %s\n' "run output"
# What every app's project sets, the code-only app's included.
app_properties='    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <RootNamespace>App</RootNamespace>
    <Nullable>enable</Nullable>
    <!-- Compile in a child process of the build, so /usr/bin/time sees it (no warm compiler server). -->
    <UseSharedCompilation>false</UseSharedCompilation>'
declare -A empty_build=()
for count in 0 "$@"; do
  apps=() labels=()
  for package in "${packages[@]}"; do
    app="$work/app$count-${#apps[@]}"
    apps+=("$app")
    labels+=("$([ "$package" = "$version" ] && echo new || echo baseline)")
    mkdir -p "$app"
    cat > "$app/app.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
$app_properties
    <NoWarn>\$(NoWarn);NG0001</NoWarn>
    <NoteGenTypedSections>$typed_sections</NoteGenTypedSections>
    <!-- The generated files on disk too, to measure them (both packages alike). -->
    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="NoteGen" Version="$package" />
    <AdditionalFiles Include="notes/**/*.md" />
  </ItemGroup>
</Project>
XML
    cat > "$app/Program.cs" <<'CS'
long claims = 0;
foreach (var note in App.Notes.All)
    foreach (var claim in note.Claims)
        claims += claim.Text.Length > 0 ? 1 : 0;
System.Console.WriteLine($"{App.Notes.All.Count} notes, {claims} claims read");
CS
    if [ "$count" -gt 0 ]; then
      dotnet "$root/tests/NoteGen.Benchmarks/bin/Release/net10.0/NoteGen.Benchmarks.dll" write-vault "$count" "$app" $vault_options > /dev/null
    fi
    dotnet restore "$app" -nodeReuse:false > /dev/null
  done

  if [ "$code_only" = "true" ] && [ "$count" -gt 0 ]; then
    # The new package's generated files, built once, then compiled as sources with the generator removed.
    code="$work/app$count-code"
    mkdir -p "$code/generated"
    dotnet build "${apps[0]}" --no-restore -c Release -nodeReuse:false > "$code/generate.log" || { cat "$code/generate.log"; exit 1; }
    find "${apps[0]}/obj/Release/net10.0/generated" -name '*.cs' -exec cp {} "$code/generated/" \;
    cp "${apps[0]}/Program.cs" "$code/"
    cat > "$code/app.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
$app_properties
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="NoteGen" Version="$version" ExcludeAssets="analyzers" />
  </ItemGroup>
  <!-- The package's build files add its analyzers themselves: drop them, so only the code is compiled. -->
  <Target Name="DropNoteGenAnalyzers" BeforeTargets="CoreCompile">
    <ItemGroup>
      <Analyzer Remove="@(Analyzer)" Condition="\$([System.String]::Copy('%(FullPath)').ToLowerInvariant().Contains('/notegen/'))" />
    </ItemGroup>
  </Target>
</Project>
XML
    dotnet restore "$code" -nodeReuse:false > /dev/null
    apps+=("$code")
    labels+=("code only")
  fi

  # The packages' builds take turns, so a drift in the machine's speed falls on both.
  declare -A walls=() peaks=()
  for ((run = 0; run < runs; run++)); do
    for app in "${apps[@]}"; do
      rm -rf "$app/bin" "$app/obj/Release"
      env "${build_env[@]}" /usr/bin/time -v dotnet build "$app" --no-restore -c Release -nodeReuse:false > "$app/build.log" 2> "$app/time.log" \
        || { cat "$app/build.log"; exit 1; }
      walls[$app]+="$(grep 'Elapsed (wall clock)' "$app/time.log" | awk '{print $NF}' | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }') "
      peaks[$app]="$(grep 'Maximum resident set size' "$app/time.log" | awk -v max="${peaks[$app]:-0}" '{v = $NF / 1024; printf "%.0f", (v > max ? v : max)}')"
    done
  done
  for i in "${!apps[@]}"; do
    app="${apps[$i]}"
    wall="$(printf '%s\n' ${walls[$app]} | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')"
    output="$(dotnet "$app/bin/Release/net10.0/app.dll")"
    added="-" ratio="-" dll_ratio="-"
    label="${labels[$i]}"
    if [ "$count" -eq 0 ]; then
      empty_build[$i]="$wall"
    else
      # The code-only app is measured against the new package's empty app: the same project with no notes.
      added="$(awk -v w="$wall" -v e="${empty_build[$i]:-${empty_build[0]}}" 'BEGIN { printf "%.2f", w - e }')"
      if [ "$label" != "code only" ]; then
        generated="$(find "$app/obj/Release/net10.0/generated" -name '*.cs' -exec cat {} + | wc -c)"
        markdown="$(find "$app/notes" -name '*.md' -exec cat {} + | wc -c)"
        ratio="$(awk -v g="$generated" -v m="$markdown" 'BEGIN { printf "%.2f", g / m }')"
        dll_ratio="$(awk -v d="$(stat -c %s "$app/bin/Release/net10.0/app.dll")" -v m="$markdown" 'BEGIN { printf "%.2f", d / m }')"
      fi
    fi
    printf '%-8s %-10s %10s %10s %14s %10s %11s' "$count" "$label" "$wall" "$added" "${peaks[$app]}" "$ratio" "$dll_ratio"
    if [ -n "$peer" ]; then
      if [ "$count" -gt 0 ] && [ "$label" != "baseline" ]; then
        if [ "$i" -eq 0 ]; then
          # The harness prints "TOOL WALL_S PEAK_MB RC NOTES_OUT"; a failed build (rc != 0) is shown as such.
          read -r _ peer_wall peer_peak peer_rc peer_out < <("$peers_run" "$app/notes" "$peer" 2> "$app/peer.log" | awk -v t="$peer" '$1 == t')
        fi
        peer_ratio="$(awk -v p="$peer_wall" -v a="$added" 'BEGIN { printf "%.1fx", p / a }')"
        [ "$peer_rc" = 0 ] || peer_ratio="failed (rc $peer_rc, $peer_out)"
        printf ' %12s %14s %14s' "$peer_wall" "$peer_peak" "$peer_ratio"
      else
        printf ' %12s %14s %14s' - - -
      fi
    fi
    printf ' %s\n' "$output"
  done
  unset walls peaks
done
