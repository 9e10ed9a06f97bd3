import ForgeDiagnostics
import Testing

@testable import ForgeArguments

@Suite struct SuggestionTests {
    @Test func distanceCountsEdits() {
        #expect(Suggestion.editDistance("output", "output") == 0)
        #expect(Suggestion.editDistance("ouput", "output") == 1)
        #expect(Suggestion.editDistance("outptu", "output") == 1)
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
        #expect(Suggestion.editDistance("", "abc") == 3)
        #expect(Suggestion.editDistance("abc", "") == 3)
    }

    @Test func closestByDistance() {
        #expect(closestMatch(to: "chek", in: ["config", "check"]) == "check")
    }

    @Test func tieGoesToFirstDeclared() {
        #expect(closestMatch(to: "dumb", in: ["dump", "dumm"]) == "dump")
    }

    @Test func farWordsGetNoSuggestion() {
        #expect(closestMatch(to: "publish", in: ["dump", "generate"]) == nil)
        #expect(closestMatch(to: "ab", in: ["xy"]) == nil)
    }

    @Test func uniquePrefixWins() {
        #expect(closestMatch(to: "gen", in: ["dump", "generate"]) == "generate")
    }

    @Test func sharedPrefixFallsBackToDistance() {
        #expect(closestMatch(to: "dump", in: ["dump-model", "dump-tree"]) == nil)
        #expect(closestMatch(to: "dump-modle", in: ["dump-model", "dump-tree"]) == "dump-model")
    }
}
