import ForgeEmitters
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif


/// The `InputFingerprint` stored by the last successful `generate` into one output folder.
///
/// `FingerprintLocation.swift` decides where the file lives: in the output folder in plugin layout,
/// in the user's cache folder otherwise.
struct FingerprintFile {
    /// The output folder, as the user named it; the stored `output` paths are relative to it.
    let outputDirectory: String
    /// The fingerprint file's path.
    let path: String

    /// Returns whether the stored fingerprint equals the fingerprint of `settings` now.
    ///
    /// The current fingerprint hashes the document files that the stored one lists, so the document
    /// is never parsed. It also hashes every generated file the stored one lists, as it is on disk
    /// now, so an edited or deleted file makes the two differ. A missing or unreadable file gives false.
    func matches(_ settings: GenerateSettings) -> Bool {
        guard let stored = read(), !stored.documentFiles.isEmpty, !stored.outputPaths.isEmpty else {
            return false
        }
        let outputs = stored.outputPaths.map { relative in
            (path: relative, hash: ContentHash.ofFile(atPath: Self.path(relative, in: outputDirectory)))
        }
        let current = InputFingerprint(settings: settings, documentFiles: stored.documentFiles, outputs: outputs)
        return current == stored
    }

    /// Returns the stored fingerprint, or nil when there is none or it cannot be parsed.
    func read() -> InputFingerprint? {
        guard let data = FileManager.default.contents(atPath: path) else {
            return nil
        }
        return InputFingerprint(text: String(decoding: data, as: UTF8.self))
    }

    /// Replaces the stored fingerprint in one step (a temporary file renamed over it).
    ///
    /// A missing parent folder is created first with permission 0700, because the fingerprint names
    /// the user's files and other users have no reason to read it.
    func write(_ fingerprint: InputFingerprint) throws {
        let directory = FileSystem.parent(of: path)
        if !FileManager.default.fileExists(atPath: directory) {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        try Data(fingerprint.text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    /// Removes the stored fingerprint if it is a regular file; a folder of that name is left alone.
    ///
    /// A removal that fails is ignored. The file names each input by its content hash, so a
    /// fingerprint left behind matches only inputs and generated files identical to those of the
    /// run that wrote it, never the inputs of a run that failed.
    func remove() {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        guard attributes?[.type] as? FileAttributeType == .typeRegular else {
            return
        }
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Returns `relative` appended to `directory` with exactly one `/` between them.
    static func path(_ relative: String, in directory: String) -> String {
        directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
    }
}
