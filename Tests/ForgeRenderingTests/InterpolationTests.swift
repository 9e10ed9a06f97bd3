import ForgeRendering
import Testing

@Suite struct InterpolationTests {
    @Test func textWithoutTags() throws {
        #expect(try render("Plain {text} with braces\n") == "Plain {text} with braces\n")
    }

    @Test func emptyTemplate() throws {
        #expect(try render("") == "")
    }

    @Test func variable() throws {
        #expect(try render("Hello, {{who}}!\n", ["who": "world"]) == "Hello, world!\n")
    }

    @Test func noEscapingInDoubleBraces() throws {
        #expect(try render("{{code}}", ["code": "a < b && \"c\" > 'd'"]) == "a < b && \"c\" > 'd'")
    }

    @Test func noEscapingInTripleBraces() throws {
        #expect(try render("{{{code}}}", ["code": "<T: Sendable>"]) == "<T: Sendable>")
    }

    @Test func noEscapingWithAmpersand() throws {
        #expect(try render("{{&code}}", ["code": "x & y"]) == "x & y")
    }

    @Test func booleans() throws {
        #expect(try render("{{yes}} {{no}}", ["yes": true, "no": false]) == "true false")
    }

    @Test func nullInsertsNothing() throws {
        #expect(try render("[{{a}}{{{a}}}{{&a}}]", ["a": .null]) == "[]")
    }

    @Test func valueWithTagSyntaxIsNotExpanded() throws {
        #expect(try render("{{a}}", ["a": "{{b}}"]) == "{{b}}")
    }

    @Test func dottedName() throws {
        let context: TemplateValue = ["person": ["name": "Ada"]]
        #expect(try render("{{person.name}} = {{#person}}{{name}}{{/person}}", context) == "Ada = Ada")
    }

    @Test func dottedNameAnyDepth() throws {
        let context: TemplateValue = ["a": ["b": ["c": ["d": ["e": "deep"]]]]]
        #expect(try render("{{a.b.c.d.e}}", context) == "deep")
    }

    @Test func dottedNameFirstPartUpTheStack() throws {
        let context: TemplateValue = [
            "a": ["b": ["c": "inner"]],
            "b": ["c": "outer"],
        ]
        #expect(try render("{{#a}}{{b.c}}{{/a}}", context) == "inner")
        #expect(try render("{{#a}}{{#b}}{{c}}{{/b}}{{/a}}", context) == "inner")
    }

    @Test func dottedNameFromOuterContext() throws {
        let context: TemplateValue = ["a": ["x": "1"], "b": ["c": "outer"]]
        #expect(try render("{{#a}}{{b.c}}{{/a}}", context) == "outer")
    }

    @Test func dottedNameThroughNull() throws {
        #expect(try render("[{{a.b.c}}]", ["a": ["b": .null]]) == "[]")
        #expect(try render("[{{a.b}}]", ["a": .null]) == "[]")
    }

    @Test func implicitIterator() throws {
        #expect(try render("{{#word}}<{{.}}>{{/word}}", ["word": "hi"]) == "<hi>")
    }

    @Test func surroundingWhitespaceKept() throws {
        #expect(try render("| {{s}} |", ["s": "x"]) == "| x |")
        #expect(try render("| {{{s}}} |", ["s": "x"]) == "| x |")
    }

    @Test func variableLineIsNeverStandalone() throws {
        #expect(try render("  {{s}}\n", ["s": "x"]) == "  x\n")
        #expect(try render("  {{{s}}}\n", ["s": "x"]) == "  x\n")
        #expect(try render("  {{s}}\n", ["s": ""]) == "  \n")
    }

    @Test func paddingInsideTags() throws {
        let context: TemplateValue = ["s": "x"]
        #expect(try render("|{{ s }}|{{{ s }}}|{{& s }}|{{\ts\t}}|", context) == "|x|x|x|x|")
    }

    @Test func blanksBeforeTypeCharacter() throws {
        #expect(try render("{{ #a }}yes{{ /a }}{{ & s }}", ["a": true, "s": "!"]) == "yes!")
    }

    @Test func multibyteText() throws {
        #expect(try render("é {{s}} ✓\n", ["s": "ü"]) == "é ü ✓\n")
    }
}
