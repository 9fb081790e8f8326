/// Places the chart's labels so that no two overlap, in O(n log n).
///
/// Each label comes with the box it would like (just above its point). The labels are sorted by the top of
/// that box and swept downwards: a label keeps its place unless a label already placed covers part of the
/// same columns, and then it moves down just below the lowest of those. A second sweep, upwards from the
/// bottom of the plot, lifts whatever the first pushed past the bottom, each label staying above every
/// label it shares columns with. After either sweep, of any two labels that share columns one lies wholly
/// above the other, so no two overlap, whatever the input. "The lowest placed label over these columns" is
/// a range query on a segment tree over the labels' left and right edges, so each label costs O(log n).
enum LabelLayout {
    /// Final boxes for labels that would like `preferred`, kept inside `bounds` as far as the space allows,
    /// at least `gap` apart vertically where they share columns. Widths and heights are kept.
    static func place(_ preferred: [Box], bounds: Box, gap: Double = 2) -> [Box] {
        guard !preferred.isEmpty else { return [] }
        var boxes = preferred.map { box in
            // Inside the bounds across, as far as the label fits; no higher than the top.
            let width = box.maxX - box.minX
            let left = max(bounds.minX, min(box.minX, bounds.maxX - width))
            let top = max(box.minY, bounds.minY)
            return Box(minX: left, minY: top, maxX: left + width, maxY: top + (box.maxY - box.minY))
        }
        let edges = Array(Set(boxes.flatMap { [$0.minX, $0.maxX] })).sorted()
        func columns(_ box: Box) -> Range<Int> {
            // Binary searches: the elementary intervals between consecutive edges that the box covers.
            lowerBound(edges, box.minX)..<lowerBound(edges, box.maxX)
        }
        let spans = boxes.map(columns)

        // Downwards: by preferred top, then input order (deterministic).
        var lowest = MaxTree(count: max(edges.count - 1, 1))
        for index in boxes.indices.sorted(by: { (boxes[$0].minY, $0) < (boxes[$1].minY, $1) }) {
            let height = boxes[index].maxY - boxes[index].minY
            if let below = lowest.maximum(spans[index]) { boxes[index].minY = max(boxes[index].minY, below + gap) }
            boxes[index].maxY = boxes[index].minY + height
            lowest.raise(spans[index], to: boxes[index].maxY)
        }
        // Upwards, only when the first sweep pushed a label past the bottom: by bottom, lowest first.
        guard boxes.contains(where: { $0.maxY > bounds.maxY }) else { return boxes }
        var highest = MaxTree(count: max(edges.count - 1, 1))  // holds -top, so its maximum is the highest top
        for index in boxes.indices.sorted(by: { (boxes[$0].maxY, $0) > (boxes[$1].maxY, $1) }) {
            let height = boxes[index].maxY - boxes[index].minY
            var bottom = min(boxes[index].maxY, bounds.maxY)
            if let above = highest.maximum(spans[index]) { bottom = min(bottom, -above - gap) }
            boxes[index].maxY = bottom
            boxes[index].minY = bottom - height
            highest.raise(spans[index], to: -boxes[index].minY)
        }
        return boxes
    }

    /// The first index whose value is not less than `value`.
    private static func lowerBound(_ sorted: [Double], _ value: Double) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

/// A segment tree over `count` columns: raise a range to at least a value, and ask a range's maximum, each
/// in O(log count). `nil` for a range nothing has raised.
struct MaxTree {
    private let count: Int
    private var value: [Double]
    private var pending: [Double]

    init(count: Int) {
        self.count = count
        value = Array(repeating: -.infinity, count: 4 * count)
        pending = Array(repeating: -.infinity, count: 4 * count)
    }

    func maximum(_ range: Range<Int>) -> Double? {
        guard !range.isEmpty else { return nil }
        let found = query(node: 1, lower: 0, upper: count, range)
        return found == -.infinity ? nil : found
    }

    mutating func raise(_ range: Range<Int>, to level: Double) {
        guard !range.isEmpty else { return }
        update(node: 1, lower: 0, upper: count, range, level)
    }

    private func query(node: Int, lower: Int, upper: Int, _ range: Range<Int>) -> Double {
        if range.upperBound <= lower || upper <= range.lowerBound { return -.infinity }
        if range.lowerBound <= lower && upper <= range.upperBound { return value[node] }
        let middle = (lower + upper) / 2
        // A raise pending at this node covers the whole of it, so it bounds any part from below.
        return max(
            pending[node], query(node: 2 * node, lower: lower, upper: middle, range),
            query(node: 2 * node + 1, lower: middle, upper: upper, range))
    }

    private mutating func update(node: Int, lower: Int, upper: Int, _ range: Range<Int>, _ level: Double) {
        if range.upperBound <= lower || upper <= range.lowerBound { return }
        if range.lowerBound <= lower && upper <= range.upperBound {
            value[node] = max(value[node], level)
            pending[node] = max(pending[node], level)
            return
        }
        let middle = (lower + upper) / 2
        update(node: 2 * node, lower: lower, upper: middle, range, level)
        update(node: 2 * node + 1, lower: middle, upper: upper, range, level)
        value[node] = max(value[node], value[2 * node], value[2 * node + 1])
    }
}
