import Foundation
import HarmoniaIngest

/// Writes a ``Draft`` as a specification file (`urn:harmonia:spec:1`) that `harmonia validate` accepts.
///
/// The output depends on nothing but the draft, so an unchanged document extracts to the same bytes.
/// Each indicator is preceded by a comment saying where it was read — a comment, not an attribute, so the
/// schema stays as it is and the file stays a plain specification a person can edit.
public enum SpecWriter {
    /// The file's text. `sourceName` (a file name, not a path) and `format` go into the opening comment.
    public static func write(_ draft: Draft, sourceName: String, format: InputFormat) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out +=
            "<!-- \(comment("Extracted by harmonia extract from \(sourceName) (\(format.displayName)). A proposal to review: every indicator says where it was read.")) -->\n"
        out +=
            "<spec xmlns=\"\(SpecReader.namespace)\" id=\"\(attr(draft.id))\" role=\"\(attr(draft.role))\" lang=\"\(attr(draft.lang))\">\n"
        out += "  <meta>\n"
        let titles = draft.titles.isEmpty ? [(lang: draft.lang, text: draft.id)] : draft.titles
        for title in titles {
            out += "    <title lang=\"\(attr(title.lang))\">\(text(title.text))</title>\n"
        }
        if let issuer = draft.issuer { out += "    <issuer>\(text(issuer))</issuer>\n" }
        if let edition = draft.edition { out += "    <edition>\(text(edition))</edition>\n" }
        if let date = draft.date { out += "    <date>\(text(date))</date>\n" }
        for ref in draft.supersedes { out += "    <supersedes ref=\"\(attr(ref))\"/>\n" }
        for correspondence in draft.correspondences {
            out += "    <correspondence ref=\"\(attr(correspondence.ref))\""
            if let degree = correspondence.degree { out += " degree=\"\(attr(degree))\"" }
            out += "/>\n"
        }
        out += "  </meta>\n"
        let sections = draft.sections.filter(\.holdsIndicators)
        if sections.isEmpty {
            // The format needs one section; an extraction that found nothing still validates, and says so.
            out += "  <section num=\"0\" title=\"(no indicators were extracted)\"/>\n"
        }
        for section in sections { write(section, depth: 1, into: &out) }
        out += "</spec>\n"
        return out
    }

    private static func write(_ section: DraftSection, depth: Int, into out: inout String) {
        let pad = String(repeating: "  ", count: depth)
        out += "\(pad)<section num=\"\(attr(section.num))\""
        if let title = section.title, !title.isEmpty { out += " title=\"\(attr(title))\"" }
        out += ">\n"
        for indicator in section.indicators { write(indicator, pad: pad + "  ", into: &out) }
        for child in section.sections where child.holdsIndicators { write(child, depth: depth + 1, into: &out) }
        out += "\(pad)</section>\n"
    }

    private static func write(_ indicator: DraftIndicator, pad: String, into out: inout String) {
        var place = indicator.source
        if let line = indicator.line { place += " (line \(line))" }
        out += "\(pad)<!-- from \(comment(place)) -->\n"
        out += "\(pad)<indicator"
        if let id = indicator.id { out += " id=\"\(attr(id))\"" }
        out += ">\n"
        out += "\(pad)  <label lang=\"\(attr(indicator.labelLang))\">\(text(indicator.label))</label>\n"
        if !indicator.qualifiers.isEmpty {
            out += "\(pad)  <where"
            for qualifier in indicator.qualifiers { out += " \(qualifier.name)=\"\(attr(qualifier.value))\"" }
            out += "/>\n"
        }
        out += "\(pad)  <value>\(text(indicator.value))</value>\n"
        if let uncertainty = indicator.uncertainty {
            out += "\(pad)  <uncertainty"
            if let k = uncertainty.k { out += " k=\"\(attr(k))\"" }
            out += ">\(text(uncertainty.value))</uncertainty>\n"
        }
        out += "\(pad)</indicator>\n"
    }

    /// Element text: `&`, `<`, `>` escaped; characters XML 1.0 forbids dropped.
    static func text(_ s: String) -> String { escape(s, inAttribute: false) }

    /// Attribute text: as ``text(_:)`` plus quotes and the white space an attribute would normalise away.
    static func attr(_ s: String) -> String { escape(s, inAttribute: true) }

    private static func escape(_ s: String, inAttribute: Bool) -> String {
        var out = ""
        for scalar in s.unicodeScalars where isXMLChar(scalar) {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where inAttribute: out += "&quot;"
            case "\n" where inAttribute, "\r" where inAttribute, "\t" where inAttribute: out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Comment text: no `--` (XML forbids it in a comment) and no trailing `-`.
    static func comment(_ s: String) -> String {
        var out = text(s).replacingOccurrences(of: "\n", with: " ")
        while out.contains("--") { out = out.replacingOccurrences(of: "--", with: "- -") }
        if out.hasSuffix("-") { out += " " }
        return out
    }

    private static func isXMLChar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
