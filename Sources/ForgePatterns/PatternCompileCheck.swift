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
    /// Returns the reason ICU rejects the ECMA-262 `pattern` after the runtime's translation, or nil when it compiles.
    public static func problem(inECMAPattern pattern: String) -> String? {
        var translator: PatternTranslator = PatternTranslator(pattern)
        return problem(inICUPattern: translator.run())
    }

    /// Returns the reason ICU rejects `pattern` as written, or nil when it compiles.
    public static func problem(inICUPattern pattern: String) -> String? {
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
            let reason: String = String(cString: swift_u_errorName(status))
            return "ICU reports \(reason) at offset \(position.offset)"
        #else
            do {
                _ = try NSRegularExpression(pattern: pattern, options: [])
                return nil
            } catch {
                return "\(error)"
            }
        #endif
    }
}
