#!/usr/bin/env bash
# Renders the survey dashboard in a real browser and fails on a blank or broken page.
#
#   Tests/render/check-survey-html.sh [HARMONIA_BINARY]
#
# Surveys the fixture folders (every valid one) with `harmonia survey --format html`, renders the page
# with headless Chromium to PNG and PDF, and checks that the PNG is not blank, that the PDF holds the
# summary, the score distribution, the gap list and a heat map with its legend, Chinese ids included.
# Needs: chromium (or google-chrome), poppler-utils. The rendered files stay in $HARMONIA_RENDER_DIR
# (default: a temporary folder) for a look by eye.
set -euo pipefail
cd "$(dirname "$0")/../.."

check=check-survey-html
# shellcheck source=Tests/render/common.sh
source Tests/render/common.sh
need_tools

harmonia_binary "${1:-}"
out="${HARMONIA_RENDER_DIR:-$(mktemp -d)}"
mkdir -p "$out"
folders=(weights water-meters fuel-dispensers nawi electricity-meters sphygmomanometers regional)
"$bin" survey "${folders[@]/#/fixtures/}" --format html --output "$out/survey.html" 2>"$out/stderr.txt" \
    || fail "harmonia survey failed: $(cat "$out/stderr.txt")"
page="file://$(cd "$out" && pwd)/survey.html"

chromium_flags "$out"
timeout 120 "$browser" "${flags[@]}" --window-size=1280,1600 --screenshot="$out/survey.png" "$page" >/dev/null 2>&1 \
    || fail "Chromium could not take a screenshot"
timeout 120 "$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$out/survey.pdf" "$page" >/dev/null 2>&1 \
    || fail "Chromium could not print to PDF"
png_size=$(stat -c %s "$out/survey.png")
(( png_size > 40000 )) || fail "the PNG is $png_size bytes: the page looks blank"
text="$(pdftotext -layout "$out/survey.pdf" - 2>/dev/null)"
for expected in "Survey of" "Distribution of family scores" "90–99.9" "Gaps: international documents" \
                "Regional groups" "assessed ↓ against →" "JJG(黑) 005-2017" "below 75" "Families" "JJG 99-2006"; do
    grep -qF -- "$expected" <<<"$text" || fail "the PDF lacks \"$expected\""
done
echo "check-survey-html: ok — PNG $png_size bytes ($out)"
