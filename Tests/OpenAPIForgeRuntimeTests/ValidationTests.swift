import OpenAPIForgeRuntime
import Testing

@Suite struct ValidationTests {
    private func messages(_ build: (inout ValidationContext) -> Void) -> [String] {
        var context: ValidationContext = ValidationContext()
        build(&context)
        return context.issues.map(\.description)
    }

    @Test func stringLengths() {
        let long: String = String(repeating: "a", count: 251)
        #expect(messages { $0.checkMaxLength(long, 250, at: "/name") } == ["/name: length 251 exceeds maxLength 250"])
        #expect(messages { $0.checkMinLength("", 1, at: "/name") } == ["/name: length 0 is less than minLength 1"])
        #expect(messages { $0.checkMaxLength("é🎉", 2, at: "/name") }.isEmpty)
        #expect(messages { $0.checkMinLength("ab", 2, at: "/name") }.isEmpty)
    }

    @Test func integerBoundsAreExact() {
        let value: Int64 = 9_007_199_254_740_992
        let issues: [String] = messages { $0.checkMaximum(value, value - 1, exclusive: false, at: "/userIds/3") }
        #expect(issues == ["/userIds/3: value 9007199254740992 exceeds maximum 9007199254740991"])
        #expect(messages { $0.checkMaximum(Int64.max, Int64.max, exclusive: false, at: "") }.isEmpty)
        let negative: [String] = messages { $0.checkMinimum(-1, 0, exclusive: false, at: "/a") }
        #expect(negative == ["/a: value -1 is less than minimum 0"])
    }

    @Test func exclusiveBounds() {
        let low: [String] = messages { $0.checkMinimum(0, 0, exclusive: true, at: "/a") }
        #expect(low == ["/a: value 0 is not greater than exclusiveMinimum 0"])
        let high: [String] = messages { $0.checkMaximum(1.0, 1.0, exclusive: true, at: "/ratio") }
        #expect(high == ["/ratio: value 1 is not less than exclusiveMaximum 1"])
        #expect(messages { $0.checkMaximum(0.5, 1.0, exclusive: true, at: "/ratio") }.isEmpty)
        let fraction: [String] = messages { $0.checkMinimum(0.25, 0.5, exclusive: false, at: "/r") }
        #expect(fraction == ["/r: value 0.25 is less than minimum 0.5"])
    }

    @Test func multipleOf() {
        #expect(messages { $0.checkMultipleOf(5, 5, at: "/size") }.isEmpty)
        #expect(messages { $0.checkMultipleOf(7, 5, at: "/size") } == ["/size: value 7 is not a multiple of 5"])
        #expect(messages { $0.checkMultipleOf(0.3, 0.1, at: "/x") }.isEmpty)
        #expect(messages { $0.checkMultipleOf(0.35, 0.1, at: "/x") } == ["/x: value 0.35 is not a multiple of 0.1"])
        #expect(messages { $0.checkMultipleOf(Int64.min, Int64(3), at: "/x") }.count == 1)
    }

    @Test func itemCounts() {
        #expect(messages { $0.checkMinItems(0, 1, at: "/ruleIds") } == ["/ruleIds: 0 items is fewer than minItems 1"])
        #expect(messages { $0.checkMaxItems(4, 3, at: "/t") } == ["/t: 4 items is more than maxItems 3"])
        #expect(messages { $0.checkMinItems(1, 2, at: "/t") } == ["/t: 1 item is fewer than minItems 2"])
        let properties: [String] = messages { $0.checkMaxProperties(4, 3, at: "/counters") }
        #expect(properties == ["/counters: 4 properties is more than maxProperties 3"])
        let root: [String] = messages { $0.checkMinProperties(1, 2, at: "") }
        #expect(root == ["(root): 1 property is fewer than minProperties 2"])
    }

