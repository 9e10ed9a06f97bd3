import ForgeEmitters

/// The files a `generate` run staged, each by path and content hash, and the first staging error.
///
/// Files arrive from the rendering threads. After the first error the rest are not staged, because
/// the run will discard everything anyway.
final class StagedOutputs: @unchecked Sendable {
    private let staging: OutputStaging
    private let lock: ThreadLock = ThreadLock()
    private var hashes: [(path: String, hash: String)] = []
    private var firstError: OutputError?

    init(staging: OutputStaging) {
        self.staging = staging
    }

    /// Stages `file` and records its hash, unless an earlier file failed.
    func stage(_ file: GeneratedFile) {
        guard error == nil, !Interruption.isRequested else {
            return
        }
        let hash: String = ContentHash.of(file.contents)
        do {
            try staging.stage(file)
            lock.withLock { hashes.append((file.path, hash)) }
        } catch {
            lock.withLock { firstError = firstError ?? error }
        }
    }

    /// The first staging error, or nil when every file was staged.
    var error: OutputError? {
        lock.withLock { firstError }
    }

    /// The staged files' paths and content hashes, sorted by path.
    var outputs: [(path: String, hash: String)] {
        lock.withLock { hashes.sorted { $0.path < $1.path } }
    }
}
