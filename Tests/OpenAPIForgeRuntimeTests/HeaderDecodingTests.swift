import Foundation
import OpenAPIForgeRuntime
import Testing

@Suite struct HeaderDecodingTests {
    private let response: HTTPResponse = HTTPResponse(
        statusCode: 200,
        headers: [
            HTTPHeader(name: "x-rate-limit", value: " 42\t"), HTTPHeader(name: "X-Ids", value: "1, 2,3"),
            HTTPHeader(name: "X-Empty", value: ""), HTTPHeader(name: "X-Point", value: #"{"x":1}"#),
        ])

    @Test func namesMatchIgnoringCase() throws {
        #expect(HeaderDecoding.optional("X-Rate-Limit", in: response) { Int($0) } == 42)
        #expect(try HeaderDecoding.required("X-RATE-LIMIT", in: response) { Int($0) } == 42)
    }

    @Test func optionalAbsentOrUnreadableIsNil() {
        #expect(HeaderDecoding.optional("X-Missing", in: response) { Int($0) } == nil)
        #expect(HeaderDecoding.optional("X-Point", in: response) { Int($0) } == nil)
    }

    @Test func requiredMissingNamesHeader() {
        do {
            _ = try HeaderDecoding.required("X-Missing", in: response) { Int($0) }
            Issue.record("expected an error")
        } catch {
            guard case .invalidResponseHeader(let statusCode, let name, let message) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(statusCode == 200)
            #expect(name == "X-Missing")
            #expect(message == "missing, but the document marks it required")
        }
    }

    @Test func requiredUnreadableNamesValue() {
        do {
            _ = try HeaderDecoding.required("X-Point", in: response) { Int($0) }
            Issue.record("expected an error")
        } catch {
            #expect(error.description == #"response 200 header 'X-Point': '{"x":1}' cannot be read as Int"#)
        }
    }

    @Test func listsSplitAtCommas() {
        let ids: [Int]? = HeaderDecoding.optional("X-Ids", in: response) { HeaderDecoding.list($0) { Int($0) } }
        #expect(ids == [1, 2, 3])
        #expect(HeaderDecoding.list("1,x") { Int($0) } == nil)
        #expect(HeaderDecoding.list("") { Int($0) } == [])
        #expect(HeaderDecoding.list("a,,b") { $0 } == ["a", "", "b"])
    }

    @Test func jsonValues() {
        #expect(HeaderDecoding.json([String: Int].self, #"{"x":1}"#) == ["x": 1])
        #expect(HeaderDecoding.json([String: Int].self, "x=1") == nil)
    }
}
