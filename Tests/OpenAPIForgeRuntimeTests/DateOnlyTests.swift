import Foundation
import OpenAPIForgeRuntime
import Testing

@Suite struct DateOnlyTests {
    private struct Member: Codable, Equatable {
        var memberId: String
        var birthDate: DateOnly
    }

    @Test func roundTripsExactly() throws {
        let json: String = #"{"memberId":"m-7","birthDate":"1990-02-28"}"#
        let member: Member = try JSONCoding.makeDecoder().decode(Member.self, from: Data(json.utf8))
        #expect(member.birthDate == DateOnly(year: 1990, month: 2, day: 28))
        let encoded: String = String(decoding: try JSONCoding.makeEncoder().encode(member), as: UTF8.self)
        #expect(encoded.contains(#""birthDate":"1990-02-28""#))
    }

    /// The value is three integers: no `Date` or `TimeZone` exists to shift it.
    @Test func holdsOnlyCalendarFields() throws {
        let date: DateOnly = try #require(DateOnly("0001-12-31"))
        let labels: [String?] = Mirror(reflecting: date).children.map(\.label)
        #expect(labels == ["year", "month", "day"])
        #expect(date.description == "0001-12-31")
    }

    @Test(arguments: ["1990-02-29", "2024-02-30", "2024-00-10", "2024-04-31", "90-02-28", "1990-02-28Z", "1990/02/28"])
    func rejectsInvalid(text: String) {
        #expect(DateOnly(text) == nil)
    }

    @Test func decodingNamesBadText() {
        #expect {
            try JSONDecoder().decode([DateOnly].self, from: Data(#"["2023-02-29"]"#.utf8))
        } throws: { error in
            String(describing: error).contains("invalid date '2023-02-29'")
        }
    }

    @Test func ordersChronologically() throws {
        let early: DateOnly = try #require(DateOnly("1999-12-31"))
        let late: DateOnly = try #require(DateOnly("2000-01-01"))
        #expect(early < late)
        #expect(DateOnly(year: 2024, month: 2, day: 29) != nil)
        #expect(DateOnly(year: 10_000, month: 1, day: 1) == nil)
    }
}
