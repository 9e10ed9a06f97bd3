import ForgeSchemaModel

/// Checks the Swift names, types and modules that the configuration puts into generated code as
/// written (`nameOverrides`, `typeOverrides`, `additionalImports`), so that a typo is an error at its
/// line in the configuration rather than a compiler error in the output.
enum SwiftSpellingCheck {
    /// Returns the problem with a type name for a declaration, or nil when it is a valid one.
    static func typeName(_ name: String) -> String? {
        guard isIdentifier(name) else {
            return "a type name is letters, digits and '_', not starting with a digit; for example '"
                + SwiftNaming.typeName(name) + "'"
        }
        if SwiftNaming.keywords.contains(name) || SwiftNaming.reservedTypeNames.contains(name) {
            return "'\(name)' is a Swift keyword or a type that generated code uses; choose another name"
        }
        return nil
    }

    /// Returns the problem with a spelled-out Swift type such as `String`, `Foundation.Decimal` or
    /// `[String: Int]?`, or nil when it looks like one.
    ///
    /// The check is lexical: identifiers joined by `.`, generic arguments, array, dictionary and
    /// optional sugar, with balanced brackets. Whether the type exists is left to the compiler.
    static func typeSpelling(_ spelling: String) -> String? {
        let allowed: Set<Character> = [".", "<", ">", "[", "]", ":", ",", "?", "!", " ", "_"]
        var openBrackets: [Character] = []
        for character in spelling {
            guard character.isASCII, character.isLetter || character.isNumber || allowed.contains(character) else {
                return "'\(character)' cannot appear in a Swift type; write a type such as String or [String: Int]"
            }
            switch character {
            case "<", "[":
                openBrackets.append(character)
            case ">", "]":
                let opening: Character = character == ">" ? "<" : "["
                guard openBrackets.popLast() == opening else {
                    return "'\(character)' has no matching '\(opening)'"
                }
            default:
                break
            }
        }
        guard openBrackets.isEmpty else {
            return "'\(openBrackets.last!)' is never closed"
        }
        guard let first = spelling.drop(while: { $0 == " " || $0 == "[" }).first,
            first.isLetter || first == "_"
        else {
            return "a type starts with a name or '['; write a type such as String or [String: Int]"
        }
        return nil
    }

    /// Returns the problem with a module name to import, such as `Shared` or `Shared.Models`, or nil.
    static func moduleName(_ name: String) -> String? {
        let parts: [Substring] = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ isIdentifier(String($0)) }) else {
            return "a module name is letters, digits and '_', not starting with a digit, with '.' between submodules"
        }
        return nil
    }

    private static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.first, first.isASCII, first.isLetter || first == "_" else {
            return false
        }
        return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    }
}
