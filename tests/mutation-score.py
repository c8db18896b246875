#!/usr/bin/env python3
"""mutation-score.py REPORT EQUIVALENTS PROJECT_DIR: the mutation score per folder from Stryker's JSON report.

Score = killed / (killed + survived): timeouts count as killed, mutants no test covers as survived, compile errors
and ignored mutants are left out. A survivor listed in EQUIVALENTS (a Markdown table whose first cell is
`Folder/File.cs:line` and second the mutator's name, as Stryker prints it) is an equivalent mutant: counted apart,
not in the score. Survivors not listed are printed, so they can be killed or, when truly equivalent, listed."""
import json, os, re, sys
from collections import defaultdict

report_path, equivalents_path, project_dir = sys.argv[1:4]
report = json.load(open(report_path))
project_dir = os.path.abspath(project_dir)

listed = set()
if os.path.exists(equivalents_path):
    for line in open(equivalents_path, encoding="utf-8"):
        cells = [c.strip().strip("`") for c in line.strip().strip("|").split("|")]
        m = re.fullmatch(r"(.+\.cs):(\d+)", cells[0]) if len(cells) >= 3 else None
        if m:
            listed.add((m.group(1), int(m.group(2)), cells[1]))

rows = defaultdict(lambda: defaultdict(int))
survivors, matched, mutated = [], set(), set()
for path, file in sorted(report["files"].items()):
    # Stryker reports every file of the project; files outside the run's globs have only ignored mutants.
    if all(m["status"] in ("Ignored", "CompileError") for m in file["mutants"]):
        continue
    rel = os.path.relpath(path, project_dir) if os.path.isabs(path) else path
    mutated.add(rel)
    folder = os.path.dirname(rel) or os.path.basename(project_dir)  # the runtime library's files are at its root
    lines = file["source"].split("\n")
    for mutant in file["mutants"]:
        status = mutant["status"]
        line = mutant["location"]["start"]["line"]
        if status in ("Survived", "NoCoverage") and (rel, line, mutant["mutatorName"]) in listed:
            matched.add((rel, line, mutant["mutatorName"]))
            status = "Equivalent"
        rows[folder][status] += 1
        rows[folder]["all"] += 1
        if status in ("Survived", "NoCoverage"):
            survivors.append(f"  {rel}:{line} {mutant['mutatorName']} ({status}): {lines[line - 1].strip()[:90]}  ->  {mutant.get('replacement', '')[:60]}")

print("\nsurvivors (kill them with a test, or list a truly equivalent one in tests/mutation-equivalents.md):")
print("\n".join(survivors) if survivors else "  none")
stale = sorted(entry for entry in listed - matched if entry[0] in mutated)
if stale:
    print("listed as equivalent but not a survivor of this run (stale: fix or remove the row):")
    for rel, line, mutator in stale:
        print(f"  {rel}:{line} {mutator}")

print(f"\n{'folder':<14} {'mutants':>7} {'killed':>7} {'timeout':>7} {'survived':>8} {'no cover':>8} {'equiv':>5} {'compile':>7} {'ignored':>7} {'score':>7}")
total = defaultdict(int)
for folder in sorted(rows):
    r = rows[folder]
    for k, v in r.items():
        total[k] += v
def line_of(name, r):
    killed = r["Killed"] + r["Timeout"]
    survived = r["Survived"] + r["NoCoverage"]
    score = f"{100 * killed / (killed + survived):.1f} %" if killed + survived else "-"
    return f"{name:<14} {r['all']:>7} {r['Killed']:>7} {r['Timeout']:>7} {r['Survived']:>8} {r['NoCoverage']:>8} {r['Equivalent']:>5} {r['CompileError']:>7} {r['Ignored']:>7} {score:>7}"
for folder in sorted(rows):
    print(line_of(folder, rows[folder]))
if len(rows) > 1:
    print(line_of("all", total))
