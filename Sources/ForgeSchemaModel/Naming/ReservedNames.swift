extension SwiftNaming {
    /// Words a property, case or parameter must wrap in backticks.
    public static let keywords: Set<String> = [
        // Declarations.
        "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate",
        "func", "import", "init", "inout", "internal", "let", "operator", "precedencegroup", "private",
        "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var",
        // Statements.
        "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for",
        "guard", "if", "in", "repeat", "return", "switch", "throw", "where", "while",
        // Expressions and types.
        "Any", "as", "await", "false", "is", "nil", "self", "Self", "super", "throws", "true", "try",
        "Type", "Protocol",
    ]

    /// Type names that get a trailing `_` when a schema would take them.
    ///
    /// `Self`, `Any`, `Type` and `Protocol` cannot name a member type; the others would shadow, inside
    /// the generated module, a type that generated code writes unqualified.
    public static let reservedTypeNames: Set<String> = [
        "Self", "Any", "Type", "Protocol", "AnyObject",
        // Standard library and Foundation.
        "Array", "Bool", "Character", "Codable", "CodingKey", "CodingKeys", "Data", "Date", "Decodable",
        "DecodingError", "Decoder", "Dictionary", "Double", "Encodable", "EncodingError", "Encoder", "Equatable",
        "Error", "Float", "Foundation", "Hashable", "Int", "Int32", "Int64", "JSONDecoder", "JSONEncoder",
        "KeyedDecodingContainer", "KeyedEncodingContainer", "Never", "Optional", "Result", "Sendable", "Set",
        "String", "Substring", "Swift", "URL", "UTF8", "UUID", "Void",
        // Every public type of the runtime (a test keeps this list complete).
        "APIKeyLocation", "Base64Data", "BodyCoding", "Box", "ClientAuthentication", "ClientError",
        "ClientMiddleware", "ClientPipeline", "ClientTransport", "DateCoding", "DateOnly", "DecodingFailure",
        "FormEncoding", "FormField", "FormFieldStyle", "HTTPHeader", "HTTPRequest", "HTTPResponse", "HeaderDecoding",
        "HeaderEncoding", "JSONCoding", "JSONPointer",
        "JSONValue", "Nullable", "OpenAPIForgeRuntime", "OpenEnum", "OpenIntEnum", "OpenStringEnum", "PathEncoding",
        "PropertyKey", "QueryEncoding", "QueryItem", "URLSessionTransport", "Validatable", "ValidationContext",
        "ValidationError", "ValidationIssue", "ValidationPattern", "ValidationPatternError",
        // The top-level declarations of generated code.
        "Client", operationsNamespace,
    ]
}
