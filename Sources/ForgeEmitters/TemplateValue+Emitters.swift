import ForgeRendering

extension TemplateValue {
    /// A list of objects each flagged `isLast` on the last one, for comma-separated template output.
    static func separatedList(_ items: [TemplateValue]) -> TemplateValue {
        var marked: [TemplateValue] = []
        marked.reserveCapacity(items.count)
        for (position, item) in items.enumerated() {
            guard case .object(var members) = item else {
                marked.append(item)
                continue
            }
            members["isLast"] = .bool(position == items.count - 1)
            marked.append(.object(members))
        }
        return .list(marked)
    }

    /// Adds the members of another object, replacing members of the same name.
    mutating func merge(_ other: TemplateValue) {
        guard case .object(let added) = other, case .object(var members) = self else {
            return
        }
        members.merge(added) { _, new in new }
        self = .object(members)
    }

    /// Wraps an optional object: the object itself, or `.null` when absent.
    static func optional(_ value: TemplateValue?) -> TemplateValue {
        value ?? .null
    }
}
