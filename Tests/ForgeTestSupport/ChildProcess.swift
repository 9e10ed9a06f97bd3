import Foundation

/// A command run to completion from a test, with its exit status and output.
public enum ChildProcess {
    /// Runs `arguments` through `/usr/bin/env`, so the first is looked up on the `PATH`, and waits for it.
    ///
    /// Returns the exit status and standard output, with standard error appended to it unless
    /// `discardsErrors` is true. `directory` is the working directory, the test's own when nil.
    public static func run(
        _ arguments: [String], in directory: String? = nil, discardsErrors: Bool = false
    ) throws -> (status: Int32, output: String) {
        let process: Process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        if let directory {
            process.currentDirectoryURL = URL(fileURLWithPath: directory)
        }
        let pipe: Pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = discardsErrors ? FileHandle.nullDevice : pipe
        try process.run()
        let data: Data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
