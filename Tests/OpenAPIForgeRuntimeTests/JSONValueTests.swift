import Foundation
import OpenAPIForgeRuntime
import Testing

@Suite struct JSONValueTests {
    private func decode(_ json: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))
    }

    @Test func decodesEveryKind() throws {
        let value: JSONValue = try decode(#"{"a":[1,"x",true,null,{"b":[]}],"n":1.5}"#)
        let expected: JSONValue = ["a": [1, "x", true, nil, ["b": []]], "n": 1.5]
        #expect(value == expected)
    }

    @Test func keepsLargeIntegersExact() throws {
        #expect(try decode("9007199254740993") == .integer(9_007_199_254_740_993))
        #expect(try decode("-9223372036854775808") == .integer(Int64.min))
    }

    @Test func fallsBackToDouble() throws {
        #expect(try decode("9223372036854775808") == .number(9_223_372_036_854_775_808))
        #expect(try decode("0.25") == .number(0.25))
    }

    @Test func roundTrips() throws {
        let value: JSONValue = ["id": 9_007_199_254_740_993, "tags": ["a"], "ok": false, "gone": nil]
        let data: Data = try JSONEncoder().encode(value)
        #expect(try decode(String(decoding: data, as: UTF8.self)) == value)
        #expect(String(decoding: try JSONEncoder().encode(JSONValue.integer(42)), as: UTF8.self) == "42")
    }

    @Test func subscriptsAndAccessors() {
        let value: JSONValue = ["list": [1, 2.5, "s"], "flag": true]
        #expect(value["list"]?[0]?.integerValue == 1)
        #expect(value["list"]?[1]?.doubleValue == 2.5)
        #expect(value["list"]?[2]?.stringValue == "s")
        #expect(value["list"]?[3] == nil)
        #expect(value["flag"]?.boolValue == true)
        #expect(value["missing"] == nil)
        #expect(value[0] == nil)
        #expect(JSONValue.null.isNull)
        #expect(value.objectValue?.count == 2)
        #expect(value["list"]?.arrayValue?.count == 3)
    }

    @Test func integerAndNumberDiffer() {
        #expect(JSONValue.integer(1) != JSONValue.number(1))
    }
}
