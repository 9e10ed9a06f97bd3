import ForgeDiagnostics
import ForgeFrontEnd
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Turns `$ref` text into targets and targets into nodes, loading each file once.
///
/// Only files inside the root document's folder are read: URLs, absolute paths and paths
/// that leave the folder are refused, so reading a document never touches the network or a
/// file the user did not point at.
final class ReferenceResolver {
    enum Failure: Error {
        /// The text is not a reference this generator follows; the message gives the reason.
        case invalid(String)
        /// The file does not exist; carries the normalised path.
        case missingFile(String)
        /// The file exists but did not load; the loader's diagnostics were reported.
        case unreadableFile(String)
        /// The file loaded but the pointer names no value; carries the part of the pointer that
        /// failed and the keys next to the missing one.
        case noValue(String, siblings: [String])
    }

    let rootFile: String
    private let loader: DocumentLoader
    private let rootFolder: String
    private let realRootFolder: String
    private let currentDirectory: String
    private var files: [String: Node?] = [:]
    /// Resolved targets by referring file and `$ref` text: documents repeat the same references.
    private var targets: [String: [String: ReferenceTarget]] = [:]
    private var realFolders: [String: String] = [:]
    private var internedPaths: [String: String] = [:]
    private var nodes: [ReferenceTarget: Node] = [:]
    private(set) var loadedFiles: [String] = []
    private(set) var loadDiagnostics: [Diagnostic] = []

    // NOTE: references resolve against the path the root was opened by; when the root file is
    // a symbolic link, files beside its destination are not found unless they are beside the link.
    init(rootFile: String, loader: DocumentLoader) {
        self.rootFile = rootFile
        self.loader = loader
        let currentDirectory = FileManager.default.currentDirectoryPath
        self.currentDirectory = currentDirectory
        self.rootFolder = FilePath.directory(of: FilePath.absolute(rootFile, in: currentDirectory))
        self.realRootFolder = URL(fileURLWithPath: rootFolder).resolvingSymlinksInPath().path
    }

    /// Records the root document, loaded by the caller.
    func register(root: Node) {
        files[rootFile] = root
        loadedFiles.append(rootFile)
    }

    /// Resolves `text`, written in `file`, to a target; nothing is loaded.
    func target(of text: String, in file: String) throws(Failure) -> ReferenceTarget {
        if let cached = targets[file]?[text] {
            return cached
        }
        let hash = text.firstIndex(of: "#")
        let pathPart = String(text[..<(hash ?? text.endIndex)])
        let fragment = hash.map { String(text[text.index(after: $0)...]) } ?? ""
        let targetFile = try self.file(of: pathPart, in: file, text: text)
        guard let pointer = Self.percentDecoded(fragment) else {
            throw .invalid("invalid percent-encoding in reference '\(text)'")
        }
        guard pointer.isEmpty || pointer.hasPrefix("/") else {
            throw .invalid(
                "reference '\(text)' names an anchor; only JSON pointers such as '#/components/schemas/Name' are supported"
            )
        }
        let target = ReferenceTarget(file: targetFile, pointer: pointer)
        targets[file, default: [:]][text] = target
        return target
    }

    /// Returns the node at `target`, loading its file if needed.
    func node(at target: ReferenceTarget) throws(Failure) -> Node {
        if let cached = nodes[target] {
            return cached
        }
        var node = try fileNode(target.file)
        var walked = ""
        for segment in target.segments {
            walked += "/" + JSONPointer.escape(segment)
            guard let child = Self.child(segment, of: node) else {
                throw .noValue(walked, siblings: node.entries?.map(\.key) ?? [])
            }
            node = child
        }
        nodes[target] = node
        return node
    }

