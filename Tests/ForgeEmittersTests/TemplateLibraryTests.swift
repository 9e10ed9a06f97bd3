import Foundation
import Testing

@testable import ForgeEmitters

@Suite("TemplateLibrary")
struct TemplateLibraryTests {
    @Test func bundledTemplatesMatchTemplatesFolder() throws {
        let folder: String = Repository.root + "/Templates"
        let names: [String] = try FileManager.default.contentsOfDirectory(atPath: folder).filter {
            $0.hasSuffix(".mustache")
        }
        var onDisk: [String: String] = [:]
        for name in names {
            let text: String = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            onDisk[String(name.dropLast(".mustache".count))] = text
        }
        let fix: String =
            "BundledTemplates.swift is out of date with Templates/; run: python3 Scripts/embed-templates.py"
        #expect(TemplateLibrary.bundled.names == onDisk.keys.sorted(), Comment(rawValue: fix))
        for (name, text) in onDisk.sorted(by: { $0.key < $1.key }) where TemplateLibrary.bundled.templates[name] != text
        {
            Issue.record(Comment(rawValue: "template \(name) differs. " + fix))
        }
    }

    @Test func folderReplacesTemplatesByName() throws {
        let folder: TemporaryFolder = try TemporaryFolder()
        try folder.write("typeAlias.mustache", "// alias {{name}}\n")
        try folder.write("README.md", "not a template\n")
        let library: TemplateLibrary = try TemplateLibrary(overriddenBy: folder.path)
        #expect(library.templates["typeAlias"] == "// alias {{name}}\n")
        #expect(library.templates["struct"] == TemplateLibrary.bundled.templates["struct"])
        #expect(library.names == TemplateLibrary.bundled.names)
    }

    @Test func unknownTemplateNamesAreListed() throws {
        let folder: TemporaryFolder = try TemporaryFolder()
        try folder.write("Modles.mustache", "")
        #expect(
            throws: TemplateLibraryError.unknownTemplates(["Modles.mustache"], known: TemplateLibrary.bundled.names)
        ) {
            try TemplateLibrary(overriddenBy: folder.path)
        }
        let message: String = TemplateLibraryError.unknownTemplates(["Modles.mustache"], known: ["Models"]).description
        #expect(message == "unknown template file(s) Modles.mustache; the templates are: Models.mustache")
    }

    @Test func missingFolderIsUnreadable() {
        let missing: TemplateLibraryError = .invalidFolder(
            path: "/nonexistent/forge-templates", reason: "folder not found; pass a folder of .mustache files")
        #expect(throws: missing) {
            try TemplateLibrary(overriddenBy: "/nonexistent/forge-templates")
        }
        let file: String = Repository.root + "/README.md"
        let notFolder: TemplateLibraryError = .invalidFolder(
            path: file, reason: "it is a file, not a folder; pass the folder that contains the .mustache files")
        #expect(throws: notFolder) {
            try TemplateLibrary(overriddenBy: file)
        }
    }

    @Test func overriddenTemplateShapesOutput() throws {
        var templates: [String: String] = TemplateLibrary.bundled.templates
        templates["typeAlias"] = "{{access}} typealias {{name}} = {{target}} // replaced\n"
        let files: [GeneratedFile] = try Pipeline.files(
            yaml: """
                openapi: 3.1.0
                info: {title: T, version: '1'}
                paths: {}
                components:
                  schemas:
                    Ids:
                      type: array
                      items: {type: integer}
                """, templates: TemplateLibrary(templates: templates))
        #expect(files.allContents.contains("public typealias Ids = [Int] // replaced\n"))
    }

    @Test func templateErrorsNameTheTemplate() throws {
        var templates: [String: String] = TemplateLibrary.bundled.templates
        templates["typeAlias"] = "{{access}} typealias {{nmae}} = {{target}}\n"
        let emitter: SwiftEmitter = SwiftEmitter(
            options: EmitterOptions(documentPath: "api.yaml"), templates: TemplateLibrary(templates: templates))
        let model = try Pipeline.model(path: Repository.root + "/openapi/training-routine.yaml")
        var withAlias = model
        withAlias.types.append(
            .typeAlias(.init(name: "Ids", qualifiedName: "Ids", origin: "Ids", target: .array(.builtin(.int)))))
        #expect {
            try emitter.emit(withAlias)
        } throws: { error in
            "\(error)".hasPrefix("typeAlias:1:") && "\(error)".contains("nmae")
        }
    }
}
