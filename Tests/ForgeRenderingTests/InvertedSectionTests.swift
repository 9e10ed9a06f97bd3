import ForgeRendering
import Testing

@Suite struct InvertedSectionTests {
    @Test func falseRenders() throws {
        #expect(try render("[{{^on}}no{{/on}}]", ["on": false]) == "[no]")
    }

    @Test func trueSkips() throws {
        #expect(try render("[{{^on}}no{{/on}}]", ["on": true]) == "[]")
    }

    @Test func nullRenders() throws {
        #expect(try render("[{{^on}}no{{/on}}]", ["on": .null]) == "[no]")
    }

    @Test func emptyListRendersOnce() throws {
        #expect(try render("[{{^items}}none{{/items}}]", ["items": []]) == "[none]")
    }

    @Test func nonEmptyListSkips() throws {
        #expect(try render("[{{^items}}none{{/items}}]", ["items": ["a", "b"]]) == "[]")
    }

    @Test func truthyValuesSkip() throws {
        #expect(try render("[{{^s}}x{{/s}}{{^o}}y{{/o}}]", ["s": "", "o": [:]]) == "[]")
    }

    @Test func contextIsNotPushed() throws {
        #expect(try render("{{^f}}{{name}}{{/f}}", ["f": false, "name": "n"]) == "n")
    }

    @Test func besideSection() throws {
        let template = "{{#items}}{{.}}{{/items}}{{^items}}none{{/items}}"
        #expect(try render(template, ["items": ["a"]]) == "a")
        #expect(try render(template, ["items": []]) == "none")
    }

    @Test func dottedName() throws {
        #expect(try render("[{{^a.b}}no{{/a.b}}]", ["a": ["b": false]]) == "[no]")
    }

    @Test func nestedInverted() throws {
        #expect(try render("| A {{^f}}B {{^f}}C{{/f}} D{{/f}} E |", ["f": false]) == "| A B C D E |")
    }

    @Test func standaloneLinesRemoved() throws {
        let template = "| Top\n  {{^f}}\n| Middle\n  {{/f}}\n| Bottom\n"
        #expect(try render(template, ["f": false]) == "| Top\n| Middle\n| Bottom\n")
    }

    @Test func standaloneWithCarriageReturns() throws {
        #expect(try render("|\r\n{{^f}}\r\n{{/f}}\r\n|", ["f": false]) == "|\r\n|")
    }

    @Test func standaloneOnFirstLine() throws {
        #expect(try render("  {{^f}}\n^{{/f}}\n/", ["f": false]) == "^\n/")
    }

    @Test func standaloneOnLastLineWithoutNewline() throws {
        #expect(try render("^{{^f}}\n/\n  {{/f}}", ["f": false]) == "^\n/\n")
    }

    @Test func paddingInsideTags() throws {
        #expect(try render("|{{^ f }}={{/ f }}|", ["f": false]) == "|=|")
    }
}
