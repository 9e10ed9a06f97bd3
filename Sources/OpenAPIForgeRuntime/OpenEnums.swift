/// An enumeration that keeps raw values it does not know, so a new server value cannot fail a whole response.
///
/// A conforming enum declares its cases plus one that carries any other raw value, a non-failable
/// `init(rawValue:)` that falls back to that case, and `rawValue`. The extension supplies coding as a
/// single value, and equality and hashing by `rawValue`, so the compiler synthesizes nothing.
/// Because equality uses `rawValue`, a fallback case that carries a known value equals the named case.
/// Conform through ``OpenStringEnum`` or ``OpenIntEnum``.
public protocol OpenEnum: RawRepresentable, Codable, Hashable, Sendable
where RawValue: Codable & Hashable & Sendable {
    /// Creates the case for `rawValue`, or the fallback case that keeps an unknown value.
    init(rawValue: RawValue)
}

extension OpenEnum {
    /// Decodes the raw value; values outside the known cases become the fallback case.
    ///
    /// - Throws: `DecodingError` when the JSON value is not of the raw value's type.
    public init(from decoder: any Decoder) throws {
        let container: any SingleValueDecodingContainer = try decoder.singleValueContainer()
        self.init(rawValue: try container.decode(RawValue.self))
    }

    /// Encodes `rawValue`, which for the fallback case is the original value.
    public func encode(to encoder: any Encoder) throws {
        var container: any SingleValueEncodingContainer = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// Compares raw values.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.rawValue == rhs.rawValue
    }

    /// Hashes the raw value.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(rawValue)
    }
}

/// An open enumeration of strings, such as `enum Status: OpenStringEnum { case active, unknown(String) }`.
public protocol OpenStringEnum: OpenEnum where RawValue == String {}

/// An open enumeration of integers, such as `enum Level: OpenIntEnum { case low, unknown(Int) }`.
public protocol OpenIntEnum: OpenEnum where RawValue == Int {}
