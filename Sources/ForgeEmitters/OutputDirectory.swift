#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif


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
        if FileSystem.isFolder(root) == false {
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
            throw .readFailed(path: folder, reason: FileSystem.reason(for: error))
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
            current = FileSystem.parent(of: current)
        }
        return nil
    }

    private func entryType(_ path: String) -> FileAttributeType? {
        let attributes: [FileAttributeKey: Any]? = try? fileManager.attributesOfItem(atPath: path)
        return attributes?[.type] as? FileAttributeType
    }

    private func startsWithHeader(_ path: String) -> Bool {
        guard let head = FileSystem.head(ofFile: path, count: 256) else {
            return false
        }
        return GeneratedFileHeader.isGenerated(String(decoding: head, as: UTF8.self))
    }

    /// Writes `contents` to a new temporary file beside the target and returns its absolute path.
    func stage(_ contents: String, for relativePath: String) throws(OutputError) -> String {
        let target: String = absolute(relativePath)
        let folder: String = FileSystem.parent(of: target)
        let name: String = FileSystem.lastComponent(of: target)
        let temporary: String = folder + "/.\(name).\(ProcessInfo.processInfo.processIdentifier).forge-tmp"
        if let file = fileBlocking(folder) {
            throw .writeFailed(path: target, reason: "'\(file)' is a file, so no folder can be created inside it")
        }
        do {
            try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: URL(fileURLWithPath: temporary))
        } catch {
            throw .writeFailed(path: target, reason: FileSystem.reason(for: error))
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
            throw .writeFailed(path: target, reason: FileSystem.reason(for: error))
        }
    }
}
