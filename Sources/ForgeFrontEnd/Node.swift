import ForgeDiagnostics

/// One node of a loaded YAML or JSON document, with the place it came from.
///
/// YAML and JSON load into the same tree, so later stages never ask which format a
/// document was written in. Mapping keys are strings: OpenAPI keys are always strings,
/// and a YAML key such as `200` or `true` keeps the text it was written with.
public struct Node: Sendable {
    public enum Content: Sendable {
        case scalar(Scalar)
        case sequence([Node])
        /// Entries in document order; keys are unique (a duplicate key is a load error).
        case mapping([MappingEntry])
    }

    public var content: Content
    public var location: SourceLocation

    public init(_ content: Content, at location: SourceLocation) {
        self.content = content
        self.location = location
    }
}

/// A key and its value inside a mapping node.
public struct MappingEntry: Sendable {
    public var key: String
    public var keyLocation: SourceLocation
    public var value: Node

    public init(key: String, keyLocation: SourceLocation, value: Node) {
        self.key = key
        self.keyLocation = keyLocation
        self.value = value
    }
}

/// A resolved scalar, by the YAML 1.2 core schema.
///
/// Numbers keep the text they were written with, so `3.10`, a 30-digit integer or
/// `1e400` is never rounded; convert with `integerValue` or `doubleValue` where a
/// machine number is needed.
public enum Scalar: Hashable, Sendable {
    case string(String)
    case null
    case bool(Bool)
    /// The original text: decimal (`-12`), hexadecimal (`0x1F`) or octal (`0o17`).
    case integer(String)
    /// The original text, including `.inf`, `-.inf` and `.nan` in their YAML spellings.
    case float(String)
}

extension Node {
    public var scalar: Scalar? {
        if case .scalar(let scalar) = content {
            return scalar
        }
        return nil
    }

    public var entries: [MappingEntry]? {
        if case .mapping(let entries) = content {
            return entries
        }
        return nil
    }

    public var elements: [Node]? {
        if case .sequence(let elements) = content {
            return elements
        }
        return nil
    }

    /// The string value of a string scalar; nil for numbers, booleans, null and collections.
    public var string: String? {
        if case .scalar(.string(let text)) = content {
            return text
        }
        return nil
    }

    /// The entry for `key` in a mapping node, or nil when absent or when this is not a mapping.
    public func entry(_ key: String) -> MappingEntry? {
        guard case .mapping(let entries) = content else {
            return nil
        }
        return entries.first { $0.key == key }
    }

    /// The value for `key` in a mapping node.
    public subscript(key: String) -> Node? {
        entry(key)?.value
    }

    /// A short name for the node's kind, for messages such as "expected a mapping, found a sequence".
    public var kindDescription: String {
        switch content {
        case .mapping: return "a mapping"
        case .sequence: return "a sequence"
        case .scalar(.string): return "a string"
        case .scalar(.null): return "null"
        case .scalar(.bool): return "a boolean"
        case .scalar(.integer): return "an integer"
        case .scalar(.float): return "a number"
        }
    }
}
