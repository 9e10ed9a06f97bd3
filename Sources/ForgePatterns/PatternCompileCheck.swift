#if canImport(_FoundationICU)
    import _FoundationICU
#else
    import Foundation
#endif

/// Compiles regular expressions with ICU, the engine the generated validators run through
/// `NSRegularExpression`, to learn whether a schema's `pattern` will work before code is written.
///
/// On Linux the check calls ICU's regular-expression API directly, from the `_FoundationICU` module
/// that ships with the toolchain. The generator then loads neither Foundation's full module nor
/// CoreFoundation, which saves about 5 MB of memory in every run (measured on Linux x86-64).
/// Other platforms compile with `NSRegularExpression`.
public enum PatternCompileCheck {
    /// Returns the reason ICU rejects the ECMA-262 `pattern` after the runtime's translation, or nil when
    /// it compiles. The reason is in words, such as `missing ']'`. It ends with ` near offset N` only when
    /// the translation left the pattern as written, because the offset counts the translation's characters.
    public static func problem(inECMAPattern pattern: String) -> String? {
        failure(inECMAPattern: pattern)?.text
    }

    /// Returns the reason when `pattern` breaks a rule of ECMA-262's own grammar, or nil.
    ///
    /// Only faults that ECMA-262 rejects as well count: unbalanced parentheses, a missing `]`, a
    /// `{n,m}` with m below n, and a class range that runs backwards. ICU also rejects syntax that
    /// ECMA-262 accepts, such as a lookbehind of unbounded length; that is no error in the document.
    public static func syntaxError(inECMAPattern pattern: String) -> String? {
        guard let failure = failure(inECMAPattern: pattern), syntaxCodes.contains(failure.code) else {
            return nil
        }
        return failure.text
    }

    /// ICU's codes for the faults that ECMA-262's grammar rejects too.
    private static let syntaxCodes: Set<String> = [
        "U_REGEX_MISMATCHED_PAREN", "U_REGEX_MISSING_CLOSE_BRACKET", "U_REGEX_MAX_LT_MIN", "U_REGEX_INVALID_RANGE",
    ]

    /// ICU's reasons in words, by error code name; other codes are spelled out from their names.
    private static let reasons: [String: String] = [
        "U_REGEX_LOOK_BEHIND_LIMIT": "a lookbehind of unbounded length",
        "U_REGEX_MISMATCHED_PAREN": "unbalanced parentheses",
        "U_REGEX_MISSING_CLOSE_BRACKET": "missing ']'",
        "U_REGEX_RULE_SYNTAX": "invalid syntax",
        "U_REGEX_BAD_ESCAPE_SEQUENCE": "an escape ICU does not know",
        "U_REGEX_PROPERTY_SYNTAX": "an invalid \\p{...} property",
        "U_REGEX_INVALID_BACK_REF": "a back reference to a group that does not exist",
        "U_REGEX_BAD_INTERVAL": "an invalid {n,m} quantifier",
        "U_REGEX_MAX_LT_MIN": "a {n,m} quantifier with m below n",
        "U_REGEX_INVALID_RANGE": "a class range whose end is below its start",
        "U_REGEX_NUMBER_TOO_BIG": "a number too large",
    ]

    /// A pattern ICU could not compile: its error code name, the reason in words, and where ICU stopped.
    private struct Failure {
        let code: String
        let reason: String
        /// The offset in the pattern as written, or nil when it is unknown or counts a rewritten pattern.
        var offset: Int32?

        /// The reason, followed by ` near offset N` when the offset is known.
        var text: String {
            offset.map { "\(reason) near offset \($0)" } ?? reason
        }
    }

    /// Translates the ECMA-262 `pattern` and compiles it; drops ICU's offset when the translation
    /// rewrote the pattern, because it would count the translation's characters.
    private static func failure(inECMAPattern pattern: String) -> Failure? {
        var translator: PatternTranslator = PatternTranslator(pattern)
        let translated: String = translator.run()
        guard var failure = failure(inICUPattern: translated) else {
            return nil
        }
        if translated != pattern {
            failure.offset = nil
        }
        return failure
    }

    private static func failure(inICUPattern pattern: String) -> Failure? {
        #if canImport(_FoundationICU)
            var units: [UInt16] = Array(pattern.utf16)
            var status: UErrorCode = U_ZERO_ERROR
            var position: UParseError = UParseError()
            let expression = units.withUnsafeMutableBufferPointer { buffer in
                // The ICU headers rename every entry point with the `swift_` prefix.
                swift_uregex_open(buffer.baseAddress, Int32(buffer.count), 0, &position, &status)
            }
            if let expression {
                swift_uregex_close(expression)
            }
            guard status.rawValue > U_ZERO_ERROR.rawValue else {
                return nil
            }
            let code: String = String(cString: swift_u_errorName(status))
            return Failure(code: code, reason: reason(forICUError: code), offset: position.offset)
        #else
            do {
                _ = try NSRegularExpression(pattern: pattern, options: [])
                return nil
            } catch {
                // NOTE: NSRegularExpression hides ICU's code, so no failure counts as an ECMA-262 syntax error here.
                return Failure(code: "", reason: "\(error)", offset: nil)
            }
        #endif
    }

    private static func reason(forICUError code: String) -> String {
        if let reason = reasons[code] {
            return reason
        }
        let words: String = code.hasPrefix("U_REGEX_") ? String(code.dropFirst("U_REGEX_".count)) : code
        return "ICU error " + words.lowercased().replacing("_", with: " ")
    }
}
