import ForgeDiagnostics

/// Assembles a node tree from the structure a reader reports, for YAML and JSON alike.
///
/// The builder keeps its own stack, so deep input never recurses. It enforces the
/// rules both formats share: the depth limit, unique keys (an error names both places),
/// and, for YAML, anchors, aliases bounded by `LoadLimits.maximumAliasExpansion`, and
/// merge keys (`<<`), whose entries come after explicit keys in precedence.
struct NodeTreeBuilder {
    private struct PendingKey {
        var text: String
        var location: SourceLocation
        var isMerge: Bool
    }

    private struct Merge {
        var position: Int
        var entries: [MappingEntry]
    }

    private struct Frame {
        var isMapping: Bool
        var location: SourceLocation
        var anchor: String?
        /// The index in `elements` or `entries` of this collection's first child.
        var start: Int
        var pendingKey: PendingKey?
        var keyIndex: [String: Int]?
        var mergeKeyLocation: SourceLocation?
        var merges: [Merge] = []
        var size = 1
        var height = 1
    }

    private struct Anchor {
        var node: Node
        var size: Int
        var height: Int
        var keyText: String?
    }

    /// Mappings with at least this many entries look up keys by hash instead of by scan.
    private static let indexedMappingSize = 12

    let limits: LoadLimits
    private var stack: [Frame] = []
    private let elements = ChildStack<Node>()
    private let entries = ChildStack<MappingEntry>()
    private var anchors: [String: Anchor] = [:]
    private var expandedNodes = 0
    private(set) var root: Node?

    init(limits: LoadLimits) {
        self.limits = limits
        stack.reserveCapacity(64)
    }

    var depth: Int { stack.count }

    /// True when the next node completes a key rather than a value or an element.
    var expectsKey: Bool {
        // Reads fields in place: `stack.last` would copy the frame and retain everything in it.
        let top = stack.count - 1
        return top >= 0 && stack[top].isMapping && stack[top].pendingKey == nil
    }

    var topIsMapping: Bool {
        let top = stack.count - 1
        return top >= 0 && stack[top].isMapping
    }

    mutating func beginCollection(
        isMapping: Bool, at location: SourceLocation, anchor: String? = nil
    ) throws(DiagnosticError) {
        guard stack.count < limits.maximumDepth else {
            throw DiagnosticError(.error(Self.depthMessage(limits), at: location))
        }
        let start = isMapping ? entries.count : elements.count
        stack.append(Frame(isMapping: isMapping, location: location, anchor: anchor, start: start))
    }

    /// Records the key of the next mapping entry; a repeated key is an error naming both places.
    ///
    /// NOTE: keys compare as Swift strings, so two canonically equivalent spellings (`é` as
    /// one scalar, or `e` with a combining accent) count as the same key.
    mutating func setKey(_ key: String, at location: SourceLocation, isMerge: Bool = false) throws(DiagnosticError) {
        let top = stack.count - 1
        if isMerge {
            if let first = stack[top].mergeKeyLocation {
                throw Self.duplicate("<<", at: location, first: first)
            }
            stack[top].mergeKeyLocation = location
        } else if let first = firstLocation(ofKey: key, inFrame: top) {
            throw Self.duplicate(key, at: location, first: first)
        }
        stack[top].pendingKey = PendingKey(text: key, location: location, isMerge: isMerge)
    }

    /// Adds a scalar node; `keyText` is the scalar's text as written, kept for aliases used as keys.
    mutating func addScalar(_ node: Node, anchor: String? = nil, keyText: String? = nil) throws(DiagnosticError) {
        if let anchor {
            defineAnchor(anchor, node: node, keyText: keyText)
        }
        try deliver(node, size: 1, height: 0)
    }

    /// Names a scalar for later aliases without adding it, as for an anchored mapping key.
    mutating func defineAnchor(_ name: String, node: Node, keyText: String?) {
        anchors[name] = Anchor(node: node, size: 1, height: 0, keyText: keyText)
    }

    /// Adds the node an anchor names, counting its subtree against the alias expansion limit.
    mutating func addAlias(named name: String, at location: SourceLocation) throws(DiagnosticError) {
        let anchor = try lookUp(anchor: name, at: location)
        expandedNodes += anchor.size
        guard expandedNodes <= limits.maximumAliasExpansion else {
            let message =
                "aliases expand to more than \(limits.maximumAliasExpansion) nodes "
                + "(LoadLimits.maximumAliasExpansion)"
            throw DiagnosticError(.error(message, at: location))
        }
        guard stack.count + anchor.height <= limits.maximumDepth else {
            throw DiagnosticError(.error(Self.depthMessage(limits), at: location))
        }
        try deliver(anchor.node, size: anchor.size, height: anchor.height)
    }

