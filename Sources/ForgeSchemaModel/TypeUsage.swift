/// A Swift type as it is used at one place: a property, an array element, a parameter.
public indirect enum TypeUsage: Hashable, Sendable, Encodable {
    case builtin(BuiltinType)
    /// A generated type, by its qualified Swift name, for example `TrainingRoutine.Status`.
    case named(String)
    case array(TypeUsage)
    /// `[String: Value]` for `additionalProperties` maps.
    case dictionary(TypeUsage)
    /// An element that may be `null` inside an array or map, spelled `T?`.
    case optional(TypeUsage)

    /// The Swift spelling, for example `[Int]`, `[String: JSONValue]` or `[String?]`.
    public var swiftName: String {
        switch self {
        case .builtin(let builtin): return builtin.swiftName
        case .named(let name): return name
        case .array(let element): return "[\(element.swiftName)]"
        case .dictionary(let value): return "[String: \(value.swiftName)]"
        case .optional(let wrapped): return "\(wrapped.swiftName)?"
        }
    }
}

/// Swift types that stand for JSON Schema types and formats without a generated declaration.
public enum BuiltinType: String, Hashable, Sendable, Encodable, CaseIterable {
    case string = "String"
    case int = "Int"
    case int32 = "Int32"
    case int64 = "Int64"
    case double = "Double"
    case float = "Float"
    case bool = "Bool"
    /// `format: date-time`, coded as RFC 3339 with fractional seconds.
    case date = "Date"
    /// `format: date`, a calendar day with no time zone.
    case dateOnly = "DateOnly"
    case uuid = "UUID"
    case url = "URL"
    /// `format: byte`: base64 text on the wire.
    case base64Data = "Base64Data"
    /// `format: binary` and binary media types: raw bytes.
    case data = "Data"
    /// Free-form JSON of any shape.
    case jsonValue = "JSONValue"

    public var swiftName: String { rawValue }
}
