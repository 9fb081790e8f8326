import HarmoniaModel
import HarmoniaXML

extension DocumentBuilder {
    /// Expands a `table` into one indicator per non-empty cell, with id `TABLE[ROW][COL]`.
    mutating func readTable(_ element: XMLElement, clause: String) {
        let tableID = element.attribute("id")?.trimmed ?? ""
        claim(tableID, element, written: true)
        let labels = texts(named: "label", in: element)
        guard let (conceptID, resolution) = resolveConcept(element, labels: labels) else { return }
        let form = element.attribute("form")?.trimmed ?? "value"
        guard ["±", "≤", "≥", "value"].contains(form) else {
            error("form \"\(form)\" is not ±, ≤, ≥ or value", element, text: form)
            return
        }
        let unitText = element.attribute("unit")?.trimmed
        if let unitText, !unitText.isEmpty {
            do { _ = try UnitParser.parse(unitText) } catch {
                self.error(error.message, element, text: unitText, offset: error.offset)
                return
            }
        }
        let rowName = element.attribute("rows")?.trimmed ?? "row"
        let columnName = element.attribute("cols")?.trimmed ?? "col"
        let shared = child(named: "where", in: element).map { readQualifiers($0) } ?? []
        let strength = readStrength(element)
        let justification = firstText(named: "justification", in: element)
        let tableRef = element.attribute("ref")?.trimmed
        let tableNumber = element.attribute("num")?.trimmed

        guard let head = child(named: "head", in: element) else {
            error("table \"\(tableID)\" has no <head>", element)
            return
        }
        let columnKeys = keys(of: head, childName: "col")
        guard columnKeys.count <= maxIndicators else {
            error("table \"\(tableID)\" has more than \(maxIndicators) column keys, the limit for one document", head)
            return
        }
        if columnKeys.isEmpty { error("table \"\(tableID)\" has an empty <head>", head) }
        if let duplicate = firstDuplicate(columnKeys) {
            error("table \"\(tableID)\" has the column key \"\(duplicate)\" twice", head, text: duplicate)
        }
        // A table bomb (a thousand rows of a thousand one-character cells) is refused from its shape,
        // before any of its cells becomes an indicator.
        let rows = element.childElements.filter { $0.hasName("row", namespaceURI: SpecReader.namespace) }
        guard indicators.count + rows.count * columnKeys.count <= maxIndicators else {
            error(
                "more than \(maxIndicators) indicators (table cells included), the limit for one document; the rest was not read",
                element)
            return
        }
        // Each column's qualifier, made once for the table rather than once for each of its cells.
        let columnQualifiers = columnKeys.map { qualifier(name: columnName, written: $0, element: head) }
        var rowKeys: [String] = []
        for (rowIndex, row) in rows.enumerated() {
            if indicatorLimitReached { break }
            let rowKey = row.attribute("key")?.trimmed ?? ""
            rowKeys.append(rowKey)
            let cells = keys(of: row, childName: "c")
            guard cells.count == columnKeys.count else {
                error(
                    "row \"\(rowKey)\" of table \"\(tableID)\" has \(cells.count) cell\(cells.count == 1 ? "" : "s"); the head has \(columnKeys.count)",
                    row, text: cells.joined(separator: " "))
                continue
            }
            let rowQualifier = qualifier(name: rowName, written: rowKey, element: row)
            for (columnIndex, (columnKey, cell)) in zip(columnKeys, cells).enumerated() where cell != "-" && cell != "—"
            {
                guard admitsIndicator(row) else { break }
                let id = "\(tableID)[\(rowKey)][\(columnKey)]"
                claim(id, row)
                guard let value = cellValue(cell, form: form, unit: unitText, row: row) else { continue }
                // The table's qualifiers, then the row's and the column's, in one array made once.
                var qualifiers = shared
                qualifiers.reserveCapacity(shared.count + 2)
                qualifiers.append(rowQualifier)
                qualifiers.append(columnQualifiers[columnIndex])
                indicators.append(
                    Indicator(
                        id: id, clause: clause, conceptID: conceptID, conceptResolution: resolution, labels: labels,
                        qualifiers: qualifiers, value: value, strength: strength,
                        justification: justification,
                        cell: TableCell(
                            tableID: tableID, rowKey: rowKey, columnKey: columnKey,
                            tableNumber: tableNumber, rowIndex: rowIndex, columnIndex: columnIndex),
                        tableRef: tableRef, source: location(row)))
            }
        }
        // Row keys are compared as the schema compares them, as `xs:token` values (white space
        // collapsed), and, as before, canonically equivalent keys count as the same key.
        if let duplicate = firstDuplicate(rowKeys, asTokens: true) {
            error("table \"\(tableID)\" has the row key \"\(duplicate)\" twice", element, text: duplicate)
        }
        tables.append(
            TableInfo(
                id: tableID, clause: clause, conceptID: conceptID, rows: element.attribute("rows"),
                cols: element.attribute("cols"), unit: unitText, form: form, ref: tableRef,
                justification: justification,
                rowKeys: rowKeys, columnKeys: columnKeys, source: location(element)))
    }

    /// Keys from child elements when there are any, else from white-space-separated text. At most
    /// `maxIndicators + 1` keys are made: more cannot fit, and 10 MB of text would make five million.
    private func keys(of element: XMLElement, childName: String) -> [String] {
        let children = element.childElements.filter { $0.hasName(childName, namespaceURI: SpecReader.namespace) }
        if !children.isEmpty { return children.map { $0.textContent.trimmed } }
        let text = element.textContent
        if let keys = Self.asciiWords(text, max: maxIndicators == .max ? .max : maxIndicators + 1) { return keys }
        return text.split(maxSplits: maxIndicators, whereSeparator: { $0.isWhitespace }).map(String.init)
    }

