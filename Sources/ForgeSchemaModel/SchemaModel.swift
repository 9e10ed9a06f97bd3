import ForgeDiagnostics

/// Everything the emitters need to write Swift for one OpenAPI document.
///
/// Every Swift decision is made before this value exists: names are valid, unique
/// identifiers; types are spelled out; optionality, coding and constraints are explicit.
/// Templates read it and interpolate, nothing more.
public struct SchemaModel: Sendable, Encodable {
    public var info: APIInfo
    public var servers: [ServerModel]
    /// Top-level types, sorted by name; nested types sit inside their parent.
    public var types: [TypeDeclaration]
    /// Operations in document order (path order, then method order).
    public var operations: [OperationModel]
    public var securitySchemes: [SecuritySchemeModel]
    /// Warnings and errors found while building the model, in location order.
    public var diagnostics: [Diagnostic]

    public init(
        info: APIInfo,
        servers: [ServerModel],
        types: [TypeDeclaration],
        operations: [OperationModel],
        securitySchemes: [SecuritySchemeModel],
        diagnostics: [Diagnostic]
    ) {
        self.info = info
        self.servers = servers
        self.types = types
        self.operations = operations
        self.securitySchemes = securitySchemes
        self.diagnostics = diagnostics
    }
}

public struct APIInfo: Hashable, Sendable, Encodable {
    public var title: String
    public var version: String
    public var description: String?

    public init(title: String, version: String, description: String? = nil) {
        self.title = title
        self.version = version
        self.description = description
    }
}

public struct ServerModel: Hashable, Sendable, Encodable {
    /// The URL with its variables replaced by their defaults.
    public var url: String
    public var description: String?

    public init(url: String, description: String? = nil) {
        self.url = url
        self.description = description
    }
}

/// Documentation carried from the schema into doc comments.
public struct Documentation: Hashable, Sendable, Encodable {
    public var title: String?
    public var description: String?
    /// Examples as compact JSON text.
    public var examples: [String]
    /// The default as compact JSON text, for the doc comment.
    public var defaultValue: String?
    public var isDeprecated: Bool
    /// Where the schema, property or operation was declared.
    public var location: SourceLocation?

    public init(
        title: String? = nil,
        description: String? = nil,
        examples: [String] = [],
        defaultValue: String? = nil,
        isDeprecated: Bool = false,
        location: SourceLocation? = nil
    ) {
        self.title = title
        self.description = description
        self.examples = examples
        self.defaultValue = defaultValue
        self.isDeprecated = isDeprecated
        self.location = location
    }
}
