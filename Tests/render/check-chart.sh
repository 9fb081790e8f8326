#!/usr/bin/env bash
# Renders the history's trend chart in a real browser and fails on a blank chart or overlapping labels.
#
#   Tests/render/check-chart.sh [HARMONIA_BINARY] [EXTRA.svg...]
#
# Imports the whole fixtures folder into a fresh history (the hostile files are skipped: exit 65), draws
# the chart in English and Chinese (`track chart --lang en|zh`), renders each HTML page with headless
# Chromium to PNG and PDF, and checks that
#   - the PNG is not blank and the PDF holds the labels, the change of reference edition and the legend,
#   - no family is made of the hostile fixtures,
#   - no two labels overlap as Chromium lays them out with its own fonts (getBBox of every label, in a page
#     that embeds the SVG; the same check runs on any EXTRA.svg given).
# Needs: chromium (or google-chrome), poppler-utils, a CJK font. The rendered files stay in
# $HARMONIA_RENDER_DIR (default: a temporary folder) for a look by eye.
set -euo pipefail
cd "$(dirname "$0")/../.."

check=check-chart
# shellcheck source=Tests/render/common.sh
source Tests/render/common.sh
need_tools

harmonia_binary "${1:-}"
shift || true

out="${HARMONIA_RENDER_DIR:-$(mktemp -d)}"
mkdir -p "$out"
db="$out/history.sqlite"
rm -f "$db"
status=0
"$bin" track import fixtures --db "$db" --at 2024-01-01 >"$out/import.txt" 2>"$out/import-stderr.txt" || status=$?
(( status == 65 )) || fail "track import fixtures exited $status, not 65 (the hostile files)"
grep -q "HOSTILE" "$out/import.txt" && fail "track import fixtures recorded a hostile fixture"

chromium_flags "$out"

# Embeds an SVG in a page whose script measures every label and writes how many overlap into the DOM.
overlaps() {
    local svg="$1" page="$1.check.html"
    {
        echo '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>'
        tail -n +2 "$svg"
        cat <<'SCRIPT'
<script>
const labels = [...document.querySelectorAll("text.edition-label, text.reference-label")];
const boxes = labels.map(t => t.getBBox());
let overlapping = [];
for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
  const a = boxes[i], b = boxes[j];
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  if (w > 0.5 && h > 0.5) overlapping.push(labels[i].textContent + " / " + labels[j].textContent);
}
document.body.setAttribute("data-labels", String(boxes.length));
document.body.setAttribute("data-overlaps", String(overlapping.length));
document.body.setAttribute("data-first", overlapping[0] || "");
</script></body></html>
SCRIPT
    } >"$page"
    local dom
    dom="$(timeout 120 "$browser" "${flags[@]}" --dump-dom "file://$(cd "$(dirname "$page")" && pwd)/$(basename "$page")" 2>/dev/null)" \
        || fail "Chromium could not load $page"
    local count labels
    count="$(sed -n 's/.*data-overlaps="\([0-9]*\)".*/\1/p' <<<"$dom" | head -1)"
    labels="$(sed -n 's/.*data-labels="\([0-9]*\)".*/\1/p' <<<"$dom" | head -1)"
    [[ -n "$count" && -n "$labels" ]] || fail "the overlap check did not run on $svg"
    (( labels > 0 )) || fail "no labels found in $svg"
    (( count == 0 )) || fail "$count pairs of labels overlap in $svg (first: $(sed -n 's/.*data-first="\([^"]*\)".*/\1/p' <<<"$dom" | head -1))"
    echo "$labels labels"
}

for lang in en zh; do
    "$bin" track chart --db "$db" --lang "$lang" --output "$out/chart-$lang.html" >/dev/null
    "$bin" track chart --db "$db" --lang "$lang" --output "$out/chart-$lang.svg" >/dev/null
    page="file://$(cd "$out" && pwd)/chart-$lang.html"
    timeout 120 "$browser" "${flags[@]}" --window-size=1000,1200 --screenshot="$out/chart-$lang.png" "$page" \
        >/dev/null 2>&1 || fail "Chromium could not take a screenshot"
    timeout 120 "$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$out/chart-$lang.pdf" "$page" \
        >/dev/null 2>&1 || fail "Chromium could not print to PDF"
    png_size=$(stat -c %s "$out/chart-$lang.png")
    (( png_size > 40000 )) || fail "chart-$lang.png is $png_size bytes: the chart looks blank"
    text="$(pdftotext -layout "$out/chart-$lang.pdf" - 2>/dev/null)"
    if [[ "$lang" == en ]]; then
        expected=("Convergence with the international reference" "JJG 162-2019 · 37.0" "new reference: OIML R 49-1:2013"
                  "JJG 99 ↔ OIML R 111-1 — 2 records")
    else
        expected=("与国际参照文件的一致性" "JJG 162-2019 · 37.0" "参照文件换版：OIML R 49-1:2013" "非等效采用（NEQ）")
    fi
    # Labels are drawn twice (a white halo, then the text), so the PDF's text repeats each word: look for
    # every word of each phrase.
    for phrase in "${expected[@]}"; do
        for word in $phrase; do
            grep -qF -- "$word" <<<"$text" || fail "chart-$lang.pdf lacks \"$word\" (of \"$phrase\")"
        done
    done
    grep -qF "HARMONIA-HOSTILE" <<<"$text" && fail "chart-$lang shows a hostile fixture"
    measured="$(overlaps "$out/chart-$lang.svg")" || exit 1
    echo "check-chart: $lang: $measured, none overlapping"
done
for extra in "$@"; do
    measured="$(overlaps "$extra")" || exit 1
    echo "check-chart: $extra: $measured, none overlapping"
done
echo "check-chart: ok ($out)"
