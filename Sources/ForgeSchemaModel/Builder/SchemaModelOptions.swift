/// Choices a user makes about the model: names, types and which operations to generate.
public struct SchemaModelOptions: Sendable {
    /// Swift type names by component schema name (`Pet`) or by JSON pointer of a schema
    /// (`/components/schemas/Pet`), used as written.
    public var nameOverrides: [String: String]
    /// Swift types by component schema name or by string `format` (such as `uuid`), spelled out
    /// (`String`, `Foundation.Decimal`); a component overridden here gets no declaration.
    public var typeOverrides: [String: String]
    public var operationFilter: OperationFilter

    public init(
        nameOverrides: [String: String] = [:],
        typeOverrides: [String: String] = [:],
        operationFilter: OperationFilter = OperationFilter()
    ) {
        self.nameOverrides = nameOverrides
        self.typeOverrides = typeOverrides
        self.operationFilter = operationFilter
    }
}

/// The operations to generate; each list includes, and an empty list includes everything.
///
/// An operation is kept when it passes every non-empty list. When any list is non-empty, only
/// component schemas reachable from kept operations are declared.
public struct OperationFilter: Hashable, Sendable {
    public var operationIds: [String]
    public var tags: [String]
    /// Path templates as written, such as `/pets/{petId}`.
    public var paths: [String]

    public init(operationIds: [String] = [], tags: [String] = [], paths: [String] = []) {
        self.operationIds = operationIds
        self.tags = tags
        self.paths = paths
    }

    /// True when no list restricts the operations.
    public var isEmpty: Bool {
        operationIds.isEmpty && tags.isEmpty && paths.isEmpty
    }

    /// Returns whether an operation with these facts is kept.
    public func includes(operationId: String?, tags operationTags: [String], path: String) -> Bool {
        let idMatches = operationIds.isEmpty || operationId.map(operationIds.contains) == true
        let tagMatches = tags.isEmpty || operationTags.contains(where: tags.contains)
        let pathMatches = paths.isEmpty || paths.contains(path)
        return idMatches && tagMatches && pathMatches
    }
}
