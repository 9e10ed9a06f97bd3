import ForgeDiagnostics
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Returns the model as pretty-printed JSON with sorted keys, for `openapi-forge dump-model`.
///
/// Types are written as their Swift spelling (`[String: JSONValue]`), locations as
/// `file:line:column`, and diagnostics as their compiler-style first line.
public func encodeModelJSON(_ model: SchemaModel) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(model) else {
        return "{}"
    }
    return String(decoding: data, as: UTF8.self) + "\n"
}

extension TypeUsage {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(swiftName)
    }
}

extension Documentation {
    private enum CodingKeys: String, CodingKey {
        case title, description, examples, defaultValue, isDeprecated, location
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(title, forKey: .title)
        try container.encodeIfPresent(description, forKey: .description)
        try container.encode(examples, forKey: .examples)
        try container.encodeIfPresent(defaultValue, forKey: .defaultValue)
        try container.encode(isDeprecated, forKey: .isDeprecated)
        try container.encodeIfPresent(location?.description, forKey: .location)
    }
}

extension PatternConstraint {
    private enum CodingKeys: String, CodingKey {
        case pattern, swiftLiteral, location
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(pattern, forKey: .pattern)
        try container.encode(swiftLiteral, forKey: .swiftLiteral)
        try container.encodeIfPresent(location?.description, forKey: .location)
    }
}

extension SchemaModel {
    private enum CodingKeys: String, CodingKey {
        case info, servers, types, operations, securitySchemes, diagnostics
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(info, forKey: .info)
        try container.encode(servers, forKey: .servers)
        try container.encode(types, forKey: .types)
        try container.encode(operations, forKey: .operations)
        try container.encode(securitySchemes, forKey: .securitySchemes)
        try container.encode(diagnostics.map(\.description), forKey: .diagnostics)
    }
}
