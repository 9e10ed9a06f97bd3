import Foundation
import OpenAPIForgeRuntime
import Testing

private enum OrderStatus: OpenStringEnum {
    case pending
    case paid
    case unknown(String)

    init(rawValue: String) {
        switch rawValue {
        case "pending":
            self = .pending
        case "paid":
            self = .paid
        default:
            self = .unknown(rawValue)
        }
    }

    var rawValue: String {
        switch self {
        case .pending:
            return "pending"
        case .paid:
            return "paid"
        case .unknown(let value):
            return value
        }
    }
}

private enum Level: OpenIntEnum {
    case low
    case unknown(Int)

    init(rawValue: Int) {
        self = rawValue == 1 ? .low : .unknown(rawValue)
    }

    var rawValue: Int {
        switch self {
        case .low:
            return 1
        case .unknown(let value):
            return value
        }
    }
}

@Suite struct OpenEnumTests {
    @Test func stringUnknownRoundTrips() throws {
        let json: Data = Data(#"["pending","refunded"]"#.utf8)
        let statuses: [OrderStatus] = try JSONDecoder().decode([OrderStatus].self, from: json)
        #expect(statuses == [.pending, .unknown("refunded")])
        #expect(String(decoding: try JSONEncoder().encode(statuses), as: UTF8.self) == #"["pending","refunded"]"#)
    }

    @Test func intUnknownRoundTrips() throws {
        let levels: [Level] = try JSONDecoder().decode([Level].self, from: Data("[1,7]".utf8))
        #expect(levels == [.low, .unknown(7)])
        #expect(String(decoding: try JSONEncoder().encode(levels), as: UTF8.self) == "[1,7]")
    }

    @Test func equalityUsesRawValue() {
        #expect(OrderStatus.unknown("paid") == .paid)
        #expect(Set([OrderStatus.paid, .unknown("paid")]).count == 1)
    }

    @Test func rejectsWrongJSONType() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(OrderStatus.self, from: Data("3".utf8))
        }
    }
}
