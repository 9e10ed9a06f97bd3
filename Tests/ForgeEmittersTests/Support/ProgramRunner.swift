import ForgeEmitters
import Foundation
import Testing

/// Compiles generated files with a test program and the runtime into an executable, and runs it.
enum ProgramRunner {
    /// Returns the program's standard output and error; the build must succeed without warnings.
    static func run(_ files: [GeneratedFile], program: String) throws -> Toolchain.Result {
        let folder: String = try makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let build: Toolchain.Result = try compile(files, program: program, in: folder)
        try #require(build.status == 0, "\(build.output)")
        return try Toolchain.run(folder + "/program", [])
    }

    /// Compiles with warnings as errors and returns the compiler's result, whether or not it succeeded.
    static func build(_ files: [GeneratedFile], program: String) throws -> Toolchain.Result {
        let folder: String = try makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        return try compile(files, program: program, in: folder)
    }

    private static func makeFolder() throws -> String {
        let folder: String = NSTemporaryDirectory() + "forge-emitters-run-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Writes the files as `Generated0.swift`, … and the program as `main.swift`, then builds `program`.
    private static func compile(_ files: [GeneratedFile], program: String, in folder: String) throws
        -> Toolchain.Result
    {
        var sources: [String] = []
        for (number, file) in files.enumerated() {
            let path: String = folder + "/Generated\(number).swift"
            try Data(file.contents.utf8).write(to: URL(fileURLWithPath: path))
            sources.append(path)
        }
        try Data(program.utf8).write(to: URL(fileURLWithPath: folder + "/main.swift"))

        var arguments: [String] = ["-swift-version", "6", "-I", try Toolchain.runtimeModuleFolder()]
        arguments += ["-warnings-as-errors"] + sources + [folder + "/main.swift"] + (try Toolchain.runtimeObjects())
        arguments += ["-o", folder + "/program"]
        return try Toolchain.run("swiftc", arguments)
    }
}
