/// A generated type that checks its schema constraints, and those of the values it contains.
public protocol Validatable {
    /// Adds an issue to `context` for every broken constraint, with pointers under `pointer`.
    func collectIssues(into context: inout ValidationContext, at pointer: String)
}

extension Validatable {
    /// The broken constraints of this value, with pointers from the value itself (the root is `""`).
    public var validationIssues: [ValidationIssue] {
        var context: ValidationContext = ValidationContext()
        collectIssues(into: &context, at: "")
        return context.issues
    }

    /// Throws when any constraint is broken.
    ///
    /// - Throws: ``ValidationError`` listing every issue, not only the first.
    public func validate() throws(ValidationError) {
        let issues: [ValidationIssue] = validationIssues
        if !issues.isEmpty {
            throw ValidationError(issues: issues)
        }
    }
}

extension Optional: Validatable where Wrapped: Validatable {
    /// Checks the wrapped value; `nil` has no issues.
    public func collectIssues(into context: inout ValidationContext, at pointer: String) {
        if let value = self {
            value.collectIssues(into: &context, at: pointer)
        }
    }
}

extension Array: Validatable where Element: Validatable {
    /// Checks every element, at `pointer/0`, `pointer/1` and so on.
    public func collectIssues(into context: inout ValidationContext, at pointer: String) {
        for (index, element) in enumerated() {
            element.collectIssues(into: &context, at: JSONPointer.appending(pointer, index))
        }
    }
}

extension Dictionary: Validatable where Key == String, Value: Validatable {
    /// Checks every value, at `pointer/key`, in sorted key order so the issue order is stable.
    public func collectIssues(into context: inout ValidationContext, at pointer: String) {
        for key in keys.sorted() {
            self[key]?.collectIssues(into: &context, at: JSONPointer.appending(pointer, key))
        }
    }
}

extension Nullable: Validatable where Wrapped: Validatable {
    /// Checks the wrapped value; ``Nullable/null`` has no issues.
    public func collectIssues(into context: inout ValidationContext, at pointer: String) {
        wrappedValue?.collectIssues(into: &context, at: pointer)
    }
}

extension Box: Validatable where Wrapped: Validatable {
    /// Checks the wrapped value at the same pointer.
    public func collectIssues(into context: inout ValidationContext, at pointer: String) {
        value.collectIssues(into: &context, at: pointer)
    }
}
