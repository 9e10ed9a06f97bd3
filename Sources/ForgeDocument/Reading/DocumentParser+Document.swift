import ForgeDiagnostics
import ForgeFrontEnd

/// Reading the top-level document object and its small descriptive objects.
extension DocumentParser {
    /// Reads the root object; nil (reported) when it is not a mapping.
    func document(_ root: Node) -> OpenAPIDocument? {
        let rootTarget = ReferenceTarget(file: resolver.rootFile, pointer: "")
        guard let object = object(root, at: rootTarget, "the document", known: Keywords.document) else {
            return nil
        }
        var document = OpenAPIDocument(
            version: version, file: resolver.rootFile, info: info(object), location: root.location)
        document.jsonSchemaDialect = string(object, "jsonSchemaDialect")
        document.servers = servers(object) ?? []
        document.components = components(object)
        document.paths = paths(object)
        document.webhooks = namedValues(object, "webhooks") { node, target in
            pathItem(node, at: target, path: target.lastSegment ?? "")
        }
        document.security = values(object, "security", securityRequirement)
        document.tags = values(object, "tags", tag) ?? []
        document.externalDocs = externalDocs(object)
        document.extensions = object.extensions
        checkRequiredSections(object)
        return document
    }

    private func checkRequiredSections(_ object: ObjectNode) {
        if version.usesJSONSchema2020 {
            if !object.has("paths") && !object.has("components") && !object.has("webhooks") {
                error(
                    "the document needs at least one of 'paths', 'components' or 'webhooks'",
                    at: object.location, object.target)
            }
        } else if !object.has("paths") {
            missing("paths", in: object, "the document")
        }
    }

    private func info(_ document: ObjectNode) -> Info {
        guard let node = document["info"] else {
            missing("info", in: document, "the document")
            return Info(title: "", version: "", location: document.location)
        }
        guard let object = object(node, at: document.target("info"), "info", known: Keywords.info) else {
            return Info(title: "", version: "", location: node.location)
        }
        let title = requiredString(object, "title", "info") ?? ""
        var info = Info(
            title: title, version: requiredString(object, "version", "info") ?? "", location: object.location)
        info.summary = string(object, "summary")
        info.description = string(object, "description")
        info.termsOfService = string(object, "termsOfService")
        info.contact = contact(object)
        info.license = license(object)
        info.extensions = object.extensions
        return info
    }

    private func contact(_ info: ObjectNode) -> Contact? {
        guard let node = info["contact"],
            let object = object(node, at: info.target("contact"), "contact", known: Keywords.contact)
        else {
            return nil
        }
        var contact = Contact(location: object.location)
        contact.name = string(object, "name")
        contact.url = string(object, "url")
        contact.email = string(object, "email")
        return contact
    }

    private func license(_ info: ObjectNode) -> License? {
        guard let node = info["license"],
            let object = object(node, at: info.target("license"), "license", known: Keywords.license)
        else {
            return nil
        }
        var license = License(name: requiredString(object, "name", "license") ?? "", location: object.location)
        license.identifier = string(object, "identifier")
        license.url = string(object, "url")
        return license
    }

    /// Reads the `servers` list of an object.
    func servers(_ object: ObjectNode) -> [Server]? {
        values(object, "servers") { node, target in
            guard let object = self.object(node, at: target, "server", known: Keywords.server) else {
                return nil
            }
            var server = Server(url: requiredString(object, "url", "server") ?? "", location: object.location)
            server.description = string(object, "description")
            server.name = string(object, "name")
            server.variables = namedValues(object, "variables", serverVariable)
            return server
        }
    }

    private func serverVariable(_ node: Node, _ target: ReferenceTarget) -> ServerVariable? {
        guard let object = object(node, at: target, "server variable", known: Keywords.serverVariable) else {
            return nil
        }
        let defaultValue = requiredString(object, "default", "server variable") ?? ""
        var variable = ServerVariable(defaultValue: defaultValue, location: object.location)
        variable.enumValues = strings(object, "enum")
        variable.description = string(object, "description")
        return variable
    }

    private func tag(_ node: Node, _ target: ReferenceTarget) -> Tag? {
        guard let object = object(node, at: target, "tag", known: Keywords.tag),
            let name = requiredString(object, "name", "tag")
        else {
            return nil
        }
        var tag = Tag(name: name, location: object.location)
        tag.summary = string(object, "summary")
        tag.description = string(object, "description")
        tag.parent = string(object, "parent")
        tag.kind = string(object, "kind")
        tag.externalDocs = externalDocs(object)
        tag.extensions = object.extensions
        return tag
    }

    /// Reads the `externalDocs` of an object.
    func externalDocs(_ parent: ObjectNode) -> ExternalDocumentation? {
        guard let node = parent["externalDocs"],
            let object = object(node, at: parent.target("externalDocs"), "externalDocs", known: Keywords.externalDocs)
        else {
            return nil
        }
        var docs = ExternalDocumentation(
            url: requiredString(object, "url", "externalDocs") ?? "", location: object.location)
        docs.description = string(object, "description")
        return docs
    }
}
