import ForgeTestSupport
import Foundation
import Testing

/// Builds `Examples/TrainingRoutineClient`, a package that depends on this one by path and applies
/// the build plugin the way a user's package does.
@Suite("Example package", .serialized)
struct ExamplePackageTests {
    @Test("builds with the plugin, then rebuilds nothing")
    func examplePackageBuilds() throws {
        let scratch = try makeTemporaryDirectory()
        let package = repositoryPath("Examples/TrainingRoutineClient")

        let first = try runSwiftBuild(package: package, scratch: scratch.path)
        #expect(first.status == 0, "\(first.output)")
        #expect(first.output.contains("Generating Swift from openapi.yaml for TrainingRoutineClient"))

        // NOTE: SwiftPM 6.3.1 on Linux wraps and relinks a plugin's host tool once more on the first
        // rebuild after a clean build, and a relinked tool reruns the plugin's command; from the
        // build after that on, an unchanged package must run nothing.
        let second = try runSwiftBuild(package: package, scratch: scratch.path)
        #expect(second.status == 0, "\(second.output)")

        let third = try runSwiftBuild(package: package, scratch: scratch.path)
        #expect(third.status == 0, "\(third.output)")
        #expect(!third.output.contains("Generating Swift"))
        #expect(!third.output.contains("Compiling TrainingRoutine"))
    }

    private func runSwiftBuild(package: String, scratch: String) throws -> (status: Int32, output: String) {
        try ChildProcess.run(["swift", "build", "--package-path", package, "--scratch-path", scratch])
    }
}
