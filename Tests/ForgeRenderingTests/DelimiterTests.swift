import ForgeRendering
import Testing

@Suite struct DelimiterTests {
    @Test func newPair() throws {
        #expect(try render("{{=<% %>=}}(<%text%>)", ["text": "Hey!"]) == "(Hey!)")
    }

    @Test func specialCharacters() throws {
        #expect(try render("({{=[ ]=}}[text])", ["text": "It worked!"]) == "(It worked!)")
    }

    @Test func oldDelimitersBecomeText() throws {
        #expect(try render("{{=<% %>=}}{{text}} <%text%>", ["text": "x"]) == "{{text}} x")
    }

    @Test(arguments: [("#", true), ("^", false)])
    func changedDelimitersInSections(typeCharacter: String, shown: Bool) throws {
        let template = """
            [
            {{\(typeCharacter)section}}
              {{data}}
              |data|
            {{/section}}

            {{= | | =}}
            |\(typeCharacter)section|
              {{data}}
              |data|
            |/section|
            ]

            """
        let expected = """
            [
              I got interpolated.
              |data|

              {{data}}
              I got interpolated.
            ]

            """
        #expect(try render(template, ["section": .bool(shown), "data": "I got interpolated."]) == expected)
    }

    @Test func delimitersOutliveSection() throws {
        #expect(try render("{{#t}}{{=<% %>=}}<%/t%><%v%>", ["t": true, "v": "x"]) == "x")
    }

    @Test func delimitersChangeInSkippedSection() throws {
        #expect(try render("{{#f}}{{=<% %>=}}<%/f%><%v%>", ["f": false, "v": "x"]) == "x")
    }

    @Test func partialStartsWithDefaultDelimiters() throws {
        let template = "[ {{>include}} ]\n{{= | | =}}\n[ |>include| ]\n"
        let output = try render(template, ["value": "yes"], partials: ["include": ".{{value}}."])
        #expect(output == "[ .yes. ]\n[ .yes. ]\n")
    }

    @Test func partialDelimitersStayInPartial() throws {
        let template = "[ {{>include}} ]\n[ .{{value}}.  .|value|. ]\n"
        let partials = ["include": ".{{value}}. {{= | | =}} .|value|."]
        let output = try render(template, ["value": "yes"], partials: partials)
        #expect(output == "[ .yes.  .yes. ]\n[ .yes.  .|value|. ]\n")
    }

    @Test func tripleBracesWithOtherDelimiters() throws {
        #expect(try render("{{=<% %>=}}<%{v}%>", ["v": "<x>"]) == "<x>")
    }

    @Test func surroundingWhitespaceKept() throws {
        #expect(try render("| {{=@ @=}} |") == "|  |")
    }

    @Test func inlineKeepsOtherText() throws {
        #expect(try render(" | {{=@ @=}}\n") == " | \n")
    }

    @Test func standaloneLineRemoved() throws {
        #expect(try render("Begin.\n{{=@ @=}}\nEnd.\n") == "Begin.\nEnd.\n")
    }

    @Test func indentedStandaloneLineRemoved() throws {
        #expect(try render("Begin.\n  {{=@ @=}}\nEnd.\n") == "Begin.\nEnd.\n")
    }

    @Test func standaloneWithCarriageReturns() throws {
        #expect(try render("|\r\n{{= @ @ =}}\r\n|") == "|\r\n|")
    }

    @Test func standaloneOnFirstLine() throws {
        #expect(try render("  {{=@ @=}}\n=") == "=")
    }

    @Test func standaloneOnLastLineWithoutNewline() throws {
        #expect(try render("=\n  {{=@ @=}}") == "=\n")
    }

    @Test func pairWithPadding() throws {
        #expect(try render("|{{= @   @ =}}|") == "||")
    }

    @Test func longDelimiters() throws {
        #expect(try render("{{=<<< >>>=}}<<<v>>>", ["v": "ok"]) == "ok")
    }
}
