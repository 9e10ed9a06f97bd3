import ForgeRendering

extension TemplateValue {
    /// A list of objects each flagged `isLast` on the last one, for comma-separated template output.
    static func separatedList(_ items: [TemplateValue]) -> TemplateValue {
        var marked: [TemplateValue] = []
        for (position, item) in items.enumerated() {
            var copy: TemplateValue = item
            copy["isLast"] = .bool(position == items.count - 1)
            marked.append(copy)
        }
        return .list(marked)
    }

    /// Adds the members of another object, replacing members of the same name.
    mutating func merge(_ other: TemplateValue) {
        guard case .object(let members) = other else {
            return
        }
        for (key, member) in members {
            self[key] = member
        }
    }

    /// Wraps an optional object: the object itself, or `.null` when absent.
    static func optional(_ value: TemplateValue?) -> TemplateValue {
        value ?? .null
    }
}
