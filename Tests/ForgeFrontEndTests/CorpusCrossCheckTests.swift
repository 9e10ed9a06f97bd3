import ForgeDiagnostics
import ForgeFrontEnd
import ForgeTestSupport
import Foundation
import Testing

/// Loads every document of the shared corpus and has `Scripts/crosscheck-loader.py` compare
/// our canonical JSON with what Python's json and PyYAML load from the same file.
///
/// Skipped when the corpus folder beside the repository is absent, or when python3 with
/// PyYAML is not installed; the skip names the reason.
@Suite(
    .enabled(if: SharedMaterial.hasCorpus, "no shared corpus folder beside the repository"),
    .enabled(if: Python.hasPyYAML, "python3 with PyYAML is not installed")
)
struct CorpusCrossCheckTests {
    @Test func matchesPython() throws {
        let output = FileManager.default.temporaryDirectory
            .appendingPathComponent("frontend-crosscheck-\(UInt64.random(in: 0...UInt64.max))").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let start = ContinuousClock.now
        let count = try writeCanonicalJSON(corpus: SharedMaterial.corpus, into: output)
        print("loaded \(count) corpus documents in \(ContinuousClock.now - start)")
        #expect(count > 100)

        let script = SharedMaterial.repositoryRoot + "/Scripts/crosscheck-loader.py"
        let clock = ContinuousClock()
        var result: (status: Int32, output: String) = (0, "")
        let elapsed = try clock.measure { result = try Python.run([script, SharedMaterial.corpus, output]) }
        print("\(result.output.split(separator: "\n").last ?? "no output") in \(elapsed)")
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("crosscheck: \(count) documents"), "\(result.output)")
    }

    /// Writes `<path>.canonical.json` or `<path>.error` under `output` for each document, on every core.
    ///
    /// Returns how many documents there are. A file that cannot be written is left out,
    /// which the script reports as a mismatch.
    private func writeCanonicalJSON(corpus: String, into output: String) throws -> Int {
        let paths = try FileManager.default.subpathsOfDirectory(atPath: corpus)
            .filter { $0.hasSuffix(".json") || $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
        let workers = ProcessInfo.processInfo.activeProcessorCount
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for relative in stride(from: worker, to: paths.count, by: workers).map({ paths[$0] }) {
                Self.writeCanonicalJSON(of: corpus + "/" + relative, to: output + "/" + relative)
            }
        }
        return paths.count
    }

    private static func writeCanonicalJSON(of source: String, to target: String) {
        try? FileManager.default.createDirectory(
            atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        do {
            let root = try DocumentLoader().load(contentsOf: source)
            try? root.canonicalJSON().write(toFile: target + ".canonical.json", atomically: false, encoding: .utf8)
        } catch {
            try? "\(error)".write(toFile: target + ".error", atomically: false, encoding: .utf8)
        }
    }
}

/// Runs python3 for the cross-check.
enum Python {
    static let hasPyYAML: Bool = (try? run(["-c", "import yaml"]).status) == 0

    /// Runs `python3` with `arguments` and returns its exit status and combined output.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try ChildProcess.run(["python3"] + arguments)
    }
}
