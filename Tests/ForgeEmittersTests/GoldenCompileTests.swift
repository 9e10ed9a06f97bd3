import ForgeEmitters
import Foundation
import Testing

@Suite("Golden files build", .serialized)
struct GoldenCompileTests {
    @Test func typeChecksWithoutWarnings() throws {
        let folder: String = GoldenFiles.folder("TrainingRoutine")
        let files: [String] = try GoldenFiles.paths("TrainingRoutine").map { folder + "/" + $0 }
        #expect(files.count == 4)
        let arguments: [String] =
            ["-typecheck", "-swift-version", "6", "-warnings-as-errors", "-I", try Toolchain.runtimeModuleFolder()]
            + files
        let result: Toolchain.Result = try Toolchain.run("swiftc", arguments)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func clientWithoutValidatorsBuilds() throws {
        let files: [GeneratedFile] = try Pipeline.files(relativePath: "openapi/training-routine.yaml") { options in
            options.outputs = [.models, .client]
        }
        #expect(!files.allContents.contains("validate("))
        let result: Toolchain.Result = try ProgramRunner.build(files, program: "print(Client.defaultServerURL)\n")
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func passesSwiftFormatLint() throws {
        let folder: String = GoldenFiles.folder("TrainingRoutine")
        let files: [String] = try GoldenFiles.paths("TrainingRoutine").map { folder + "/" + $0 }
        let arguments: [String] = ["format", "lint", "--strict", "--configuration", Repository.root + "/.swift-format"]
        let result: Toolchain.Result = try Toolchain.run("swift", arguments + files)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.isEmpty, "\(result.output)")
    }
}
