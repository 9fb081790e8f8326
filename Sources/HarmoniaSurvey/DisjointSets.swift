/// Union–find over hashable nodes, for grouping documents that are linked directly or through others.
struct DisjointSets<Node: Hashable> {
    private var parent: [Node: Node] = [:]
    /// Nodes in the order they were first added, so that groups come out the same every run.
    private(set) var elements: [Node] = []

    mutating func add(_ node: Node) {
        if parent[node] == nil {
            parent[node] = node
            elements.append(node)
        }
    }

    mutating func find(_ node: Node) -> Node {
        add(node)
        var root = node
        while let up = parent[root], up != root { root = up }
        var current = node
        while let up = parent[current], up != root {  // path compression
            parent[current] = root
            current = up
        }
        return root
    }

    mutating func union(_ a: Node, _ b: Node) {
        let x = find(a)
        let y = find(b)
        if x != y { parent[y] = x }
    }
}
