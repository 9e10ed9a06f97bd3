import Foundation

/// Factories for the `JSONDecoder` and `JSONEncoder` that generated code uses for bodies.
public enum JSONCoding {
    /// Makes a decoder that reads every `Date` with ``DateCoding/decodeDateTime(_:)``.
    ///
    /// A date that does not parse fails with `DecodingError.dataCorrupted` whose description names the text,
    /// e.g. `invalid date-time '2024-02-30T00:00:00Z': expected RFC 3339, e.g. 2024-01-15T08:45:00.000Z`.
    public static func makeDecoder() -> JSONDecoder {
        let decoder: JSONDecoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom(decodeDate)
        return decoder
    }

    /// Makes an encoder that writes every `Date` with ``DateCoding/encodeDateTime(_:)``.
    ///
    /// `/` is not escaped and keys are sorted. `JSONEncoder` of Swift 6.3.1 on Linux keeps object
    /// members in a hashed dictionary, so without `.sortedKeys` the key order changes from one process
    /// to the next; sorted keys make request bodies byte-stable, which logs, caches and tests rely on.
    public static func makeEncoder() -> JSONEncoder {
        let encoder: JSONEncoder = JSONEncoder()
        encoder.dateEncodingStrategy = .custom(encodeDate)
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return encoder
    }

    @Sendable
    private static func decodeDate(_ decoder: any Decoder) throws -> Date {
        let container: any SingleValueDecodingContainer = try decoder.singleValueContainer()
        let text: String = try container.decode(String.self)
        guard let date = DateCoding.decodeDateTime(text) else {
            let message: String = "invalid date-time '\(text)': expected RFC 3339, e.g. 2024-01-15T08:45:00.000Z"
            throw DecodingError.dataCorruptedError(in: container, debugDescription: message)
        }
        return date
    }

    @Sendable
    private static func encodeDate(_ date: Date, _ encoder: any Encoder) throws {
        var container: any SingleValueEncodingContainer = encoder.singleValueContainer()
        try container.encode(DateCoding.encodeDateTime(date))
    }
}
