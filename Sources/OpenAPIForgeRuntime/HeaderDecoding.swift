import Foundation

/// Conversions of documented response headers to typed values, for generated clients.
///
/// Names match ignoring ASCII case, and leading and trailing spaces and tabs of a value are dropped.
public enum HeaderDecoding {
    /// Returns the converted value of the header `name`, or nil when it is absent or `convert` returns nil.
    ///
    /// An optional header that cannot be read is treated as absent, so its malformed value does not fail
    /// the response.
    public static func optional<Value>(
        _ name: String, in response: HTTPResponse, _ convert: (String) -> Value?
    ) -> Value? {
        text(name, in: response).flatMap(convert)
    }

    /// Returns the converted value of the required header `name`.
    ///
    /// - Throws: ``ClientError/invalidResponseHeader(statusCode:name:message:)`` when the header is missing,
    ///   or when `convert` returns nil for its value.
    public static func required<Value>(
        _ name: String, in response: HTTPResponse, _ convert: (String) -> Value?
    ) throws(ClientError) -> Value {
        guard let text = text(name, in: response) else {
            let message: String = "missing, but the document marks it required"
            throw .invalidResponseHeader(statusCode: response.statusCode, name: name, message: message)
        }
        guard let value = convert(text) else {
            let message: String = "'\(text)' cannot be read as \(Value.self)"
            throw .invalidResponseHeader(statusCode: response.statusCode, name: name, message: message)
        }
        return value
    }

    /// Splits a `simple` style list such as `a, b,c` at commas and converts each item; nil when any item
    /// does not convert. An empty value is an empty list.
    public static func list<Element>(_ text: String, _ convert: (String) -> Element?) -> [Element]? {
        if text.isEmpty {
            return []
        }
        var elements: [Element] = []
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            guard let element = convert(trimmed(item)) else {
                return nil
            }
            elements.append(element)
        }
        return elements
    }

    /// Decodes a value that has no plain text form, such as an object, from its JSON text.
    public static func json<Value: Decodable>(_ type: Value.Type, _ text: String) -> Value? {
        try? JSONCoding.makeDecoder().decode(Value.self, from: Data(text.utf8))
    }

    private static func text(_ name: String, in response: HTTPResponse) -> String? {
        response.headers.value(named: name).map { trimmed(Substring($0)) }
    }

    private static func trimmed(_ text: Substring) -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) })
        else {
            return ""
        }
        return String(text[first...last])
    }
}
