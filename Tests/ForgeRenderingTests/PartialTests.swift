import ForgeRendering
import Testing

@Suite struct PartialTests {
    @Test func includesPartial() throws {
        #expect(try render("\"{{>text}}\"", partials: ["text": "from partial"]) == "\"from partial\"")
    }

    @Test func usesCurrentContext() throws {
        let context: TemplateValue = ["text": "outer", "item": ["text": "inner"]]
        let partials = ["show": "*{{text}}*"]
        #expect(try render("{{>show}}{{#item}}{{>show}}{{/item}}", context, partials: partials) == "*outer**inner*")
    }

    @Test func recursion() throws {
        let context: TemplateValue = ["content": "X", "nodes": [["content": "Y", "nodes": []]]]
        let partials = ["node": "{{content}}<{{#nodes}}{{>node}}{{/nodes}}>"]
        #expect(try render("{{>node}}", context, partials: partials) == "X<Y<>>")
    }

    @Test func nestedPartials() throws {
        let partials = ["outer": "*{{a}} {{>inner}}*", "inner": "{{b}}!"]
        #expect(try render("{{>outer}}", ["a": "hello", "b": "world"], partials: partials) == "*hello world!*")
    }

    @Test func surroundingWhitespaceKept() throws {
        #expect(try render("| {{>p}} |", partials: ["p": "\t|\t"]) == "| \t|\t |")
    }

    @Test func inlinePartialIsNotIndented() throws {
        #expect(try render("  {{data}}  {{> p}}\n", ["data": "|"], partials: ["p": ">\n>"]) == "  |  >\n>\n")
    }

    @Test func standaloneWithCarriageReturns() throws {
        #expect(try render("|\r\n{{>p}}\r\n|", partials: ["p": ">"]) == "|\r\n>|")
    }

    @Test func standaloneOnFirstLine() throws {
        #expect(try render("  {{>p}}\n>", partials: ["p": ">\n>"]) == "  >\n  >>")
    }

    @Test func standaloneOnLastLineWithoutNewline() throws {
        #expect(try render(">\n  {{>p}}", partials: ["p": ">\n>"]) == ">\n  >\n  >")
    }

    @Test func standaloneIndentsEachPartialLine() throws {
        let partials = ["p": "|\n{{{content}}}\n|\n"]
        let output = try render("\\\n {{>p}}\n/\n", ["content": "<\n->"], partials: partials)
        #expect(output == "\\\n |\n <\n->\n |\n/\n")
    }

    @Test func indentationAccumulates() throws {
        let partials = ["type": "struct S {\n    {{>member}}\n}\n", "member": "var a: Int\nvar b: Int\n"]
        let output = try render("enum E {\n    {{>type}}\n}\n", partials: partials)
        #expect(output == "enum E {\n    struct S {\n        var a: Int\n        var b: Int\n    }\n}\n")
    }

    @Test func indentationInsideSectionBody() throws {
        let partials = ["list": "{{#items}}\n- {{.}}\n{{/items}}\n"]
        #expect(try render("  {{>list}}\n", ["items": ["a", "b"]], partials: partials) == "  - a\n  - b\n")
    }

    @Test func blankLinesStayUnindented() throws {
        let partials = ["p": "a\n\nb\n{{#no}}x{{/no}}\nc\n"]
        #expect(try render("    {{>p}}\n", ["no": false], partials: partials) == "    a\n\n    b\n\n    c\n")
    }

    @Test func indentationBeforeInterpolatedLine() throws {
        #expect(try render("  {{>p}}\n", ["v": "x"], partials: ["p": "{{v}}\n"]) == "  x\n")
    }

    @Test func paddingInsideTag() throws {
        #expect(try render("|{{> p }}|", partials: ["p": "[]"]) == "|[]|")
    }

    @Test func partialNameWithSlash() throws {
        #expect(try render("{{>shared/header}}", partials: ["shared/header": "H"]) == "H")
    }

    @Test func missingPartialFailsAtCreation() {
        let error = failure("line\n  {{>absent}}\n")
        #expect(error?.description == "main:2:3: error: partial 'absent' not found in the template set")
    }

    @Test func missingPartialInsideSection() {
        let error = failure("{{#never}}{{>absent}}{{/never}}", ["never": false])
        #expect(error?.line == 1)
        #expect(error?.column == 11)
        #expect(error?.message == "partial 'absent' not found in the template set")
    }

    @Test func endlessRecursionFails() {
        let error = failure("{{>loop}}", partials: ["loop": "x{{>loop}}"])
        #expect(error?.template == "loop")
        #expect(error?.line == 1)
        #expect(error?.column == 2)
        #expect(
            error?.message
                == "partials nested more than 100 deep at 'loop'; a partial may include itself only inside a section that ends"
        )
    }
}
