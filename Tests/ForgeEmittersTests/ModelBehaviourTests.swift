import ForgeEmitters
import Foundation
import Testing

/// Builds models for documents that broke other generators and checks how their values code and validate.
@Suite("Model behaviour", .serialized)
struct ModelBehaviourTests {
    /// Every equality setting gives code that builds and behaves the same. With `hashable` the program also
    /// puts a value in a set.
    @Test(arguments: EmitterOptions.Equality.allCases)
    func generatedModelsCodeAsDocumented(equality: EmitterOptions.Equality) throws {
        let files: [GeneratedFile] = try Pipeline.files(yaml: Self.document) { options in
            options.outputs = [.models, .validators]
            options.equality = equality
        }
        let setUse: String = "\nlet forge_set: Set<TreeNode> = [TreeNode(name: \"a\")]\n_ = forge_set\n"
        let program: String = Self.program + (equality == .hashable ? setUse : "")
        let result: Toolchain.Result = try ProgramRunner.run(files, program: program)
        #expect(result.status == 0)
        let lines: [Substring] = result.output.split(separator: "\n")
        let expected: [Substring] = Self.expected.split(separator: "\n")
        #expect(lines.count == expected.count, "\(result.output)")
        for (line, wanted) in zip(lines, expected) {
            #expect(line == wanted)
        }
    }

    static let expected: String = #"""
        null kept: {"dueAt":null,"note":"call back","ownerId":null}
        missing key: ownerId
        all null: nil nil nil
        unknown enum: unknown("refunded") {"status":"refunded"}
        tree: {"byLabel":{"x":{"name":"d"}},"children":[{"children":[{"name":"c"}],"name":"b","parent":{"name":"a"}}],"name":"a"}
        steps: [{"kind":"tap","x":1,"y":2},{"direction":"left","kind":"swipe"}] round trip: true
        unknown kind: kind pinch
        metadata: {"iso":200,"source":"cam","tags":["a"]}
        strict: z
        shipment: C-1 x ["pallets": 4] {"additionalProperties":"x","container":"C-1","pallets":4}
        widget: {"class":"c","self":"urn:widget:1","type":"dial"}
        icons: {"":"e","123":"n","16x16":"u1","a.b":"d","日本語":"ja"}
        issues: /counters maxProperties 3; /counters/a minimum 0
        roster: /members/2 uniqueItems {"status":"placed"}
        """#

    static let document: String = """
        openapi: 3.0.3
        info: {title: Behaviour, version: '1'}
        paths: {}
        components:
          schemas:
            AssignmentUpdate:
              type: object
              required: [ownerId, note, dueAt]
              properties:
                ownerId: {type: string, nullable: true}
                note: {type: string, nullable: true}
                dueAt: {type: string, format: date-time, nullable: true}
                priority: {type: integer}
            Order:
              type: object
              required: [status]
              properties:
                status: {type: string, enum: [placed, shipped]}
            TreeNode:
              type: object
              required: [name]
              properties:
                name: {type: string}
                parent: {$ref: '#/components/schemas/TreeNode'}
                children: {type: array, items: {$ref: '#/components/schemas/TreeNode'}}
                byLabel: {type: object, additionalProperties: {$ref: '#/components/schemas/TreeNode'}}
            Step:
              oneOf: [{$ref: '#/components/schemas/TapStep'}, {$ref: '#/components/schemas/SwipeStep'}]
              discriminator:
                propertyName: kind
                mapping: {tap: '#/components/schemas/TapStep', swipe: '#/components/schemas/SwipeStep'}
            TapStep:
              type: object
              required: [kind, x, y]
              properties: {kind: {type: string}, x: {type: integer}, y: {type: integer}}
            SwipeStep:
              type: object
              required: [direction]
              properties: {direction: {type: string, enum: [left, right]}}
            Metadata:
              type: object
              required: [source]
              properties: {source: {type: string}}
              additionalProperties: true
            StrictPoint:
              type: object
              required: [x, y]
              properties: {x: {type: number}, y: {type: number}}
              additionalProperties: false
            Shipment:
              type: object
              required: [container]
              properties:
                container: {type: string}
                decoder: {type: string}
                additionalProperties: {type: string}
              additionalProperties: {type: integer}
            Widget:
              type: object
              required: [type, class, self]
              properties:
                type: {type: string, enum: [gauge, dial, self, init, Type, default]}
                class: {type: string}
                self: {type: string}
            Icons:
              type: object
              properties:
                16x16: {type: string}
                '': {type: string}
                日本語: {type: string}
                '123': {type: string}
                a.b: {type: string}
            Asset:
              type: object
              properties:
                counters:
                  type: object
                  maxProperties: 3
                  additionalProperties: {type: integer, format: int64, minimum: 0}
            SelfList: {type: array, items: {$ref: '#/components/schemas/SelfList'}}
            First: {allOf: [{$ref: '#/components/schemas/Second'}]}
            Second: {allOf: [{$ref: '#/components/schemas/First'}]}
            Roster:
              type: object
              properties:
                members:
                  type: array
                  uniqueItems: true
                  items: {$ref: '#/components/schemas/Order'}
        """

    static let program: String = #"""
        import Foundation
        import OpenAPIForgeRuntime

