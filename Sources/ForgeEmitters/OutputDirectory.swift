import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// File operations on one output directory, by paths relative to it.
struct OutputDirectory {
    let root: String

    private var fileManager: FileManager { FileManager.default }

    func absolute(_ relativePath: String) -> String {
        root.hasSuffix("/") ? root + relativePath : root + "/" + relativePath
    }

    func checkIsDirectoryOrMissing() throws(OutputError) {
        var isDirectory: ObjCBool = false
        if fileManager.fileExists(atPath: root, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw .notADirectory(root)
        }
    }

    /// Returns the file's text, or nil when there is no file at that path.
    func contents(of relativePath: String) throws(OutputError) -> String? {
        let path: String = absolute(relativePath)
        guard fileManager.fileExists(atPath: path) else {
            return nil
        }
        guard let data = fileManager.contents(atPath: path) else {
            throw .readFailed(path: path, reason: "the file exists but could not be read")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Lists, by relative path, the Swift files under the root whose first line is the tool's header.
    ///
    /// Hidden entries and symbolic links are skipped, so the walk never leaves the directory.
    func generatedFiles() throws(OutputError) -> [String] {
        guard fileManager.fileExists(atPath: root) else {
            return []
        }
        var found: [String] = []
        try collectGeneratedFiles(in: "", into: &found)
        return found.sorted()
    }

    private func collectGeneratedFiles(in relativeFolder: String, into found: inout [String]) throws(OutputError) {
        let folder: String = relativeFolder.isEmpty ? root : absolute(relativeFolder)
        let names: [String]
        do {
            names = try fileManager.contentsOfDirectory(atPath: folder)
        } catch {
            throw .readFailed(path: folder, reason: "\(error.localizedDescription)")
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let relative: String = relativeFolder.isEmpty ? name : relativeFolder + "/" + name
            let kind: FileAttributeType? = entryType(absolute(relative))
            if kind == .typeDirectory {
                try collectGeneratedFiles(in: relative, into: &found)
            } else if kind == .typeRegular, name.hasSuffix(".swift"), startsWithHeader(absolute(relative)) {
                found.append(relative)
            }
        }
    }

    /// Returns the nearest existing ancestor of `folder` (or `folder` itself) when it is not a directory.
    private func fileBlocking(_ folder: String) -> String? {
        var current: String = folder
        while !current.isEmpty, current != "/" {
            if let type = entryType(current) {
                return type == .typeDirectory ? nil : current
            }
            current = (current as NSString).deletingLastPathComponent
        }
        return nil
    }

    private func entryType(_ path: String) -> FileAttributeType? {
        let attributes: [FileAttributeKey: Any]? = try? fileManager.attributesOfItem(atPath: path)
        return attributes?[.type] as? FileAttributeType
    }

    private func startsWithHeader(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return false
        }
        defer { try? handle.close() }
        let head: Data = (try? handle.read(upToCount: 256)) ?? Data()
        return GeneratedFileHeader.isGenerated(String(decoding: head, as: UTF8.self))
    }

    /// Writes `contents` to a new temporary file beside the target and returns its absolute path.
    func stage(_ contents: String, for relativePath: String) throws(OutputError) -> String {
        let target: String = absolute(relativePath)
        let folder: String = (target as NSString).deletingLastPathComponent
        let name: String = (target as NSString).lastPathComponent
        let temporary: String = folder + "/.\(name).\(ProcessInfo.processInfo.processIdentifier).forge-tmp"
        if let file = fileBlocking(folder) {
            throw .writeFailed(path: target, reason: "'\(file)' is a file, so no folder can be created inside it")
        }
        do {
            try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: URL(fileURLWithPath: temporary))
        } catch {
            throw .writeFailed(path: target, reason: "\(error.localizedDescription)")
        }
        return temporary
    }

    /// Renames a staged temporary file over its target in one step.
    func commit(_ temporary: String, to relativePath: String) throws(OutputError) {
        let target: String = absolute(relativePath)
        guard rename(temporary, target) == 0 else {
            let reason: String = String(cString: strerror(errno))
            try? fileManager.removeItem(atPath: temporary)
            throw .writeFailed(path: target, reason: reason)
        }
    }

    func discard(_ temporaries: [String]) {
        for temporary in temporaries {
            try? fileManager.removeItem(atPath: temporary)
        }
    }

    func remove(_ relativePath: String) throws(OutputError) {
        let target: String = absolute(relativePath)
        do {
            try fileManager.removeItem(atPath: target)
        } catch {
            throw .writeFailed(path: target, reason: "\(error.localizedDescription)")
        }
    }
}
