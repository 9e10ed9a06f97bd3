import ForgeEmitters

/// The fixed file set that the build plugin declares as its outputs.
///
/// A build command names its outputs before it runs, so in plugin layout every group is split into
/// the same number of files and any file the emitter did not produce (an output turned off in the
/// configuration, or a group with no declarations) is written with only its header. The plugin's
/// `PluginOutputs` lists the same paths.
enum PluginLayout {
    static let filesPerGroup = 8
    static var paths: [String] {
        var paths = [SwiftEmitter.clientFile]
        for group in SwiftEmitter.fileGroups {
            paths += (0..<filesPerGroup).map { "\(group)/\(group)_\($0).swift" }
        }
        return paths
    }

    /// Adds a header-only file for every path of the layout that `files` lacks.
    static func complete(_ files: [GeneratedFile], documentPath: String) -> [GeneratedFile] {
        files + missingFiles(present: Set(files.map(\.path)), documentPath: documentPath)
    }

    /// Returns a header-only file for every path of the layout that is not in `present`.
    static func missingFiles(present: Set<String>, documentPath: String) -> [GeneratedFile] {
        let sourceName = documentPath.split(separator: "/").last.map(String.init) ?? documentPath
        let header = GeneratedFileHeader.text(toolVersion: OpenAPIForgeTool.version, sourceName: sourceName)
        return paths.filter { !present.contains($0) }.map { GeneratedFile(path: $0, contents: header) }
    }
}
