#!/usr/bin/env bash
# Renders a Harmonia report page in a real browser and fails on a blank or broken page.
#
#   Tests/render/check-html.sh [HARMONIA_BINARY]
#
# Writes the weights pack (JJG 99-2006 against OIML R 111-1:2004, Chinese interface) with `harmonia
# report`, renders report.html with headless Chromium to PNG and PDF, and checks that
#   - the PNG is not blank (a blank page compresses to a few kilobytes),
#   - the PDF holds the expected text, Chinese included (pdftotext),
#   - Chinese renders in a CJK font, not as empty boxes (two phrases must render differently),
#   - the CSS-only verdict filter hides the other verdicts' rows.
# Needs: chromium (or google-chrome), poppler-utils, a CJK font (Debian: fonts-noto-cjk).
# The rendered files stay in $HARMONIA_RENDER_DIR (default: a temporary folder) for a look by eye.
set -euo pipefail
cd "$(dirname "$0")/../.."

fail() { echo "check-html: FAIL: $*" >&2; exit 1; }

browser=""
for candidate in chromium chromium-browser google-chrome google-chrome-stable; do
    if command -v "$candidate" >/dev/null 2>&1; then browser="$(command -v "$candidate")"; break; fi
done
[[ -n "$browser" ]] || fail "no Chromium on PATH (apt-get install chromium)"
command -v pdftotext >/dev/null 2>&1 || fail "pdftotext not on PATH (apt-get install poppler-utils)"
if command -v fc-list >/dev/null 2>&1; then
    [[ -n "$(fc-list :lang=zh family 2>/dev/null)" ]] || fail "no CJK font installed (apt-get install fonts-noto-cjk)"
fi

bin="${1:-}"
if [[ -z "$bin" ]]; then
    swift build --product harmonia >/dev/null
    bin="$(swift build --show-bin-path)/harmonia"
fi
[[ -x "$bin" ]] || fail "harmonia binary not found: $bin"

out="${HARMONIA_RENDER_DIR:-$(mktemp -d)}"
mkdir -p "$out"
pack="$out/pack"
"$bin" report fixtures/weights/jjg-99-2006.xml fixtures/weights/oiml-r111-1-2004.xml \
    --output "$pack" --lang zh --member-body CN >/dev/null
page="file://$(cd "$pack" && pwd)/report.html"

# A throwaway profile; --no-sandbox because CI runs as root in a container.
flags=(--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars
       --user-data-dir="$out/profile" --no-first-run --disable-extensions
       --virtual-time-budget=5000)
timeout 120 "$browser" "${flags[@]}" --window-size=1280,1800 --screenshot="$out/report.png" "$page" >/dev/null 2>&1 \
    || fail "Chromium could not take a screenshot"
timeout 120 "$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$out/report.pdf" "$page" >/dev/null 2>&1 \
    || fail "Chromium could not print to PDF"

[[ -s "$out/report.png" ]] || fail "no PNG written"
png_size=$(stat -c %s "$out/report.png")
(( png_size > 40000 )) || fail "the PNG is $png_size bytes: the page looks blank"
[[ -s "$out/report.pdf" ]] || fail "no PDF written"

text="$(pdftotext -layout "$out/report.pdf" - 2>/dev/null)"
for expected in "JJG 99-2006" "OIML R 111-1:2004" "一致性比对报告" "一致性得分" "章条编号对照一览表" \
                "技术性差异及其原因一览表" "全部比对项" "得分 = 100"; do
    grep -qF -- "$expected" <<<"$text" || fail "the PDF lacks \"$expected\""
