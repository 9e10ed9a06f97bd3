import ForgeDiagnostics

/// Turns a YAML scalar's text, style and tag into a typed `Scalar`.
enum YAMLScalarTypes {
    private static let prefix = "tag:yaml.org,2002:"

    /// Returns the scalar for `text`; quoted and block scalars are strings unless a tag requests another type.
    ///
    /// Standard tags are honoured: `!!str` makes a string of anything, while `!!int`,
    /// `!!float`, `!!bool` and `!!null` require text of that type. The non-specific tag
    /// `!` makes a string. Other tags are ignored and the text resolves as if untagged.
    // TODO: report unknown tags as warnings once the loader returns warnings alongside the tree.
    static func scalar(
        text: String, bytes: UnsafeBufferPointer<UInt8>, isPlain: Bool, tag: String?, at location: SourceLocation
    ) throws(DiagnosticError) -> Scalar {
        let implicit = isPlain ? ScalarResolver.resolvePlain(bytes) : .string
        guard let tag else {
            return make(implicit, text)
        }
        switch tag {
        case "!", prefix + "str":
            return .string(text)
        case prefix + "null":
            return .null
        case prefix + "bool", prefix + "int", prefix + "float":
            let resolved = ScalarResolver.resolvePlain(bytes)
            if let scalar = typed(resolved, text, tag: tag) {
                return scalar
            }
            let name = "!!" + tag.dropFirst(prefix.count)
            throw DiagnosticError(.error("'\(text)' is not a valid value for the tag \(name)", at: location))
        default:
            return make(implicit, text)
        }
    }

    private static func typed(_ kind: ScalarResolver.Kind, _ text: String, tag: String) -> Scalar? {
        switch (tag.dropFirst(prefix.count), kind) {
        case ("bool", .bool), ("int", .integer), ("float", .float): return make(kind, text)
        case ("float", .integer): return .float(text)
        default: return nil
        }
    }

    private static func make(_ kind: ScalarResolver.Kind, _ text: String) -> Scalar {
        switch kind {
        case .string: return .string(text)
        case .null: return .null
        case .bool(let value): return .bool(value)
        case .integer: return .integer(text)
        case .float: return .float(text)
        }
    }
}
