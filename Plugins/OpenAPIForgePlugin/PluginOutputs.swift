import Foundation

/// The fixed set of files that `openapi-forge generate --plugin-layout` writes.
///
/// A build command must name its outputs before it runs, so in plugin layout the generator
/// always writes these files, leaving a file with only its header when nothing falls into it.
/// Keep this list equal to `PluginLayout` in the generator.
enum PluginOutputs {
    static let filesPerGroup = 8
    static let groups = ["Models", "Operations", "Validators"]

    static func files(in directory: URL) -> [URL] {
        var paths = ["Client.swift"]
        for group in groups {
            paths += (0..<filesPerGroup).map { "\(group)/\(group)_\($0).swift" }
        }
        return paths.map { directory.appending(path: $0) }
    }
}
