import ForgeRendering
import Testing

@Suite struct SectionTests {
    @Test func trueRendersOnce() throws {
        #expect(try render("[{{#on}}yes{{/on}}]", ["on": true]) == "[yes]")
    }

    @Test func falseSkips() throws {
        #expect(try render("[{{#on}}yes{{/on}}]", ["on": false]) == "[]")
    }

    @Test func nullSkips() throws {
        #expect(try render("[{{#on}}yes{{/on}}]", ["on": .null]) == "[]")
    }

    @Test func emptyListSkips() throws {
        #expect(try render("[{{#items}}x{{/items}}]", ["items": []]) == "[]")
    }

    @Test func emptyStringIsTruthy() throws {
        #expect(try render("[{{#s}}yes{{/s}}]", ["s": ""]) == "[yes]")
    }

    @Test func emptyObjectIsTruthy() throws {
        #expect(try render("[{{#o}}yes{{/o}}]", ["o": [:]]) == "[yes]")
    }

    @Test func objectBecomesContext() throws {
        #expect(try render("{{#owner}}Hi {{name}}.{{/owner}}", ["owner": ["name": "Joe"]]) == "Hi Joe.")
    }

    @Test func stringBecomesContext() throws {
        #expect(try render("{{#s}}{{.}} is {{s}}{{/s}}", ["s": "bar"]) == "bar is bar")
    }

    @Test func listIterates() throws {
        let context: TemplateValue = ["items": [["n": "1"], ["n": "2"], ["n": "3"]]]
        #expect(try render("{{#items}}{{n}},{{/items}}", context) == "1,2,3,")
    }

    @Test func listOfStrings() throws {
        #expect(try render("{{#items}}({{.}}){{/items}}", ["items": ["a", "b"]]) == "(a)(b)")
    }

    @Test func listOfLists() throws {
        let context: TemplateValue = ["rows": [["1", "2"], ["3"]]]
        #expect(try render("{{#rows}}({{#.}}{{.}}{{/.}}){{/rows}}", context) == "(12)(3)")
    }

    @Test func itemsFallBackToOuterContext() throws {
        let context: TemplateValue = ["suffix": "!", "items": [["n": "a"], ["n": "b", "suffix": "?"]]]
        #expect(try render("{{#items}}{{n}}{{suffix}}{{/items}}", context) == "a!b?")
    }

    @Test func deeplyNestedContexts() throws {
        let context: TemplateValue = ["a": ["one": "1"], "b": ["two": "2"], "c": ["three": "3"]]
        let template = "{{#a}}{{one}}{{#b}}{{one}}{{two}}{{#c}}{{one}}{{two}}{{three}}{{/c}}{{two}}{{/b}}{{one}}{{/a}}"
        #expect(try render(template, context) == "11212321")
    }

    @Test func sameSectionTwice() throws {
        #expect(try render("{{#t}}a{{/t}}-{{#t}}b{{/t}}", ["t": true]) == "a-b")
    }

    @Test func nestedTruthyAndFalsy() throws {
        #expect(try render("| A {{#t}}B {{#t}}C{{/t}} D{{/t}} E |", ["t": true]) == "| A B C D E |")
        #expect(try render("| A {{#f}}B {{#f}}C{{/f}} D{{/f}} E |", ["f": false]) == "| A  E |")
    }

    @Test func dottedSectionName() throws {
        let context: TemplateValue = ["a": ["b": ["c": true, "d": false]]]
        #expect(try render("[{{#a.b.c}}c{{/a.b.c}}{{#a.b.d}}d{{/a.b.d}}]", context) == "[c]")
    }

    @Test func trueDoesNotHideOuterNames() throws {
        #expect(try render("{{#t}}{{name}}{{/t}}", ["t": true, "name": "n"]) == "n")
    }

    @Test func surroundingWhitespaceKept() throws {
        #expect(try render(" | {{#t}}\t|\t{{/t}} | \n", ["t": true]) == " | \t|\t | \n")
    }

    @Test func internalWhitespaceKept() throws {
        #expect(try render(" | {{#t}} {{! note }}\n {{/t}} | \n", ["t": true]) == " |  \n  | \n")
    }

    @Test func inlineSectionsKeepIndentation() throws {
        #expect(try render(" {{#t}}YES{{/t}}\n {{#t}}GOOD{{/t}}\n", ["t": true]) == " YES\n GOOD\n")
    }

    @Test func standaloneLinesRemoved() throws {
        let template = "| Top\n{{#t}}\n| Middle\n{{/t}}\n| Bottom\n"
        #expect(try render(template, ["t": true]) == "| Top\n| Middle\n| Bottom\n")
    }

    @Test func indentedStandaloneLinesRemoved() throws {
        let template = "| Top\n  {{#t}}\n| Middle\n\t{{/t}}  \n| Bottom\n"
        #expect(try render(template, ["t": true]) == "| Top\n| Middle\n| Bottom\n")
    }

    @Test func standaloneWithCarriageReturns() throws {
        #expect(try render("|\r\n{{#t}}\r\n{{/t}}\r\n|", ["t": true]) == "|\r\n|")
    }

    @Test func standaloneOnFirstLine() throws {
        #expect(try render("  {{#t}}\n#{{/t}}\n/", ["t": true]) == "#\n/")
    }

    @Test func standaloneOnLastLineWithoutNewline() throws {
        #expect(try render("#{{#t}}\n/\n  {{/t}}", ["t": true]) == "#\n/\n")
    }

    @Test func twoTagsOnALineAreNotStandalone() throws {
        #expect(try render("  {{#t}}{{/t}}\nx", ["t": true]) == "  \nx")
    }

    @Test func listBodyWithStandaloneTags() throws {
        let template = "enum E {\n    {{#cases}}\n    case {{.}}\n    {{/cases}}\n}\n"
        #expect(try render(template, ["cases": ["a", "b"]]) == "enum E {\n    case a\n    case b\n}\n")
    }

    @Test func paddingInsideSectionTags() throws {
        #expect(try render("|{{# t }}={{/ t }}|", ["t": true]) == "|=|")
    }
}
