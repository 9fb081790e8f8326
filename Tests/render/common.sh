# What the render checks share; sourced by each, after it sets `check` to its own name.
#   fail MESSAGE         print "CHECK: FAIL: MESSAGE" and exit 1
#   need_tools           find Chromium (sets `browser`) and pdftotext, or fail saying what to install
#   harmonia_binary ARG  ARG if given, else a debug build of harmonia (sets `bin`)
#   chromium_flags DIR   headless Chromium's flags with a throwaway profile in DIR (sets `flags`)

fail() { echo "$check: FAIL: $*" >&2; exit 1; }

need_tools() {
    browser=""
    for candidate in chromium chromium-browser google-chrome google-chrome-stable; do
        if command -v "$candidate" >/dev/null 2>&1; then browser="$(command -v "$candidate")"; break; fi
    done
    [[ -n "$browser" ]] || fail "no Chromium on PATH (apt-get install chromium)"
    command -v pdftotext >/dev/null 2>&1 || fail "pdftotext not on PATH (apt-get install poppler-utils)"
}

harmonia_binary() {
    bin="${1:-}"
    if [[ -z "$bin" ]]; then
        swift build --product harmonia >/dev/null
        bin="$(swift build --show-bin-path)/harmonia"
    fi
    [[ -x "$bin" ]] || fail "harmonia binary not found: $bin"
}

# --no-sandbox because CI runs as root in a container.
chromium_flags() {
    flags=(--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars
        --user-data-dir="$1/profile" --no-first-run --disable-extensions --virtual-time-budget=5000)
}
