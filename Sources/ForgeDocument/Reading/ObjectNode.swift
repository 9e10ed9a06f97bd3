import ForgeDiagnostics
import ForgeFrontEnd

/// A mapping node being read as an OpenAPI object, with the target (file and pointer) it sits at.
struct ObjectNode {
    let node: Node
    let entries: [MappingEntry]
    let target: ReferenceTarget

    var location: SourceLocation {
        node.location
    }

    /// Returns the entry for `key`, or nil.
    func entry(_ key: String) -> MappingEntry? {
        entries.first { $0.key == key }
    }

    /// The value for `key`, or nil.
    subscript(key: String) -> Node? {
        entry(key)?.value
    }

    /// Whether the object has `key`.
    func has(_ key: String) -> Bool {
        entry(key) != nil
    }

    /// Returns the target of the value under `key`.
    func target(_ key: String) -> ReferenceTarget {
        target.appending(key)
    }

    /// The `x-` entries, in document order.
    var extensions: Extensions {
        entries.compactMap { entry in
            guard entry.key.hasPrefix("x-") else {
                return nil
            }
            return Named(name: entry.key, nameLocation: entry.keyLocation, value: entry.value)
        }
    }
}

extension Node {
    /// Describes the node for "found ..." messages: `the string 'yes'`, `the number 1.5`, `a sequence`.
    var foundDescription: String {
        switch content {
        case .scalar(.string(let text)):
            let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
            return "the string '\(shown)'"
        case .scalar(.integer(let text)):
            return "the integer \(text)"
        case .scalar(.float(let text)):
            return "the number \(text)"
        case .scalar(.bool(let value)):
            return "the boolean \(value)"
        case .scalar(.null):
            return "null"
        case .sequence:
            return "a sequence"
        case .mapping:
            return "a mapping"
        }
    }

    /// The text of any non-null scalar: strings as they are, numbers and booleans as written.
    var scalarText: String? {
        if case .scalar(.null) = content {
            return nil
        }
        return scalar?.textValue
    }
}
