import ForgeDiagnostics
import ForgeFrontEnd

/// Reads a loaded node tree into typed values, collecting every problem on the way.
///
/// One parser reads one document and every file it refers to. Objects reached through a
/// non-schema `$ref` are read once per target and reused; schemas are registered by target
/// so `OpenAPIDocument.schema(at:)` can return them.
final class DocumentParser {
    let version: OpenAPIVersion
    let resolver: ReferenceResolver
    var diagnostics = DiagnosticCollection()

    /// Every schema read, by the target it was read from.
    var schemas: [ReferenceTarget: JSONSchema] = [:]
    /// Every schema `$ref` met, in reading order, to resolve once the document is read.
    var schemaReferences: [SchemaReference] = []
    /// Objects read through a `$ref` or as components, by target, so each is read once.
    var objectsByTarget: [ReferenceTarget: any Sendable] = [:]

    init(version: OpenAPIVersion, resolver: ReferenceResolver) {
        self.version = version
        self.resolver = resolver
    }

    func error(
        _ message: String, at location: SourceLocation?, _ target: ReferenceTarget?, notes: [Diagnostic.Note] = []
    ) {
        diagnostics.append(.error(message, at: location, pointer: target?.pointer, notes: notes))
    }

    func warning(_ message: String, at location: SourceLocation?, _ target: ReferenceTarget?) {
        diagnostics.append(.warning(message, at: location, pointer: target?.pointer))
    }

    /// Returns `node` as an object, reporting unknown keys; nil (with an error) when it is not a mapping.
    ///
    /// A `$ref` is followed first unless `dereference` is false (for reading a reference object itself).
    func object(
        _ node: Node, at target: ReferenceTarget, _ kind: String, known: Set<String>, dereference: Bool = true
    ) -> ObjectNode? {
        guard let (node, target) = dereference ? dereferenced(node, at: target) : (node, target) else {
            return nil
        }
        guard let entries = node.entries else {
            error("expected a mapping for \(kind), found \(node.foundDescription)", at: node.location, target)
            return nil
        }
        let object = ObjectNode(node: node, entries: entries, target: target)
        checkKeys(of: object, kind, known: known, nearMissesOnly: false)
        return object
    }

    /// Reports keys that are not in `known` (and not `x-`), with a suggestion when one is close.
    func checkKeys(of object: ObjectNode, _ kind: String, known: Set<String>, nearMissesOnly: Bool) {
        for entry in object.entries where !known.contains(entry.key) && !entry.key.hasPrefix("x-") {
            let suggestion = Suggestion.closest(to: entry.key, in: known)
            if nearMissesOnly && suggestion == nil {
                continue
            }
            var message = "unknown key '\(entry.key)' in \(kind)"
            if entry.key == "<<" {
                message = "merge key '<<' in \(kind) was not merged; it is ignored"
            } else if let suggestion {
                message += "; did you mean '\(suggestion)'?"
            }
            warning(message, at: entry.keyLocation, object.target(entry.key))
        }
    }

    /// Reports `key` missing from an object.
    func missing(_ key: String, in object: ObjectNode, _ kind: String, severity: Diagnostic.Severity = .error) {
        let message = "missing required key '\(key)' in \(kind)"
        diagnostics.append(Diagnostic(severity, message, at: object.location, pointer: object.target.pointer))
    }

    /// Reports a value of the wrong kind.
    func wrongType(_ key: String, expected: String, found node: Node, _ target: ReferenceTarget) {
        error(
            "invalid value for '\(key)': expected \(expected), found \(node.foundDescription)",
            at: node.location, target)
    }
}
