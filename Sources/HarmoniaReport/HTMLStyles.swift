import HarmoniaAlign

/// The report page's style sheet and verdict colours, inline so the page needs nothing from elsewhere.
enum HTMLStyles {
    /// One colour per verdict: greens for agreement, blue for stricter, red for looser, orange for
    /// different, purple for missing, slate for added. Chosen to stay apart in greyscale print too.
    static func colour(_ verdict: Verdict) -> (hex: String, rgb: (Int, Int, Int)) {
        switch verdict {
        case .identical: ("#2e7d32", (46, 125, 50))
        case .equivalent: ("#7cb342", (124, 179, 66))
        case .stricter: ("#1565c0", (21, 101, 192))
        case .looser: ("#c62828", (198, 40, 40))
        case .different: ("#ef6c00", (239, 108, 0))
        case .missing: ("#6a1b9a", (106, 27, 154))
        case .added: ("#546e7a", (84, 110, 122))
        }
    }

    /// Fonts: Latin faces first, then CJK faces by platform (Noto/Source Han on Linux, PingFang and
    /// Hiragino on macOS, Microsoft YaHei on Windows, WenQuanYi on older Linux), so Chinese renders
    /// wherever any CJK font is installed instead of falling back to empty boxes.
    static let fontStack =
        #""Noto Sans", "Segoe UI", "Helvetica Neue", Arial, "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK JP", sans-serif"#

    /// The page's CSS. The verdict filters of every list are pure CSS (radio buttons and `:checked`, see ``HTMLFilter``),
    /// so it works with script turned off and in any viewer that renders HTML and CSS.
    static var css: String {
        var rules = [base, layout, tables, filterBase, print]
        rules.append(
            Verdict.allCases.map { verdict in
                let c = colour(verdict).hex
                return ".badge.v-\(verdict.rawValue){background:\(c)}\n"
                    + ".swatch.v-\(verdict.rawValue){background:\(c)}\n"
                    + ".f-\(verdict.rawValue):checked~* .fr:not(.v-\(verdict.rawValue)){display:none}\n"
                    + ".f-\(verdict.rawValue):checked+label{background:\(c);border-color:\(c);color:#fff}"
            }.joined(separator: "\n"))
        return rules.joined(separator: "\n")
    }

    private static let base = """
        :root{--ink:#1b1f24;--muted:#5b6570;--rule:#d5dae0;--paper:#fff;--tint:#f4f6f8;--accent:#0b4f8a}
        *{box-sizing:border-box}
        html{font-family:\(fontStack);color:var(--ink);background:var(--paper);line-height:1.45;font-size:15px}
        body{margin:0}
        h1,h2,h3{line-height:1.2;margin:0 0 .5em}
        h2{font-size:1.3rem;border-bottom:2px solid var(--ink);padding-bottom:.25em;margin-top:1.8em}
        p{margin:.4em 0}
        .muted,.where,.caption{color:var(--muted)}
        .caption{font-size:.9em}
        .num{font-variant-numeric:tabular-nums;text-align:right;white-space:nowrap}
        .value{font-variant-numeric:tabular-nums}
        a.xref{text-decoration:none;color:var(--accent);font-weight:600}
        li a,td a{color:inherit}
        .where{display:block;font-size:.8em}
        .flag{display:inline-block;background:#fdecea;color:#b71c1c;border:1px solid #ef9a9a;border-radius:3px;padding:0 .35em;font-weight:600;font-size:.85em}
        .badge{display:inline-block;color:#fff;border-radius:3px;padding:.05em .45em;font-size:.85em;white-space:nowrap}
        .swatch{display:inline-block;width:.9em;height:.9em;border-radius:2px;vertical-align:-.1em;margin-right:.3em}
        code{font-family:"Noto Sans Mono","DejaVu Sans Mono",Consolas,"Noto Sans Mono CJK SC",monospace;font-size:.9em;background:var(--tint);padding:.1em .3em;border-radius:3px}
        """

