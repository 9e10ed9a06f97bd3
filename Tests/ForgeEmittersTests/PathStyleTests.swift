import ForgeEmitters
import Foundation
import Testing

/// Path parameters in `label`, `matrix` and `simple` style: the generated statements, and the paths a built
/// client sends.
@Suite("Path parameter styles", .serialized)
struct PathStyleTests {
    @Test func labelAndMatrixStatements() throws {
        let files: [GeneratedFile] = try Pipeline.files(yaml: Self.document) { options in
            options.includesSourceLocations = false
            options.outputs = [.client]
        }
        Snippets.expect(
            files,
            contains: """
                        let forge_path0: String = PathEncoding.encodeLabel(color)
                        let forge_path1: String = PathEncoding.encodeMatrix(name: "shade", value: String(shade))
                        let forge_path: String = "/paint/\\(forge_path0)/\\(forge_path1)"
                """)
        Snippets.expect(
            files,
            contains: """
                        var forge_path0Items: [String] = []
                        for forge_item in ids {
                            forge_path0Items.append(String(forge_item))
                        }
                """)
        Snippets.expect(
            files, contains: "PathEncoding.encodeMatrix(name: \"ids\", values: forge_path0Items, explode: true)\n")
        let intPairs: String =
            "QueryEncoding.sortedPairs(channels.mapValues { (forge_item: Int) -> String in String(forge_item) })"
        Snippets.expect(
            files,
            contains: """
                        let forge_path0Pairs: [(name: String, value: String)] = \(intPairs)
                        let forge_path0: String = PathEncoding.encodeLabel(forge_path0Pairs, explode: false)
                """)
    }

    @Test func clientSendsStyledPaths() throws {
        let files: [GeneratedFile] = try Pipeline.files(yaml: Self.document)
        let program: String = Self.imports + ProgramOutput.recordingTransport(status: 204) + Self.program
        let result: Toolchain.Result = try ProgramRunner.run(files, program: program)
        ProgramOutput.expect(result, lines: Self.expected)
    }

    static let expected: String = """
        /paint/.blue%20green/;shade=7
        /paint/./;shade/empty
        /rows;ids=1;ids=2;ids=3
        /cols/.a,b%2Cc
        /tags/.x.y/;tag=x,y
        /tags//;tag=x
        /mix/.G,200,R,100
        /mix/;G=200;R=100/;mix=G,200,R,100
        /mix/.G=200.R=100/exploded
        /plain/G=200,R=100/G,200,R,100
        """

    static let document: String = """
        openapi: 3.0.3
        info: {title: Styles, version: '1'}
        servers: [{url: 'https://example.invalid'}]
        paths:
          /paint/{color}/{shade}:
            get:
              operationId: paint
              parameters:
                - {name: color, in: path, required: true, style: label, schema: {type: string}}
                - {name: shade, in: path, required: true, style: matrix, schema: {type: integer}}
              responses: {'204': {description: Done.}}
          /paint/{color}/{shade}/empty:
            get:
              operationId: paintEmpty
              parameters:
                - {name: color, in: path, required: true, style: label, schema: {type: string}}
                - {name: shade, in: path, required: true, style: matrix, schema: {type: string}}
              responses: {'204': {description: Done.}}
          /rows{ids}:
            get:
              operationId: rows
              parameters:
                - name: ids
                  in: path
                  required: true
                  style: matrix
                  explode: true
                  schema: {type: array, items: {type: integer}}
              responses: {'204': {description: Done.}}
          /cols/{names}:
            get:
              operationId: cols
              parameters:
                - {name: names, in: path, required: true, style: label, schema: {type: array, items: {type: string}}}
              responses: {'204': {description: Done.}}
          /tags/{exploded}/{tag}:
            get:
              operationId: tags
              parameters:
                - name: exploded
                  in: path
                  required: true
                  style: label
                  explode: true
                  schema: {type: array, items: {type: string}}
                - {name: tag, in: path, required: true, style: matrix, schema: {type: array, items: {type: string}}}
              responses: {'204': {description: Done.}}
          /mix/{channels}:
            get:
              operationId: mixLabel
              parameters:
                - name: channels
                  in: path
                  required: true
                  style: label
                  schema: {type: object, additionalProperties: {type: integer}}
              responses: {'204': {description: Done.}}
          /mix/{channels}/{mix}:
            get:
              operationId: mixMatrix
              parameters:
                - name: channels
                  in: path
                  required: true
                  style: matrix
                  explode: true
                  schema: {type: object, additionalProperties: {type: string}}
                - name: mix
                  in: path
                  required: true
                  style: matrix
                  schema: {type: object, additionalProperties: {type: string}}
              responses: {'204': {description: Done.}}
          /mix/{channels}/exploded:
            get:
              operationId: mixLabelExploded
              parameters:
                - name: channels
                  in: path
                  required: true
                  style: label
                  explode: true
                  schema: {type: object, additionalProperties: {type: string}}
              responses: {'204': {description: Done.}}
          /plain/{exploded}/{flat}:
            get:
              operationId: plain
              parameters:
                - name: exploded
                  in: path
                  required: true
                  explode: true
                  schema: {type: object, additionalProperties: {type: string}}
                - {name: flat, in: path, required: true, schema: {type: object, additionalProperties: {type: string}}}
              responses: {'204': {description: Done.}}
        """

    static let imports: String = "import Foundation\nimport OpenAPIForgeRuntime\n\n"

    static let program: String = #"""
        let transport: RecordingTransport = RecordingTransport()
        let client: Client = Client(transport: transport)
        let channels: [String: String] = ["R": "100", "G": "200"]
        _ = try await client.paint(color: "blue green", shade: 7)
        _ = try await client.paintEmpty(color: "", shade: "")
        _ = try await client.rows(ids: [1, 2, 3])
        _ = try await client.cols(names: ["a", "b,c"])
        _ = try await client.tags(exploded: ["x", "y"], tag: ["x", "y"])
        _ = try await client.tags(exploded: [], tag: ["x"])
        _ = try await client.mixLabel(channels: ["R": 100, "G": 200])
        _ = try await client.mixMatrix(channels: channels, mix: channels)
        _ = try await client.mixLabelExploded(channels: channels)
        _ = try await client.plain(exploded: channels, flat: channels)
        for request in transport.requests {
            print(request.path)
        }
        """#
}
