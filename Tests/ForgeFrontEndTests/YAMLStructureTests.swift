import ForgeDiagnostics
import ForgeFrontEnd
import Testing

@Suite struct YAMLStructureTests {
    @Test func keysInDocumentOrder() throws {
        let root = try load("zeta: 1\nalpha: 2\nmid: 3\n")
        #expect(root.entries?.map(\.key) == ["zeta", "alpha", "mid"])
    }

    @Test func locations() throws {
        let text = """
            openapi: 3.1.0
            paths:
              /pets:
                get:
                  tags: [a, "b"]
                  responses:
                    - x
                    - {k: v}
            """
        let root = try load(text, file: "api.yaml")
        #expect(position(root.location) == "1:1")
        #expect(position(root.entry("paths")?.keyLocation) == "2:1")
        #expect(position(root["paths"]?.location) == "3:3")
        let get = try #require(node(root, ["paths", "/pets", "get"]))
        #expect(position(get.entry("tags")?.keyLocation) == "5:7")
        #expect(position(node(get, ["tags"])?.location) == "5:13")
        #expect(position(node(get, ["tags", 1])?.location) == "5:17")
        #expect(position(node(get, ["responses", 0])?.location) == "7:11")
        #expect(position(node(get, ["responses", 1, "k"])?.location) == "8:15")
        #expect(get.location.file == "api.yaml")
    }

    @Test func columnsCountScalars() throws {
        let root = try load("é€😀: {a: ü, b: 1}\n")
        #expect(position(node(root, ["é€😀", "b"])?.location) == "1:16")
    }

    @Test func anchorsAndAliases() throws {
        let text = """
            shared:
              id: &id
                type: string
              limit: &limit 64
              none: &none []
            a: *id
            b: *limit
            c: *none
            """
        let root = try load(text)
        #expect(root["a"]?["type"]?.string == "string")
        #expect(root["b"]?.scalar == .integer("64"))
        #expect(root["c"]?.elements?.isEmpty == true)
        #expect(position(root["a"]?.location) == position(node(root, ["shared", "id"])?.location))
        #expect(position(root["b"]?.location) == "4:10")
    }

    @Test func aliasAsKey() throws {
        let root = try load("k: &name 200\nm:\n  *name : ok\n")
        #expect(root["m"]?.entries?.first?.key == "200")
    }

    @Test func undefinedAlias() {
        let failure = loadFailure("a: 1\nb: *missing\n")
        #expect(failure?.message == "the alias '*missing' names no anchor defined before it")
        #expect(position(failure?.location) == "2:4")
    }

    @Test func recursiveAlias() {
        let failure = loadFailure("a: &x\n  b: *x\n")
        #expect(failure?.message == "the alias '*x' refers to a node that contains it")
    }

    @Test func mergeKeys() throws {
        let text = """
            base: &base
              in: query
              required: false
              schema: {type: integer, minimum: 1}
            limit:
              <<: *base
              name: limit
            offset:
              <<: *base
              schema: {minimum: 0}
            """
        let root = try load(text)
        #expect(root["limit"]?.entries?.map(\.key) == ["in", "required", "schema", "name"])
        #expect(root["offset"]?.entries?.map(\.key) == ["in", "required", "schema"])
        #expect(node(root, ["offset", "schema"])?.entries?.map(\.key) == ["minimum"])
        #expect(node(root, ["offset", "schema", "minimum"])?.scalar == .integer("0"))
        #expect(position(root["limit"]?.entry("in")?.keyLocation) == "2:3")
    }

    @Test func mergeSequenceEarlierWins() throws {
        let text = "a: &a {x: 1, y: 1}\nb: &b {y: 2, z: 2}\nc:\n  <<: [*a, *b]\n  z: 3\n"
        let root = try load(text)
        #expect(root["c"]?.entries?.map(\.key) == ["x", "y", "z"])
        #expect(root["c"]?["y"]?.scalar == .integer("1"))
        #expect(root["c"]?["z"]?.scalar == .integer("3"))
    }

