/// A family's marker shape on the trend chart, given in turn, so that lines stay apart without colour.
enum TrendMarker: Int, CaseIterable, Sendable {
    case circle, square, diamond, triangle, invertedTriangle, hexagon

    /// The marker centred on (x, y), with its class and colour.
    func svg(x: Double, y: Double, colour: String, className: String) -> String {
        let n = ChartMath.number
        let paint = "fill=\"\(colour)\" stroke=\"#ffffff\" stroke-width=\"1.5\""
        switch self {
        case .circle:
            return "<circle class=\"\(className)\" cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"5.5\" \(paint)"
        case .square:
            return "<path class=\"\(className)\" d=\"M\(n(x - 5)) \(n(y - 5))h10v10h-10z\" \(paint)"
        case .diamond:
            return
                "<path class=\"\(className)\" d=\"M\(n(x)) \(n(y - 6.5))L\(n(x + 6.5)) \(n(y))L\(n(x)) \(n(y + 6.5))L\(n(x - 6.5)) \(n(y))z\" \(paint)"
        case .triangle:
            return
                "<path class=\"\(className)\" d=\"M\(n(x)) \(n(y - 6.5))L\(n(x + 6.5)) \(n(y + 5))L\(n(x - 6.5)) \(n(y + 5))z\" \(paint)"
        case .hexagon:
            return
                "<path class=\"\(className)\" d=\"M\(n(x - 3.5)) \(n(y - 6))h7l3.5 6l-3.5 6h-7l-3.5 -6z\" \(paint)"
        case .invertedTriangle:
            return
                "<path class=\"\(className)\" d=\"M\(n(x)) \(n(y + 6.5))L\(n(x + 6.5)) \(n(y - 5))L\(n(x - 6.5)) \(n(y - 5))z\" \(paint)"
        }
    }
}
