import ForgeTestSupport
import Foundation
import Testing

/// Runs the Swift toolchain on generated code from inside the tests.
enum Toolchain {
    /// The output and exit status of a finished command.
    struct Result {
        let status: Int32
        let output: String
    }

    /// Runs `swift` or `swiftc` from the `PATH` with `arguments`, collecting standard output and error.
    static func run(_ tool: String, _ arguments: [String], in directory: String? = nil) throws -> Result {
        let result = try ChildProcess.run([tool] + arguments, in: directory)
        return Result(status: result.status, output: result.output)
    }

    /// The build folder holding this test binary, such as `.build/x86_64-unknown-linux-gnu/debug`.
    static var buildFolder: URL {
        let executable: URL = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder: URL = executable.deletingLastPathComponent()
        while folder.path != "/"
            && !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Modules").path)
            && !folder.lastPathComponent.hasSuffix(".xctest")
        {
            folder.deleteLastPathComponent()
        }
        if folder.lastPathComponent.hasSuffix(".xctest") {
            folder.deleteLastPathComponent()
        }
        return folder
    }

    /// The folder holding `OpenAPIForgeRuntime.swiftmodule`, built before the tests because they depend on it.
    static func runtimeModuleFolder() throws -> String {
        let candidates: [URL] = [buildFolder.appendingPathComponent("Modules"), buildFolder]
        let found: URL? = candidates.first { folder in
            FileManager.default.fileExists(
                atPath: folder.appendingPathComponent("OpenAPIForgeRuntime.swiftmodule").path)
        }
        return try #require(found, "OpenAPIForgeRuntime.swiftmodule not found under \(buildFolder.path)").path
    }

    /// The object files of the runtime, for linking a program that uses generated code.
    static func runtimeObjects() throws -> [String] {
        let folder: URL = buildFolder.appendingPathComponent("OpenAPIForgeRuntime.build")
        let names: [String] = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        return names.filter { $0.hasSuffix(".o") }.sorted().map { folder.appendingPathComponent($0).path }
    }
}
