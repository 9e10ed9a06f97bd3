import ForgeEmitters
import Foundation
import Testing

/// Compares generated files with the checked-in golden copies, byte for byte.
///
/// Setting `OPENAPI_FORGE_RECORD_GOLDEN=1` rewrites the golden folder from the generated files and still
/// fails, so the change is reviewed in `git diff` before it is committed. CI never sets it.
enum GoldenFiles {
    static let recordVariable: String = "OPENAPI_FORGE_RECORD_GOLDEN"

    /// The folder of one golden set, in the source tree: `Tests/ForgeEmittersTests/Golden/NAME`.
    static func folder(_ name: String) -> String {
        Repository.root + "/Tests/ForgeEmittersTests/Golden/" + name
    }

    /// Records an issue per differing file, with a unified diff and the command that updates the copies.
    static func verify(
        _ files: [GeneratedFile], against name: String, sourceLocation: SourceLocation = #_sourceLocation
    )
        throws
    {
        let writer: OutputWriter = OutputWriter(directory: folder(name))
        if ProcessInfo.processInfo.environment[recordVariable] == "1" {
            let summary: WriteSummary = try writer.write(files)
            let changed: [String] = summary.written + summary.removed
            let message: String =
                "recorded golden files \(name) (\(changed.count) changed); review them with git diff, then rerun "
                + "without \(recordVariable)"
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
            return
        }
        for change in try writer.plannedChanges(for: files) where change.kind != .unchanged {
            let message: String =
                "golden file \(name)/\(change.path) is out of date (\(change.kind.rawValue)):\n\(change.diff)\n"
                + "Rerun with \(recordVariable)=1 to record the new output, then review it."
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
        }
    }

    /// The relative paths of the golden files of one set, sorted.
    static func paths(_ name: String) throws -> [String] {
        let root: String = folder(name)
        let enumerator: FileManager.DirectoryEnumerator? = FileManager.default.enumerator(atPath: root)
        var paths: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".swift") {
                paths.append(path)
            }
        }
        return paths.sorted()
    }
}

/// Paths inside the repository, found from this file's location.
enum Repository {
    static let root: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
}
