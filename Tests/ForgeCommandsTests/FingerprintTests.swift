import Foundation
import Testing

@testable import ForgeCommands

/// `generate` skipping its work when the stored fingerprint matches the inputs.
@Suite("generate fingerprint")
struct FingerprintTests {
    @Test("second run is up to date")
    func secondRunIsUpToDate() throws {
        let project = try FingerprintProject()
        let first = project.generate()
        #expect(first.status == 0, "\(first.error)")
        let before = try modificationDates(project.output)
        let fingerprintDates = try modificationDates(project.fingerprintDirectory)
        #expect(fingerprintDates.count == 1)

        let second = project.generate()

        #expect(second.status == 0)
        #expect(
            second.output == "\(project.output.path): up to date, no input changed since the last run; "
                + "pass --force to regenerate\n")
        #expect(second.error.isEmpty)
        #expect(try modificationDates(project.output) == before)
        #expect(before.count == 4)
        #expect(try modificationDates(project.fingerprintDirectory) == fingerprintDates)
    }

    @Test("fingerprint lists every input")
    func fingerprintListsInputs() throws {
        let project = try FingerprintProject()
        _ = project.generate()

        let text = try String(contentsOfFile: project.fingerprintPath, encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)

        #expect(lines.first?.hasPrefix("# openapi-forge generate inputs") == true)
        let inputs = Array(lines.dropFirst())
        #expect(inputs == inputs.sorted())
        #expect(inputs.contains("option document \(project.document)"))
        #expect(inputs.contains("option plugin-layout false"))
        #expect(inputs.contains("option templates bundled"))
        #expect(inputs.contains("config none"))
        let documentHash = ContentHash.of(try Data(contentsOf: URL(fileURLWithPath: project.document)))
        let schemasHash = ContentHash.of(try Data(contentsOf: URL(fileURLWithPath: project.schemas)))
        #expect(inputs.contains("document \(documentHash) \(project.document)"))
        #expect(inputs.contains("document \(schemasHash) \(project.schemas)"))
        let clientHash = ContentHash.of(try project.contents(of: "Client.swift"))
        #expect(inputs.contains("output \(clientHash) Client.swift"))
        #expect(inputs.filter { $0.hasPrefix("output ") }.count == 4)
        #expect(inputs.contains { $0.hasPrefix("tool openapi-forge \(OpenAPIForgeTool.version) executable ") })
    }

    @Test("changed referenced file regenerates")
    func changedReferencedFileRegenerates() throws {
        let project = try FingerprintProject()
        _ = project.generate()
        let schemas = FingerprintProject.schemas(properties: ["name", "nickname"])
        try write(schemas, to: "schemas.yaml", in: project.directory)

        let run = project.generate()

        #expect(run.status == 0)
        #expect(run.output.contains("wrote 1 file(s), 3 unchanged, 0 removed"))
        #expect(try project.contents(of: "Models/Models_0.swift").contains("nickname"))
        #expect(project.generate().output.contains("up to date"))
    }

    @Test("changed configuration regenerates")
    func changedConfigurationRegenerates() throws {
        let project = try FingerprintProject()
        let configuration = try write("accessModifier: public\n", to: "openapi-forge.yaml", in: project.directory)
        _ = project.generate("--config", configuration)
        #expect(try project.contents(of: "Models/Models_0.swift").contains("public struct Pet"))
        try write("accessModifier: internal\n", to: "openapi-forge.yaml", in: project.directory)

        let run = project.generate("--config", configuration)

        #expect(run.status == 0)
        #expect(run.output.contains("wrote 3 file(s), 1 unchanged, 0 removed"))
        let models = try project.contents(of: "Models/Models_0.swift")
        #expect(models.contains("struct Pet"))
        #expect(!models.contains("public struct Pet"))
        #expect(project.generate("--config", configuration).output.contains("up to date"))
    }

    @Test("dropped configuration regenerates")
    func droppedConfigurationRegenerates() throws {
        let project = try FingerprintProject()
        let configuration = try write("accessModifier: internal\n", to: "openapi-forge.yaml", in: project.directory)
        _ = project.generate("--config", configuration)

        let run = project.generate()

        #expect(run.status == 0)
        #expect(run.output.contains("wrote 3 file(s), 1 unchanged, 0 removed"))
    }

    @Test("changed template override regenerates")
    func changedTemplateRegenerates() throws {
        let project = try FingerprintProject()
        let templates = project.directory.appendingPathComponent("Templates")
        let client = try String(contentsOfFile: repositoryPath("Templates/Client.mustache"), encoding: .utf8)
        try write(client + "// First override.\n", to: "Client.mustache", in: templates)
        _ = project.generate("--templates", templates.path)
        try write(client + "// Second override.\n", to: "Client.mustache", in: templates)

        let changed = project.generate("--templates", templates.path)

        #expect(changed.status == 0)
        #expect(changed.output.contains("wrote 1 file(s), 3 unchanged"))
        #expect(try project.contents(of: "Client.swift").contains("// Second override."))

        let models = try String(contentsOfFile: repositoryPath("Templates/Models.mustache"), encoding: .utf8)
        try write(models + "// Models override.\n", to: "Models.mustache", in: templates)

        let added = project.generate("--templates", templates.path)

        #expect(added.status == 0)
        #expect(added.output.contains("wrote 1 file(s), 3 unchanged"))
        #expect(try project.contents(of: "Models/Models_0.swift").contains("// Models override."))

        let bundled = project.generate()

        #expect(bundled.output.contains("wrote 2 file(s), 2 unchanged"))
    }

    @Test("edited generated file regenerates")
    func editedFileRegenerates() throws {
        let project = try FingerprintProject()
        _ = project.generate()
        let original = try project.contents(of: "Client.swift")
        try write(original + "// An edit.\n", to: "Client.swift", in: project.output)

        let run = project.generate()

        #expect(run.status == 0)
        #expect(run.output.contains("wrote 1 file(s), 3 unchanged"))
        #expect(try project.contents(of: "Client.swift") == original)
    }

    @Test("deleted generated file regenerates")
    func deletedFileRegenerates() throws {
        let project = try FingerprintProject()
        _ = project.generate()
        let original = try project.contents(of: "Models/Models_0.swift")
        try FileManager.default.removeItem(at: project.output.appendingPathComponent("Models/Models_0.swift"))

        let run = project.generate()

        #expect(run.status == 0)
        #expect(run.output.contains("wrote 1 file(s), 3 unchanged"))
        #expect(try project.contents(of: "Models/Models_0.swift") == original)
    }

    @Test("force regenerates")
    func forceRegenerates() throws {
        let project = try FingerprintProject()
        _ = project.generate()

        let run = project.generate("--force")

        #expect(run.status == 0)
        #expect(run.output.contains("wrote 0 file(s), 4 unchanged, 0 removed"))
        #expect(!run.output.contains("up to date"))
        #expect(project.generate().output.contains("up to date"))
    }

    @Test("unparsable fingerprint regenerates")
    func unparsableFingerprintRegenerates() throws {
        let project = try FingerprintProject()
        _ = project.generate()
        try Data("stale\n".utf8).write(to: URL(fileURLWithPath: project.fingerprintPath))

        let run = project.generate()

        #expect(run.status == 0)
        #expect(run.output.contains("wrote 0 file(s), 4 unchanged, 0 removed"))
        let text = try String(contentsOfFile: project.fingerprintPath, encoding: .utf8)
        #expect(text.hasPrefix("# openapi-forge generate inputs"))
    }

    @Test("failed run leaves no fingerprint")
    func failedRunLeavesNoFingerprint() throws {
        let project = try FingerprintProject()
        _ = project.generate()
        let before = try directoryContents(project.output)
        try write("openapi: 3.1.0\ninfo: {title: t}\npaths: {}\n", to: "api.yaml", in: project.directory)

        let failed = project.generate()

        #expect(failed.status == 1)
        #expect(failed.error.contains("nothing was written"))
        #expect(try directoryContents(project.output) == before)
        #expect(!FileManager.default.fileExists(atPath: project.fingerprintPath))

        try write(FingerprintProject.root, to: "api.yaml", in: project.directory)
        let fixed = project.generate()

        #expect(fixed.status == 0)
        #expect(fixed.output.contains("wrote 0 file(s), 4 unchanged, 0 removed"))
        #expect(FileManager.default.fileExists(atPath: project.fingerprintPath))
        #expect(project.generate().output.contains("up to date"))
    }

    @Test("uncreatable cache folder only warns")
    func uncreatableCacheFolderWarns() throws {
        let project = try FingerprintProject()
        try write("not a folder\n", to: "openapi-forge", in: project.cache)

        let first = project.generate()

        #expect(first.status == 0)
        #expect(first.output.contains("wrote 4 file(s), 0 unchanged, 0 removed"))
        #expect(first.error.contains("warning: cannot write '\(project.fingerprintPath)'"))
        #expect(first.error.contains("the next run generates again"))
        #expect(first.error.split(separator: "\n").count == 1)

        let second = project.generate()

        #expect(second.status == 0)
        #expect(second.output.contains("wrote 0 file(s), 4 unchanged, 0 removed"))
        #expect(try directoryContents(project.cache) == ["openapi-forge": "not a folder\n"])
    }

    @Test("unwritable fingerprint only warns")
    func unwritableFingerprintWarns() throws {
        let project = try FingerprintProject()
        let folder = URL(fileURLWithPath: project.fingerprintPath)
        try write("kept\n", to: "note.txt", in: folder)

        let first = project.generate()

        #expect(first.status == 0)
        #expect(first.output.contains("wrote 4 file(s), 0 unchanged, 0 removed"))
        #expect(first.error.contains("warning: cannot write '\(project.fingerprintPath)'"))
        #expect(first.error.contains("the next run generates again"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("note.txt").path))

        let second = project.generate()

        #expect(second.status == 0)
        #expect(second.output.contains("wrote 0 file(s), 4 unchanged, 0 removed"))
    }

    @Test("unwritable plugin layout fingerprint only warns")
    func unwritablePluginFingerprintWarns() throws {
        let project = try FingerprintProject()
        let folder = URL(fileURLWithPath: project.pluginFingerprintPath)
        try write("kept\n", to: "note.txt", in: folder)

        let first = project.generate("--plugin-layout")

        #expect(first.status == 0)
        #expect(first.output.contains("wrote 25 file(s), 0 unchanged, 0 removed"))
        #expect(first.error.contains("warning: cannot write '\(project.pluginFingerprintPath)'"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("note.txt").path))

        let second = project.generate("--plugin-layout")

        #expect(second.status == 0)
        #expect(second.output.contains("wrote 0 file(s), 25 unchanged, 0 removed"))
    }

    @Test("check ignores the fingerprint")
    func checkIgnoresFingerprint() throws {
        let project = try FingerprintProject()
        _ = project.generate()
        let fingerprint = try String(contentsOfFile: project.fingerprintPath, encoding: .utf8)
        let original = try project.contents(of: "Client.swift")
        try write(original + "// An edit.\n", to: "Client.swift", in: project.output)

        let run = project.generate("--check")

        #expect(run.status == 1)
        #expect(run.output.contains("-// An edit."))
        #expect(!run.output.contains(fingerprintFileName))
        #expect(run.error.contains("1 generated file(s) are out of date"))
        #expect(try String(contentsOfFile: project.fingerprintPath, encoding: .utf8) == fingerprint)
    }

    @Test("check writes no fingerprint")
    func checkWritesNoFingerprint() throws {
        let project = try FingerprintProject()
        _ = project.generate()
        try FileManager.default.removeItem(atPath: project.fingerprintPath)

        let run = project.generate("--check")

        #expect(run.status == 0)
        #expect(run.output.contains("generated files are up to date"))
        #expect(!FileManager.default.fileExists(atPath: project.fingerprintPath))
    }

    @Test("plugin layout run is up to date and quiet")
    func pluginLayoutIsUpToDate() throws {
        let project = try FingerprintProject()
        let first = project.generate("--plugin-layout", "--quiet")
        #expect(first.status == 0)
        let before = try modificationDates(project.output)

        let second = project.generate("--plugin-layout", "--quiet")

        #expect(second.status == 0)
        #expect(second.output.isEmpty)
        #expect(second.error.isEmpty)
        #expect(try modificationDates(project.output) == before)
        #expect(before.count == 26)
        #expect(before.keys.contains(fingerprintFileName))
        #expect(!FileManager.default.fileExists(atPath: project.cache.path))

        let full = project.generate()

        #expect(full.output.contains("removed"))
        #expect(!FileManager.default.fileExists(atPath: project.pluginFingerprintPath))
        #expect(FileManager.default.fileExists(atPath: project.fingerprintPath))
    }

    @Test("content hash is 64-bit FNV-1a")
    func contentHashVectors() {
        #expect(ContentHash.of("") == "cbf29ce484222325")
        #expect(ContentHash.of("a") == "af63dc4c8601ec8c")
        #expect(ContentHash.of("foobar") == "85944171f73967e8")
        #expect(ContentHash.ofFile(atPath: "/nonexistent/file") == ContentHash.unreadable)
    }

    @Test("tool identity names the executable")
    func toolIdentityNamesExecutable() {
        let identity = ToolIdentity.current()
        #expect(identity.hasPrefix("openapi-forge \(OpenAPIForgeTool.version) executable "))
        #expect(!identity.contains("executable unknown bytes"))
        #expect(!identity.contains("modified unknown"))
    }
}
