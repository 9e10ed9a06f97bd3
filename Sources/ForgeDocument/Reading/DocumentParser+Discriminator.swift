import ForgeDiagnostics
import ForgeFrontEnd

/// Reading a schema's `discriminator`.
extension DocumentParser {
    func discriminator(_ schemaObject: ObjectNode) -> Discriminator? {
        guard let node = schemaObject["discriminator"],
            let object = object(
                node, at: schemaObject.target("discriminator"), "discriminator", known: Keywords.discriminator),
            let propertyName = requiredString(object, "propertyName", "discriminator")
        else {
            return nil
        }
        var discriminator = Discriminator(propertyName: propertyName, location: object.location)
        discriminator.mapping = namedValues(object, "mapping") { node, target in
            mappingReference(node, target)
        }.map { named in
            DiscriminatorMapping(value: named.name, valueLocation: named.nameLocation, reference: named.value)
        }
        if let defaultNode = object["defaultMapping"] {
            discriminator.defaultMapping = mappingReference(defaultNode, object.target("defaultMapping"))
        }
        return discriminator
    }

    /// Returns the reference of a mapping value: a reference, or a bare schema name such as `Dog`, which names
    /// `#/components/schemas/Dog` of the root document.
    private func mappingReference(_ node: Node, _ target: ReferenceTarget) -> SchemaReference? {
        guard let text = string(node, key: "mapping", target) else {
            return nil
        }
        let isName =
            !text.contains("/") && !text.contains("#") && !text.hasSuffix(".json")
            && !text.hasSuffix(".yaml") && !text.hasSuffix(".yml")
        let reference: Reference?
        if isName {
            let componentTarget = ReferenceTarget(file: resolver.rootFile, pointer: "/components/schemas")
            reference = Reference(text: text, target: componentTarget.appending(text), location: node.location)
        } else {
            reference = self.reference(node, in: target)
        }
        if let reference {
            schemaReferences.append(reference)
        }
        return reference
    }
}
