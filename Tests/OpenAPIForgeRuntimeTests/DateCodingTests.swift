import Foundation
import OpenAPIForgeRuntime
import Testing

@Suite struct DateCodingTests {
    /// 2024-01-15T08:45:00Z as seconds since 1970.
    private let instant: Double = 1_705_308_300

    private func seconds(_ text: String) -> Double? {
        DateCoding.decodeDateTime(text)?.timeIntervalSince1970
    }

    @Test(arguments: [
        "2024-01-15T08:45:00.000Z", "2024-01-15T08:45:00Z", "2024-01-15t08:45:00z",
        "2024-01-15T09:45:00+01:00", "2024-01-14T22:45:00-10:00", "2024-01-15T08:45:00.000000000000Z",
    ])
    func decodesVariants(text: String) throws {
        #expect(try #require(seconds(text)) == instant)
    }

    @Test func keepsMicroseconds() throws {
        let received: Double = try #require(seconds("2024-01-15T09:45:00.123456+01:00"))
        #expect(abs(received - instant - 0.123456) < 1e-6)
        let half: Double = try #require(seconds("2024-01-15T08:45:00.5Z"))
        #expect(half - instant == 0.5)
    }

    @Test(arguments: [
        "2024-02-30T00:00:00Z", "2023-02-29T00:00:00Z", "2024-13-01T00:00:00Z", "2024-01-15T25:00:00Z",
        "2024-01-15T24:00:00Z", "2024-01-15T08:60:00Z", "2024-01-15T08:45:60Z", "2024-01-15T08:45:00",
        "2024-01-15T08:45:00.Z", "2024-01-15T08:45:00+0100", "2024-01-15T08:45:00+24:00", "2024-01-15 08:45:00Z",
        "2024-01-15", "", "2024-01-15T08:45:00Z ", "२०२४-01-15T08:45:00Z", "2024-1-15T08:45:00Z",
    ])
    func rejectsInvalid(text: String) {
        #expect(DateCoding.decodeDateTime(text) == nil)
    }

    @Test func acceptsLeapDay() {
        #expect(DateCoding.decodeDateTime("2024-02-29T00:00:00Z") != nil)
        #expect(DateCoding.decodeDateTime("2000-02-29T00:00:00Z") != nil)
        #expect(DateCoding.decodeDateTime("1900-02-29T00:00:00Z") == nil)
    }

    @Test func encodesMilliseconds() {
        let date: Date = Date(timeIntervalSince1970: instant + 0.123456)
        #expect(DateCoding.encodeDateTime(date) == "2024-01-15T08:45:00.123Z")
        #expect(DateCoding.encodeDateTime(Date(timeIntervalSince1970: instant)) == "2024-01-15T08:45:00.000Z")
    }

    @Test func encodesFarDates() {
        #expect(DateCoding.encodeDateTime(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00.000Z")
        #expect(DateCoding.encodeDateTime(Date(timeIntervalSince1970: -0.001)) == "1969-12-31T23:59:59.999Z")
        #expect(DateCoding.encodeDateTime(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00.000Z")
        #expect(DateCoding.encodeDateTime(Date(timeIntervalSince1970: 253_402_300_799)) == "9999-12-31T23:59:59.000Z")
    }

    @Test func roundTripsAcrossCenturies() throws {
        for day in stride(from: -700_000, to: 2_900_000, by: 997) {
            let date: Date = Date(timeIntervalSince1970: Double(day) * 86_400 + 45_296.789)
            let text: String = DateCoding.encodeDateTime(date)
            let decoded: Date = try #require(DateCoding.decodeDateTime(text), "\(text)")
            #expect(DateCoding.encodeDateTime(decoded) == text)
        }
    }
}
