#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Generated files staged one at a time, as they are rendered, and then put in place together.
///
/// `stage(_:)` may be called from any thread. It checks the file's path and the file already there,
/// and writes new contents to a temporary file beside the target. The caller can then free the text
/// at once, instead of holding every file until the last one is rendered. `commit()` renames each
/// temporary file over its target and removes generated files that are no longer produced.
/// `discard()` removes the temporary files, so a run that fails before `commit()` leaves the output
/// directory as it was.
public final class OutputStaging: @unchecked Sendable {
    private let folder: OutputDirectory
    private let lock: ThreadLock = ThreadLock()
    private var paths: Set<String> = []
    private var staged: [(temporary: String, path: String)] = []
    private var unchanged: [String] = []
    /// Folders that staging created, so that `discard()` can remove them again.
    private var createdFolders: [String] = []
    /// Set by `discard()`, after which `stage(_:)` throws instead of writing, so nothing is left behind.
    private var isDiscarded: Bool = false

    /// Prepares staging into `directory`, which may not exist yet.
    ///
    /// - Throws: `OutputError.notADirectory` when a file has that path, `emptyDirectoryPath` for "".
    ///   Removes temporary files that an interrupted earlier run left behind.
    public init(directory: String) throws(OutputError) {
        self.folder = OutputDirectory(root: directory)
        try folder.checkIsDirectoryOrMissing()
        folder.removeStaleTemporaries()
    }

    /// Removes the temporary files that interrupted runs left in `directory`; see `init(directory:)`.
    public static func removeStaleTemporaries(in directory: String) {
        guard !directory.isEmpty else {
            return
        }
        OutputDirectory(root: directory).removeStaleTemporaries()
    }

    /// Checks `file` against the directory and writes it to a temporary file unless its target
    /// already has these contents.
    ///
    /// Files are staged one at a time, because two files may share a folder that does not exist yet.
    /// - Throws: `OutputError.invalidPath` for a path that is not clean and relative or that was
    ///   staged before, `notGenerated` when the target is a file the tool did not write, and
    ///   `readFailed` or `writeFailed` from the file system.
    public func stage(_ file: GeneratedFile) throws(OutputError) {
        try lock.withLock { () throws(OutputError) in try stageLocked(file) }
    }

    private func stageLocked(_ file: GeneratedFile) throws(OutputError) {
        guard !isDiscarded else {
            throw .writeFailed(path: folder.absolute(file.path), reason: "generation was interrupted")
        }
        guard OutputPath.isClean(file.path), paths.insert(file.path).inserted else {
            throw .invalidPath(file.path)
        }
        let existing: String? = try folder.contents(of: file.path)
        if existing == file.contents {
            unchanged.append(file.path)
            return
        }
        if let existing, !GeneratedFileHeader.isGenerated(existing) {
            throw .notGenerated(folder.absolute(file.path))
        }
        createdFolders += missingFolders(above: folder.absolute(file.path))
        staged.append((try folder.stage(file.contents, for: file.path), file.path))
    }

    /// Returns the folders above `path` that do not exist yet, nearest first.
    private func missingFolders(above path: String) -> [String] {
        var missing: [String] = []
        var current: String = FileSystem.parent(of: path)
        while !current.isEmpty, current != "/", FileSystem.isFolder(current) == nil {
            missing.append(current)
            current = FileSystem.parent(of: current)
        }
        return missing
    }

    /// Renames every staged file over its target and removes the generated files that were not staged.
    ///
    /// Call it once, after the last `stage(_:)`. When listing the directory fails, nothing has been
    /// renamed yet, so `discard()` still restores the directory. A failed rename can leave some files written.
    public func commit() throws(OutputError) -> WriteSummary {
        try lock.withLock { () throws(OutputError) in try commitLocked() }
    }

    private func commitLocked() throws(OutputError) -> WriteSummary {
        let removed: [String] = try folder.generatedFiles().filter { !paths.contains($0) }
        let written: [(temporary: String, path: String)] = staged.sorted { $0.path < $1.path }
        staged = []
        for (number, file) in written.enumerated() {
            do {
                try folder.commit(file.temporary, to: file.path)
            } catch {
                folder.discard(written[(number + 1)...].map(\.temporary))
                throw error
            }
        }
        for path in removed {
            try folder.remove(path)
        }
        return WriteSummary(written: written.map(\.path), unchanged: unchanged.sorted(), removed: removed)
    }

    /// Removes the temporary files staged so far and the folders created for them, leaving every
    /// target as it was.
    public func discard() {
        lock.withLock {
            isDiscarded = true
            folder.discard(staged.map(\.temporary))
            staged = []
            // Longest path first, so each folder's subfolders are gone by the time it is removed.
            for created in createdFolders.sorted(by: { $0.count > $1.count }) {
                rmdir(created)
            }
            createdFolders = []
        }
    }
}

/// The rule for paths of generated files.
enum OutputPath {
    /// Returns whether `path` is relative, names no hidden file or folder, and never leaves the directory.
    static func isClean(_ path: String) -> Bool {
        let components: [Substring] = path.split(separator: "/", omittingEmptySubsequences: false)
        let isRelative: Bool = !components.contains { $0.isEmpty || $0 == "." || $0 == ".." || $0.hasPrefix(".") }
        return isRelative && !path.contains("\\")
    }
}
