import Foundation
import PackagePlugin

/// The OpenAPI document, configuration and other inputs found among a target's files.
struct PluginInputs {
    static let documentNames = ["openapi.yaml", "openapi.yml", "openapi.json"]
    static let configurationName = "openapi-forge.yaml"

    var document: URL
    var configuration: URL?
    /// Every file whose change can change the output.
    var dependencies: [URL]

    init(targetName: String, directory: URL, files: FileList) throws {
        var documents: [URL] = []
        var configurations: [URL] = []
        var dependencies: [URL] = []
        for file in files {
            let name = file.url.lastPathComponent
            if Self.documentNames.contains(name) {
                documents.append(file.url)
            }
            if name == Self.configurationName {
                configurations.append(file.url)
            }
            if ["yaml", "yml", "json", "mustache"].contains(file.url.pathExtension) {
                dependencies.append(file.url)
            }
        }

        guard documents.count == 1, let document = documents.first else {
            throw PluginError.documentCount(targetName: targetName, found: documents)
        }
        guard configurations.count <= 1 else {
            throw PluginError.configurationCount(targetName: targetName, found: configurations)
        }
        self.document = document
        self.configuration = configurations.first
        self.dependencies = dependencies.sorted { $0.path < $1.path }
    }

    func generateArguments(outputDirectory: URL) -> [String] {
        var arguments = ["generate", document.path, "--output", outputDirectory.path, "--plugin-layout", "--quiet"]
        if let configuration {
            arguments += ["--config", configuration.path]
        }
        return arguments
    }
}

enum PluginError: Error, CustomStringConvertible {
    case documentCount(targetName: String, found: [URL])
    case configurationCount(targetName: String, found: [URL])

    var description: String {
        switch self {
        case .documentCount(let targetName, let found) where found.isEmpty:
            return "target '\(targetName)' has no OpenAPI document; add one named "
                + PluginInputs.documentNames.map { "'\($0)'" }.joined(separator: ", ")
                + " to the target's folder"
        case .documentCount(let targetName, let found):
            return "target '\(targetName)' has \(found.count) OpenAPI documents ("
                + found.map(\.lastPathComponent).joined(separator: ", ")
                + "); keep exactly one named "
                + PluginInputs.documentNames.map { "'\($0)'" }.joined(separator: ", ")
        case .configurationCount(let targetName, let found):
            return "target '\(targetName)' has \(found.count) files named '\(PluginInputs.configurationName)'; keep one"
        }
    }
}
