import ForgeRendering
import Testing

@Suite struct TemplateSetTests {
    @Test func rendersByName() throws {
        let set = try TemplateSet(templates: ["greeting": "Hi {{name}}", "farewell": "Bye {{name}}"])
        #expect(try set.render("greeting", context: ["name": "A"]) == "Hi A")
        #expect(try set.render("farewell", context: ["name": "B"]) == "Bye B")
    }

    @Test func rendersRepeatedly() throws {
        let set = try TemplateSet(templates: ["t": "{{#items}}{{.}};{{/items}}"])
        for count in 0..<5 {
            let items = (0..<count).map { TemplateValue.string("\($0)") }
            let expected = (0..<count).map { "\($0);" }.joined()
            #expect(try set.render("t", context: ["items": .list(items)]) == expected)
        }
    }

    @Test func rendersIntoExistingOutput() throws {
        let set = try TemplateSet(templates: ["line": "{{.}}\n"])
        var output = "// header\n"
        try set.render("line", context: "one", into: &output)
        try set.render("line", context: "two", into: &output)
        #expect(output == "// header\none\ntwo\n")
    }

    @Test func failedRenderKeepsEarlierOutput() throws {
        let set = try TemplateSet(templates: ["t": "before {{missing}} after"])
        var output = "start "
        #expect(throws: TemplateError.self) {
            try set.render("t", context: [:], into: &output)
        }
        #expect(output == "start before ")
    }

    @Test func unknownTemplate() throws {
        let set = try TemplateSet(templates: ["t": ""])
        let error = #expect(throws: TemplateError.self) {
            try set.render("nope", context: [:])
        }
        #expect(error?.description == "nope: error: template 'nope' not found in the set")
        #expect(error?.line == 0)
    }

    @Test func namesAreSorted() throws {
        let set = try TemplateSet(templates: ["b": "", "a": "", "c": ""])
        #expect(set.names == ["a", "b", "c"])
    }

    @Test func emptySet() throws {
        #expect(try TemplateSet(templates: [:]).names == [])
    }

    @Test func errorDescriptionFormat() {
        let error = TemplateError(template: "t.mustache", line: 3, column: 9, message: "bad")
        #expect(error.description == "t.mustache:3:9: error: bad")
    }
}
