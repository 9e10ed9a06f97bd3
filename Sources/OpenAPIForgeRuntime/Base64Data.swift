import Foundation

/// Bytes carried as base64 text, OpenAPI's `format: byte`.
///
/// JSON holds the standard base64 alphabet with padding (RFC 4648, section 4); decoding rejects
/// any other text, whatever the decoder's data strategy is.
public struct Base64Data: Codable, Hashable, Sendable, CustomStringConvertible {
    /// The decoded bytes.
    public var data: Data

    public init(_ data: Data) {
        self.data = data
    }

    /// Decodes a JSON string of base64 text.
    ///
    /// - Throws: `DecodingError.dataCorrupted` when the text is not valid base64.
    public init(from decoder: any Decoder) throws {
        let container: any SingleValueDecodingContainer = try decoder.singleValueContainer()
        let text: String = try container.decode(String.self)
        guard let data = Data(base64Encoded: text) else {
            let message: String = "invalid base64 text of \(text.utf8.count) bytes"
            throw DecodingError.dataCorruptedError(in: container, debugDescription: message)
        }
        self.data = data
    }

    /// Encodes the bytes as a JSON string of base64 text.
    public func encode(to encoder: any Encoder) throws {
        var container: any SingleValueEncodingContainer = encoder.singleValueContainer()
        try container.encode(data.base64EncodedString())
    }

    /// The number of bytes, such as `3 bytes`; the bytes themselves are left out of logs.
    public var description: String {
        "\(data.count) bytes"
    }
}
