import ForgeDiagnostics

/// Entry points for timing the front end against libyaml alone.
///
/// Meant for a hidden benchmark command; both functions read the same bytes the same
/// way (a leading byte-order mark skipped), so their times compare directly.
public enum FrontEndBenchmark {
    /// Runs libyaml's parser over `bytes` and returns the number of events, building nothing.
    ///
    /// - Throws: `DiagnosticError` when libyaml rejects the bytes.
    public static func bareEventLoop(bytes: [UInt8]) throws(DiagnosticError) -> Int {
        try bytes.withUnsafeBufferPointer { (buffer) throws(DiagnosticError) -> Int in
            let hasMark = buffer.starts(with: [0xEF, 0xBB, 0xBF])
            return try YAMLEventStream.countEvents(in: UnsafeBufferPointer(rebasing: buffer[(hasMark ? 3 : 0)...]))
        }
    }

    /// Loads `bytes` as `DocumentLoader.load(bytes:file:)` does, frees the tree, and returns
    /// the number of top-level entries or elements (a cheap check that something loaded).
    public static func loadTree(bytes: [UInt8], file: String, limits: LoadLimits = .default) throws(DiagnosticError)
        -> Int
    {
        let root = try DocumentLoader(limits: limits).load(bytes: bytes, file: file)
        return root.entries?.count ?? root.elements?.count ?? 1
    }

    /// Loads `bytes` and returns the number of nodes in the tree, aliased subtrees counted per use.
    public static func nodeCount(bytes: [UInt8], file: String, limits: LoadLimits = .default) throws(DiagnosticError)
        -> Int
    {
        let root = try DocumentLoader(limits: limits).load(bytes: bytes, file: file)
        return nodeCount(root)
    }

    private static func nodeCount(_ root: Node) -> Int {
        var count = 0
        var pending = [root]
        while let node = pending.popLast() {
            count += 1
            switch node.content {
            case .scalar: break
            case .sequence(let elements): pending.append(contentsOf: elements)
            case .mapping(let entries): pending.append(contentsOf: entries.map(\.value))
            }
        }
        return count
    }
}
