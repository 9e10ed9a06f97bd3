/// A value that templates read: text, a Boolean, a list, an object with named members, or null.
///
/// Build values with literals: `["name": "Pet", "isPublic": true, "fields": [["name": "id"]]]`.
/// In a section, `false`, `.null` and an empty list are falsy. Everything else is truthy, including an
/// empty string and an empty object. Use `.null` for an optional value that is absent, because a name
/// missing from the context is an error.
public enum TemplateValue: Sendable, Equatable {
    case string(String)
    case bool(Bool)
    case list([TemplateValue])
    /// A list whose items are made as a section renders them. Templates treat it as a `.list`.
    case lazyList(LazyTemplateList)
    case object([String: TemplateValue])
    case null

    /// Creates a string value, or `.null` when `string` is nil.
    public init(_ string: String?) {
        if let string {
            self = .string(string)
        } else {
            self = .null
        }
    }

    /// The member named `key` of an object; nil for a missing key or a value that is not an object.
    ///
    /// Setting a member turns `.null` into an object first; setting one on a string, Boolean or list stops
    /// the program.
    public subscript(key: String) -> TemplateValue? {
        get {
            guard case .object(let members) = self else {
                return nil
            }
            return members[key]
        }
        set {
            var members: [String: TemplateValue] = [:]
            switch self {
            case .object(let existing):
                members = existing
            case .null:
                break
            default:
                preconditionFailure("cannot set member '\(key)' of a \(kindName)")
            }
            // Dropping this value's reference first leaves `members` unique, so it changes in place.
            self = .null
            members[key] = newValue
            self = .object(members)
        }
    }

    /// Whether a section renders its content for this value.
    var isTruthy: Bool {
        switch self {
        case .bool(let value):
            return value
        case .null:
            return false
        case .list(let items):
            return !items.isEmpty
        case .lazyList(let list):
            return list.count > 0
        case .string, .object:
            return true
        }
    }

    /// The kind of value in words, for error messages.
    var kindName: String {
        switch self {
        case .string:
            return "string"
        case .bool:
            return "Boolean"
        case .list, .lazyList:
            return "list"
        case .object:
            return "object"
        case .null:
            return "null"
        }
    }
}

extension TemplateValue: ExpressibleByStringInterpolation {
    public init(stringLiteral value: String) {
        self = .string(value)
    }
}

extension TemplateValue: ExpressibleByBooleanLiteral {
    public init(booleanLiteral value: Bool) {
        self = .bool(value)
    }
}

extension TemplateValue: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: TemplateValue...) {
        self = .list(elements)
    }
}

extension TemplateValue: ExpressibleByDictionaryLiteral {
    /// Creates an object; a key written twice stops the program, as it does for `Dictionary`.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        // Sized once and filled by insertion: `Dictionary(uniqueKeysWithValues:)` merged the
        // elements in and grew the table step by step, rehashing every key it held.
        var members: [String: TemplateValue] = Dictionary(minimumCapacity: elements.count)
        for (key, value) in elements {
            guard members.updateValue(value, forKey: key) == nil else {
                preconditionFailure("duplicate key '\(key)' in a template object literal")
            }
        }
        self = .object(members)
    }
}
