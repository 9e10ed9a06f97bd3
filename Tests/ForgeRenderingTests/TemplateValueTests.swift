import ForgeRendering
import Testing

@Suite struct TemplateValueTests {
    @Test func literals() {
        let value: TemplateValue = ["name": "Pet", "isPublic": true, "fields": ["id", ["name": "tag"]]]
        let expected = TemplateValue.object([
            "name": .string("Pet"),
            "isPublic": .bool(true),
            "fields": .list([.string("id"), .object(["name": .string("tag")])]),
        ])
        #expect(value == expected)
    }

    @Test func interpolatedStringLiteral() {
        let count = 3
        let value: TemplateValue = "\(count) items"
        #expect(value == .string("3 items"))
    }

    @Test func optionalString() {
        let present: String? = "x"
        let absent: String? = nil
        #expect(TemplateValue(present) == .string("x"))
        #expect(TemplateValue(absent) == .null)
    }

    @Test func memberLookup() {
        let value: TemplateValue = ["a": ["b": "c"]]
        #expect(value["a"]?["b"] == .string("c"))
        #expect(value["missing"] == nil)
        #expect(TemplateValue.string("s")["a"] == nil)
    }

    @Test func memberAssignment() {
        var value: TemplateValue = [:]
        value["name"] = "Pet"
        value["doc"] = TemplateValue(nil as String?)
        #expect(value == ["name": "Pet", "doc": .null])
    }

    @Test func memberAssignmentOnNull() {
        var value = TemplateValue.null
        value["a"] = true
        #expect(value == ["a": true])
    }

    @Test func memberRemoval() {
        var value: TemplateValue = ["a": "1", "b": "2"]
        value["a"] = nil
        #expect(value == ["b": "2"])
    }

    @Test func memberAssignmentOnStringStops() async {
        await #expect(processExitsWith: .failure) {
            var value = TemplateValue.string("s")
            value["a"] = "b"
        }
    }
}