    private static let layout = """
        .masthead{background:var(--tint);border-bottom:1px solid var(--rule);padding:1.5rem 2rem 1rem}
        .kicker{text-transform:uppercase;letter-spacing:.08em;color:var(--muted);font-size:.8rem;margin:0 0 .3rem}
        .masthead h1{font-size:1.7rem}
        .masthead h1 .vs{color:var(--muted);font-weight:400;padding:0 .3em}
        .docs{display:flex;flex-wrap:wrap;gap:1rem;margin:1rem 0}
        .doc{flex:1 1 20rem;background:var(--paper);border:1px solid var(--rule);border-radius:6px;padding:.8rem 1rem}
        .doc h2{font-size:.8rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);border:0;margin:0 0 .3rem;padding:0}
        .doc .id{font-size:1.25rem;font-weight:700;margin:0}
        .doc .title{font-size:1.05rem;margin:.1rem 0 .4rem}
        .doc dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .8rem;margin:0;font-size:.9em}
        .doc dt{color:var(--muted)}
        .doc dd{margin:0}
        .headline{display:flex;flex-wrap:wrap;gap:1rem;align-items:stretch}
        .figure{background:var(--paper);border:1px solid var(--rule);border-radius:6px;padding:.6rem 1rem;min-width:11rem}
        .figure .label{display:block;color:var(--muted);font-size:.8rem}
        .figure .big{font-size:2.2rem;font-weight:700;line-height:1.1}
        .figure .unit{color:var(--muted);margin-left:.2em}
        .degree-IDT .big{color:#2e7d32}.degree-MOD .big{color:#1565c0}.degree-NEQ .big{color:#c62828}
        .unsupported{color:#b71c1c;font-weight:600}
        .declaration-warning{margin:0 0 1em;padding:.6em 1em;border-left:4px solid #b71c1c;background:#fdecea;color:#5f1111}
        .note{border-left:4px solid #c62828;background:#fdecea;padding:.4rem .8rem;margin:.8rem 0 0}
        nav.contents{padding:.6rem 2rem;border-bottom:1px solid var(--rule);font-size:.9em}
        nav.contents a{margin-right:1.2em;color:var(--accent);text-decoration:none;white-space:nowrap}
        main{padding:0 2rem 2rem;max-width:90rem}
        footer{padding:1rem 2rem;border-top:1px solid var(--rule);color:var(--muted);font-size:.85em}
        svg.chart{display:block;width:100%;max-width:56rem;height:auto}
        svg.chart text{font-size:13px;fill:var(--ink)}
        svg.chart .count{fill:var(--muted)}
        .formula{font-size:1rem}
        """

    private static let tables = """
        table{border-collapse:collapse;width:100%;margin:.6rem 0 1rem;font-size:.9em}
        th,td{border:1px solid var(--rule);padding:.3rem .45rem;vertical-align:top;text-align:left}
        thead th{background:var(--tint);font-weight:600;position:sticky;top:0}
        tbody tr:nth-child(even){background:#fafbfc}
        table.compact{width:auto}
        table.heat td.cell{text-align:center;font-variant-numeric:tabular-nums;min-width:3.2rem}
        table.heat td.zero{color:#c0c6cc}
        tr.unexplained>td:first-child{box-shadow:inset 4px 0 0 #c62828}
        table.pairs td:nth-child(2),table.deviations td:nth-child(2){min-width:10em}
        table.entries{margin:.3rem 0 0;font-size:1em}
        table.deviations>tbody>tr>td:nth-child(4),table.deviations>tbody>tr>td:nth-child(5){min-width:7.5em}
        table.deviations>tbody>tr>td:last-child{width:30%}
        table.annex th:nth-child(-n+2){min-width:7.5em}
        table.entries thead th{position:static}
        td details>summary{color:var(--accent)}
        """

    private static let filterBase = """
        .filter{margin-top:.6rem}
        .filter>input{position:absolute;opacity:0;width:1px;height:1px;margin:0}
        .filter>label{display:inline-block;border:1px solid var(--rule);border-radius:999px;padding:.15em .8em;margin:0 .3em .4em 0;cursor:pointer;font-size:.9em;background:var(--paper)}
        .filter>input:focus-visible+label{outline:2px solid var(--accent);outline-offset:2px}
        .f-all:checked+label,.f-deviations:checked+label{background:var(--ink);border-color:var(--ink);color:#fff}
        .f-deviations:checked~* .fr.agree{display:none}
        .filter-label{font-weight:600;margin-right:.5em}
        """

    private static let print = """
        details>summary{cursor:pointer}
        details>summary>h2{display:inline-block;width:calc(100% - 1.5em)}
        @page{size:A4 landscape;margin:14mm 12mm}
        @media print{
        html{font-size:9.5pt}
        *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
        nav.contents,.filter>input,.filter-note{display:none}
        details>summary{list-style:none}
        .filter>input:not(:checked)+label{display:none}
        .masthead,main,footer{padding-left:0;padding-right:0}
        thead{display:table-header-group}
        thead th{position:static}
        tr,.doc,.figure,svg.chart{break-inside:avoid}
        h2{break-after:avoid}
        a{color:inherit;text-decoration:none}
        }
        """
}
