import Foundation
import Testing

@Suite("Configuration file")
struct ConfigurationTests {
    private let document = repositoryPath("openapi/training-routine.yaml")

    @Test("unknown key suggests the right one")
    func unknownKeySuggestion() throws {
        let directory = try makeTemporaryDirectory()
        let configuration = try write(
            "accessModifier: public\nadditionalImport: [Foo]\n", to: "openapi-forge.yaml", in: directory)

        let run = runTool(
            "generate", document, "--output", directory.appendingPathComponent("out").path, "--config", configuration)

        #expect(run.status == 1)
        #expect(
            run.error.contains(
                "\(configuration):2:1: error: unknown key 'additionalImport' in the configuration; did you mean 'additionalImports'?"
            ))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out").path))
    }

    @Test("invalid access modifier is located")
    func invalidAccessModifier() throws {
        let directory = try makeTemporaryDirectory()
        let configuration = try write("accessModifier: pubic\n", to: "openapi-forge.yaml", in: directory)

        let run = runTool(
            "generate", document, "--output", directory.appendingPathComponent("out").path, "--config", configuration)

        #expect(run.status == 1)
        #expect(
            run.error.contains(
                "\(configuration):1:17: error: invalid value 'pubic' for 'accessModifier'; did you mean 'public'?"))
    }

    @Test("invalid equality is located")
    func invalidEquality() throws {
        let directory = try makeTemporaryDirectory()
        let configuration = try write("equality: hashabel\n", to: "openapi-forge.yaml", in: directory)

        let run = runTool(
            "generate", document, "--output", directory.appendingPathComponent("out").path, "--config", configuration)

        #expect(run.status == 1)
        #expect(
            run.error.contains(
                "\(configuration):1:11: error: invalid value 'hashabel' for 'equality'; did you mean 'hashable'?"))
    }

    @Test("override values must be Swift")
    func invalidOverrideValues() throws {
        let directory = try makeTemporaryDirectory()
        let settings = """
            nameOverrides:
              TrainingRoutine: Training Routine
              CreateTrainingRoutineRequest: class
            typeOverrides:
              uuid: "[String"
            """
        let configuration = try write(settings, to: "openapi-forge.yaml", in: directory)

        let run = runTool(
            "generate", document, "--output", directory.appendingPathComponent("out").path, "--config", configuration)

        #expect(run.status == 1)
        #expect(
            run.error.contains(
                "\(configuration):2:20: error: invalid value 'Training Routine' for 'nameOverrides.TrainingRoutine': "
                    + "a type name is letters, digits and '_', not starting with a digit; for example 'TrainingRoutine'"))
        #expect(run.error.contains("\(configuration):3:33: error: invalid value 'class'"))
        #expect(run.error.contains("is a Swift keyword or a type that generated code uses"))
        #expect(
            run.error.contains(
                "\(configuration):5:9: error: invalid value '[String' for 'typeOverrides.uuid': '[' is never closed"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out").path))
    }

    @Test("import names must be modules")
    func invalidImport() throws {
        let directory = try makeTemporaryDirectory()
        let settings = "additionalImports: [Shared, \"Foo Bar\"]\n"
        let configuration = try write(settings, to: "openapi-forge.yaml", in: directory)

        let run = runTool(
            "generate", document, "--output", directory.appendingPathComponent("out").path, "--config", configuration)

        #expect(run.status == 1)
        #expect(run.error.contains("\(configuration):1:29: error: invalid value 'Foo Bar' for 'additionalImports'"))
    }

    @Test("empty outputs list warns")
    func emptyOutputsWarns() throws {
        let directory = try makeTemporaryDirectory()
        let configuration = try write("outputs: []\n", to: "openapi-forge.yaml", in: directory)

        let run = runTool(
            "generate", document, "--output", directory.appendingPathComponent("out").path, "--config", configuration)

        #expect(run.status == 0)
        #expect(
            run.error.contains(
                "\(configuration):1:10: warning: 'outputs' is empty, so generate writes no file; "
                    + "list at least one of models, validators, client"))
    }

    @Test("settings reach the generated code")
    func settingsApply() throws {
        let directory = try makeTemporaryDirectory()
        let settings = """
            accessModifier: internal
            additionalImports: [Dispatch]
            outputs: [models]
            equality: hashable
            nameOverrides:
              TrainingRoutine: Routine
            """
        let configuration = try write(settings, to: "openapi-forge.yaml", in: directory)
        let output = directory.appendingPathComponent("out")

        let run = runTool("generate", document, "--output", output.path, "--config", configuration)

        #expect(run.status == 0, "\(run.error)")
        let files = try directoryContents(output)
        #expect(files.keys.sorted() == ["Models/Models_0.swift"])
        let models = try #require(files["Models/Models_0.swift"])
        #expect(models.contains("internal struct Routine: Codable, Hashable, Sendable"))
        #expect(models.contains("import Dispatch\n"))
        #expect(!models.contains("public "))
    }

    @Test("templates folder replaces a bundled template")
    func templatesOverride() throws {
        let directory = try makeTemporaryDirectory()
        let templates = directory.appendingPathComponent("Templates")
        try write(
            "// Generated by openapi-forge {{toolVersion}}. Do not edit.\n// Custom header for {{sourceName}}\n",
            to: "fileHeader.mustache", in: templates)
        let output = directory.appendingPathComponent("out")

        let run = runTool("generate", document, "--output", output.path, "--templates", templates.path)

        #expect(run.status == 0, "\(run.error)")
        let client = try #require(try directoryContents(output)["Client.swift"])
        let expected = "// Generated by openapi-forge 0.1.0. Do not edit.\n// Custom header for training-routine.yaml\n"
        #expect(client.hasPrefix(expected))
    }

    @Test("unknown template name is rejected")
    func unknownTemplateRejected() throws {
        let directory = try makeTemporaryDirectory()
        let templates = directory.appendingPathComponent("Templates")
        try write("x\n", to: "Modles.mustache", in: templates)

        let run = runTool(
            "generate", document, "--output", directory.appendingPathComponent("out").path, "--templates",
            templates.path)

        #expect(run.status == 1)
        #expect(run.error.contains("Modles.mustache"))
    }
}
