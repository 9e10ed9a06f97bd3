import ForgeRendering
import Testing

@Suite struct StrictLookupTests {
    @Test func missingVariable() {
        let error = failure("Hello {{name}}!", [:])
        #expect(error?.description == "main:1:7: error: value 'name' not found in the context")
    }

    @Test func locationOnLaterLine() {
        let error = failure("first\nsecond\n    {{missing}}\n")
        #expect(error?.line == 3)
        #expect(error?.column == 5)
    }

    @Test func columnCountsScalars() {
        let error = failure("éü✓ {{missing}}")
        #expect(error?.line == 1)
        #expect(error?.column == 5)
    }

    @Test func locationAfterCarriageReturnLines() {
        let error = failure("a\r\nb\r\n  {{missing}}")
        #expect(error?.line == 3)
        #expect(error?.column == 3)
    }

    @Test func locationAfterMultilineComment() {
        let error = failure("{{!\n\n}} {{missing}}")
        #expect(error?.line == 3)
        #expect(error?.column == 4)
    }

    @Test func locationWithChangedDelimiters() {
        let error = failure("{{=<% %>=}}\n  <%missing%>")
        #expect(error?.line == 2)
        #expect(error?.column == 3)
    }

    @Test func missingSection() {
        let error = failure("x\n{{#items}}\n{{/items}}\n")
        #expect(error?.description == "main:2:1: error: value 'items' not found in the context")
    }

    @Test func missingInvertedSection() {
        let error = failure("{{^items}}{{/items}}")
        #expect(error?.message == "value 'items' not found in the context")
    }

    @Test func missingInsideListItem() {
        let error = failure("{{#items}}{{nme}}{{/items}}", ["items": [["name": "a"]]])
        #expect(error?.description == "main:1:11: error: value 'nme' not found in the context")
    }

    @Test func missingInSkippedSectionIsNotChecked() throws {
        #expect(try render("{{#f}}{{missing}}{{/f}}", ["f": false]) == "")
    }

    @Test func nullIsNotMissing() throws {
        let context: TemplateValue = ["license": .null]
        #expect(try render("[{{license}}{{#license}}x{{/license}}{{^license}}none{{/license}}]", context) == "[none]")
    }

    @Test func missingMember() {
        let error = failure("{{owner.login}}", ["owner": ["name": "a"]])
        #expect(error?.message == "value 'owner.login' not found: 'owner' has no member 'login'")
    }

    @Test func missingDeepMember() {
        let error = failure("{{a.b.c}}", ["a": ["b": [:]]])
        #expect(error?.message == "value 'a.b.c' not found: 'a.b' has no member 'c'")
    }

    @Test func laterPartsDoNotSearchOuterContexts() {
        let context: TemplateValue = ["a": ["b": [:]], "b": ["c": "outer"]]
        let error = failure("{{#a}}{{b.c}}{{/a}}", context)
        #expect(error?.message == "value 'b.c' not found: 'b' has no member 'c'")
    }

    @Test func memberOfString() {
        let error = failure("{{name.first}}", ["name": "Ada"])
        #expect(error?.message == "value 'name.first' not found: 'name' is a string, not an object")
    }

    @Test func memberOfList() {
        let error = failure("{{#items.count}}{{/items.count}}", ["items": []])
        #expect(error?.message == "value 'items.count' not found: 'items' is a list, not an object")
    }

    @Test func insertingList() {
        let error = failure("{{items}}", ["items": ["a"]])
        #expect(error?.message == "cannot insert 'items' because it is a list; use a section to render it")
    }

    @Test func insertingObject() {
        let error = failure("{{#o}}{{.}}{{/o}}", ["o": ["k": "v"]])
        #expect(error?.message == "cannot insert '.' because it is an object; use a section to render it")
        #expect(error?.column == 7)
    }

    @Test func errorInPartialNamesPartial() {
        let error = failure("line\n{{>row}}", partials: ["row": "ok\n  {{missing}}"])
        #expect(error?.description == "row:2:3: error: value 'missing' not found in the context")
    }

    @Test func contextThatIsNotAnObject() throws {
        #expect(try TemplateSet(templates: ["t": "{{.}}"]).render("t", context: "top") == "top")
        #expect(throws: TemplateError.self) {
            try TemplateSet(templates: ["t": "{{name}}"]).render("t", context: "top")
        }
    }
}
