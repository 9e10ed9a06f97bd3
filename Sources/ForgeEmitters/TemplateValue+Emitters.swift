import ForgeRendering

extension TemplateValue {
    /// A list of objects each flagged `isLast` on the last one, for comma-separated template output.
    static func separatedList(_ items: consuming [TemplateValue]) -> TemplateValue {
        let lastPosition = items.count - 1
        for position in items.indices {
            guard case .object(var members) = items[position] else {
                continue
            }
            // Dropping the list's reference first leaves `members` unique, so it changes in place.
            items[position] = .null
            members["isLast"] = .bool(position == lastPosition)
            items[position] = .object(members)
        }
        return .list(items)
    }

    /// Adds the members of another object, replacing members of the same name.
    mutating func merge(_ other: TemplateValue) {
        guard case .object(let added) = other, case .object(var members) = self else {
            return
        }
        self = .null
        members.merge(added) { _, new in new }
        self = .object(members)
    }

    /// Wraps an optional object: the object itself, or `.null` when absent.
    static func optional(_ value: TemplateValue?) -> TemplateValue {
        value ?? .null
    }
}
