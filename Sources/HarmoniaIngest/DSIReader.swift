import HarmoniaModel
import HarmoniaXML

/// A problem in a D-SI quantity.
public struct DSIError: Error, Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var element: String
    public var text: String?
    public var message: String

    public var description: String {
        "line \(line): \(message) (in <\(element)>" + (text.map { ": \"\($0)\"" } ?? "") + ")"
    }
}

/// An uncertainty stated in D-SI: expanded (2.x `expandedMU`, 1.x `expandedUnc`) or standard.
public struct DSIUncertainty: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable { case expanded, standard }
    public var kind: Kind
    /// Values as written (one per list entry for lists).
    public var valueTexts: [String]
    public var coverageFactor: String?
    public var coverageProbability: String?
}

/// One D-SI quantity element read: `si:real`, `si:constant`, `si:hybrid` or `si:realListXMLList`.
public struct DSIValue: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable { case real, constant, hybrid, realListXMLList }
    public var kind: Kind
    public var label: String?
    /// Numbers as written; `NaN` stays `NaN`.
    public var valueTexts: [String]
    /// The numbers, `nil` where the text is `NaN`.
    public var values: [Rational?]
    public var unitTexts: [String]
    public var units: [HarmoniaModel.Unit]
    public var uncertainty: DSIUncertainty?
    /// The members of a hybrid: the same quantity in several units.
    public var members: [DSIValue]
    /// What the tolerant reader accepted that D-SI does not allow.
    public var warnings: [String]
    public var line: Int
}

/// Reads PTB's D-SI quantities (namespace `https://ptb.de/si`, any prefix).
///
/// D-SI 2.x and the deprecated 1.x uncertainty forms are both read. Unit strings go through
/// ``UnitParser/parseDSI(_:)``, which tolerates real-world spellings and says so in ``DSIValue/warnings``.
public enum DSIReader {
    public static let namespace = "https://ptb.de/si"
    static let quantityElements: Set<String> = ["real", "constant", "hybrid", "realListXMLList"]
    /// The most values (and units) one `si:realListXMLList` may hold. Real lists hold calibration points,
    /// hundreds at most; a 10 MB list of five million values took seconds and 300 MB to read.
    public static let maxListEntries = 10_000

    /// Every outermost D-SI quantity element below `root`, in document order, with the errors of those that fail.
    public static func readAll(in root: XMLElement) -> (values: [DSIValue], errors: [DSIError]) {
        var values: [DSIValue] = []
        var errors: [DSIError] = []
        var stack = [root]
        while let element = stack.popLast() {
            if element.namespaceURI == namespace, quantityElements.contains(element.localName) {
                do { values.append(try read(element)) } catch { errors.append(error) }
                continue
            }
            // D-SI 1.x lists: the reals inside take the list's unit when they carry none.
            if element.namespaceURI == namespace, element.localName == "realList" {
                let listUnit = text("listUnit", in: element)
                for member in element.childElements where member.namespaceURI == namespace && member.localName == "real"
                {
                    do { values.append(try readSingle(member, defaultUnit: listUnit)) } catch { errors.append(error) }
                }
                continue
            }
            // Some files (the BIPM key-comparison database) put si:value and si:unit straight into
            // an element of their own: read that element as a real.
            if element.namespaceURI != namespace, child("value", in: element) != nil, child("unit", in: element) != nil
            {
                do { values.append(try readSingle(element)) } catch { errors.append(error) }
                continue
            }
            stack += element.childElements.reversed()
        }
        return (values, errors)
    }

    /// Reads one quantity element.
    public static func read(_ element: XMLElement) throws(DSIError) -> DSIValue {
        switch element.localName {
        case "real", "constant": return try readSingle(element)
        case "hybrid": return try readHybrid(element)
        case "realListXMLList": return try readList(element)
        default:
            throw DSIError(
                line: element.line, element: element.localName, text: nil,
                message:
                    "<\(element.localName)> is not a D-SI quantity this reader takes (real, constant, hybrid, realListXMLList)"
            )
        }
    }

