import ForgeDiagnostics
import ForgeFrontEnd
import Foundation
import Testing

/// Inputs built to exhaust time, memory or the stack must end quickly with an error naming the limit.
@Suite struct HostileInputTests {
    /// Loads `bytes`, expecting failure within `seconds`, and returns the diagnostic.
    private func failure(
        _ bytes: [UInt8], file: String, limits: LoadLimits = .default, seconds: Double = 2
    ) -> Diagnostic? {
        let clock = ContinuousClock()
        var result: Diagnostic?
        let elapsed = clock.measure { result = loadFailure(bytes, file: file, limits: limits) }
        #expect(elapsed < .seconds(seconds))
        return result
    }

    @Test func billionLaughs() {
        var lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1...9 {
            let uses = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            lines.append("a\(level): &a\(level) [\(uses)]")
        }
        let diagnostic = failure(Array(lines.joined(separator: "\n").utf8), file: "lol.yaml")
        #expect(diagnostic?.message == "aliases expand to more than 1000000 nodes (LoadLimits.maximumAliasExpansion)")
        #expect(diagnostic?.location?.line == 6)
    }

    @Test func billionLaughsThroughMergeKeys() {
        var lines = ["m0: &m0 {a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10}"]
        for level in 1...9 {
            let uses = (0..<10).map { "k\($0): *m\(level - 1)" }.joined(separator: ", ")
            lines.append("m\(level): &m\(level) {<<: *m\(level - 1), \(uses)}")
        }
        let diagnostic = failure(Array(lines.joined(separator: "\n").utf8), file: "merge.yaml")
        #expect(diagnostic?.message.hasSuffix("(LoadLimits.maximumAliasExpansion)") == true)
    }

    @Test func smallExpansionLimit() throws {
        let text = "a: &a [1, 2, 3]\nb: [*a, *a]\n"
        let limits = LoadLimits(maximumAliasExpansion: 7)
        #expect(
            loadFailure(text, limits: limits)?.message
                == "aliases expand to more than 7 nodes (LoadLimits.maximumAliasExpansion)")
        #expect(try load(text, limits: LoadLimits(maximumAliasExpansion: 8))["b"]?.elements?.count == 2)
    }

    @Test(arguments: [
        ("deep.yaml", String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000), "1:513"),
        ("deep.yaml", String(repeating: "- ", count: 10_000) + "x\n", "1:1025"),
        ("deep.yaml", String(repeating: "{a: ", count: 10_000) + "1" + String(repeating: "}", count: 10_000), "1:2049"),
        ("deep.json", String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000), "1:513"),
        (
            "deep.json", String(repeating: "{\"a\": ", count: 10_000) + "1" + String(repeating: "}", count: 10_000),
            "1:3073"
        ),
    ])
    func deepNesting(file: String, text: String, expected: String) {
        let diagnostic = failure(Array(text.utf8), file: file)
        #expect(diagnostic?.message == "nesting exceeds the limit of 512 levels (LoadLimits.maximumDepth)")
        #expect(position(diagnostic?.location) == expected)
    }

    @Test func depthAtTheLimitLoads() throws {
        let text = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(throws: Never.self) { try load(text, file: "ok.json") }
        #expect(throws: Never.self) { try load(text, file: "ok.yaml") }
    }

    @Test func aliasCannotDeepenBeyondTheLimit() {
        let inner = String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
        let outer = String(repeating: "[", count: 300) + "*a" + String(repeating: "]", count: 300)
        let diagnostic = loadFailure("a: &a \(inner)\nb: \(outer)\n")
        #expect(diagnostic?.message == "nesting exceeds the limit of 512 levels (LoadLimits.maximumDepth)")
        #expect(position(diagnostic?.location) == "2:304")
    }

    @Test(arguments: ["big.yaml", "big.json"])
    func hundredMegabyteScalar(file: String) {
        let isJSON = file.hasSuffix(".json")
        var bytes = [UInt8](repeating: UInt8(ascii: "x"), count: 100 << 20)
        bytes.replaceSubrange(0..<7, with: Array((isJSON ? "{\"a\": \"" : "a:     ").utf8))
        bytes.replaceSubrange((bytes.count - 2)..., with: Array((isJSON ? "\"}" : "x\n").utf8))
        let diagnostic = failure(bytes, file: file)
        let size = bytes.count
        #expect(
            diagnostic?.message
                == "the document is \(size) bytes, more than the limit of 67108864 bytes (LoadLimits.maximumDocumentSize)"
        )
        #expect(position(diagnostic?.location) == "1:1")
    }

    @Test(arguments: ["long.yaml", "long.json"])
    func scalarLengthLimit(file: String) {
        let long = String(repeating: "é", count: 600)
        let text = file.hasSuffix(".json") ? "{\"k\": 1,\n \"a\": \"\(long)\"}" : "k: 1\na: \(long)\n"
        let diagnostic = loadFailure(text, file: file, limits: LoadLimits(maximumScalarLength: 1000))
        #expect(diagnostic?.message.hasSuffix("longer than 1000 bytes (LoadLimits.maximumScalarLength)") == true)
        #expect(position(diagnostic?.location) == (file.hasSuffix(".json") ? "2:7" : "2:4"))
    }

    @Test func oversizedFileIsNotRead() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "oversized-\(UInt64.random(in: 0...UInt64.max)).yaml"
        ).path
        try Data(repeating: UInt8(ascii: "a"), count: 2048).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect {
            try DocumentLoader(limits: LoadLimits(maximumDocumentSize: 1024)).load(contentsOf: path)
        } throws: { error in
            (error as? DiagnosticError)?.diagnostics.first?.message
                == "the document is 2048 bytes, more than the limit of 1024 bytes (LoadLimits.maximumDocumentSize)"
        }
    }
}
