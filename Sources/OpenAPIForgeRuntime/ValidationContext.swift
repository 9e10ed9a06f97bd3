/// A collector of ``ValidationIssue``s that generated validators fill with one `check…` call per constraint.
///
/// Every check takes concrete types and reports nothing when the constraint holds, so a validator is a flat
/// list of calls that type-checks fast. Pointers name the value checked; build them with
/// ``pointer(_:_:)-(String,String)`` and ``pointer(_:_:)-(String,Int)``.
public struct ValidationContext: Sendable {
    /// The issues reported so far, in call order.
    public private(set) var issues: [ValidationIssue] = []

    /// Creates an empty context.
    public init() {}

    /// Appends `issue`.
    public mutating func report(_ issue: ValidationIssue) {
        issues.append(issue)
    }

    /// Appends an issue built from its parts, shortening `value` to about 64 characters.
    public mutating func report(at pointer: String, keyword: String, limit: String, value: String, message: String) {
        let issue: ValidationIssue = ValidationIssue(
            pointer: pointer, keyword: keyword, limit: limit, value: Self.shorten(value), message: message)
        issues.append(issue)
    }

    /// Appends an object key to a pointer, escaping `~` as `~0` and `/` as `~1`.
    public static func pointer(_ base: String, _ token: String) -> String {
        JSONPointer.appending(base, token)
    }

    /// Appends an array index to a pointer.
    public static func pointer(_ base: String, _ index: Int) -> String {
        JSONPointer.appending(base, index)
    }

    /// Checks a nested value, an array, dictionary or optional of them included, at `pointer`.
    public mutating func validate<Value: Validatable>(_ value: Value, at pointer: String) {
        value.collectIssues(into: &self, at: pointer)
    }

    /// Shortens text to at most 64 characters, ending a cut text with `…`.
    static func shorten(_ text: String) -> String {
        guard text.utf8.count > 64, text.count > 64 else {
            return text
        }
        return String(text.prefix(63)) + "…"
    }

    /// Quotes a string value for a message, shortened.
    static func quote(_ text: String) -> String {
        "\"" + shorten(text) + "\""
    }
}

extension ValidationContext {
    /// Checks `minLength`, counting Unicode code points as JSON Schema does (so `é` precomposed is 1).
    public mutating func checkMinLength(_ value: String, _ limit: Int, at pointer: String) {
        let length: Int = value.unicodeScalars.count
        guard length < limit else {
            return
        }
        let message: String = "length \(length) is less than minLength \(limit)"
        report(at: pointer, keyword: "minLength", limit: String(limit), value: value, message: message)
    }

    /// Checks `maxLength`, counting Unicode code points as JSON Schema does.
    public mutating func checkMaxLength(_ value: String, _ limit: Int, at pointer: String) {
        let length: Int = value.unicodeScalars.count
        guard length > limit else {
            return
        }
        let message: String = "length \(length) exceeds maxLength \(limit)"
        report(at: pointer, keyword: "maxLength", limit: String(limit), value: value, message: message)
    }

    /// Checks `pattern` as an unanchored search; reports a pattern that failed to compile as an issue too.
    public mutating func checkPattern(_ value: String, _ pattern: ValidationPattern, at pointer: String) {
        if let error = pattern.compileError {
            let message: String = "pattern cannot be evaluated: \(error.message)"
            report(at: pointer, keyword: "pattern", limit: pattern.source, value: value, message: message)
        } else if !pattern.matches(value) {
            let message: String = "value \(Self.quote(value)) does not match pattern \(pattern.source)"
            report(at: pointer, keyword: "pattern", limit: pattern.source, value: value, message: message)
        }
    }

    /// Checks `format` from the result of a format test made by the caller, e.g. `format: email`.
    public mutating func checkFormat(_ isValid: Bool, _ value: String, _ format: String, at pointer: String) {
        guard !isValid else {
            return
        }
        let message: String = "value \(Self.quote(value)) is not a valid \(format)"
        report(at: pointer, keyword: "format", limit: format, value: value, message: message)
    }

    /// Checks `enum` for a closed set of allowed values.
    public mutating func checkEnum<Value: Equatable>(_ value: Value, _ allowed: [Value], at pointer: String) {
        guard !allowed.contains(value) else {
            return
        }
        let valueText: String = String(describing: value)
        let allowedText: String = allowed.map { String(describing: $0) }.joined(separator: ", ")
        let message: String = "value \(Self.shorten(valueText)) is not one of: \(allowedText)"
        report(at: pointer, keyword: "enum", limit: allowedText, value: valueText, message: message)
    }

    /// Checks `const`.
    public mutating func checkConst<Value: Equatable>(_ value: Value, _ expected: Value, at pointer: String) {
        guard value != expected else {
            return
        }
        let valueText: String = String(describing: value)
        let expectedText: String = String(describing: expected)
        let message: String = "value \(Self.shorten(valueText)) is not the constant \(expectedText)"
        report(at: pointer, keyword: "const", limit: expectedText, value: valueText, message: message)
    }

    /// Checks `required` for one property; the issue's pointer is the missing property's own pointer.
    public mutating func checkRequired(_ isPresent: Bool, _ key: String, at pointer: String) {
        guard !isPresent else {
            return
        }
        let message: String = "missing required property '\(key)'"
        report(at: Self.pointer(pointer, key), keyword: "required", limit: key, value: "", message: message)
    }
}
