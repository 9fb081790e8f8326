#!/usr/bin/env bash
# Times, side by side on the same generated document pairs:
#   harmonia compare --format json   (release build)
#   xmllint --noout on both files    (the parse floor; Debian libxml2-utils)
#   xmldiff on the pair              (the generic XML diff users reach for; PyPI xmldiff, default options)
# and prints each figure (wall seconds, peak RSS) and the ratios.
#
# Usage: Benchmarks/scripts/peers.sh [SIZES...]     (default: 1000 10000 100000 indicators)
# Needs: swift, xmllint (apt-get install libxml2-utils), xmldiff (pip install xmldiff), GNU time (/usr/bin/time).
# xmldiff grows quadratically: it is skipped above XMLDIFF_MAX indicators (default 1000) or after
# XMLDIFF_TIMEOUT seconds (default 120). Each command runs RUNS times (default 3; xmldiff once): the
# fastest wall time and the largest peak RSS are printed, so that a busy moment on a shared machine
# does not decide a figure.
set -euo pipefail
cd "$(dirname "$0")/../.."

sizes=("${@:-1000 10000 100000}")
read -r -a sizes <<< "${sizes[*]}"
xmldiff_max=${XMLDIFF_MAX:-1000}
xmldiff_timeout=${XMLDIFF_TIMEOUT:-120}
runs=${RUNS:-3}
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "peers: RUNS must be a positive whole number, not '$runs'" >&2; exit 64; }
work=${PEERS_DIR:-/tmp/harmonia-peers}
mkdir -p "$work"

command -v xmllint >/dev/null || { echo "peers: xmllint missing (apt-get install libxml2-utils)" >&2; exit 69; }
[ -x /usr/bin/time ] || { echo "peers: GNU time missing (apt-get install time)" >&2; exit 69; }
have_xmldiff=1
command -v xmldiff >/dev/null || { echo "peers: xmldiff missing (pip install xmldiff); its column stays empty" >&2; have_xmldiff=0; }

swift build -c release --product harmonia >/dev/null
harmonia="$(swift build -c release --show-bin-path)/harmonia"
(cd Benchmarks && swift build -c release --product generate-spec >/dev/null)
generate="$(cd Benchmarks && swift build -c release --show-bin-path)/generate-spec"

# measure COMMAND... → prints "seconds kilobytes" for one run (the command's output is discarded)
measure() {
    local log="$work/time.log"
    /usr/bin/time -f "%e %M" -o "$log" "$@" >/dev/null 2>"$work/stderr.log" || true
    tail -1 "$log"
}

# best COMMAND... → the fastest wall time and the largest peak RSS over $runs runs
best() {
    local s k bs="" bk=0
    for ((run = 0; run < runs; run++)); do
        read -r s k < <(measure "$@") || true
        [ -n "${s:-}" ] && [ -n "${k:-}" ] || continue
        if [ -z "$bs" ] || awk -v a="$s" -v b="$bs" 'BEGIN { exit !(a < b) }'; then bs=$s; fi
        if [ "$k" -gt "$bk" ]; then bk=$k; fi
    done
    echo "${bs:--} $bk"
}

printf '%-9s %8s | %-18s | %-18s | %-18s | %9s %9s\n' indicators MB harmonia "xmllint (both)" xmldiff "h/xmllint" "xmldiff/h"
for n in "${sizes[@]}"; do
    dir="$work/n$n"
    [ -f "$dir/domestic.xml" ] || "$generate" --indicators "$n" --seed 1 --pair "$dir"
    d="$dir/domestic.xml"; i="$dir/international.xml"
    mb=$(du -cb "$d" "$i" | tail -1 | awk '{printf "%.1f", $1/1e6}')
    read -r hs hk < <(best "$harmonia" compare "$d" "$i" --format json)
    read -r xs xk < <(best xmllint --noout "$d" "$i")
    ds="-"; dk="-"
    if [ "$have_xmldiff" = 1 ] && [ "$n" -le "$xmldiff_max" ]; then
        read -r ds dk < <(measure timeout "$xmldiff_timeout" xmldiff "$i" "$d")
    fi
    ratio=$(awk -v a="$hs" -v b="$xs" 'BEGIN { if (b > 0) printf "%.1fx", a / b; else print "-" }')
    vs=$(awk -v a="$ds" -v b="$hs" 'BEGIN { if (a != "-" && b > 0) printf "%.0fx", a / b; else print "-" }')
    printf '%-9s %8s | %7ss %7sMB | %7ss %7sMB | %7ss %7sMB | %9s %9s\n' "$n" "$mb" \
        "$hs" "$((hk / 1024))" "$xs" "$((xk / 1024))" "$ds" "$([ "$dk" = - ] && echo - || echo $((dk / 1024)))" "$ratio" "$vs"
done
