import ForgeDiagnostics
import ForgeFrontEnd

/// Readers for plain values of an object's keys, reporting values of the wrong kind.
extension DocumentParser {
    /// Returns the string under `key`; a number or boolean is taken as written with a warning.
    func string(_ object: ObjectNode, _ key: String) -> String? {
        guard let node = object[key] else {
            return nil
        }
        return string(node, key: key, object.target(key))
    }

    func string(_ node: Node, key: String, _ target: ReferenceTarget) -> String? {
        if let text = node.string {
            return text
        }
        if let text = node.scalarText {
            warning(
                "'\(key)' should be a string, found \(node.foundDescription); using '\(text)'", at: node.location,
                target)
            return text
        }
        if node["$ref"]?.string != nil, let (resolved, resolvedTarget) = dereferenced(node, at: target) {
            return string(resolved, key: key, resolvedTarget)
        }
        wrongType(key, expected: "a string", found: node, target)
        return nil
    }

    /// Returns the string under `key`, reporting it when missing.
    func requiredString(_ object: ObjectNode, _ key: String, _ kind: String) -> String? {
        guard object.has(key) else {
            missing(key, in: object, kind)
            return nil
        }
        return string(object, key)
    }

    /// Returns the boolean under `key`; nil when absent or not a boolean (reported).
    func bool(_ object: ObjectNode, _ key: String) -> Bool? {
        guard let node = object[key] else {
            return nil
        }
        if case .scalar(.bool(let value)) = node.content {
            return value
        }
        wrongType(key, expected: "a boolean", found: node, object.target(key))
        return nil
    }

    /// Returns the list of strings under `key`; nil when absent or not a sequence (reported).
    func strings(_ object: ObjectNode, _ key: String) -> [String]? {
        values(object, key) { node, target in string(node, key: key, target) }
    }

    /// Returns the elements under `key` with the target of the sequence; nil when absent or not a sequence (reported).
    func sequence(_ object: ObjectNode, _ key: String) -> (elements: [Node], target: ReferenceTarget)? {
        guard let (node, target) = collection(object, key) else {
            return nil
        }
        guard let elements = node.elements else {
            wrongType(key, expected: "a sequence", found: node, target)
            return nil
        }
        return (elements, target)
    }

    /// Returns the entries under `key` with the target of the mapping; nil when absent or not a mapping (reported).
    func mapping(_ object: ObjectNode, _ key: String) -> (entries: [MappingEntry], target: ReferenceTarget)? {
        guard let (node, target) = collection(object, key) else {
            return nil
        }
        guard let entries = node.entries else {
            wrongType(key, expected: "a mapping", found: node, target)
            return nil
        }
        return (entries, target)
    }

    /// Returns the node under `key` with a `$ref` followed; nil when absent, and (with a warning) when null.
    private func collection(_ object: ObjectNode, _ key: String) -> (Node, ReferenceTarget)? {
        guard let node = object[key] else {
            return nil
        }
        if case .scalar(.null) = node.content {
            warning("'\(key)' is empty; it is ignored", at: node.location, object.target(key))
            return nil
        }
        return dereferenced(node, at: object.target(key))
    }

    /// Follows a `$ref` written where OpenAPI does not provide for one (such as a whole
    /// operation or a description), the way JSON Reference bundlers read it; other nodes
    /// come back unchanged. A `$ref` key whose value is not a string, such as a property
    /// named `$ref`, is not a reference. Nil when the reference cannot be followed (reported).
    func dereferenced(_ node: Node, at target: ReferenceTarget) -> (Node, ReferenceTarget)? {
        guard node["$ref"]?.string != nil else {
            return (node, target)
        }
        guard let (resolved, resolvedTarget, _) = follow(node, at: target) else {
            return nil
        }
        return (resolved, resolvedTarget)
    }

    /// Reads each entry of the mapping under `key` with `read`, keeping document order.
    func namedValues<Value>(
        _ object: ObjectNode, _ key: String, _ read: (Node, ReferenceTarget) -> Value?
    ) -> [Named<Value>] {
        guard let (entries, target) = mapping(object, key) else {
            return []
        }
        return entries.compactMap { entry in
            guard entry.key != "<<", let value = read(entry.value, target.appending(entry.key)) else {
                return nil
            }
            return Named(name: entry.key, nameLocation: entry.keyLocation, value: value)
        }
    }

    /// Reads each element of the sequence under `key` with `read`.
    func values<Value>(_ object: ObjectNode, _ key: String, _ read: (Node, ReferenceTarget) -> Value?) -> [Value]? {
        guard let (elements, target) = sequence(object, key) else {
            return nil
        }
        return elements.enumerated().compactMap { index, element in
            read(element, target.appending(String(index)))
        }
    }
}
