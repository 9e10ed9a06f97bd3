#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif


/// Every input that decides what `generate` writes, one line each, sorted, so that a later run can
/// compare it with the inputs as they are now and skip the work when nothing changed.
///
/// ```text
/// # openapi-forge generate inputs; ...
/// config 1f0c2d3e4a5b6c7d /work/api/openapi-forge.yaml       (or `config none`)
/// document 9a3b0c1d2e3f4a5b /work/api/openapi.yaml           every file the document reached
/// option document api/openapi.yaml                           the document argument as given
/// option plugin-layout false
/// option templates /work/api/Templates                       (or `option templates bundled`)
/// output 0c7e1d2f3a4b5c6d Models/Models_0.swift              every generated file, relative to the output folder
/// template 77aa1b2c3d4e5f60 /work/api/Templates/Models.mustache
/// tool openapi-forge 0.1.0 executable 20512344 bytes modified 1764880000.123456 /usr/local/bin/openapi-forge
/// ```
///
/// Each file is named by its absolute path and its `ContentHash`. The bundled templates are
/// compiled into the executable, so the `tool` line covers them.
struct InputFingerprint: Equatable {
    /// The file's name inside an output folder, where plugin layout keeps it; `OutputWriter` skips
    /// hidden files, so it never reports, removes or diffs it.
    static let fileName = ".openapi-forge-fingerprint"
    static let header =
        "# openapi-forge generate inputs; generate skips its work while all of them are unchanged. "
        + "Delete this file or pass --force to regenerate."

    /// The input lines, sorted, without the header.
    let lines: [String]

    init(lines: [String]) {
        self.lines = lines.sorted()
    }

    /// Parses the text of a fingerprint file; returns nil when it does not start with the header.
    init?(text: String) {
        var lines = text.split(separator: "\n").map(String.init)
        guard lines.first == Self.header else {
            return nil
        }
        lines.removeFirst()
        self.init(lines: lines)
    }

    /// Builds the fingerprint of `settings`, hashing the document files, the configuration and the
    /// template overrides as they are on disk now.
    ///
    /// - Parameters:
    ///   - documentFiles: the document files the run read, as absolute paths or relative to the
    ///     current folder.
    ///   - outputs: the content hash of each generated file, by its path relative to the output folder.
    init(settings: GenerateSettings, documentFiles: [String], outputs: [(path: String, hash: String)]) {
        var lines = [
            "tool " + ToolIdentity.current(),
            "option document " + settings.documentPath,
            "option plugin-layout \(settings.pluginLayout)",
            "option templates " + (settings.templatesDirectory.map(Self.absolutePath) ?? "bundled"),
        ]
        if let configurationPath = settings.configurationPath {
            lines.append(Self.fileLine("config", path: Self.absolutePath(configurationPath)))
        } else {
            lines.append("config none")
        }
        for file in documentFiles {
            lines.append(Self.fileLine("document", path: Self.absolutePath(file)))
        }
        if let templatesDirectory = settings.templatesDirectory {
            lines += Self.templateLines(in: Self.absolutePath(templatesDirectory))
        }
        for output in outputs {
            lines.append("output \(output.hash) \(output.path)")
        }
        self.init(lines: lines)
    }

    /// The file's contents: the header, then the lines, each ending in a newline.
    var text: String {
        ([Self.header] + lines).joined(separator: "\n") + "\n"
    }

    /// The absolute paths of the document files, from the `document` lines.
    var documentFiles: [String] {
        paths(of: "document")
    }

    /// The generated files' paths relative to the output folder, from the `output` lines.
    var outputPaths: [String] {
        paths(of: "output")
    }

    /// Returns the paths of the `KIND HASH PATH` lines of one kind; a path may contain spaces.
    private func paths(of kind: String) -> [String] {
        lines.compactMap { line in
            let fields = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3, fields[0] == kind else {
                return nil
            }
            return String(fields[2])
        }
    }

    private static func fileLine(_ kind: String, path: String) -> String {
        "\(kind) \(ContentHash.ofFile(atPath: path)) \(path)"
    }

    /// Returns a line for every template override in `directory`, the files `TemplateLibrary` reads.
    private static func templateLines(in directory: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            return ["template \(ContentHash.unreadable) \(directory)"]
        }
        return names.filter { $0.hasSuffix(".mustache") && !$0.hasPrefix(".") }.map { name in
            fileLine("template", path: directory + "/" + name)
        }
    }

    /// Returns `path` made absolute against the current folder, without `.` and `..` components.
    static func absolutePath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}

/// The settings of a `generate` run that decide its output, apart from the contents of the files it reads.
struct GenerateSettings: Equatable {
    /// The document argument as given; generated headers and doc comments name files relative to it.
    var documentPath: String
    var configurationPath: String?
    /// The template override folder after the configuration and `--templates`; nil for the bundled set.
    var templatesDirectory: String?
    var pluginLayout: Bool
}