    @Test func quotedMergeKeyIsPlainKey() throws {
        let root = try load("a:\n  '<<': {x: 1}\n")
        #expect(root["a"]?.entries?.map(\.key) == ["<<"])
    }

    @Test func mergeOfScalarIsAnError() {
        let failure = loadFailure("a:\n  <<: 5\n")
        #expect(failure?.message.hasPrefix("the value of the merge key '<<' must be a mapping") == true)
        #expect(position(failure?.location) == "2:3")
    }

    @Test func duplicateKeyNamesBothPlaces() {
        let failure = loadFailure("paths:\n  /a: 1\n  /b: 2\n  /a: 3\n", file: "dup.yaml")
        #expect(failure?.message == "duplicate key '/a'")
        #expect(failure?.location == SourceLocation(file: "dup.yaml", line: 4, column: 3))
        #expect(
            failure?.notes == [.init("'/a' was first defined here", at: .init(file: "dup.yaml", line: 2, column: 3))])
    }

    @Test func duplicateMergeKey() {
        let failure = loadFailure("a: &a {x: 1}\nb:\n  <<: *a\n  <<: *a\n")
        #expect(failure?.message == "duplicate key '<<'")
    }

    @Test func nonScalarKey() {
        let failure = loadFailure("a: 1\n? [x, y]\n: 2\n")
        #expect(failure?.message == "a mapping key must be a scalar, found a sequence")
        #expect(position(failure?.location) == "2:3")
    }

    @Test func aliasOfMappingAsKey() {
        let failure = loadFailure("a: &m {x: 1}\nb:\n  ? *m\n  : 2\n")
        #expect(failure?.message == "a mapping key must be a scalar, but the alias '*m' names a mapping")
    }

    @Test func secondDocumentIsAnError() {
        let failure = loadFailure("a: 1\n---\nb: 2\n")
        #expect(position(failure?.location) == "2:1")
        #expect(failure?.message.contains("second YAML document") == true)
    }

    @Test func emptyDocumentIsNull() throws {
        let root = try load("# only a comment\n")
        #expect(root.scalar == .null)
    }

    @Test func tabIndentation() {
        let failure = loadFailure("a:\n  b:\n\t  c: 1\n", file: "tab.yaml")
        #expect(
            failure?.description
                == "tab.yaml:3:1: error: found a tab character where indentation was expected (tabs cannot start a token)"
        )
    }

    @Test func errorOnLine40Column7() {
        let lines = (1...39).map { "k\($0): v" } + ["k40: [a, b"]
        let failure = loadFailure(lines.joined(separator: "\n") + "\n", file: "f.yaml")
        #expect(position(failure?.location) == "41:1")
        let colon = loadFailure((1...39).map { "k\($0): v" }.joined(separator: "\n") + "\nk40: a: b\n")
        #expect(position(colon?.location) == "40:7")
        #expect(colon?.message.hasPrefix("found ':' where a mapping value is not allowed") == true)
    }

    @Test func unquotedAtSign() {
        let failure = loadFailure("a: @x\n")
        #expect(failure?.message == "found '@', which cannot start a plain value (quote the value)")
        #expect(position(failure?.location) == "1:4")
    }

    @Test func controlCharacterInYAML() {
        let failure = loadFailure("a: b\nc: x\u{85}\u{9F}y\n")
        let expected = "found a control character (U+009F); YAML allows it only escaped in a double-quoted string"
        #expect(failure?.message == expected)
        #expect(position(failure?.location) == "2:6")
    }

    @Test func contextBecomesNote() {
        let failure = loadFailure("a: 1\nb: \"open\nc: 2\n", file: "q.yaml")
        #expect(failure?.message == "found unexpected end of stream")
        #expect(position(failure?.location) == "4:1")
        #expect(failure?.notes.map(\.message) == ["while scanning a quoted scalar that starts here"])
        #expect(position(failure?.notes.first?.location) == "2:4")
    }
}
