import Foundation

/// Lexical path arithmetic for the files a document refers to.
///
/// Paths are normalised without touching the file system: `.` segments and empty segments
/// are dropped and `..` removes the segment before it, so `api/./common/../types.yaml`
/// becomes `api/types.yaml`. A relative path stays relative (leading `..` are kept).
enum FilePath {
    static func normalise(_ path: String) -> String {
        let isAbsolute = path.hasPrefix("/")
        var segments: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            if segment == "." {
                continue
            }
            if segment == "..", let last = segments.last, last != ".." {
                segments.removeLast()
            } else if segment == ".." && isAbsolute {
                continue
            } else {
                segments.append(segment)
            }
        }
        let joined = segments.joined(separator: "/")
        if isAbsolute {
            return "/" + joined
        }
        return joined.isEmpty ? "." : joined
    }

    /// The folder of `path`: `api` for `api/openapi.yaml`, `.` for `openapi.yaml`.
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

    /// The absolute, normalised form of `path`, relative to the current directory.
    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") {
            return normalise(path)
        }
        return normalise(FileManager.default.currentDirectoryPath + "/" + path)
    }

    /// Whether `path` is `folder` itself or lies below it; both must be absolute and normalised.
    static func isInside(_ path: String, folder: String) -> Bool {
        folder == "/" || path == folder || path.hasPrefix(folder + "/")
    }
}
