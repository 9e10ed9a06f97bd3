/// A free-form JSON value, used where a schema allows any JSON.
///
/// Integral numbers that fit in `Int64` decode as ``integer(_:)`` so that large
/// identifiers keep every digit; all other numbers decode as ``number(_:)``.
/// The two cases are distinct for `==` and hashing: `.integer(1) != .number(1)`.
public enum JSONValue: Codable, Hashable, Sendable {
    /// The JSON literal `null`.
    case null

    /// A JSON `true` or `false`.
    case bool(Bool)

    /// A JSON number written without loss as a 64-bit signed integer.
    case integer(Int64)

    /// A JSON number that is not integral or does not fit in `Int64`.
    case number(Double)

    /// A JSON string.
    case string(String)

    /// A JSON array.
    case array([JSONValue])

    /// A JSON object; key order is not kept.
    case object([String: JSONValue])

    /// Decodes any JSON value, trying `null`, `Bool`, `Int64`, `Double`, `String`, array and object in turn.
    ///
    /// - Throws: `DecodingError.typeMismatch` when the value is none of these.
    public init(from decoder: any Decoder) throws {
        let container: any SingleValueDecodingContainer = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int64.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else if let value = try? container.decode([String: JSONValue].self) {
            self = .object(value)
        } else {
            let message: String = "expected a JSON value (null, boolean, number, string, array or object)"
            throw DecodingError.typeMismatch(
                JSONValue.self, DecodingError.Context(codingPath: decoder.codingPath, debugDescription: message))
        }
    }

    /// Encodes the value as the JSON it stands for.
    ///
    /// - Throws: `EncodingError.invalidValue` for a non-finite ``number(_:)`` under the default
    ///   `JSONEncoder` strategy.
    public func encode(to encoder: any Encoder) throws {
        var container: any SingleValueEncodingContainer = encoder.singleValueContainer()
        switch self {
        case .null:
            try container.encodeNil()
        case .bool(let value):
            try container.encode(value)
        case .integer(let value):
            try container.encode(value)
        case .number(let value):
            try container.encode(value)
        case .string(let value):
            try container.encode(value)
        case .array(let value):
            try container.encode(value)
        case .object(let value):
            try container.encode(value)
        }
    }
}
