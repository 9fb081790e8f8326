#!/usr/bin/env bash
# Surveys a generated catalogue with a release build of harmonia and checks what it found.
#
#   Benchmarks/scripts/survey.sh [INTERNATIONAL DOMESTIC REGIONAL]     (default: 750 675 560)
#
# generate-catalogue (Benchmarks/Sources/generate-catalogue) writes the catalogue and expected.json: the
# planted families, gaps, missing references and equivalence classes. The script then runs
#   harmonia survey DIR --format json --output survey.json
# under GNU time, prints wall time, CPU use and peak resident memory, and fails unless the survey found
# exactly what was planted. Needs: swift, python3, GNU time (/usr/bin/time).
# HARMONIA_BIN names a harmonia binary to use instead of building one; SURVEY_DIR the work folder.
set -euo pipefail
cd "$(dirname "$0")/../.."

international=${1:-750} domestic=${2:-675} regional=${3:-560}
work=${SURVEY_DIR:-/tmp/harmonia-survey-bench}
[ -x /usr/bin/time ] || { echo "survey: GNU time missing (apt-get install time)" >&2; exit 69; }

bin=${HARMONIA_BIN:-}
if [[ -z "$bin" ]]; then
    swift build -c release --product harmonia >/dev/null
    bin="$(swift build -c release --show-bin-path)/harmonia"
fi
(cd Benchmarks && swift build --product generate-catalogue >/dev/null)
generator="$(cd Benchmarks && swift build --show-bin-path)/generate-catalogue"

catalogue="$work/catalogue-$international-$domestic-$regional"
rm -rf "$catalogue" && mkdir -p "$work"
"$generator" "$catalogue" --international "$international" --domestic "$domestic" --regional "$regional"

# expected.json sits in the catalogue folder but never names the specification namespace: passed over.
/usr/bin/time -v "$bin" survey "$catalogue" --format json --output "$work/survey.json" 2> "$work/time.txt" || {
    cat "$work/time.txt" >&2; exit 1; }
grep -E "^surveyed" "$work/time.txt"
awk -F': ' '/Elapsed \(wall clock\)/ {print "wall:", $2} /Percent of CPU/ {print "CPU:", $2}
            /Maximum resident set size/ {printf "peak RSS: %.0f MB\n", $2 / 1024}' "$work/time.txt"

python3 - "$catalogue/expected.json" "$work/survey.json" <<'PY'
import json, sys
expected, survey = (json.load(open(p)) for p in sys.argv[1:3])
checks = {
    "families": (sorted(expected["families"]), sorted([f["domestic"], f["international"]] for f in survey["families"])),
    "gaps": (sorted(expected["gaps"]), sorted(survey["gaps"])),
    "missing references": (sorted(expected["missingReferences"]), sorted(m["reference"] for m in survey["missingReferences"])),
    "equivalence classes": (sorted(sorted(c) for c in expected["equivalenceClasses"]),
                            sorted(sorted(c) for g in survey["regional"] for c in g["equivalenceClasses"])),
}
failed = False
for name, (want, got) in checks.items():
    ok = want == got
    failed |= not ok
    print(f"{name}: {len(got)} found, {len(want)} planted — {'exact' if ok else 'DIFFERENT'}")
print("summary:", json.dumps(survey["summary"], ensure_ascii=False))
sys.exit(1 if failed else 0)
PY