done
pages=$(pdfinfo "$out/report.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
(( ${pages:-0} >= 3 )) || fail "the PDF has ${pages:-0} pages; the full report needs several"
# Chinese in a real CJK font, not empty boxes: render two different Chinese phrases in the page's own
# font stack. With a CJK font the two pictures differ; without one every glyph is the same box (the
# PDF text would still extract, so pdftotext alone cannot tell).
stack="$(grep -o 'html{font-family:[^;]*' "$pack/report.html" | head -1 | sed 's/^html{font-family://')"
[[ -n "$stack" ]] || fail "no font stack found in report.html"
probe() {
    printf '<!DOCTYPE html><html lang="zh-Hans"><head><meta charset="utf-8"/><style>body{margin:8px;font-family:%s;font-size:64px}</style></head><body>%s</body></html>' \
        "$stack" "$1" >"$out/$2.html"
    timeout 60 "$browser" "${flags[@]}" --window-size=800,300 --screenshot="$out/$2.png" "file://$out/$2.html" >/dev/null 2>&1 \
        || fail "Chromium could not render the font probe"
}
probe "一致性比对" probe-a
probe "未说明原因" probe-b
cmp -s "$out/probe-a.png" "$out/probe-b.png" && fail "Chinese renders as identical boxes: no CJK font in the page's font stack is installed"

# The verdict filter works without script: with "missing" checked, the pair table shows missing pairs only.
sed -E 's/(id="pairs-all"[^>]*) checked="checked"\/>/\1\/>/; s/(id="pairs-missing"[^>]*)\/>/\1 checked="checked"\/>/' \
    "$pack/report.html" >"$pack/filtered.html"
timeout 120 "$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$out/filtered.pdf" "file://$(cd "$pack" && pwd)/filtered.html" >/dev/null 2>&1 \
    || fail "Chromium could not print the filtered page"
rm -f "$pack/filtered.html"
# The text from the pair table's heading on (pdftotext marks page breaks with a form feed).
pair_table="$(pdftotext "$out/filtered.pdf" - 2>/dev/null | awk '{ gsub(/\f/, "") } $0 == "全部比对项" { found = 1 } found')"
grep -qF "density[20 mg][E1]" <<<"$pair_table" || fail "the filtered pair table lacks a missing pair"
grep -qF "nominal-range" <<<"$pair_table" && fail "the filtered pair table still shows an identical pair"

# The Word files through LibreOffice, when it is installed: they open, lay out on PDF pages, and hold the
# comment sheet's header and legend and the annex tables' titles. PNG pages stay beside them for a look.
office=""
for candidate in soffice libreoffice; do
    if command -v "$candidate" >/dev/null 2>&1; then office="$(command -v "$candidate")"; break; fi
done
if [[ -n "$office" ]]; then
    timeout 180 "$office" --headless -env:UserInstallation="file://$out/office-profile" --convert-to pdf --outdir "$out" \
        "$pack/comments.docx" "$pack/annexes.docx" >/dev/null 2>&1 || fail "LibreOffice could not convert the DOCX files"
    comments="$(pdftotext -layout "$out/comments.pdf" - 2>/dev/null)"
    for expected in "Comments on OIML R 111-1:2004" "Date" "Document" "Project" "ge = general" "Type of" "JJG 99-2006"; do
        grep -qF -- "$expected" <<<"$comments" || fail "comments.pdf lacks \"$expected\""
    done
    annexes="$(pdftotext -layout "$out/annexes.pdf" - 2>/dev/null)"
    for expected in "章条编号对照一览表" "技术性差异及其原因一览表" "标称值"; do
        grep -qF -- "$expected" <<<"$annexes" || fail "annexes.pdf lacks \"$expected\""
    done
    if command -v pdftoppm >/dev/null 2>&1; then
        pdftoppm -r 60 -png -f 1 -l 1 "$out/comments.pdf" "$out/comments" && pdftoppm -r 60 -png -f 1 -l 1 "$out/annexes.pdf" "$out/annexes"
    fi
else
    echo "check-html: LibreOffice not installed; the DOCX files were not rendered" >&2
fi

echo "check-html: ok — PNG $png_size bytes, PDF ${pages} pages with Chinese text in a CJK font ($out)"
