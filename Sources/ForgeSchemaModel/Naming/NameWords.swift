/// A name from the document split into words, ready to be joined in one of the Swift casings.
struct NameWords {
    /// The original text.
    let text: String
    /// Underscores at the very start of the text, kept in front of the identifier.
    let leadingUnderscores: Int
    let words: [String]
    /// True when the text has cased letters and none of them is lower case, such as `MAX_VALUE`.
    let isAllCapitals: Bool

    init(_ text: String) {
        self.text = text
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            (leadingUnderscores, words, isAllCapitals) = Self.splitASCII(Array(text.utf8))
            return
        }
        let scalars = text.unicodeScalars
        leadingUnderscores = scalars.prefix { $0 == "_" }.count
        words = Self.split(scalars.dropFirst(leadingUnderscores))
        var hasUpper = false
        var hasLower = false
        for scalar in scalars {
            hasUpper = hasUpper || Self.isUppercase(scalar)
            hasLower = hasLower || Self.isLowercase(scalar)
        }
        isAllCapitals = hasUpper && !hasLower
    }

    /// Joins the words in UpperCamelCase (`upperFirst`) or lowerCamelCase.
    func joined(upperFirst: Bool) -> String {
        let lowered = isAllCapitals && !(upperFirst && words.count == 1) ? words.map { $0.lowercased() } : words
        let body = lowered.enumerated().map { index, word in
            index == 0 && !upperFirst ? Self.lowerLeading(word) : Self.upperLeading(word)
        }
        return finish(body.joined())
    }

    /// Joins the words with their casing unchanged.
    func joinedVerbatim() -> String {
        finish(words.joined())
    }

    /// Adds the kept underscores and the prefix a digit needs, or spells a name with no words.
    private func finish(_ body: String) -> String {
        guard !body.isEmpty else {
            return text.isEmpty ? SwiftNaming.emptyName : Self.hexName(text)
        }
        let underscores = String(repeating: "_", count: leadingUnderscores)
        let startsWithDigit = body.unicodeScalars.first.map(IdentifierScalars.isASCIIDigit) ?? false
        return underscores + (startsWithDigit && leadingUnderscores == 0 ? "_" : "") + body
    }

    /// Returns the parts of `init` for ASCII text, where a word is a run of ASCII letters and digits.
    ///
    /// Names in documents are almost always ASCII, and bytes avoid the Unicode scalar walk.
    private static func splitASCII(_ bytes: [UInt8])
        -> (leadingUnderscores: Int, words: [String], isAllCapitals: Bool)
    {
        let leadingUnderscores = bytes.prefix { $0 == UInt8(ascii: "_") }.count
        var words: [String] = []
        var wordStart: Int?
        var hasUpper = false
        var hasLower = false
        for index in leadingUnderscores..<bytes.count {
            let byte = bytes[index]
            let isUpper = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
            let isLower = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
            let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            hasUpper = hasUpper || isUpper
            hasLower = hasLower || isLower
            if isUpper || isLower || isDigit {
                wordStart = wordStart ?? index
            } else if let start = wordStart {
                words.append(String(decoding: bytes[start..<index], as: UTF8.self))
                wordStart = nil
            }
        }
        if let start = wordStart {
            words.append(String(decoding: bytes[start...], as: UTF8.self))
        }
        return (leadingUnderscores, words, hasUpper && !hasLower)
    }

    /// Splits the text into runs of word scalars. A word does not start with a combining mark.
    ///
    /// Each word is sliced out of the text at once, which is far cheaper than appending it scalar by scalar.
    private static func split(_ scalars: Substring.UnicodeScalarView) -> [String] {
        var words: [String] = []
        var wordStart: Substring.UnicodeScalarView.Index?
        var index = scalars.startIndex
        while index != scalars.endIndex {
            let scalar = scalars[index]
            let startsWithMark = wordStart == nil && IdentifierScalars.isCombiningMark(scalar)
            if IdentifierScalars.isWordScalar(scalar) && !startsWithMark {
                wordStart = wordStart ?? index
            } else if let start = wordStart {
                words.append(String(scalars[start..<index]))
                wordStart = nil
            }
            index = scalars.index(after: index)
        }
        if let start = wordStart {
            words.append(String(scalars[start..<scalars.endIndex]))
        }
        return words
    }

    /// `user` → `User`; the rest of the word keeps its casing.
    private static func upperLeading(_ word: String) -> String {
        guard let first = word.utf8.first else {
            return word
        }
        guard word.utf8.allSatisfy({ $0 < 0x80 }) else {
            return word.first!.uppercased() + word.dropFirst()
        }
        guard first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z") else {
            return word
        }
        return String(decoding: [first - 32] + word.utf8.dropFirst(), as: UTF8.self)
    }

    /// `HTTPServer` → `httpServer`, `URLs` → `urls`, `ID` → `id`, `User` → `user`.
    private static func lowerLeading(_ word: String) -> String {
        guard word.utf8.allSatisfy({ $0 < 0x80 }) else {
            return lowerLeadingCharacters(word)
        }
        let bytes = Array(word.utf8)
        let isUpper: (UInt8) -> Bool = { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
        guard bytes.contains(where: { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) else {
            return word.lowercased()
        }
        let run = bytes.prefix(while: isUpper).count
        let lowered = run <= 1 || bytes[run...].elementsEqual("s".utf8) ? max(run, 1) : run - 1
        let head = bytes.prefix(lowered).map { isUpper($0) ? $0 + 32 : $0 }
        return String(decoding: head + bytes.dropFirst(lowered), as: UTF8.self)
    }

    /// The rule of `lowerLeading` for words with non-ASCII letters, on characters.
    private static func lowerLeadingCharacters(_ word: String) -> String {
        let characters = Array(word)
        guard characters.contains(where: \.isLowercase) else {
            return word.lowercased()
        }
        let run = characters.prefix { $0.isUppercase }.count
        if run <= 1 || String(characters[run...]) == "s" {
            return String(characters.prefix(max(run, 1))).lowercased() + characters.dropFirst(max(run, 1))
        }
        return String(characters.prefix(run - 1)).lowercased() + characters.dropFirst(run - 1)
    }

    private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ("A"..."Z").contains(scalar) : scalar.properties.isUppercase
    }

    private static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ("a"..."z").contains(scalar) : scalar.properties.isLowercase
    }

    /// `🎉` → `_1F389`, `@@` → `_40_40`.
    private static func hexName(_ text: String) -> String {
        "_" + text.unicodeScalars.map { String($0.value, radix: 16, uppercase: true) }.joined(separator: "_")
    }
}
