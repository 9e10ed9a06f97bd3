import ForgeTestSupport
import Foundation
import Testing

/// Generates the small corpus set with this build's `openapi-forge` and compiles each output.
///
/// Runs `Scripts/corpus-run.py --small`, which needs `python3`, `swiftc` and GNU time, and reads
/// the corpus from the folder beside the repository. The test is skipped when that folder is absent.
@Suite("Corpus")
struct SmallCorpusTests {
    @Test(.enabled(if: CorpusBuild.hasCorpus, "the corpus folder \(CorpusBuild.corpus) is absent"))
    func smallSetBuilds() throws {
        let tool: String = CorpusBuild.folder + "/openapi-forge"
        let runtime: String = CorpusBuild.folder + "/Modules"
        try #require(FileManager.default.isExecutableFile(atPath: tool), "\(tool) was not built")
        try #require(FileManager.default.fileExists(atPath: runtime + "/OpenAPIForgeRuntime.swiftmodule"))

        let script: String = CorpusBuild.root + "/Scripts/corpus-run.py"
        let result = try CorpusBuild.run(["python3", script, "--small", "--tool", tool, "--runtime", runtime])

        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains(" 0 failed"), "\(result.output)")
    }
}

/// Paths of the repository, the corpus and this build, and a way to run a command.
enum CorpusBuild {
    static let root: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    static let corpus: String = URL(fileURLWithPath: root + "/../shared/corpus").standardizedFileURL.path

    static var hasCorpus: Bool {
        FileManager.default.fileExists(atPath: corpus + "/MANIFEST.md")
    }

    /// The build folder that holds this test binary and the products built with it.
    static var folder: String {
        var url: URL = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        while url.path != "/" && !FileManager.default.fileExists(atPath: url.appendingPathComponent("Modules").path) {
            url.deleteLastPathComponent()
        }
        return url.path
    }

    /// Runs `arguments` through `/usr/bin/env`, returning its exit status and its standard output and error.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try ChildProcess.run(arguments)
    }
}
