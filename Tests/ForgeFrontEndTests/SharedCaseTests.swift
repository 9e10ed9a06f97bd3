import ForgeDiagnostics
import ForgeFrontEnd
import Foundation
import Testing

/// Checks against the shared case documents kept beside the repository.
///
/// Skipped when that folder is absent (for example in a lone checkout); the skip names it.
@Suite(.enabled(if: SharedMaterial.hasCases, "no shared cases folder beside the repository"))
struct SharedCaseTests {
    private func loadCase(_ name: String) throws -> Node {
        try DocumentLoader().load(contentsOf: SharedMaterial.cases + "/" + name)
    }

    @Test func booleanWordsStayStrings() throws {
        let root = try loadCase("019-yaml11-boolean-words.yaml")
        let schemas = try #require(node(root, ["components", "schemas"]))
        #expect(schemas["CountryCode"]?["enum"]?.elements?.map(\.string) == ["SE", "NO", "DK", "FI", "IS"])
        let answers = schemas["Answer"]?["enum"]?.elements?.map(\.string)
        #expect(answers == ["yes", "no", "maybe", "Y", "N", "on", "off", "On", "OFF"])
        #expect(schemas["Switches"]?["properties"]?.entries?.map(\.key) == ["on", "off", "y", "n", "answer"])
    }

    @Test func mergeKeys() throws {
        let root = try loadCase("021-yaml-merge-keys.yaml")
        let get = try #require(node(root, ["paths", "/notes", "get"]))
        let limit = try #require(node(get, ["parameters", 0]))
        #expect(limit.entries?.map(\.key) == ["in", "required", "schema", "name"])
        #expect(limit["schema"]?["minimum"]?.scalar == .integer("1"))
        #expect(limit["schema"]?["maximum"]?.scalar == .integer("100"))
        let offset = try #require(node(get, ["parameters", 1]))
        #expect(offset["name"]?.string == "offset")
        #expect(offset["schema"]?.entries?.map(\.key) == ["type", "minimum"])
        #expect(offset["schema"]?["minimum"]?.scalar == .integer("0"))
        #expect(get["responses"]?.entries?.map(\.key).sorted() == ["200", "400", "500"])
    }

    @Test func anchorsAndAliases() throws {
        let root = try loadCase("022-yaml-anchors-aliases.yaml")
        #expect(node(root, ["paths", "/status", "get", "security"])?.elements?.isEmpty == true)
        let schema = try #require(node(root, ["paths", "/items/{itemId}", "get", "parameters", 0, "schema"]))
        #expect(schema["format"]?.string == "uuid")
        #expect(position(schema.location) == "8:14")
        let item = try #require(node(root, ["components", "schemas", "Item"]))
        #expect(item["properties"]?["parentId"]?["type"]?.string == "string")
        #expect(item["properties"]?["name"]?["maxLength"]?.scalar?.integerValue == 64)
    }

    @Test func byteOrderMark() throws {
        let root = try loadCase("023-utf8-bom.yaml")
        #expect(root["info"]?["title"]?.string == "Case 023 UTF-8 BOM")
        #expect(root["info"]?["description"]?.string == "Café prices in € — non-ASCII text after a BOM.")
        #expect(position(root.entry("openapi")?.keyLocation) == "2:1")
        #expect(root["paths"]?.entries?.count == 1)
    }

    @Test func longJSONKeys() throws {
        let root = try loadCase("024-long-json-keys.json")
        let path = try #require(root["paths"]?.entries?.first)
        #expect(path.key.count == 1098)
        #expect(path.value["get"]?["operationId"]?.string == "getArchivedEntry")
        let entry = try #require(node(root, ["components", "schemas", "Entry"]))
        #expect(entry["properties"]?.entries?.first?.key.count == 1100)
        #expect(entry["description"]?.string?.count == 200_000)
    }

    @Test func syntaxErrorLocation() throws {
        let path = SharedMaterial.cases + "/039-yaml-syntax-error-location.yaml"
        let error = #expect(throws: DiagnosticError.self) { try DocumentLoader().load(contentsOf: path) }
        let expected =
            "\(path):13:1: error: found a tab character where indentation was expected (tabs cannot start a token)"
        #expect(error?.diagnostics.map(\.description) == [expected])
    }

    @Test func syntaxErrorRendersCaret() throws {
        let path = SharedMaterial.cases + "/039-yaml-syntax-error-location.yaml"
        let error = #expect(throws: DiagnosticError.self) { try DocumentLoader().load(contentsOf: path) }
        let renderer = DiagnosticRenderer { try? String(contentsOfFile: $0, encoding: .utf8) }
        let lines = renderer.render(try #require(error).diagnostics).split(
            separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.dropFirst().prefix(2) == ["    \t      description: Pings.", "    ^"])
    }
}
