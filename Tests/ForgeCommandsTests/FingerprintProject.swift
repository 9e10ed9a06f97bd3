import Foundation

@testable import ForgeCommands

/// A two-file document in a temporary folder (the root refers to a schema in `schemas.yaml`), an
/// output folder and a fingerprint cache folder of its own.
struct FingerprintProject {
    let directory: URL
    let document: String
    let schemas: String
    let output: URL
    /// The folder passed as XDG_CACHE_HOME; `generate` creates it on its first successful run.
    let cache: URL

    init() throws {
        directory = try makeTemporaryDirectory()
        document = try write(Self.root, to: "api.yaml", in: directory)
        schemas = try write(Self.schemas(properties: ["name"]), to: "schemas.yaml", in: directory)
        output = directory.appendingPathComponent("out")
        cache = directory.appendingPathComponent("cache")
    }

    static let root = """
        openapi: 3.1.0
        info: {title: Pets, version: "1"}
        paths:
          /pets:
            get:
              operationId: listPets
              responses:
                '200':
                  description: The pets.
                  content:
                    application/json:
                      schema:
                        $ref: 'schemas.yaml#/Pet'

        """

    static func schemas(properties: [String]) -> String {
        "Pet:\n  type: object\n  properties:\n"
            + properties.map { "    \($0): {type: string}\n" }.joined()
    }

    /// The environment that points the tool at this project's cache folder.
    var environment: [String: String] {
        ["XDG_CACHE_HOME": cache.path]
    }

    /// Runs `generate` for the document into `output`, with this project's cache folder.
    func generate(_ extra: String...) -> ToolRun {
        generate(extra, environment: environment)
    }

    func generate(_ extra: [String], output: URL? = nil, environment: [String: String]) -> ToolRun {
        runTool(["generate", document, "--output", (output ?? self.output).path] + extra, environment: environment)
    }

    /// The folder in which runs without `--plugin-layout` store fingerprints.
    var fingerprintDirectory: URL {
        cache.appendingPathComponent("openapi-forge/fingerprints")
    }

    /// The fingerprint of runs into `output` without `--plugin-layout`: a file named by the FNV-1a
    /// hash of the output folder's absolute path.
    var fingerprintPath: String {
        fingerprintDirectory.appendingPathComponent(ContentHash.of(output.path)).path
    }

    /// The fingerprint of runs with `--plugin-layout`, inside the output folder.
    var pluginFingerprintPath: String {
        output.appendingPathComponent(fingerprintFileName).path
    }

    func contents(of relative: String) throws -> String {
        try String(contentsOfFile: output.appendingPathComponent(relative).path, encoding: .utf8)
    }
}

/// Returns the modification date of every regular file below `directory`, hidden files included.
func modificationDates(_ directory: URL) throws -> [String: Date] {
    var dates: [String: Date] = [:]
    let root = directory.standardizedFileURL.path
    guard let enumerator = FileManager.default.enumerator(atPath: root) else {
        return dates
    }
    for case let relative as String in enumerator {
        let attributes = try FileManager.default.attributesOfItem(atPath: root + "/" + relative)
        if attributes[.type] as? FileAttributeType == .typeRegular {
            dates[relative] = attributes[.modificationDate] as? Date
        }
    }
    return dates
}
