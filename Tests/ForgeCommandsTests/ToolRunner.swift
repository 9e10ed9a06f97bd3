import ForgeCommands
import Foundation

/// Runs `openapi-forge` in process and captures what it prints.
struct ToolRun {
    var status: Int32
    var output: String
    var error: String
}

/// Collects console text from the tool; the tool writes from one thread, so a lock suffices.
private final class CapturedText: @unchecked Sendable {
    private let lock = NSLock()
    private var text = ""

    func append(_ piece: String) {
        lock.withLock { text += piece }
    }

    var value: String {
        lock.withLock { text }
    }
}

func runTool(_ arguments: String...) -> ToolRun {
    runTool(arguments)
}

/// The environment of runs that pass none: a cache folder under the system's temporary folder, one for
/// the whole test process, so that `generate` never writes fingerprints into the real home folder.
let toolEnvironment = [
    "XDG_CACHE_HOME": FileManager.default.temporaryDirectory
        .appendingPathComponent("forge-cache-\(UUID().uuidString)").path
]

func runTool(_ arguments: [String], environment: [String: String] = toolEnvironment) -> ToolRun {
    let output = CapturedText()
    let error = CapturedText()
    let console = Console(output: { output.append($0) }, error: { error.append($0) })
    let status = OpenAPIForgeTool(console: console, environment: environment).run(arguments)
    return ToolRun(status: status, output: output.value, error: error.value)
}

/// The repository root, found from this file's path.
let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()

func repositoryPath(_ relative: String) -> String {
    repositoryRoot.appendingPathComponent(relative).path
}

/// A fresh empty folder under the system's temporary folder.
func makeTemporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("forge-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Writes `text` to `name` inside `directory` and returns the file's path.
@discardableResult
func write(_ text: String, to name: String, in directory: URL) throws -> String {
    let url = directory.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
    return url.path
}

/// The name of the file in which `generate --plugin-layout` records its inputs, in the output folder.
let fingerprintFileName = ".openapi-forge-fingerprint"

/// Every file below `directory` except the fingerprint file, by relative path, with its contents.
func directoryContents(_ directory: URL) throws -> [String: String] {
    var result: [String: String] = [:]
    let root = directory.standardizedFileURL.path
    guard let enumerator = FileManager.default.enumerator(atPath: root) else {
        return result
    }
    for case let relative as String in enumerator where relative != fingerprintFileName {
        var isDirectory: ObjCBool = false
        let path = root + "/" + relative
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
            result[relative] = try String(contentsOfFile: path, encoding: .utf8)
        }
    }
    return result
}
