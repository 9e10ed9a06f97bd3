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
        let output: [UInt8] = readToEnd(pipe.fileHandleForReading.fileDescriptor)
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    /// Reads `descriptor` until end of file, retrying reads that a signal interrupted.
    ///
    /// `FileHandle.readDataToEndOfFile()` stopped the whole test process with a fatal error when a
    /// signal interrupted one of its reads (`EINTR`), while other tests were running child processes.
    private static func readToEnd(_ descriptor: Int32) -> [UInt8] {
        var output: [UInt8] = []
        var buffer: [UInt8] = Array(repeating: 0, count: 65_536)
        while true {
            let count: Int = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                output += buffer[0..<count]
            } else if count == 0 || errno != EINTR {
                return output
            }
        }
    }
}
