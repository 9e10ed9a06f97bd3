import ForgeFrontEnd
import Testing

@Suite struct CanonicalJSONWriterTests {
    @Test func format() throws {
        let root = try load("b: [1, {}, []]\na: {y: null, x: true}\nc: 'q\"\\'\n")
        let expected = """
            {
              "a": {
                "x": true,
                "y": null
              },
              "b": [
                1,
                {},
                []
              ],
              "c": "q\\"\\\\"
            }

            """
        #expect(root.canonicalJSON() == expected)
    }

    @Test func keysSortByScalarValue() throws {
        let root = try load(#"{"😀": 1, "é": 2, "a": 3, "B": 4, "ab": 5, "ｚ": 6}"#, file: "k.json")
        let keys = root.canonicalJSON().split(separator: "\n").dropFirst().dropLast().map {
            $0.split(separator: ":")[0]
        }
        #expect(keys == [#"  "B""#, #"  "a""#, #"  "ab""#, #"  "é""#, #"  "ｚ""#, #"  "😀""#])
    }

    @Test func numbers() throws {
        let root = try load("[0x1F, 0o17, +3, 3.10, .5, 1e400, .inf, -.inf, .nan, 123456789012345678901234567890]")
        let expected =
            "[\n  31,\n  15,\n  3,\n  3.10,\n  0.5,\n  1e400,\n  Infinity,\n  -Infinity,\n  NaN,\n"
            + "  123456789012345678901234567890\n]\n"
        #expect(root.canonicalJSON() == expected)
    }

    @Test func stringEscapes() throws {
        let root = try load(#"["a\u0001\b\f\n\r\t\u001f\u007f/é\u0085😀"]"#, file: "s.json")
        #expect(root.canonicalJSON() == "[\n  \"a\\u0001\\b\\f\\n\\r\\t\\u001f\u{7F}/é\u{85}😀\"\n]\n")
    }

    @Test func scalarRoot() throws {
        #expect(try load("hello").canonicalJSON() == "\"hello\"\n")
    }

    @Test func writerAndNodeAgree() throws {
        let root = try load("a: [1, 2]\n")
        #expect(CanonicalJSONWriter().write(root) == root.canonicalJSON())
    }
}