    private func file(of pathPart: String, in file: String, text: String) throws(Failure) -> String {
        if pathPart.isEmpty {
            return file
        }
        if Self.hasScheme(pathPart) || pathPart.hasPrefix("//") {
            throw .invalid(
                "reference '\(text)' points at a URL; only files in the folder of the root document are read"
            )
        }
        guard let decoded = Self.percentDecoded(pathPart) else {
            throw .invalid("invalid percent-encoding in reference '\(text)'")
        }
        if decoded.hasPrefix("/") {
            throw .invalid(
                "reference '\(text)' is an absolute path; write it relative to the file that contains it"
            )
        }
        let resolved = FilePath.resolve(decoded, againstFolderOf: file)
        guard FilePath.isInside(FilePath.absolute(resolved, in: currentDirectory), folder: rootFolder) else {
            throw .invalid(
                "reference '\(text)' leads to '\(resolved)', outside the folder of the root document (\(rootFolder))"
            )
        }
        return interned(resolved)
    }

    /// Returns the stored copy of `path` when an earlier reference led to the same file.
    ///
    /// Every target of a reference keeps its file's path, so the copies made while resolving
    /// each `$ref` added up to about a megabyte for a document of 1,500 files.
    private func interned(_ path: String) -> String {
        if let stored = internedPaths[path] {
            return stored
        }
        internedPaths[path] = path
        return path
    }

    private func fileNode(_ path: String) throws(Failure) -> Node {
        if let cached = files[path] {
            guard let cached else {
                throw .unreadableFile(path)
            }
            return cached
        }
        guard FileManager.default.fileExists(atPath: path) else {
            throw .missingFile(path)
        }
        return try load(path)
    }

    private func load(_ path: String) throws(Failure) -> Node {
        let real = realPath(of: FilePath.absolute(path, in: currentDirectory))
        guard FilePath.isInside(real, folder: realRootFolder) else {
            files[path] = .some(nil)
            throw .invalid("'\(path)' is a link to '\(real)', outside the folder of the root document")
        }
        loadedFiles.append(path)
        do {
            let node = try loader.load(contentsOf: path)
            files[path] = node
            return node
        } catch {
            files[path] = .some(nil)
            loadDiagnostics.append(contentsOf: error.diagnostics)
            throw .unreadableFile(path)
        }
    }

    /// Returns the path with symbolic links resolved. Folders are resolved once and cached, since
    /// documents keep many files in few folders.
    private func realPath(of absolutePath: String) -> String {
        let folder = FilePath.directory(of: absolutePath)
        let realFolder = realFolders[folder] ?? URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        realFolders[folder] = realFolder
        let candidate = realFolder + "/" + (absolutePath.split(separator: "/").last.map(String.init) ?? "")
        let isLink = (try? FileManager.default.destinationOfSymbolicLink(atPath: candidate)) != nil
        return isLink ? URL(fileURLWithPath: candidate).resolvingSymlinksInPath().path : candidate
    }

    private static func child(_ segment: String, of node: Node) -> Node? {
        switch node.content {
        case .mapping:
            return node[segment]
        case .sequence(let elements):
            guard let index = Int(segment), index >= 0, index < elements.count, String(index) == segment else {
                return nil
            }
            return elements[index]
        case .scalar:
            return nil
        }
    }

    /// `text` with percent-escapes decoded; nil when an escape is malformed or the bytes are not UTF-8.
    private static func percentDecoded(_ text: String) -> String? {
        guard text.utf8.contains(UInt8(ascii: "%")) else {
            return text
        }
        var bytes: [UInt8] = []
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                return nil
            }
            bytes.append(high << 4 | low)
        }
        // Decoding replaces each invalid UTF-8 sequence, so a round trip that changes the bytes means invalid input.
        let decoded: String = String(decoding: bytes, as: UTF8.self)
        return decoded.utf8.elementsEqual(bytes) ? decoded : nil
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// Whether `text` starts with a URI scheme such as `https:` or `file:`.
    private static func hasScheme(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), let first = text.first, first.isLetter else {
            return false
        }
        let scheme = text[..<colon]
        return scheme.allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }
    }
}
