/// Turns names from an OpenAPI document into valid, readable Swift identifiers.
///
/// Every function is pure: the same text always gives the same identifier.
///
/// Words are the runs of letters and digits between other characters: `_`, `-`, spaces, dots,
/// `@`, `$`, emoji and symbols all separate words and are dropped. Non-ASCII letters that Swift
/// accepts in identifiers (`naïve`, `日本語`) stay. Each word keeps the document's casing except
/// for its first letter, so `HTTPServer` gives the type `HTTPServer` and the member `httpServer`,
/// and `user_id` gives `UserId` and `userId`. A name written all in capitals is read as lower
/// case words (`MAX_VALUE` gives `maxValue`), except that a one-word type keeps its capitals
/// (`URL`). Leading underscores are kept (`_links`), a name that would start with a digit gets a
/// leading underscore (`16x16` gives `_16x16`), the empty string gives `_empty`, and a name with
/// no letters or digits is spelled by its scalars in hexadecimal (`🎉` gives `_1F389`).
///
/// Names longer than `maximumLength` keep their first characters and end in `_` and an
/// eight-digit hash of the original text. Members that are keywords are wrapped in backticks
/// (`` `default` ``); types that are keywords or names generated code relies on get a trailing
/// `_` (`Type_`, `Protocol_`, `Self_`, `Data_`).
public enum SwiftNaming {
    /// The longest identifier produced, in Unicode scalars, before backticks.
    public static let maximumLength = 128

    /// The identifier for the empty string, as a property, case or type name.
    public static let emptyName = "_empty"

    /// The prefix of every local, parameter or helper name that generated code declares itself.
    ///
    /// Generated code names its own locals `forge_` followed by a word that is not eight
    /// hexadecimal digits (`forge_request`). No name made from the document has that form, because
    /// document names lose their inner underscores, and the suffixes added for length or
    /// collisions are a bare `_` or `_` and eight hexadecimal digits.
    public static let reservedLocalPrefix = "forge_"

    /// The enum namespace that holds one namespace per operation, for operation-specific types.
    public static let operationsNamespace = "Operations"

    /// Returns an UpperCamelCase type name for `text`.
    public static func typeName(_ text: String) -> String {
        let parts = NameWords(text)
        let name = shortened(parts.joined(upperFirst: true), original: text)
        return reservedTypeNames.contains(name) ? name + "_" : name
    }

    /// Returns a lowerCamelCase name for a property, case, method or parameter label, in backticks
    /// when it is a keyword.
    public static func memberName(_ text: String) -> String {
        let parts = NameWords(text)
        return escapedMember(shortened(parts.joined(upperFirst: false), original: text))
    }

    /// Returns `text` made an identifier with the document's casing unchanged, such as `OFF` for `OFF`.
    ///
    /// This is the second choice for a member whose lowerCamelCase name is already taken.
    public static func verbatimMemberName(_ text: String) -> String {
        let parts = NameWords(text)
        return escapedMember(shortened(parts.joinedVerbatim(), original: text))
    }

    /// Returns the initializer's internal parameter name for a member: the member name itself,
    /// except `_self` for `self`, because a backticked `self` parameter still means the instance.
    public static func parameterName(forMember swiftName: String) -> String {
        unescaped(swiftName) == "self" ? "_self" : swiftName
    }

    /// Returns the label for a member in a call's argument list: without backticks, because Swift
    /// warns that a keyword such as `self` or `default` needs none there. Only `inout`, `var` and `let`
    /// keep them, because a call cannot use them as labels otherwise.
    public static func callLabel(forMember swiftName: String) -> String {
        let name: String = unescaped(swiftName)
        return ["inout", "var", "let"].contains(name) ? swiftName : name
    }

    /// Returns the case name for an integer enum value, such as `_1`, or `_minus1` for `-1`.
    public static func enumCaseName(forInteger text: String) -> String {
        if text.hasPrefix("-") {
            return "_minus" + text.dropFirst()
        }
        return memberName(text)
    }

    /// Returns the identifier in backticks when it is a keyword, and unchanged otherwise.
    public static func escapedMember(_ identifier: String) -> String {
        keywords.contains(identifier) ? "`\(identifier)`" : identifier
    }

    /// Returns the identifier without backticks.
    public static func unescaped(_ identifier: String) -> String {
        guard identifier.hasPrefix("`"), identifier.hasSuffix("`"), identifier.count >= 2 else {
            return identifier
        }
        return String(identifier.dropFirst().dropLast())
    }

    /// Returns `name` with `_` and the stable hash of `original` appended, for a name already taken.
    public static func suffixed(_ name: String, original: String) -> String {
        let base = unescaped(name)
        let suffix = "_" + StableHash.hex(original)
        let room = maximumLength - suffix.unicodeScalars.count
        return String(String.UnicodeScalarView(base.unicodeScalars.prefix(room))) + suffix
    }

    /// Cuts a name over `maximumLength` to a prefix and the stable hash of the original text.
    static func shortened(_ name: String, original: String) -> String {
        guard name.unicodeScalars.count > maximumLength else {
            return name
        }
        return suffixed(name, original: original)
    }
}
