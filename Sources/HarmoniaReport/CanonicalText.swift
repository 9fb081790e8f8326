import HarmoniaModel
import HarmoniaText

/// Renders what Harmonia read an expression as: its canonical form in coherent SI units.
public enum CanonicalText {
    /// `limit [-0.0000016, 0.0000016] kg`, `value 293.15 K`, `range (0, 500] e`, `token e2`, `set {e1, e2}`.
    /// A formula limit shows its terms in coherent SI (`formula ±(0.005 + 2 d)`); a coverage statement
    /// follows the value it qualifies (`range (-∞, 0.0000005] kg (k = 2)`).
    public static func describe(_ expression: QuantityExpression) -> String {
        switch expression {
        case .formula(let terms):
            return "formula ±(" + terms.map(describe).joined(separator: " + ") + ")"
        case .withCoverage(let inner, let coverage):
            return describe(inner) + " (" + coverage.description + ")"
        default:
            return describe(expression.canonical)
        }
    }

    private static func describe(_ term: FormulaTerm) -> String {
        let unit = term.coefficient.unit
        // A lone `d` is the day or the actual scale interval, as the concept decides: kept as written.
        if unit.symbol == "d" {
            return term.coefficient.number.description + (term.variable.map { "·" + $0 } ?? "") + " d"
        }
        let dimension = unit.dimension == .dimensionless ? "" : " " + unit.dimension.description
        let value = term.coefficient.siValue(absolute: false).description
        return value + (term.variable.map { "·" + $0 } ?? "") + dimension
    }

    public static func describe(_ form: CanonicalForm) -> String {
        switch form {
        case .numeric(let set):
            let unit = set.dimension == .dimensionless ? "" : " " + set.dimension.description
            switch set.kind {
            case .point:
                return "value " + (set.lower?.value.description ?? "?") + unit
            case .limit, .range:
                let open = set.lower.map { ($0.inclusive ? "[" : "(") + $0.value.description } ?? "(-∞"
                let close = set.upper.map { $0.value.description + ($0.inclusive ? "]" : ")") } ?? "+∞)"
                return "\(set.kind.rawValue) \(open), \(close)\(unit)"
            }
        case .tokens(let tokens):
            return tokens.count == 1 ? "token \(tokens[0])" : "set {" + tokens.joined(separator: ", ") + "}"
        case .opaque(let text):
            return "opaque \(text)"
        }
    }
}

/// Writes what `inspect` shows: every indicator of a document as Harmonia understood it.
public struct InspectionWriter: Sendable {
    public var catalogue: ConceptCatalogue

    public init(catalogue: ConceptCatalogue = .shipped) {
        self.catalogue = catalogue
    }

    public func json(_ document: Document) -> String {
        var out = JSONBuilder()
        out.open("{")
        out.field("format") { $0.string("harmonia.inspection") }
        out.field("version") { $0.raw("1") }
        out.field("document") { out in
            out.open("{")
            out.field("id") { $0.string(document.id) }
            out.field("role") { $0.string(document.role.rawValue) }
            out.field("lang") { $0.string(document.language) }
            out.field("titles") { out in
                out.inlineObject(document.titles.map { ($0.lang ?? "", literal($0.text)) })
            }
            out.field("issuer") { $0.optionalString(document.issuer) }
            out.field("edition") { $0.optionalString(document.edition) }
            out.field("date") { $0.optionalString(document.date) }
            out.field("supersedes") { out in
                out.raw("[" + document.supersedes.map(literal).joined(separator: ", ") + "]")
            }
            out.field("correspondence") { out in
                out.open("[")
                for correspondence in document.correspondences {
                    // Declared designations only when there are some: `"designations": "1=B (class), 2=A"`.
                    let declared: [(String, String)] =
                        correspondence.designations.isEmpty
                        ? []
                        : [
                            (
                                "designations",
                                literal(
                                    correspondence.designations.map {
                                        "\($0.domestic)=\($0.international)" + ($0.qualifier.map { " (\($0))" } ?? "")
                                    }
                                    .joined(separator: ", "))
                            )
                        ]
                    out.element {
                        $0.inlineObject(
                            [
                                ("ref", literal(correspondence.ref)),
                                ("degree", correspondence.degree.map { literal($0.rawValue) } ?? "null"),
                            ] + declared)
                    }
                }
                out.close("]")
            }
            if let scope = document.scope {
                out.field("scope") { out in
                    out.inlineObject([
                        ("where", literal(scope.qualifiers.map { "\($0.name)=\($0.written)" }.joined(separator: " "))),
                        ("justification", scope.justification.map { literal($0.text) } ?? "null"),
                    ])
                }
            }
            out.field("file") { $0.string(document.sourceFile) }
            out.close("}")
        }
        out.field("indicators") { out in
            out.open("[")
            for indicator in document.indicators {
                out.element { out in indicatorJSON(indicator, &out) }
            }
            out.close("]")
        }
        out.field("omissions") { out in
            out.open("[")
            for omission in document.omissions {
                // A scope omission (no ref) says which qualifiers it matches.
                let matching: [(String, String)] =
                    omission.isScoped
                    ? [
                        (
                            "where",
                            literal(omission.qualifiers.map { "\($0.name)=\($0.written)" }.joined(separator: " "))
                        )
                    ] : []
                out.element {
                    $0.inlineObject(
                        [("ref", literal(omission.ref))] + matching + [
                            ("clause", literal(omission.clause)),
                            ("justification", omission.justification.map { literal($0.text) } ?? "null"),
                        ])
                }
            }
            out.close("]")
        }
        out.close("}")
        out.raw("\n")
        return String(decoding: out.finish(), as: UTF8.self)
    }

