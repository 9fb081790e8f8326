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
#   - the CSS-only verdict filter of every list (pairs, what stands between the document and MOD, annex B)
#     hides the rows without the verdict checked,
#   - internal ids are not shown as text, and every cross-link lands on an anchor of the page.
# Needs: chromium (or google-chrome), poppler-utils, a CJK font (Debian: fonts-noto-cjk).
# The rendered files stay in $HARMONIA_RENDER_DIR (default: a temporary folder) for a look by eye.
set -euo pipefail
cd "$(dirname "$0")/../.."

check=check-html
# shellcheck source=Tests/render/common.sh
source Tests/render/common.sh
need_tools
if command -v fc-list >/dev/null 2>&1; then
    [[ -n "$(fc-list :lang=zh family 2>/dev/null)" ]] || fail "no CJK font installed (apt-get install fonts-noto-cjk)"
fi

harmonia_binary "${1:-}"

out="${HARMONIA_RENDER_DIR:-$(mktemp -d)}"
mkdir -p "$out"
pack="$out/pack"
"$bin" report fixtures/weights/jjg-99-2006.xml fixtures/weights/oiml-r111-1-2004.xml \
    --output "$pack" --lang zh --member-body CN >/dev/null
page="file://$(cd "$pack" && pwd)/report.html"

chromium_flags "$out"
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

# The verdict filter works without script, on every list: with one verdict checked, the list shows the
# rows that hold it and no other. `filtered LIST VERDICT FROM TO` checks LIST's radio for VERDICT, prints the
# page and prints the text from the heading FROM to the heading TO (pdftotext marks page breaks with a
# form feed).
filtered() {
    local list="$1" verdict="$2" from="$3" to="$4"
    sed -E "s/(id=\"$list-all\"[^>]*) checked=\"checked\"\/>/\1\/>/; s/(id=\"$list-$verdict\"[^>]*)\/>/\1 checked=\"checked\"\/>/" \
        "$pack/report.html" >"$pack/filtered.html"
    grep -qF "id=\"$list-$verdict\" class=\"f-$verdict\" checked=\"checked\"" "$pack/filtered.html" \
        || fail "the page has no filter button $list-$verdict"
    timeout 120 "$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$out/filtered-$list.pdf" \
        "file://$(cd "$pack" && pwd)/filtered.html" >/dev/null 2>&1 || fail "Chromium could not print the page filtered by $list-$verdict"
    rm -f "$pack/filtered.html"
    pdftotext "$out/filtered-$list.pdf" - 2>/dev/null \
        | awk -v from="$from" -v to="$to" '{ gsub(/\f/, "") } to != "" && $0 == to { found = 0 } $0 == from { found = 1 } found'
}
# Every pair, "missing" checked: a density limit R 111 states and JJG 99 does not adopt, no identical pair.
pair_table="$(filtered pairs missing "全部比对项" "")"
grep -qF "密度范围（标称值 20 mg，E1 级）" <<<"$pair_table" || fail "the filtered pair table lacks a missing pair"
grep -qF "参考空气密度" <<<"$pair_table" && fail "the filtered pair table still shows an identical pair"
# What stands between the document and MOD, "added" checked: the verification period, not the density table.
unexplained="$(filtered unexplained added "妨碍修改采用（MOD）的未说明差异" "按要求列出的技术性差异")"
grep -qF "检定周期" <<<"$unexplained" || fail "the filtered MOD list lacks the added verification period"
grep -qF "密度范围" <<<"$unexplained" && fail "the filtered MOD list still shows a missing requirement"
# Annex B (技术性差异及其原因一览表), "missing" checked: the density table, not the verification period.
annex_b="$(filtered annexb missing "技术性差异及其原因一览表" "全部比对项")"
grep -qF "密度范围" <<<"$annex_b" || fail "the filtered annex B lacks the density table"
grep -qF "检定周期" <<<"$annex_b" && fail "the filtered annex B still shows an added requirement"
# Internal ids are anchors and tooltips, never text a reader sees under a value.
grep -qF "density[20 mg][E1]" <<<"$pair_table" && fail "the pair table shows an internal id as text"
# Each deviation is stated once: the other lists link to the requirement view's rows.
grep -qE 'href="#r-[0-9]+"' "$pack/report.html" || fail "no list links to the requirement view"
for anchor in $(grep -oE 'href="#[rp]-[0-9]+"' "$pack/report.html" | sort -u | sed -E 's/href="#(.*)"/\1/'); do
    grep -qF "id=\"$anchor\"" "$pack/report.html" || fail "a link points to #$anchor, which the page does not have"
done

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
    for expected in "Comments on OIML R 111-1:2004" "Date" "Document" "Project" "ge = general" "Type of" "JJG 99-2006" \
        "Page 1 of"; do
        grep -qF -- "$expected" <<<"$comments" || fail "comments.pdf lacks \"$expected\""
    done
    grep -qF "degree of correspondence" <<<"$comments" && fail "comments.pdf puts our assessment in the Project header"
    annexes="$(pdftotext -layout "$out/annexes.pdf" - 2>/dev/null)"
    for expected in "章条编号对照一览表" "技术性差异及其原因一览表" "本规程章条编号" "【待补充】"; do
        grep -qF -- "$expected" <<<"$annexes" || fail "annexes.pdf lacks \"$expected\""
    done
    # The footer's fields, laid out: pdftotext may drop the spaces between CJK characters and numbers.
    grep -qE "第 ?1 ?页 ?共 ?[0-9]+ ?页" <<<"$annexes" || fail "annexes.pdf has no page footer 第 X 页 共 Y 页"
    grep -qF "未说明原因" <<<"$annexes" && fail "annexes.pdf prints 未说明原因 where a reason belongs"
    # Clause numbers stay text in a spreadsheet (5.10 must not become 5.1, 3.2.3 no date): LibreOffice Calc
    # opens correspondence.csv, every cell of which is a clause number or a dash, with no number cell.
    if timeout 180 "$office" --headless -env:UserInstallation="file://$out/office-profile" --infilter="CSV:44,34,76,1" \
        --convert-to ods --outdir "$out" "$pack/correspondence.csv" >/dev/null 2>&1 && [[ -s "$out/correspondence.ods" ]]; then
        cells="$(unzip -p "$out/correspondence.ods" content.xml)"
        grep -qF 'office:string-value="10.1"' <<<"$cells" || grep -qF '<text:p>10.1</text:p>' <<<"$cells" \
            || fail "correspondence.csv: clause 10.1 is not a text cell in LibreOffice Calc"
        grep -qF 'office:value-type="float"' <<<"$cells" && fail "correspondence.csv: LibreOffice Calc reads a clause number as a number"
    else
        echo "check-html: LibreOffice Calc not installed; the CSV files were not opened in a spreadsheet" >&2
    fi
    if command -v pdftoppm >/dev/null 2>&1; then
        pdftoppm -r 60 -png -f 1 -l 1 "$out/comments.pdf" "$out/comments" && pdftoppm -r 60 -png -f 1 -l 1 "$out/annexes.pdf" "$out/annexes"
    fi
else
    echo "check-html: LibreOffice not installed; the DOCX files were not rendered" >&2
fi

echo "check-html: ok — PNG $png_size bytes, PDF ${pages} pages with Chinese text in a CJK font ($out)"
