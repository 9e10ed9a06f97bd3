/// The effect that writing the generated files would have on one file of the output directory.
public struct FileChange: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// The file does not exist yet.
        case create
        /// The file exists with other contents.
        case update
        /// The file exists with exactly these contents.
        case unchanged
        /// A file the tool generated earlier that the current output no longer contains.
        case remove
    }

    /// The path relative to the output directory, with `/` between folders.
    public var path: String
    public var kind: Kind
    /// The contents on disk now; nil when the file does not exist.
    public var oldContents: String?
    /// The contents after writing; nil when the file is removed.
    public var newContents: String?

    public init(path: String, kind: Kind, oldContents: String?, newContents: String?) {
        self.path = path
        self.kind = kind
        self.oldContents = oldContents
        self.newContents = newContents
    }

    /// Renders the change as a unified diff, empty when the file is unchanged.
    public var diff: String {
        UnifiedDiff.render(old: oldContents, new: newContents, path: path)
    }
}

/// The relative paths that `OutputWriter.write(_:)` wrote, left unchanged and removed, each list sorted.
public struct WriteSummary: Hashable, Sendable {
    public var written: [String]
    public var unchanged: [String]
    public var removed: [String]

    public init(written: [String], unchanged: [String], removed: [String]) {
        self.written = written
        self.unchanged = unchanged
        self.removed = removed
    }
}

/// A failure to plan or write the generated files.
///
/// Failures found while planning or staging leave the directory unchanged; only a failed rename, after
/// every file was staged, can leave some files written.
public enum OutputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A generated path is absolute, empty, repeated, or leaves the output directory.
    case invalidPath(String)
    case notADirectory(String)
    case readFailed(path: String, reason: String)
    case writeFailed(path: String, reason: String)
    /// A file to be written exists and lacks the generated header, so it is someone's own file.
    case notGenerated(String)
    /// The output directory path is empty.
    case emptyDirectoryPath

    public var description: String {
        switch self {
        case .invalidPath(let path):
            return "generated file path '\(path)' must be relative, unique and stay inside the output directory"
        case .notADirectory(let path):
            return "output path '\(path)' exists and is not a directory"
        case .readFailed(let path, let reason):
            return "cannot read '\(path)': \(reason)"
        case .writeFailed(let path, let reason):
            return "cannot write '\(path)': \(reason)"
        case .emptyDirectoryPath:
            return "the output folder path is empty; pass a folder such as --output GeneratedSources/API"
        case .notGenerated(let path):
            return "'\(path)' exists and was not written by openapi-forge (its first line is not the generated "
                + "header), so it is not replaced; move it out of the output folder or delete it, then run again"
        }
    }
}
