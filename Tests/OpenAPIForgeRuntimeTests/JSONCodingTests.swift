import Foundation
import OpenAPIForgeRuntime
import Testing

@Suite struct JSONCodingTests {
    private struct Event: Codable, Equatable {
        var id: String
        var occurredAt: Date
        var link: String
    }

    @Test func decodesAndEncodesDates() throws {
        let json: String = #"{"id":"e-1","occurredAt":"2024-01-15T09:45:00.123+01:00","link":"a/b"}"#
        let event: Event = try JSONCoding.makeDecoder().decode(Event.self, from: Data(json.utf8))
        #expect(abs(event.occurredAt.timeIntervalSince1970 - 1_705_308_300.123) < 1e-6)
        let encoder: JSONEncoder = JSONCoding.makeEncoder()
        encoder.outputFormatting.insert(.sortedKeys)
        let encoded: String = String(decoding: try encoder.encode(event), as: UTF8.self)
        #expect(encoded == #"{"id":"e-1","link":"a/b","occurredAt":"2024-01-15T08:45:00.123Z"}"#)
    }

    @Test func namesBadDate() {
        let json: String = #"{"id":"e-1","occurredAt":"2024-02-30T00:00:00Z","link":""}"#
        #expect {
            try JSONCoding.makeDecoder().decode(Event.self, from: Data(json.utf8))
        } throws: { error in
            guard case DecodingError.dataCorrupted(let context) = error else {
                return false
            }
            let expected: String =
                "invalid date-time '2024-02-30T00:00:00Z': expected RFC 3339, e.g. 2024-01-15T08:45:00.000Z"
            return context.debugDescription == expected && context.codingPath.map(\.stringValue) == ["occurredAt"]
        }
    }
}
