import HarmoniaModel
import HarmoniaXML

extension DocumentBuilder {
    /// An indicator's `value` (or `uncertainty`) given as one `si:real` or `si:constant`.
    mutating func readDSI(_ element: XMLElement) -> (value: WrittenExpression, uncertainty: Uncertainty?)? {
        let dsi: DSIValue
        do {
            dsi = try DSIReader.read(element)
        } catch {
            self.error(error.message, element, text: error.text)
            return nil
        }
        for message in dsi.warnings { warning(message, element, text: dsi.unitTexts.first) }
        let single = dsi.kind == .hybrid ? dsi.members.first : dsi
        guard let single, single.kind == .real || single.kind == .constant,
            let numberText = single.valueTexts.first, let number = single.values.first ?? nil,
            let unit = single.units.first, let unitText = single.unitTexts.first
        else {
            error("a value must be one si:real or si:constant (a list or a NaN is not a requirement)", element)
            return nil
        }
        if dsi.kind == .hybrid {
            warning("si:hybrid: the first of its \(dsi.members.count) quantities is used", element)
        }
        let quantity = Quantity(number: number, numberText: numberText, unit: unit, unitText: unitText)
        let value = WrittenExpression(written: "\(numberText) \(unitText)", expression: .value(quantity))
        var uncertainty: Uncertainty?
        if let stated = single.uncertainty, let text = stated.valueTexts.first {
            if let magnitude = Rational(decimal: text) {
                let spread = Quantity(number: magnitude, numberText: text, unit: unit, unitText: unitText)
                uncertainty = Uncertainty(
                    value: WrittenExpression(written: "\(text) \(unitText)", expression: .value(spread)),
                    coverageFactor: stated.coverageFactor, coverageProbability: stated.coverageProbability)
            } else {
                error("malformed uncertainty '\(text)'", element, text: text)
            }
        }
        return (value, uncertainty)
    }
}