        let encoder: JSONEncoder = JSONCoding.makeEncoder()
        encoder.outputFormatting.insert(.sortedKeys)
        let decoder: JSONDecoder = JSONCoding.makeDecoder()

        func text<Value: Encodable>(_ value: Value) throws -> String {
            String(decoding: try encoder.encode(value), as: UTF8.self)
        }

        func decode<Value: Decodable>(_ type: Value.Type, _ json: String) throws -> Value {
            try decoder.decode(type, from: Data(json.utf8))
        }

        func failure<Value: Decodable>(_ type: Value.Type, _ json: String) -> String {
            do {
                _ = try decode(type, json)
                return "decoded"
            } catch let DecodingError.keyNotFound(key, _) {
                return key.stringValue
            } catch let DecodingError.dataCorrupted(context) {
                return context.codingPath.map(\.stringValue).joined(separator: "/") + " " + context.debugDescription
            } catch {
                return "\(error)"
            }
        }

        print("null kept: " + (try text(AssignmentUpdate(ownerId: nil, note: "call back", dueAt: nil))))
        print("missing key: " + failure(AssignmentUpdate.self, #"{"note":"x","dueAt":null}"#))
        let nulls: AssignmentUpdate = try decode(AssignmentUpdate.self, #"{"ownerId":null,"note":null,"dueAt":null}"#)
        print("all null: \(nulls.ownerId as Any) \(nulls.note as Any) \(nulls.dueAt as Any)")

        let order: Order = try decode(Order.self, #"{"status":"refunded"}"#)
        print("unknown enum: \(order.status) " + (try text(order)))

        let tree: String = #"{"name":"a","children":[{"name":"b","parent":{"name":"a"},"children":[{"name":"c"}]}],"byLabel":{"x":{"name":"d"}}}"#
        print("tree: " + (try text(try decode(TreeNode.self, tree))))

        let steps: [Step] = [.tapStep(TapStep(kind: "tap", x: 1, y: 2)), .swipeStep(SwipeStep(direction: .left))]
        let stepsText: String = try text(steps)
        print("steps: \(stepsText) round trip: \(try text(try decode([Step].self, stepsText)) == stepsText)")
        let pinch: String = failure(Step.self, #"{"kind":"pinch"}"#)
        print("unknown kind: kind \(pinch.contains("'pinch'") && pinch.contains("'kind'") ? "pinch" : pinch)")

        print("metadata: " + (try text(try decode(Metadata.self, #"{"source":"cam","iso":200,"tags":["a"]}"#))))
        print("strict: " + failure(StrictPoint.self, #"{"x":1,"y":2,"z":3}"#).prefix(1))

        let shipment: Shipment = try decode(Shipment.self, #"{"container":"C-1","additionalProperties":"x","pallets":4}"#)
        let extras: String = "\(shipment.additionalProperties_)"
        print("shipment: \(shipment.container) \(shipment.additionalProperties ?? "-") \(extras) " + (try text(shipment)))

        print("widget: " + (try text(try decode(Widget.self, #"{"type":"dial","class":"c","self":"urn:widget:1"}"#))))
        print("icons: " + (try text(try decode(Icons.self, #"{"16x16":"u1","":"e","日本語":"ja","123":"n","a.b":"d"}"#))))

        let asset: Asset = Asset(counters: ["a": -1, "b": 2, "c": 3, "d": 4])
        print("issues: " + asset.validationIssues.map { "\($0.pointer) \($0.keyword) \($0.limit)" }.joined(separator: "; "))
        let roster: Roster = Roster(members: [Order(status: .placed), Order(status: .shipped), Order(status: .placed)])
        print("roster: " + roster.validationIssues.map { "\($0.pointer) \($0.keyword) \($0.value)" }.joined(separator: "; "))
        """#
}
