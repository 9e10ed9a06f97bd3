import ForgeRendering
import ForgeSchemaModel

/// Maps path parameters to the statements that encode them in their `simple`, `label` or `matrix` style.
///
/// Each entry has `name` (the `forge_pathN` local the path literal interpolates), `reference` (the
/// parameter), `elementText` (converts `forge_item` when an array's elements are not already text),
/// `pairs` (a map's sorted entries) and `encoded` (the `String` expression of the whole segment).
/// A style other than these three, which OpenAPI does not allow in a path, is sent as `simple`.
struct PathSegmentContext {
    let operation: OperationModel
    let index: TypeIndex

    /// The entries in path order, one per `{name}` in the path template.
    var segments: [TemplateValue] {
        var segments: [TemplateValue] = []
        for case .parameter(let swiftName) in operation.pathComponents {
            let parameter: ParameterModel? = operation.parameters.first {
                $0.location == .path && $0.swiftName == swiftName
            }
            segments.append(segment(parameter, swiftName: swiftName, name: "forge_path\(segments.count)"))
        }
        return segments
    }

    private func segment(_ parameter: ParameterModel?, swiftName: String, name: String) -> TemplateValue {
        let text: ParameterText = ParameterText(index: index)
        let reference: String = SwiftNaming.parameterName(forMember: swiftName)
        let type: TypeUsage = parameter?.type ?? .builtin(.string)
        let style: PathStyle = PathStyle(parameter)
        var segment: TemplateValue = [
            "name": .string(name), "reference": .string(reference), "elementText": .null, "pairs": .null,
        ]
        if let element = text.arrayElement(type) {
            let elementText: String? = text.elementText(element)
            segment["elementText"] = .optional(elementText.map { .string($0) })
            segment["encoded"] = .string(style.array(elementText == nil ? reference : name + "Items"))
        } else if let value = text.mapValue(type) {
            segment["pairs"] = .string(text.pairs(value, reference))
            segment["encoded"] = .string(style.object(name + "Pairs"))
        } else {
            segment["encoded"] = .string(style.scalar(text.scalar(type, reference)))
        }
        return segment
    }
}

/// The `PathEncoding` call for one path parameter's style and `explode` setting.
private struct PathStyle {
    let style: ParameterModel.Style
    let explode: Bool
    let nameLiteral: String

    init(_ parameter: ParameterModel?) {
        style = parameter?.style ?? .simple
        explode = parameter?.explode ?? false
        nameLiteral = SwiftLiteral.string(parameter?.name ?? "")
    }

    /// Returns the expression encoding one `String` value.
    func scalar(_ value: String) -> String {
        switch style {
        case .label: return "PathEncoding.encodeLabel(\(value))"
        case .matrix: return "PathEncoding.encodeMatrix(name: \(nameLiteral), value: \(value))"
        default: return "PathEncoding.encodeSegment(\(value))"
        }
    }

    /// Returns the expression encoding a `[String]` value.
    func array(_ values: String) -> String {
        switch style {
        case .label: return "PathEncoding.encodeLabel(\(values), explode: \(explode))"
        case .matrix: return "PathEncoding.encodeMatrix(name: \(nameLiteral), values: \(values), explode: \(explode))"
        default: return "PathEncoding.encodeSimple(\(values))"
        }
    }

    /// Returns the expression encoding a `[(name: String, value: String)]` value.
    func object(_ pairs: String) -> String {
        switch style {
        case .label: return "PathEncoding.encodeLabel(\(pairs), explode: \(explode))"
        case .matrix: return "PathEncoding.encodeMatrix(name: \(nameLiteral), pairs: \(pairs), explode: \(explode))"
        default: return "PathEncoding.encodeSimple(\(pairs), explode: \(explode))"
        }
    }
}