    private static func readSingle(_ element: XMLElement, defaultUnit: String? = nil) throws(DSIError) -> DSIValue {
        let kind: DSIValue.Kind = element.localName == "constant" ? .constant : .real
        let valueText = try required("value", in: element)
        let unitText: String
        if let listUnit = defaultUnit, text("unit", in: element) == nil {
            unitText = listUnit
        } else {
            unitText = try required("unit", in: element)
        }
        // D-SI allows NaN for a value not known; the number is then nil.
        let number = try number(valueText, element: element, allowNaN: true)
        let unit = try unit(unitText, element: element)
        if let number, let message = MagnitudeLimit.exceeded(number, in: unit.unit) {
            throw DSIError(line: element.line, element: element.localName, text: valueText, message: message)
        }
        return DSIValue(
            kind: kind, label: text("label", in: element), valueTexts: [valueText], values: [number],
            unitTexts: [unitText], units: [unit.unit], uncertainty: uncertainty(in: element, list: false),
            members: [], warnings: unit.warnings, line: element.line)
    }

    private static func readHybrid(_ element: XMLElement) throws(DSIError) -> DSIValue {
        var members: [DSIValue] = []
        for child in element.childElements
        where child.namespaceURI == namespace && quantityElements.contains(child.localName) {
            members.append(try read(child))
        }
        guard let first = members.first else {
            // Hybrids of complex quantities or lists: kept, but their values are not read.
            let kinds = Set(element.childElements.filter { $0.namespaceURI == namespace }.map(\.localName)).sorted()
            guard !kinds.isEmpty else {
                throw DSIError(
                    line: element.line, element: element.localName, text: nil, message: "si:hybrid holds no quantity")
            }
            return DSIValue(
                kind: .hybrid, label: nil, valueTexts: [], values: [], unitTexts: [], units: [], uncertainty: nil,
                members: [], warnings: ["si:hybrid of \(kinds.joined(separator: ", ")): kept, values not read"],
                line: element.line)
        }
        return DSIValue(
            kind: .hybrid, label: first.label, valueTexts: members.flatMap(\.valueTexts),
            values: members.flatMap(\.values), unitTexts: members.flatMap(\.unitTexts),
            units: members.flatMap(\.units), uncertainty: first.uncertainty, members: members,
            warnings: members.flatMap(\.warnings), line: element.line)
    }

    private static func readList(_ element: XMLElement) throws(DSIError) -> DSIValue {
        let valueTexts = try entries(of: "valueXMLList", in: element)
        let unitTexts = try listOfUnits(try required("unitXMLList", in: element), element: element)
        guard unitTexts.count == 1 || unitTexts.count == valueTexts.count else {
            throw DSIError(
                line: element.line, element: "unitXMLList", text: unitTexts.joined(separator: " "),
                message: "\(unitTexts.count) units for \(valueTexts.count) values (give one, or one per value)")
        }
        var values: [Rational?] = []
        for text in valueTexts { values.append(try number(text, element: element, allowNaN: true)) }
        var units: [HarmoniaModel.Unit] = []
        var warnings: [String] = []
        for text in unitTexts {
            let parsed = try unit(text, element: element)
            units.append(parsed.unit)
            warnings += parsed.warnings
        }
        return DSIValue(
            kind: .realListXMLList, label: text("labelXMLList", in: element), valueTexts: valueTexts,
            values: values, unitTexts: unitTexts, units: units,
            uncertainty: uncertainty(in: element, list: true), members: [], warnings: warnings,
            line: element.line)
    }

    /// D-SI unit lists separate units by white space, but real files also put white space inside one unit
    /// (`\kilo \gram`): a token that does not start a new unit is joined to the one before it.
    private static func listOfUnits(_ text: String, element: XMLElement) throws(DSIError) -> [String] {
        var units: [String] = []
        // A unit is written in at most a few tokens (`\kilo \gram \tothe{2}`).
        let tokens = text.split(maxSplits: 4 * maxListEntries, whereSeparator: \.isWhitespace)
        guard tokens.count <= 4 * maxListEntries else { throw tooLong("unitXMLList", element) }
        for token in tokens.map(String.init) {
            let startsUnit = !(token.hasPrefix("\\tothe") || token.hasPrefix("\\per") || token.hasPrefix("{"))
            if startsUnit || units.isEmpty {
                if let last = units.last, last.hasSuffix("\\per") || isPrefixOnly(last) {
                    units[units.count - 1] += token
                } else {
                    units.append(token)
                }
            } else {
                units[units.count - 1] += token
            }
        }
        guard units.count <= maxListEntries else { throw tooLong("unitXMLList", element) }
        return units
    }

