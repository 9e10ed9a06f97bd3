import Foundation

/// A JSON Schema `pattern` (an ECMA-262 regular expression) compiled for `NSRegularExpression`.
///
/// The expression compiles in the initializer; keep each pattern in a `static let` so it compiles once,
/// on first use, and is then shared by all threads (`NSRegularExpression` is immutable and thread-safe).
/// Matching is a search anywhere in the string, as JSON Schema requires, not a whole-string match.
///
/// The ECMA-262 source is rewritten by ``translate(_:)`` for ICU, the engine behind `NSRegularExpression`:
/// - `\d`, `\w`, `\s`, `\b` and their negations match ECMA-262's sets (ASCII digits and word characters,
///   ECMA-262 white space), where ICU's match all Unicode digits, letters and spaces.
/// - `$` matches only at the very end, where ICU's `$` also matches before a final line break.
/// - `.` excludes exactly ECMA-262's line terminators (ICU also excludes U+000B, U+000C and U+0085).
/// - `[` and `&` inside a class, `]` outside and a `{` that starts no quantifier are literal, as in ECMA-262.
/// - `[]` matches nothing, `[^]` any character, and `\u{…}` is a code point.
///
/// `\p{…}`, named groups `(?<name>…)`, `\k<name>`, lookahead and lookbehind pass through unchanged.
/// NOTE: differences left: ICU rejects lookbehind of unbounded length, which ECMA-262 accepts; a surrogate
/// pair written as two `\uXXXX` escapes stays two separate code units; ICU-only escapes such as `\A`, `\Z`,
/// `\Q…\E` keep their ICU meaning instead of being rejected.
public struct ValidationPattern: Sendable {
    /// The pattern as written in the schema.
    public let source: String

    /// The rewritten pattern handed to `NSRegularExpression`.
    public let translated: String

    /// The reason the translated pattern failed to compile, or `nil` when it compiled.
    public let compileError: ValidationPatternError?

    private let expression: NSRegularExpression?

    /// Translates and compiles `ecmaPattern`; an invalid pattern is kept and reported by ``compileError``.
    public init(_ ecmaPattern: String) {
        let translated: String = Self.translate(ecmaPattern)
        self.source = ecmaPattern
        self.translated = translated
        do {
            self.expression = try NSRegularExpression(pattern: translated, options: [])
            self.compileError = nil
        } catch {
            self.expression = nil
            self.compileError = ValidationPatternError(
                pattern: ecmaPattern, translated: translated, message: String(describing: error))
        }
    }

    /// Translates and compiles `ecmaPattern`, so that a generator can reject a pattern before emitting code.
    ///
    /// - Throws: ``ValidationPatternError`` when ICU cannot compile the translation.
    public static func compile(_ ecmaPattern: String) throws(ValidationPatternError) -> ValidationPattern {
        let pattern: ValidationPattern = ValidationPattern(ecmaPattern)
        if let error = pattern.compileError {
            throw error
        }
        return pattern
    }

    /// Rewrites an ECMA-262 pattern into ICU syntax with the same meaning, as listed on the type.
    public static func translate(_ ecmaPattern: String) -> String {
        var translator: PatternTranslator = PatternTranslator(ecmaPattern)
        return translator.run()
    }

    /// Searches `value` for a match anywhere; returns `false` when the pattern did not compile.
    public func matches(_ value: String) -> Bool {
        guard let expression else {
            return false
        }
        let range: NSRange = NSRange(location: 0, length: value.utf16.count)
        return expression.firstMatch(in: value, options: [], range: range) != nil
    }
}

/// A `pattern` that `NSRegularExpression` could not compile after translation.
public struct ValidationPatternError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The ECMA-262 pattern as written in the schema.
    public let pattern: String

    /// The ICU pattern that failed to compile.
    public let translated: String

    /// The compiler's reason.
    public let message: String

    /// Creates an error from its parts.
    public init(pattern: String, translated: String, message: String) {
        self.pattern = pattern
        self.translated = translated
        self.message = message
    }

    /// The pattern and the reason it is invalid.
    public var description: String {
        "invalid pattern '\(pattern)': \(message)"
    }
}
