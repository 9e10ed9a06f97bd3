import ForgeRendering
import Testing

@Suite struct CommentTests {
    @Test func inlineComment() throws {
        #expect(try render("12345{{! Comment Block! }}67890") == "1234567890")
    }

    @Test func multilineInlineComment() throws {
        #expect(try render("12345{{!\n  several\n  lines\n}}67890\n") == "1234567890\n")
    }

    @Test func standaloneLineRemoved() throws {
        #expect(try render("Begin.\n{{! note }}\nEnd.\n") == "Begin.\nEnd.\n")
    }

    @Test func indentedStandaloneLineRemoved() throws {
        #expect(try render("Begin.\n  {{! note }}\nEnd.\n") == "Begin.\nEnd.\n")
    }

    @Test func standaloneWithCarriageReturns() throws {
        #expect(try render("|\r\n{{! note }}\r\n|") == "|\r\n|")
    }

    @Test func standaloneOnFirstLine() throws {
        #expect(try render("  {{! note }}\n!") == "!")
    }

    @Test func standaloneOnLastLineWithoutNewline() throws {
        #expect(try render("!\n  {{! note }}") == "!\n")
    }

    @Test func multilineStandalone() throws {
        #expect(try render("Begin.\n{{!\nline one\nline two\n}}\nEnd.\n") == "Begin.\nEnd.\n")
    }

    @Test func indentedMultilineStandalone() throws {
        #expect(try render("Begin.\n  {{!\n    indented\n  }}\nEnd.\n") == "Begin.\nEnd.\n")
    }

    @Test func inlineKeepsIndentation() throws {
        #expect(try render("  12 {{! 34 }}\n") == "  12 \n")
    }

    @Test func surroundingWhitespaceKept() throws {
        #expect(try render("12345 {{! note }} 67890") == "12345  67890")
    }

    @Test func commentNeverLooksUpNames() throws {
        #expect(try render("[{{! missing }}{{!missing.name}}]") == "[]")
    }

    @Test func commentEndsAtFirstClosingDelimiter() throws {
        #expect(try render("a{{! {{b }}c }}") == "ac }}")
    }
}
