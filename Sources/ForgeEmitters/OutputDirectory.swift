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
        // An empty root would make every relative path absolute: `Client.swift` would become `/Client.swift`.
        guard !root.isEmpty else {
            throw .emptyDirectoryPath
        }
        if FileSystem.isFolder(root) == false {
            throw .notADirectory(root)
        }
    }

    /// Returns the file's text, or nil when there is no file at that path.
    func contents(of relativePath: String) throws(OutputError) -> String? {
        let path: String = absolute(relativePath)
        guard let isFolder = FileSystem.isFolder(path) else {
            return nil
        }
        guard !isFolder else {
            throw .readFailed(path: path, reason: "it is a folder, where a generated file belongs; move or rename it")
        }
        do {
            return String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        } catch {
            throw .readFailed(path: path, reason: FileSystem.reason(for: error, namingPath: false))
        }
    }

    /// Lists, by relative path, the Swift files under the root whose first line is the tool's header
    /// and whose path is one the emitter writes (`SwiftEmitter.isOutputPath`).
    ///
    /// Hidden entries and symbolic links are skipped, so the walk never leaves the directory.
    func generatedFiles() throws(OutputError) -> [String] {
        guard fileManager.fileExists(atPath: root) else {
            return []
        }
        var found: [String] = []
        try collectGeneratedFiles(in: "", into: &found)
        return found.filter(SwiftEmitter.isOutputPath).sorted()
    }

    /// The last part of a staged temporary file's name, `.NAME.PROCESS.forge-tmp`.
    static let temporarySuffix: String = "forge-tmp"

    /// Removes the temporary files that an interrupted run left in the root and its immediate folders,
    /// hidden files named like `.Models_0.swift.1234.forge-tmp`.
    ///
    /// Files of a process that is still running are kept, because that run may be about to rename them.
    func removeStaleTemporaries() {
        let folders: [String] = [root] + ((try? fileManager.contentsOfDirectory(atPath: root)) ?? []).map(absolute)
        for folder in folders where FileSystem.isFolder(folder) == true {
            for name in (try? fileManager.contentsOfDirectory(atPath: folder)) ?? [] {
                guard let process = Self.temporaryOwner(name), !Self.isRunning(process) else {
                    continue
                }
                try? fileManager.removeItem(atPath: folder + "/" + name)
            }
        }
    }

    /// Returns the process number in a staged temporary file's name, or nil for any other name.
    static func temporaryOwner(_ name: String) -> Int32? {
        let parts: [Substring] = name.split(separator: ".", omittingEmptySubsequences: false)
        guard name.hasPrefix("."), parts.count >= 4, parts[parts.count - 1] == temporarySuffix else {
            return nil
        }
        return Int32(parts[parts.count - 2])
    }

    private static func isRunning(_ process: Int32) -> Bool {
        process == getpid() || kill(process, 0) == 0 || errno == EPERM
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
    ///
    /// A symbolic link to a folder counts as a folder, so an output path through a link works.
    private func fileBlocking(_ folder: String) -> String? {
        var current: String = folder
        while !current.isEmpty, current != "/" {
            if let isFolder = FileSystem.isFolder(current) {
                return isFolder ? nil : current
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
        let temporary: String = folder + "/.\(name).\(ProcessInfo.processInfo.processIdentifier).\(Self.temporarySuffix)"
        if let file = fileBlocking(folder) {
            throw .writeFailed(path: target, reason: "'\(file)' is a file, so no folder can be created inside it")
        }
        do {
            try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try FileSystem.write(contents, toNewFile: temporary)
        } catch {
            // The message names the target, because the temporary file's name means nothing to the user.
            throw .writeFailed(path: target, reason: FileSystem.reason(for: error, namingPath: false))
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