    @Test func uniqueItems() {
        var context: ValidationContext = ValidationContext()
        context.checkUniqueItems(["a", "b", "a", "a"], at: "/tags")
        #expect(context.issues.map(\.pointer) == ["/tags/2", "/tags/3"])
        #expect(context.issues.first?.message == "item 2 repeats item 0, but uniqueItems requires distinct items")
        #expect(context.issues.first?.keyword == "uniqueItems")
        #expect(context.issues.first?.value == #""a""#)
    }

    @Test func uniqueItemsComparesEncodedObjects() {
        struct Point: Encodable {
            var x: Int
            var label: String?
        }
        var context: ValidationContext = ValidationContext()
        let points: [Point] = [Point(x: 1), Point(x: 2), Point(x: 1, label: nil), Point(x: 1, label: "a")]
        context.checkUniqueItems(points, at: "/points")
        #expect(context.issues.map(\.pointer) == ["/points/2"])
        #expect(context.issues.first?.value == #"{"x":1}"#)
    }

    @Test func enumConstRequiredFormat() {
        #expect(messages { $0.checkEnum("x", ["a", "b"], at: "/k") } == ["/k: value x is not one of: a, b"])
        #expect(messages { $0.checkConst(2, 1, at: "/v") } == ["/v: value 2 is not the constant 1"])
        #expect(messages { $0.checkRequired(false, "a/b", at: "/o") } == ["/o/a~1b: missing required property 'a/b'"])
        let format: [String] = messages { $0.checkFormat(false, "nope", "email", at: "/mail") }
        #expect(format == [#"/mail: value "nope" is not a valid email"#])
    }

    @Test func issueFields() throws {
        var context: ValidationContext = ValidationContext()
        context.checkMaxLength(String(repeating: "x", count: 100), 10, at: "/name")
        let issue: ValidationIssue = try #require(context.issues.first)
        #expect(issue.keyword == "maxLength")
        #expect(issue.limit == "10")
        #expect(issue.value == String(repeating: "x", count: 63) + "…")
    }

    @Test func pointerEscapes() {
        #expect(ValidationContext.pointer("", "a~b/c") == "/a~0b~1c")
        #expect(ValidationContext.pointer("/userIds", 3) == "/userIds/3")
        #expect(ValidationContext.pointer("/x", "") == "/x/")
    }
}

/// A generated-style model: a name with a length limit and nested children.
private struct Node: Validatable, Sendable {
    var name: String
    var children: [Node] = []
    var byLabel: [String: Node] = [:]
    var parent: Box<Node>? = nil

    func collectIssues(into context: inout ValidationContext, at pointer: String) {
        context.checkMaxLength(name, 3, at: ValidationContext.pointer(pointer, "name"))
        context.validate(children, at: ValidationContext.pointer(pointer, "children"))
        context.validate(byLabel, at: ValidationContext.pointer(pointer, "byLabel"))
        context.validate(parent, at: ValidationContext.pointer(pointer, "parent"))
    }
}

@Suite struct ValidatableTests {
    @Test func collectsNestedIssues() {
        let node: Node = Node(
            name: "root", children: [Node(name: "ok"), Node(name: "long")],
            byLabel: ["b/x": Node(name: "four"), "a": Node(name: "fine")], parent: Box(Node(name: "abcd")))
        let pointers: [String] = node.validationIssues.map(\.pointer)
        #expect(pointers == ["/name", "/children/1/name", "/byLabel/a/name", "/byLabel/b~1x/name", "/parent/name"])
    }

    @Test func validateThrowsEveryIssue() {
        let error: ValidationError? = #expect(throws: ValidationError.self) {
            try Node(name: "long", children: [Node(name: "long")]).validate()
        }
        #expect(error?.issues.count == 2)
        let expected: String = "/name: length 4 exceeds maxLength 3\n/children/0/name: length 4 exceeds maxLength 3"
        #expect(error?.description == expected)
    }

    @Test func validValueDoesNotThrow() throws {
        try Node(name: "ok").validate()
        try [Node(name: "a")].validate()
        let nothing: Node? = nil
        #expect(nothing.validationIssues.isEmpty)
        #expect(Nullable<Node>.null.validationIssues.isEmpty)
    }
}
