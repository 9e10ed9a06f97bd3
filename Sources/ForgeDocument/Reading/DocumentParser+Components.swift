import ForgeDiagnostics
import ForgeFrontEnd

/// Reading `components`.
extension DocumentParser {
    func components(_ document: ObjectNode) -> Components {
        var components = Components()
        guard let node = document["components"],
            let object = object(node, at: document.target("components"), "components", known: Keywords.components)
        else {
            return components
        }
        components.location = node.location
        components.schemas = namedValues(object, "schemas") { node, target in schema(node, at: target) }
        components.parameters = reusable(object, "parameters", parameter)
        components.headers = reusable(object, "headers", header)
        components.requestBodies = reusable(object, "requestBodies", requestBody)
        components.responses = reusable(object, "responses", response)
        components.examples = reusable(object, "examples", example)
        components.links = reusable(object, "links", link)
        components.securitySchemes = reusable(object, "securitySchemes", securityScheme)
        components.pathItems = namedValues(object, "pathItems") { node, target in
            pathItem(node, at: target, path: target.lastSegment ?? "")
        }
        components.mediaTypes = namedValues(object, "mediaTypes") { node, target in
            mediaType(MappingEntry(key: target.lastSegment ?? "", keyLocation: node.location, value: node), at: target)
        }
        components.extensions = object.extensions
        if let callbacks = object.entry("callbacks") {
            warning(
                "callbacks are not supported; 'components.callbacks' is ignored", at: callbacks.keyLocation,
                object.target("callbacks"))
        }
        return components
    }

    /// Reads a map of reusable objects, each read once and reused by the references to it.
    private func reusable<Value: Sendable>(
        _ object: ObjectNode, _ key: String, _ read: (Node, ReferenceTarget) -> Value?
    ) -> [Named<Value>] {
        namedValues(object, key) { node, target in cached(node, at: target, read) }
    }
}
