#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif


/// Lexical path arithmetic for the files a document refers to.
///
/// Paths are normalised without touching the file system: `.` segments and empty segments
/// are dropped and `..` removes the segment before it, so `api/./common/../types.yaml`
/// becomes `api/types.yaml`. A relative path stays relative (leading `..` are kept).
enum FilePath {
    static func normalise(_ path: String) -> String {
        let slash = UInt8(ascii: "/")
        let dot = UInt8(ascii: ".")
        let isAbsolute = path.utf8.first == slash
        var segments: [Substring.UTF8View] = []
        for segment in path.utf8.split(separator: slash) {
            if segment.count == 1 && segment.first == dot {
                continue
            }
            let isParent = segment.count == 2 && segment.allSatisfy { $0 == dot }
            let lastIsParent = segments.last.map { $0.count == 2 && $0.allSatisfy { $0 == dot } } ?? true
            if isParent && !lastIsParent {
                segments.removeLast()
            } else if !(isParent && isAbsolute) {
                segments.append(segment)
            }
        }
        let joined = segments.map { String(Substring($0)) }.joined(separator: "/")
        if isAbsolute {
            return "/" + joined
        }
        return joined.isEmpty ? "." : joined
    }

    /// Returns the folder of `path`: `api` for `api/openapi.yaml`, `.` for `openapi.yaml`.
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else {
            return "."
        }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Resolves `relative` against the folder of `file` and normalises the result.
    static func resolve(_ relative: String, againstFolderOf file: String) -> String {
        normalise(directory(of: file) + "/" + relative)
    }

    /// Returns the absolute, normalised form of `path`, relative to `directory` (by default the current one).
    static func absolute(_ path: String, in directory: String = FileManager.default.currentDirectoryPath) -> String {
        if path.hasPrefix("/") {
            return normalise(path)
        }
        return normalise(directory + "/" + path)
    }

    /// Whether `path` is `folder` itself or lies below it; both must be absolute and normalised.
    static func isInside(_ path: String, folder: String) -> Bool {
        folder == "/" || path == folder || path.hasPrefix(folder + "/")
    }
}
