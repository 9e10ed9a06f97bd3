/// A one-line account of a read document, as printed by `validate`.
public struct DocumentSummary: Sendable, CustomStringConvertible {
    public var file: String
    public var version: OpenAPIVersion
    public var pathCount: Int
    /// Operations of all paths (webhooks not counted).
    public var operationCount: Int
    /// Schemas under `components.schemas`.
    public var schemaCount: Int

    public init(_ document: OpenAPIDocument) {
        file = document.file
        version = document.version
        pathCount = document.paths.count
        operationCount = document.operations.count
        schemaCount = document.components.schemas.count
    }

    /// `openapi/api.yaml: OpenAPI 3.1.0, 1 path, 1 operation, 2 schemas`.
    public var description: String {
        let counts = [
            Self.count(pathCount, "path"), Self.count(operationCount, "operation"), Self.count(schemaCount, "schema"),
        ]
        return "\(file): OpenAPI \(version), \(counts.joined(separator: ", "))"
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
