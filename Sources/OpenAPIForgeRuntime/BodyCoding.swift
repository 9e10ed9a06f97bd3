import Foundation

/// JSON body coding for generated clients, with failures mapped to ``ClientError``.
public enum BodyCoding {
    /// Encodes a request body.
    ///
    /// - Throws: ``ClientError/invalidRequest(message:)`` when the encoder fails, e.g. on a non-finite number.
    public static func encodeJSON<Value: Encodable>(_ value: Value, encoder: JSONEncoder) throws(ClientError) -> Data {
        do {
            return try encoder.encode(value)
        } catch let error as EncodingError {
            throw .invalidRequest(message: "request body cannot be encoded: " + describe(error))
        } catch {
            throw .invalidRequest(message: "request body cannot be encoded: \(error)")
        }
    }

    /// Decodes a response body.
    ///
    /// - Throws: ``ClientError/undecodableBody(statusCode:contentType:message:)`` when the bytes are not
    ///   JSON, and ``ClientError/invalidResponseBody(statusCode:pointer:message:)`` when the JSON does
    ///   not fit `Value`, with the JSON Pointer of the first offending value.
    public static func decodeJSON<Value: Decodable>(
        _ type: Value.Type, from response: HTTPResponse, decoder: JSONDecoder
    ) throws(ClientError) -> Value {
        do {
            return try decoder.decode(Value.self, from: response.body)
        } catch let error as DecodingError {
            let failure: DecodingFailure = DecodingFailure(error)
            guard isJSON(response.body) else {
                throw undecodable(response, message: failure.message)
            }
            throw .invalidResponseBody(
                statusCode: response.statusCode, pointer: failure.pointer, message: failure.message)
        } catch {
            throw undecodable(response, message: String(describing: error))
        }
    }

    /// Tells a body that is not JSON at all from JSON of the wrong shape; runs only after decoding failed.
    private static func isJSON(_ body: Data) -> Bool {
        (try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed])) != nil
    }

    private static func undecodable(_ response: HTTPResponse, message: String) -> ClientError {
        let contentType: String? = response.headers.value(named: "Content-Type")
        return .undecodableBody(statusCode: response.statusCode, contentType: contentType, message: message)
    }

    private static func describe(_ error: EncodingError) -> String {
        switch error {
        case .invalidValue(_, let context):
            let pointer: String = JSONPointer.pointer(for: context.codingPath)
            return (pointer.isEmpty ? "(root)" : pointer) + ": " + context.debugDescription
        @unknown default:
            return String(describing: error)
        }
    }
}
