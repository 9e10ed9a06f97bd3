import ForgeDocument

extension BuildContext {
    /// Returns the doc-comment facts of a schema, with its location.
    func documentation(of schema: JSONSchema) -> Documentation {
        Documentation(
            title: schema.title,
            description: schema.description,
            examples: schema.examples.map(CompactJSON.text),
            defaultValue: schema.defaultValue.map(CompactJSON.text),
            isDeprecated: schema.deprecated,
            location: schema.location)
    }
}
