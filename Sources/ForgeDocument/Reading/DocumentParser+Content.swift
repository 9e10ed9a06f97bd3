import ForgeDiagnostics
import ForgeFrontEnd

/// Reading request bodies, responses, media types and what hangs off them.
extension DocumentParser {
    /// Reads a request body, following a `$ref`.
    func requestBody(_ node: Node, _ target: ReferenceTarget) -> RequestBody? {
        resolving(node, at: target, "request body") { node, target in
            guard let object = object(node, at: target, "request body", known: Keywords.requestBody) else {
                return nil
            }
            var body = RequestBody(location: object.location)
            body.description = string(object, "description")
            body.required = bool(object, "required") ?? false
            body.content = content(object)
            body.extensions = object.extensions
            if !object.has("content") {
                missing("content", in: object, "request body", severity: .warning)
            }
            return body
        }
    }

    /// Reads a response, following a `$ref`.
    func response(_ node: Node, _ target: ReferenceTarget) -> Response? {
        resolving(node, at: target, "response") { node, target in
            guard let object = object(node, at: target, "response", known: Keywords.response) else {
                return nil
            }
            var response = Response(location: object.location)
            response.description = string(object, "description")
            response.headers = namedValues(object, "headers", header)
            response.content = content(object)
            response.links = namedValues(object, "links", link)
            response.extensions = object.extensions
            if response.description == nil && version.minor < 2 {
                missing("description", in: object, "response", severity: .warning)
            }
            return response
        }
    }

    /// Reads the `content` map of an object: media types in document order.
    func content(_ object: ObjectNode) -> [MediaType] {
        guard let (entries, target) = mapping(object, "content") else {
            return []
        }
        return entries.compactMap { entry in
            mediaType(entry, at: target.appending(entry.key))
        }
    }

    /// Reads a media type; a 3.2 `$ref` to `components.mediaTypes` is followed.
    func mediaType(_ entry: MappingEntry, at target: ReferenceTarget) -> MediaType? {
        var (node, resolvedTarget) = (entry.value, target)
        if entry.value["$ref"] != nil {
            guard let (resolvedNode, resolved, _) = follow(entry.value, at: target) else {
                return nil
            }
            (node, resolvedTarget) = (resolvedNode, resolved)
        }
        guard let object = object(node, at: resolvedTarget, "media type", known: Keywords.mediaType) else {
            return nil
        }
        var media = MediaType(contentType: entry.key, contentTypeLocation: entry.keyLocation, location: object.location)
        media.schema = schema(object, "schema")
        media.itemSchema = schema(object, "itemSchema")
        media.example = object["example"]
        media.examples = namedValues(object, "examples", example)
        media.encoding = namedValues(object, "encoding", encoding)
        media.extensions = object.extensions
        return media
    }

    private func encoding(_ node: Node, _ target: ReferenceTarget) -> Encoding? {
        guard let object = object(node, at: target, "encoding", known: Keywords.encoding) else {
            return nil
        }
        var encoding = Encoding(location: object.location)
        encoding.contentType = string(object, "contentType")
        encoding.headers = namedValues(object, "headers", header)
        encoding.style = style(object)
        encoding.explode = bool(object, "explode")
        encoding.allowReserved = bool(object, "allowReserved") ?? false
        return encoding
    }

    /// Reads an example, following a `$ref`.
    func example(_ node: Node, _ target: ReferenceTarget) -> Example? {
        resolving(node, at: target, "example") { node, target in
            guard let object = object(node, at: target, "example", known: Keywords.example) else {
                return nil
            }
            var example = Example(location: object.location)
            example.summary = string(object, "summary")
            example.description = string(object, "description")
            example.value = object["value"]
            example.externalValue = string(object, "externalValue")
            example.dataValue = object["dataValue"]
            example.serializedValue = string(object, "serializedValue")
            return example
        }
    }

    /// Reads a link, following a `$ref`.
    func link(_ node: Node, _ target: ReferenceTarget) -> Link? {
        resolving(node, at: target, "link") { node, target in
            guard let object = object(node, at: target, "link", known: Keywords.link) else {
                return nil
            }
            var link = Link(location: object.location)
            link.operationId = string(object, "operationId")
            link.operationRef = string(object, "operationRef")
            link.parameters = namedValues(object, "parameters") { node, _ in node }
            link.requestBody = object["requestBody"]
            link.description = string(object, "description")
            return link
        }
    }
}

extension RequestBody: Referable {}

extension Response: Referable {}

extension Example: Referable {
    mutating func override(summary: String?, description: String?) {
        self.summary = summary ?? self.summary
        self.description = description ?? self.description
    }
}

extension Link: Referable {}