    /// The white-space-separated entries of a list element, at most `maxListEntries` of them.
    private static func entries(of name: String, in element: XMLElement) throws(DSIError) -> [String] {
        let entries = try required(name, in: element).split(maxSplits: maxListEntries, whereSeparator: \.isWhitespace)
        guard entries.count <= maxListEntries else { throw tooLong(name, element) }
        return entries.map(String.init)
    }

    private static func tooLong(_ name: String, _ element: XMLElement) -> DSIError {
        DSIError(
            line: element.line, element: name, text: nil, message: "si:\(name) has more than \(maxListEntries) entries")
    }

    private static let prefixes: Set<String> = [
        "yotta", "zetta", "exa", "peta", "tera", "giga", "mega", "kilo", "hecto",
        "deca", "deci", "centi", "milli", "micro", "nano", "pico", "femto", "atto",
        "zepto", "yocto",
    ]

    private static func isPrefixOnly(_ unit: String) -> Bool {
        let parts = unit.split(separator: "\\")
        guard let last = parts.last else { return false }
        return prefixes.contains(last.lowercased())
    }

    private static func uncertainty(in element: XMLElement, list: Bool) -> DSIUncertainty? {
        let suffix = list ? "XMLList" : ""
        // D-SI 2.x: measurementUncertaintyUnivariate / expandedMU | standardMU
        if let univariate = child("measurementUncertaintyUnivariate" + suffix, in: element) {
            if let expanded = child("expandedMU" + suffix, in: univariate) {
                return DSIUncertainty(
                    kind: .expanded,
                    valueTexts: words(text("valueExpandedMU" + suffix, in: expanded)),
                    coverageFactor: text("coverageFactor" + suffix, in: expanded),
                    coverageProbability: text("coverageProbability" + suffix, in: expanded))
            }
            if let standard = child("standardMU" + suffix, in: univariate) {
                return DSIUncertainty(
                    kind: .standard, valueTexts: words(text("valueStandardMU" + suffix, in: standard)),
                    coverageFactor: nil, coverageProbability: nil)
            }
        }
        // D-SI 1.x: expandedUnc / uncertainty
        if let expanded = child("expandedUnc" + suffix, in: element) {
            return DSIUncertainty(
                kind: .expanded, valueTexts: words(text("uncertainty" + suffix, in: expanded)),
                coverageFactor: text("coverageFactor" + suffix, in: expanded),
                coverageProbability: text("coverageProbability" + suffix, in: expanded))
        }
        if let standard = child("standardUnc" + suffix, in: element) {
            return DSIUncertainty(
                kind: .standard, valueTexts: words(text("uncertainty" + suffix, in: standard)),
                coverageFactor: nil, coverageProbability: nil)
        }
        return nil
    }

    /// Uncertainty entries; past `maxListEntries` the rest stays in the last one, unread.
    private static func words(_ text: String?) -> [String] {
        (text ?? "").split(maxSplits: maxListEntries, whereSeparator: \.isWhitespace).map(String.init)
    }

    private static func child(_ name: String, in element: XMLElement) -> XMLElement? {
        element.childElements.first { $0.localName == name && $0.namespaceURI == namespace }
    }

    private static func text(_ name: String, in element: XMLElement) -> String? {
        child(name, in: element).map { $0.textContent.trimmingWhitespace() }
    }

    private static func required(_ name: String, in element: XMLElement) throws(DSIError) -> String {
        guard let value = text(name, in: element), !value.isEmpty else {
            throw DSIError(
                line: element.line, element: element.localName, text: nil,
                message: "si:\(element.localName) has no si:\(name)")
        }
        return value
    }

    private static func number(_ text: String, element: XMLElement, allowNaN: Bool) throws(DSIError) -> Rational? {
        if allowNaN && text.lowercased() == "nan" { return nil }
        guard let number = Rational(decimal: text) else {
            throw DSIError(
                line: element.line, element: element.localName, text: text,
                message: "malformed number '\(text)'")
        }
        return number
    }

    private static func unit(_ text: String, element: XMLElement) throws(DSIError) -> UnitParse {
        do {
            return try UnitParser.parseDSI(text)
        } catch {
            throw DSIError(line: element.line, element: "unit", text: text, message: error.message)
        }
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
