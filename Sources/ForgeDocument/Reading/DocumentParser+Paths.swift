import ForgeDiagnostics
import ForgeFrontEnd

/// Reading paths, path items and operations.
extension DocumentParser {
    func paths(_ document: ObjectNode) -> [PathEntry] {
        guard let (entries, target) = mapping(document, "paths") else {
            return []
        }
        return entries.compactMap { entry in
            if entry.key.hasPrefix("x-") {
                return nil
            }
            if !entry.key.hasPrefix("/") {
                warning("path '\(entry.key)' should start with '/'", at: entry.keyLocation, target.appending(entry.key))
            }
            guard let item = pathItem(entry.value, at: target.appending(entry.key), path: entry.key) else {
                return nil
            }
            return PathEntry(path: entry.key, pathLocation: entry.keyLocation, item: item)
        }
    }

    /// Reads a path item, following a `$ref`; `path` is the template its operations get.
    ///
    /// A referenced item is read again for every path that uses it, because its operations
    /// carry the path. The referring item's `summary` and `description` win.
    func pathItem(_ node: Node, at target: ReferenceTarget, path: String) -> PathItem? {
        guard node["$ref"] != nil else {
            return pathItemBody(node, at: target, path: path)
        }
        guard let object = object(node, at: target, "path item", known: Keywords.pathItem, dereference: false),
            let (resolvedNode, resolvedTarget, reference) = follow(node, at: target),
            var item = pathItemBody(resolvedNode, at: resolvedTarget, path: path)
        else {
            return nil
        }
        for entry in object.entries where !Keywords.reference.contains(entry.key) && !entry.key.hasPrefix("x-") {
            warning(
                "'\(entry.key)' next to '$ref' in a path item is ignored; move it into the referenced path item",
                at: entry.keyLocation, target.appending(entry.key))
        }
        item.reference = reference
        item.override(summary: string(object, "summary"), description: string(object, "description"))
        return item
    }

    private func pathItemBody(_ node: Node, at target: ReferenceTarget, path: String) -> PathItem? {
        guard let object = object(node, at: target, "path item", known: Keywords.pathItem) else {
            return nil
        }
        var item = PathItem(location: object.location)
        item.summary = string(object, "summary")
        item.description = string(object, "description")
        item.servers = servers(object)
        item.parameters = values(object, "parameters", parameter) ?? []
        for method in HTTPMethod.fixed {
            if let node = object[method.key],
                let operation = operation(node, at: object.target(method.key), method: method, path: path)
            {
                item.operations.append(operation)
            }
        }
        item.operations += additionalOperations(object, path: path)
        item.extensions = object.extensions
        return item
    }

    private func additionalOperations(_ item: ObjectNode, path: String) -> [Operation] {
        namedValues(item, "additionalOperations") { node, target in
            let name = target.lastSegment ?? ""
            if HTTPMethod.fixed.contains(where: { $0.key == name.lowercased() }) {
                error(
                    "'\(name)' in 'additionalOperations' is a fixed method; write it as '\(name.lowercased())' of the path item",
                    at: node.location, target)
                return nil
            }
            return operation(node, at: target, method: HTTPMethod(name), path: path)
        }.map(\.value)
    }

    private func operation(_ node: Node, at target: ReferenceTarget, method: HTTPMethod, path: String) -> Operation? {
        guard let object = object(node, at: target, "operation", known: Keywords.operation) else {
            return nil
        }
        var operation = Operation(method: method, path: path, location: object.location)
        operation.operationId = string(object, "operationId")
        operation.operationIdLocation = object["operationId"]?.location
        operation.summary = string(object, "summary")
        operation.description = string(object, "description")
        operation.tags = strings(object, "tags") ?? []
        operation.deprecated = bool(object, "deprecated") ?? false
        operation.parameters = values(object, "parameters", parameter) ?? []
        if let body = object["requestBody"] {
            operation.requestBody = requestBody(body, object.target("requestBody"))
        }
        operation.responses = responses(object, operation.displayName)
        operation.security = values(object, "security", securityRequirement)
        operation.servers = servers(object)
        operation.externalDocs = externalDocs(object)
        operation.extensions = object.extensions
        ignoreCallbacks(object, operation.displayName)
        return operation
    }

    private func responses(_ operation: ObjectNode, _ name: String) -> [ResponseEntry] {
        guard let (entries, target) = mapping(operation, "responses") else {
            if !operation.has("responses") && !version.usesJSONSchema2020 {
                warning("\(name) has no 'responses'", at: operation.location, operation.target)
            }
            return []
        }
        return entries.compactMap { entry in
            responseEntry(entry, at: target.appending(entry.key))
        }
    }

    private func responseEntry(_ entry: MappingEntry, at target: ReferenceTarget) -> ResponseEntry? {
        if entry.key.hasPrefix("x-") {
            return nil
        }
        guard let status = ResponseStatus(entry.key) else {
            error(
                "invalid response status '\(entry.key)'; expected a code such as '200', a range such as '4XX', or 'default'",
                at: entry.keyLocation, target)
            return nil
        }
        guard let response = response(entry.value, target) else {
            return nil
        }
        return ResponseEntry(status: status, statusLocation: entry.keyLocation, response: response)
    }

    /// Warns that callbacks are not modelled, and still checks the references they use.
    private func ignoreCallbacks(_ object: ObjectNode, _ name: String) {
        guard let entry = object.entry("callbacks") else {
            return
        }
        warning(
            "callbacks are not supported; the callbacks of \(name) are ignored", at: entry.keyLocation,
            object.target("callbacks"))
        let target = object.target("callbacks")
        for callback in entry.value.entries ?? [] where callback.value["$ref"] != nil {
            _ = follow(callback.value, at: target.appending(callback.key))
        }
    }
}

extension PathItem: Referable {
    mutating func override(summary: String?, description: String?) {
        self.summary = summary ?? self.summary
        self.description = description ?? self.description
    }
}
