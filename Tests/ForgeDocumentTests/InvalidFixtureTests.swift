import ForgeDiagnostics
import ForgeDocument
import Foundation
import Testing

/// Each file under `Fixtures/invalid` states the diagnostics it must produce in comment lines
/// of the form `# expect: error 12:7 message start`; no other error may appear.
struct InvalidFixtureTests {
    struct Expectation {
        var severity: Diagnostic.Severity
        var line: Int
        var column: Int
        var message: String
    }

    static var folder: String {
        TestPaths.fixtures + "/invalid"
    }

    static let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
        .filter { $0.hasSuffix(".yaml") }.sorted()

    @Test func fixturesFound() {
        #expect(Self.names.count >= 25)
    }

    @Test(arguments: names)
    func fixture(_ name: String) throws {
        let path = Self.folder + "/" + name
        let expectations = try Self.expectations(in: path)
        #expect(!expectations.isEmpty, "\(name) states no expectation")
        let result = DocumentReader().read(contentsOf: path)
        var matched: [Diagnostic] = []
        for expected in expectations {
            let found = result.diagnostics.first { diagnostic in
                diagnostic.severity == expected.severity && diagnostic.message.hasPrefix(expected.message)
            }
            let diagnostic = try #require(
                found, "\(name): no \(expected.severity) '\(expected.message)' in \(result.diagnostics)")
            #expect(diagnostic.location?.line == expected.line, "\(name): \(diagnostic)")
            #expect(diagnostic.location?.column == expected.column, "\(name): \(diagnostic)")
            #expect(diagnostic.location?.file == path)
            matched.append(diagnostic)
        }
        let unexpected = result.errors.filter { !matched.contains($0) }
        #expect(unexpected.isEmpty, "\(name): unexpected \(unexpected)")
    }

    static func expectations(in path: String) throws -> [Expectation] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("# expect: ") else {
                return nil
            }
            let parts = line.dropFirst("# expect: ".count).split(separator: " ", maxSplits: 2)
            let position = parts[1].split(separator: ":").compactMap { Int($0) }
            guard parts.count == 3, position.count == 2, let severity = Diagnostic.Severity(rawValue: String(parts[0]))
            else {
                return nil
            }
            return Expectation(severity: severity, line: position[0], column: position[1], message: String(parts[2]))
        }
    }
}
