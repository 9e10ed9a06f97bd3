
/// Writes generated files into an output directory, touching only what changed.
///
/// Each file is written to a temporary file in its own folder and renamed over the target, so a
/// reader never sees half a file. Files whose contents are already right are left alone (their
/// modification dates do not change, so builds stay incremental). Files that carry the tool's
/// header but are no longer generated are removed. A file without that header is never touched, so a
/// generated path taken by such a file is an error.
/// Every path is checked and every temporary file written before the first rename, so an
/// error found while planning or while writing temporaries leaves the directory as it was.
public struct OutputWriter: Sendable {
    /// The output directory, as the user named it.
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// Returns, sorted by path, what `write(_:)` would do for these files, without changing anything.
    ///
    /// - Throws: `OutputError` for a path that is not a clean relative path or an unreadable file.
    public func plannedChanges(for files: [GeneratedFile]) throws(OutputError) -> [FileChange] {
        try validatePaths(files)
        let folder: OutputDirectory = OutputDirectory(root: directory)
        try folder.checkIsDirectoryOrMissing()

        var changes: [FileChange] = []
        for file in files {
            let existing: String? = try folder.contents(of: file.path)
            if let existing, existing != file.contents, !GeneratedFileHeader.isGenerated(existing) {
                throw .notGenerated(folder.absolute(file.path))
            }
            let kind: FileChange.Kind = existing == nil ? .create : (existing == file.contents ? .unchanged : .update)
            changes.append(FileChange(path: file.path, kind: kind, oldContents: existing, newContents: file.contents))
        }

        let generatedPaths: Set<String> = Set(files.map(\.path))
        for stale in try folder.generatedFiles() where !generatedPaths.contains(stale) {
            let existing: String? = try folder.contents(of: stale)
            changes.append(FileChange(path: stale, kind: .remove, oldContents: existing, newContents: nil))
        }
        return changes.sorted { $0.path < $1.path }
    }

    /// Writes the files that changed, removes stale generated files, and reports what it did.
    ///
    /// - Throws: `OutputError`; when a check or a temporary write fails, no file is changed.
    @discardableResult
    public func write(_ files: [GeneratedFile]) throws(OutputError) -> WriteSummary {
        let staging: OutputStaging = try OutputStaging(directory: directory)
        do {
            for file in files {
                try staging.stage(file)
            }
            return try staging.commit()
        } catch {
            staging.discard()
            throw error
        }
    }

    private func validatePaths(_ files: [GeneratedFile]) throws(OutputError) {
        var seen: Set<String> = []
        for file in files {
            guard OutputPath.isClean(file.path), seen.insert(file.path).inserted else {
                throw .invalidPath(file.path)
            }
        }
    }
}
