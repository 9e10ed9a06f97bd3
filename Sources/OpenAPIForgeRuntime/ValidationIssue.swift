/// One broken schema constraint, with where it happened and what was expected.
public struct ValidationIssue: Hashable, Sendable, CustomStringConvertible {
    /// The JSON Pointer of the offending value, e.g. `/userIds/3`; empty for the whole value.
    public var pointer: String

    /// The JSON Schema keyword that failed, e.g. `maxLength`, `pattern` or `required`.
    public var keyword: String

    /// The constraint as text, e.g. `250` for `maxLength: 250`.
    public var limit: String

    /// The offending value as text, shortened to about 64 characters.
    public var value: String

    /// A plain sentence without the pointer, e.g. `length 251 exceeds maxLength 250`.
    public var message: String

    /// Creates an issue from its parts.
    public init(pointer: String, keyword: String, limit: String, value: String, message: String) {
        self.pointer = pointer
        self.keyword = keyword
        self.limit = limit
        self.value = value
        self.message = message
    }

    /// The pointer and the message, e.g. `/name: length 251 exceeds maxLength 250`; the root shows as `(root)`.
    public var description: String {
        (pointer.isEmpty ? "(root)" : pointer) + ": " + message
    }
}

/// The error thrown when a value breaks one or more schema constraints.
public struct ValidationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Every broken constraint, in the order the validator met them; never empty when thrown by the runtime.
    public var issues: [ValidationIssue]

    /// Creates an error from `issues`.
    public init(issues: [ValidationIssue]) {
        self.issues = issues
    }

    /// One line per issue.
    public var description: String {
        issues.map(\.description).joined(separator: "\n")
    }
}
