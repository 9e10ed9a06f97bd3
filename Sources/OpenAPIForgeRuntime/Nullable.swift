/// A value that may be an explicit JSON `null`, for properties that are both optional and nullable.
///
/// Declare such a property as `Nullable<T>?`: Swift `nil` means the key is absent, ``null`` means the key
/// is present with `null`, and ``value(_:)`` carries a value. Synthesized `Codable` cannot keep the three
/// apart, because `decodeIfPresent` reads `null` as absent and `encodeIfPresent` drops `nil`. Code that
/// needs the distinction calls `decodeNullable(_:forKey:)` and `encodeNullable(_:forKey:)`.
public enum Nullable<Wrapped> {
    /// An explicit JSON `null`.
    case null

    /// A value that is not `null`.
    case value(Wrapped)

    /// Wraps an optional, mapping `nil` to ``null``.
    public init(_ optional: Wrapped?) {
        if let optional {
            self = .value(optional)
        } else {
            self = .null
        }
    }

    /// The wrapped value, or `nil` for ``null``.
    public var wrappedValue: Wrapped? {
        guard case .value(let wrapped) = self else {
            return nil
        }
        return wrapped
    }
}

extension Nullable: Equatable where Wrapped: Equatable {}

extension Nullable: Hashable where Wrapped: Hashable {}

extension Nullable: Sendable where Wrapped: Sendable {}

extension Nullable: Decodable where Wrapped: Decodable {
    /// Decodes `null` as ``null`` and anything else as ``value(_:)``.
    public init(from decoder: any Decoder) throws {
        let container: any SingleValueDecodingContainer = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else {
            self = .value(try container.decode(Wrapped.self))
        }
    }
}

extension Nullable: Encodable where Wrapped: Encodable {
    /// Encodes ``null`` as JSON `null` and ``value(_:)`` as the wrapped value itself.
    public func encode(to encoder: any Encoder) throws {
        var container: any SingleValueEncodingContainer = encoder.singleValueContainer()
        switch self {
        case .null:
            try container.encodeNil()
        case .value(let wrapped):
            try container.encode(wrapped)
        }
    }
}

extension KeyedEncodingContainer {
    /// Encodes an optional-and-nullable property: `nil` omits the key, ``Nullable/null`` writes `null`.
    public mutating func encodeNullable<Wrapped: Encodable>(_ value: Nullable<Wrapped>?, forKey key: Key) throws {
        switch value {
        case nil:
            return
        case .null?:
            try encodeNil(forKey: key)
        case .value(let wrapped)?:
            try encode(wrapped, forKey: key)
        }
    }

    /// Encodes a required-and-nullable property: the key is always written, with `null` for `nil`.
    public mutating func encodeRequiredNullable<Wrapped: Encodable>(_ value: Wrapped?, forKey key: Key) throws {
        if let value {
            try encode(value, forKey: key)
        } else {
            try encodeNil(forKey: key)
        }
    }
}

extension KeyedDecodingContainer {
    /// Decodes an optional-and-nullable property: an absent key gives `nil`, `null` gives ``Nullable/null``.
    public func decodeNullable<Wrapped: Decodable>(_ type: Wrapped.Type, forKey key: Key) throws -> Nullable<Wrapped>? {
        guard contains(key) else {
            return nil
        }
        if try decodeNil(forKey: key) {
            return .null
        }
        return .value(try decode(Wrapped.self, forKey: key))
    }

    /// Decodes a required-and-nullable property: the key must be present, and `null` gives `nil`.
    ///
    /// - Throws: `DecodingError.keyNotFound` when the key is absent, or the error of decoding `Wrapped`.
    public func decodeRequiredNullable<Wrapped: Decodable>(_ type: Wrapped.Type, forKey key: Key) throws -> Wrapped? {
        guard contains(key) else {
            let message: String = "missing required property '\(key.stringValue)' (it may be null but not absent)"
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: message))
        }
        if try decodeNil(forKey: key) {
            return nil
        }
        return try decode(Wrapped.self, forKey: key)
    }
}
