import Testing

@testable import ForgeEmitters

@Suite("UnifiedDiff")
struct UnifiedDiffTests {
    @Test func equalTextsGiveNothing() {
        #expect(UnifiedDiff.render(old: "a\nb\n", new: "a\nb\n", path: "f.swift") == "")
    }

    @Test func changedLineWithContext() {
        let old: String = "1\n2\n3\n4\n5\n6\n7\n8\n9\n"
        let new: String = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n"
        let expected: String = """
            --- a/f.swift
            +++ b/f.swift
            @@ -2,7 +2,7 @@
             2
             3
             4
            -5
            +five
             6
             7
             8

            """
        #expect(UnifiedDiff.render(old: old, new: new, path: "f.swift") == expected)
    }

    @Test func distantChangesMakeTwoHunks() {
        let numbers: [String] = (1...20).map { "\($0)" }
        var changed: [String] = numbers
        changed[1] = "two"
        changed[18] = "nineteen"
        let old: String = numbers.map { $0 + "\n" }.joined()
        let new: String = changed.map { $0 + "\n" }.joined()
        let diff: String = UnifiedDiff.render(old: old, new: new, path: "x")
        let headers: [Substring] = diff.split(separator: "\n").filter { $0.hasPrefix("@@") }
        #expect(headers == ["@@ -1,5 +1,5 @@", "@@ -16,5 +16,5 @@"])
    }

    @Test func newFileComesFromDevNull() {
        let expected: String = "--- /dev/null\n+++ b/new.swift\n@@ -0,0 +1,2 @@\n+a\n+b\n"
        #expect(UnifiedDiff.render(old: nil, new: "a\nb\n", path: "new.swift") == expected)
    }

    @Test func removedFileGoesToDevNull() {
        let expected: String = "--- a/old.swift\n+++ /dev/null\n@@ -1 +0,0 @@\n-a\n"
        #expect(UnifiedDiff.render(old: "a\n", new: nil, path: "old.swift") == expected)
    }

    @Test func missingFinalNewlineIsMarked() {
        let expected: String = """
            --- a/f
            +++ b/f
            @@ -1 +1 @@
            -a
            \\ No newline at end of file
            +a

            """
        #expect(UnifiedDiff.render(old: "a", new: "a\n", path: "f") == expected)
    }

    @Test func insertionInMiddleKeepsShortestScript() {
        let old: [String] = ["a", "b", "c", "d"]
        let new: [String] = ["a", "x", "b", "c", "y", "d"]
        let edits: [LineEdit] = LineDiff.edits(old: old, new: new)
        let inserted: [Int] = edits.compactMap { edit in
            if case .insert(let index) = edit { return index }
            return nil
        }
        #expect(inserted == [1, 4])
        #expect(edits.count == 6)
    }

    @Test func scriptRebuildsTheNewText() {
        let old: [String] = "the quick brown fox jumps over the lazy dog".split(separator: " ").map(String.init)
        let new: [String] = "a quick red fox leaps over the dog today".split(separator: " ").map(String.init)
        var rebuilt: [String] = []
        var deletions: Int = 0
        for edit in LineDiff.edits(old: old, new: new) {
            switch edit {
            case .keep(let oldIndex, let newIndex):
                #expect(old[oldIndex] == new[newIndex])
                rebuilt.append(old[oldIndex])
            case .insert(let newIndex):
                rebuilt.append(new[newIndex])
            case .delete:
                deletions += 1
            }
        }
        #expect(rebuilt == new)
        #expect(deletions == 4)
    }
}