    /// The white-space-separated words of an ASCII text with fewer than `max` words; `nil` for other text
    /// (which takes the general path). ASCII white space is exactly what `Character.isWhitespace` finds
    /// in ASCII, and looking at bytes spares a Unicode property lookup per character of every table row.
    static func asciiWords(_ text: String, max: Int) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            var words: [String] = []
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                guard byte < 0x80 else { return nil }
                if isASCIIWhiteSpace(byte) {
                    index += 1
                    continue
                }
                guard words.count < max - 1 else { return nil }
                var end = index + 1
                while end < bytes.count, bytes[end] < 0x80, !isASCIIWhiteSpace(bytes[end]) { end += 1 }
                if end < bytes.count, bytes[end] >= 0x80 { return nil }
                words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self))
                index = end
            }
            return words
        }
    }

    private func firstDuplicate(_ keys: [String], asTokens: Bool = false) -> String? {
        var seen = Set<String>()
        for key in keys where !seen.insert(asTokens ? Self.collapsingWhiteSpace(key) : key).inserted {
            return key
        }
        return nil
    }

    /// A cell reads as if written `FORM CELL UNIT`: a bare number takes the unit and the form; a value with
    /// its own unit takes the form only (a `±` table's `0.5 e` is `±0.5 e`); any other expression stands as written.
    private mutating func cellValue(_ cell: String, form: String, unit: String?, row: XMLElement) -> WrittenExpression?
    {
        let prefix = form == "value" ? "" : (form == "±" ? "±" : form + " ")
        let unitSuffix = unit.flatMap { $0.isEmpty ? nil : " " + $0 } ?? ""
        if Self.isBareNumber(cell) {
            return parseExpression(prefix + cell + unitSuffix, in: row)
        }
        if let parsed = try? memo.parse(cell) {
            // A range or bound of bare numbers (`6.9 .. 9.6`, `≥ 3`) still takes the table's unit.
            if !unitSuffix.isEmpty, Self.writesNoUnit(parsed.expression),
                let withUnit = try? memo.parse(cell + unitSuffix)
            {
                let written = cell + unitSuffix
                if case .value = withUnit.expression { return parseExpression(prefix + written, in: row) }
                return WrittenExpression(written: written, expression: withUnit.expression)
            }
            if !prefix.isEmpty, case .value = parsed.expression {
                return parseExpression(prefix + cell, in: row)
            }
        }
        return parseExpression(cell, in: row)
    }

    /// Whether every number in a numeric expression is written without a unit.
    static func writesNoUnit(_ expression: QuantityExpression) -> Bool {
        switch expression {
        case .value(let q), .symmetricLimit(let q), .bound(_, let q): q.unitText.isEmpty
        case .asymmetricLimit(let upper, let lower): upper.unitText.isEmpty && lower.unitText.isEmpty
        case .interval(let lower, let upper, _):
            (lower?.quantity.unitText.isEmpty ?? true) && (upper?.quantity.unitText.isEmpty ?? true)
        case .set, .token, .formula: false
        case .withCoverage(let inner, _): writesNoUnit(inner)
        }
    }

    /// A plain number: optional sign, digits, decimal part, exponent (full-width forms folded).
    static func isBareNumber(_ text: String) -> Bool {
        // Printed tables group digits with spaces (`1 000`); grouping does not make a number less bare.
        isBareASCIINumber(text) ?? isBareNumberFolded(text)
    }

    /// ``isBareNumber(_:)`` for any text: width folded, white space dropped, then read scalar by scalar.
    static func isBareNumberFolded(_ text: String) -> Bool {
        readsAsBareNumber(
            String(TextFolding.foldWidth(text).filter { !$0.isWhitespace }).unicodeScalars.lazy.map(\.value))
    }

    /// ``isBareNumber(_:)`` for ASCII text, read from its bytes (nothing to fold, and no `Character`s to
    /// make): a table's cells are read one by one. `nil` for other text.
    static func isBareASCIINumber(_ text: String) -> Bool? {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        return readsAsBareNumber(text.utf8.lazy.filter { !isASCIIWhiteSpace($0) }.map(UInt32.init))
    }

    /// ASCII white space, as `Character.isWhitespace` finds it in ASCII text.
    static func isASCIIWhiteSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    /// The grammar of a bare number, on code points with white space already dropped: an optional sign
    /// (`-`, `+`, U+2212), digits with at most one `.`, an optional exponent (`e`, `E`, signed).
    private static func readsAsBareNumber(_ codes: some Sequence<UInt32>) -> Bool {
        let minus: UInt32 = 0x2D
        let plus: UInt32 = 0x2B
        let dot: UInt32 = 0x2E
        let e: UInt32 = 0x65
        let capitalE: UInt32 = 0x45
        var digits = 0
        var seenDot = false
        var seenExponent = false
        var first = true
        var previous: UInt32?
        for code in codes {
            defer { first = false }
            if first && (code == minus || code == plus || code == 0x2212) { continue }
            switch code {
            case 0x30...0x39: digits += 1
            case dot where !seenDot && !seenExponent: seenDot = true
            case e, capitalE:
                guard digits > 0, !seenExponent else { return false }
                seenExponent = true
            case minus, plus:
                guard previous == e || previous == capitalE else { return false }
            default: return false
            }
            previous = code
        }
        return digits > 0 && previous != e && previous != capitalE
    }
}