    /// Returns the text of the scalar an alias names, for an alias used as a mapping key.
    func aliasKeyText(named name: String, at location: SourceLocation) throws(DiagnosticError) -> String {
        let anchor = try lookUp(anchor: name, at: location)
        guard let text = anchor.keyText else {
            let message =
                "a mapping key must be a scalar, but the alias '*\(name)' names \(anchor.node.kindDescription)"
            throw DiagnosticError(.error(message, at: location))
        }
        return text
    }

    /// Closes the innermost mapping or sequence and adds it to its parent.
    mutating func endCollection() throws(DiagnosticError) {
        let frame = stack.removeLast()
        let node: Node
        if frame.isMapping {
            let children = entries.popArray(from: frame.start)
            node = Node(.mapping(Self.applyingMerges(frame.merges, to: children)), at: frame.location)
        } else {
            node = Node(.sequence(elements.popArray(from: frame.start)), at: frame.location)
        }
        if let anchor = frame.anchor {
            anchors[anchor] = Anchor(node: node, size: frame.size, height: frame.height, keyText: nil)
        }
        try deliver(node, size: frame.size, height: frame.height)
    }

    private func lookUp(anchor name: String, at location: SourceLocation) throws(DiagnosticError) -> Anchor {
        if let anchor = anchors[name] {
            return anchor
        }
        if stack.contains(where: { $0.anchor == name }) {
            let message = "the alias '*\(name)' refers to a node that contains it"
            throw DiagnosticError(.error(message, at: location))
        }
        throw DiagnosticError(.error("the alias '*\(name)' names no anchor defined before it", at: location))
    }

    private mutating func deliver(_ node: consuming Node, size: Int, height: Int) throws(DiagnosticError) {
        let top = stack.count - 1
        guard top >= 0 else {
            root = node
            return
        }
        stack[top].size += size
        stack[top].height = max(stack[top].height, height + 1)
        guard stack[top].isMapping else {
            elements.push(node)
            return
        }
        let key = stack[top].pendingKey!
        stack[top].pendingKey = nil
        if key.isMerge {
            try addMerge(node, inFrame: top, keyLocation: key.location)
            return
        }
        let position = entries.count - stack[top].start
        stack[top].keyIndex?[key.text] = position
        entries.push(MappingEntry(key: key.text, keyLocation: key.location, value: node))
    }

    private mutating func addMerge(_ node: Node, inFrame top: Int, keyLocation: SourceLocation) throws(DiagnosticError)
    {
        let position = entries.count - stack[top].start
        if let entries = node.entries {
            stack[top].merges.append(Merge(position: position, entries: entries))
            return
        }
        let sources = node.elements?.compactMap(\.entries)
        guard let sources, sources.count == node.elements?.count else {
            let message =
                "the value of the merge key '<<' must be a mapping or a sequence of mappings, "
                + "found \(node.kindDescription)"
            throw DiagnosticError(.error(message, at: keyLocation))
        }
        for entries in sources {
            stack[top].merges.append(Merge(position: position, entries: entries))
        }
    }

    private mutating func firstLocation(ofKey key: String, inFrame top: Int) -> SourceLocation? {
        let start = stack[top].start
        if let index = stack[top].keyIndex {
            return index[key].map { entries.read(start + $0, \.keyLocation) }
        }
        for position in start..<entries.count where entries.read(position, \.key) == key {
            return entries.read(position, \.keyLocation)
        }
        if entries.count - start >= Self.indexedMappingSize {
            var index: [String: Int] = [:]
            for position in start..<entries.count {
                index[entries.read(position, \.key)] = position - start
            }
            stack[top].keyIndex = index
        }
        return nil
    }

    /// Places merged entries where their `<<` key stood, skipping keys already present.
    private static func applyingMerges(_ merges: [Merge], to entries: [MappingEntry]) -> [MappingEntry] {
        guard !merges.isEmpty else {
            return entries
        }
        var present = Set(entries.map(\.key))
        var result: [MappingEntry] = []
        var next = 0
        for merge in merges {
            result.append(contentsOf: entries[next..<merge.position])
            next = merge.position
            for entry in merge.entries where present.insert(entry.key).inserted {
                result.append(entry)
            }
        }
        result.append(contentsOf: entries[next...])
        return result
    }

    static func depthMessage(_ limits: LoadLimits) -> String {
        "nesting exceeds the limit of \(limits.maximumDepth) levels (LoadLimits.maximumDepth)"
    }

    private static func duplicate(_ key: String, at location: SourceLocation, first: SourceLocation) -> DiagnosticError
    {
        let shown = key.count > 80 ? key.prefix(77) + "..." : Substring(key)
        let note = Diagnostic.Note("'\(shown)' was first defined here", at: first)
        return DiagnosticError(.error("duplicate key '\(shown)'", at: location, notes: [note]))
    }
}