    private func indicatorJSON(_ indicator: Indicator, _ out: inout JSONBuilder) {
        out.open("{")
        out.field("id") { $0.string(indicator.id) }
        out.field("idGenerated") { $0.bool(indicator.idGenerated) }
        out.field("clause") { $0.string(indicator.clause) }
        out.field("concept") { $0.string(indicator.conceptID) }
        out.field("conceptResolution") { out in
            switch indicator.conceptResolution {
            case .attribute: out.inlineObject([("by", literal("attribute"))])
            case .unknownAttribute: out.inlineObject([("by", literal("attribute")), ("known", "false")])
            case .label(let label):
                out.inlineObject([
                    ("by", literal("label")), ("label", literal(label.text)),
                    ("lang", label.lang.map(literal) ?? "null"),
                ])
            case .unknownLabel(let label):
                out.inlineObject([
                    ("by", literal("label")), ("label", literal(label.text)),
                    ("lang", label.lang.map(literal) ?? "null"), ("known", "false"),
                ])
            }
        }
        out.field("direction") { $0.string(catalogue.direction(of: indicator.conceptID).rawValue) }
        out.field("qualifiers") { out in
            if indicator.qualifiers.isEmpty {
                out.raw("[]")
                return
            }
            out.open("[")
            for qualifier in indicator.qualifiers {
                out.element {
                    $0.inlineObject([
                        ("name", literal(qualifier.name)), ("written", literal(qualifier.written)),
                        (
                            "normalized",
                            literal(
                                qualifier.expression.map(CanonicalText.describe) ?? "text "
                                    + TextFolding.tokenKey(qualifier.written))
                        ),
                    ])
                }
            }
            out.close("]")
        }
        out.field("value") { out in
            out.inlineObject([
                ("written", literal(indicator.value.written)),
                ("normalized", literal(CanonicalText.describe(indicator.value.expression))),
            ])
        }
        out.field("uncertainty") { out in
            guard let uncertainty = indicator.uncertainty else {
                out.raw("null")
                return
            }
            out.inlineObject([
                ("written", literal(uncertainty.value.written)),
                ("normalized", literal(CanonicalText.describe(uncertainty.value.expression))),
                ("k", uncertainty.coverageFactor.map(literal) ?? "null"),
                ("p", uncertainty.coverageProbability.map(literal) ?? "null"),
            ])
        }
        out.field("strength") { $0.string(indicator.strength.rawValue) }
        out.field("ref") { $0.optionalString(indicator.ref ?? indicator.tableRef) }
        out.field("justification") { $0.optionalString(indicator.justification?.text) }
        out.field("line") { $0.raw(indicator.source.line.map(String.init) ?? "null") }
        out.close("}")
    }

    public func text(_ document: Document) -> String {
        var lines = [
            "\(document.id) (\(document.role.rawValue)) — "
                + [
                    Counted.noun(document.indicators.count, "indicator"), Counted.noun(document.tables.count, "table"),
                    Counted.noun(document.omissions.count, "omission"),
                ].joined(separator: ", ")
        ]
        if let title = document.titles.first { lines.append("  \(title.text)") }
        for indicator in document.indicators {
            lines.append("")
            lines.append(
                "\(indicator.id)   § \(indicator.clause)   line \(indicator.source.line.map(String.init) ?? "?")")
            lines.append(
                "  concept     \(indicator.conceptID) (\(catalogue.direction(of: indicator.conceptID).rawValue)) — by \(indicator.conceptResolution.summary)"
            )
            if !indicator.qualifiers.isEmpty {
                lines.append(
                    "  qualifiers  " + indicator.qualifiers.map { "\($0.name)=\($0.written)" }.joined(separator: ", "))
            }
            lines.append(
                "  value       \(indicator.value.written)  →  \(CanonicalText.describe(indicator.value.expression))")
        }
        return TerminalText.escaped(lines.joined(separator: "\n") + "\n")
    }

    private func literal(_ text: String) -> String {
        var out = JSONBuilder()
        out.string(text)
        return String(decoding: out.finish(), as: UTF8.self)
    }
}
