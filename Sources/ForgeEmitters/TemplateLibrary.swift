#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif


/// The Mustache templates the emitter renders, by name: the bundled ones, optionally replaced from a folder.
///
/// A template's name is its file name without `.mustache`: `Models` for `Models.mustache`, and
/// `struct` for the partial `struct.mustache`. The bundled set is compiled into the binary, so the
/// tool reads no template file unless a user asks for an override folder.
public struct TemplateLibrary: Hashable, Sendable {
    /// Template sources by name.
    public let templates: [String: String]

    /// The file each replaced template was read from, by name; bundled templates have none.
    public let files: [String: String]

    /// Creates a library from template sources by name, and the files they were read from.
    public init(templates: [String: String], files: [String: String] = [:]) {
        self.templates = templates
        self.files = files
    }

    /// The templates compiled into the tool.
    public static let bundled: TemplateLibrary = TemplateLibrary(templates: BundledTemplates.all)

    /// Creates a library from `bundled` where every `NAME.mustache` file in `directory` replaces template `NAME`.
    ///
    /// Files that do not end in `.mustache`, and hidden files, are ignored.
    ///
    /// - Throws: `TemplateLibraryError.unknownTemplates` when a file names no bundled template,
    ///   listing the known names; `invalidFolder` when the folder is missing, a file or unlistable;
    ///   `unreadable` when a template file cannot be read.
    public init(bundled: TemplateLibrary = .bundled, overriddenBy directory: String) throws(TemplateLibraryError) {
        guard let isFolder = FileSystem.isFolder(directory) else {
            throw .invalidFolder(path: directory, reason: "folder not found; pass a folder of .mustache files")
        }
        guard isFolder else {
            let reason: String = "it is a file, not a folder; pass the folder that contains the .mustache files"
            throw .invalidFolder(path: directory, reason: reason)
        }
        let fileNames: [String]
        do {
            fileNames = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            let reason: String = "the folder cannot be listed (\(FileSystem.reason(for: error)))"
            throw .invalidFolder(path: directory, reason: reason)
        }

        var templates: [String: String] = bundled.templates
        var files: [String: String] = [:]
        var unknown: [String] = []
        for fileName in fileNames.sorted() where fileName.hasSuffix(Self.fileExtension) && !fileName.hasPrefix(".") {
            let name: String = String(fileName.dropLast(Self.fileExtension.count))
            guard templates[name] != nil else {
                unknown.append(fileName)
                continue
            }
            templates[name] = try Self.read(directory + "/" + fileName)
            files[name] = directory.hasSuffix("/") ? directory + fileName : directory + "/" + fileName
        }
        guard unknown.isEmpty else {
            throw .unknownTemplates(unknown, known: bundled.templates.keys.sorted())
        }
        self.init(templates: templates, files: files)
    }

    /// The template names, sorted.
    public var names: [String] {
        templates.keys.sorted()
    }

    static let fileExtension: String = ".mustache"

    private static func read(_ path: String) throws(TemplateLibraryError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: "the file cannot be read")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .unreadable(path: path, reason: "the file is not UTF-8 text")
        }
        return text
    }
}

/// A template folder that cannot replace the bundled templates.
public enum TemplateLibraryError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Template files whose names match no bundled template, and the names that exist.
    case unknownTemplates([String], known: [String])
    case unreadable(path: String, reason: String)
    /// The templates folder is missing, a file, or cannot be listed.
    case invalidFolder(path: String, reason: String)

    public var description: String {
        switch self {
        case .unknownTemplates(let files, let known):
            let knownFiles: String = known.map { $0 + TemplateLibrary.fileExtension }.joined(separator: ", ")
            return "unknown template file(s) \(files.joined(separator: ", ")); the templates are: \(knownFiles)"
        case .unreadable(let path, let reason):
            return "cannot read template '\(path)': \(reason)"
        case .invalidFolder(let path, let reason):
            return "invalid templates folder '\(path)': \(reason)"
        }
    }
}
