import Foundation
import OpenAPIForgeRuntime
import Testing

@Suite struct FormBodyEncodingTests {
    private struct Token: Encodable {
        var grantType: String = "password"
        var username: String = "user+1 é"
        var attempts: Int = 3
        var remember: Bool = true
        var ratio: Double = 0.5
        var scope: String? = nil
        var issuedAt: Date = Date(timeIntervalSince1970: 1_705_308_300.123)

        enum CodingKeys: String, CodingKey {
            case grantType = "grant_type", username, attempts, remember, ratio, scope, issuedAt
        }
    }

    private struct Filter: Encodable {
        var color: String
        var size: Int?
    }

    private struct Search: Encodable {
        var tags: [String] = ["a b", "c,d"]
        var ids: [Int] = [1, 2]
        var codes: [String] = ["x", "y"]
        var empty: [String] = []
        var filter: Filter = Filter(color: "red", size: nil)
        var nested: Filter = Filter(color: "say \"hi\"", size: 2)
        var extra: [String: Int] = ["b": 2, "a": 1]
    }

    private func text(_ data: Data) -> String {
        String(decoding: data, as: UTF8.self)
    }

    @Test func scalarFieldsInEncodingOrder() throws {
        let body: Data = try FormEncoding.encode(Token())
        let expected: String =
            "grant_type=password&username=user%2B1%20%C3%A9&attempts=3&remember=true&ratio=0.5"
            + "&issuedAt=2024-01-15T08%3A45%3A00.123Z"
        #expect(text(body) == expected)
    }

    @Test func arraysExplodedByDefault() throws {
        let body: Data = try FormEncoding.encode(["tags": ["a", "b c"]])
        #expect(text(body) == "tags=a&tags=b%20c")
    }

    @Test func fieldStylesApplied() throws {
        let fields: [FormField] = [
            FormField(name: "tags", style: .form, explode: false),
            FormField(name: "ids", style: .pipeDelimited, explode: false),
            FormField(name: "codes", style: .spaceDelimited, explode: false),
            FormField(name: "filter", style: .deepObject, explode: true),
        ]
        let body: Data = try FormEncoding.encode(Search(), fields: fields)
        let parts: [Substring] = text(body).split(separator: "&")
        #expect(parts.count == 6)
        #expect(parts.first == "tags=a%20b,c%2Cd")
        #expect(parts.dropFirst(1).first == "ids=1%7C2")
        #expect(parts.dropFirst(2).first == "codes=x%20y")
        #expect(parts.dropFirst(3).first == "filter%5Bcolor%5D=red")
        #expect(parts.dropFirst(4).first == "nested=%7B%22color%22%3A%22say%20%5C%22hi%5C%22%22%2C%22size%22%3A2%7D")
        #expect(parts.dropFirst(5).first == "extra=%7B%22a%22%3A1%2C%22b%22%3A2%7D")
    }

    @Test func nullFieldsLeftOut() throws {
        let body: Data = try FormEncoding.encode(["a": JSONValue.null, "b": JSONValue.string("x")])
        #expect(text(body) == "b=x")
    }

    @Test func nonObjectRejected() {
        #expect(throws: ClientError.self) {
            try FormEncoding.encode(["a", "b"])
        }
        #expect(throws: ClientError.self) {
            try FormEncoding.encode(["ratio": Double.nan])
        }
    }
}
