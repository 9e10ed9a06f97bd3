import ForgeDocument
import ForgeFrontEnd

/// The values of an `enum` that becomes a Swift enum: all strings, or all integers.
///
/// `null` entries are left out (they make the value nullable). Integers written as floats
/// (`2.0`) count as integers. Booleans, fractions and mixed lists are not Swift enums: the value
/// keeps its scalar type.
struct EnumValues {
    var rawType: EnumDeclaration.RawType
    var values: [Node]

    init?(_ schema: JSONSchema) {
        let values = (schema.enumValues ?? []).filter { $0.scalar != .null }
        guard !values.isEmpty else {
            return nil
        }
        if values.allSatisfy({ $0.string != nil }) {
            rawType = .string
        } else if values.allSatisfy({ $0.scalar?.isIntegral == true && $0.scalar?.integerValue != nil }) {
            rawType = .int
        } else {
            return nil
        }
        self.values = values
    }
}

extension BuildContext {
    /// Builds an open enum: one case per documented value, plus a case that keeps other values.
    ///
    /// String cases are named by `SwiftNaming.memberName` (`""` gives `_empty`), falling back to the
    /// value's own casing (`OFF`) and then to a hash suffix when names collide. Integer cases are
    /// `_1`, `_2`, `_minus1`. The unknown case is `unknown`, or `undocumented` when a value takes
    /// `unknown`.
    func buildEnum(_ schema: JSONSchema, name: String, qualifiedName: String) -> EnumDeclaration {
        guard let enumValues = EnumValues(schema) else {
            return EnumDeclaration(
                name: name, qualifiedName: qualifiedName, origin: origin(of: schema), rawType: .string, cases: [])
        }
        var allocator = NameAllocator()
        let literals = enumValues.values.map { Self.rawLiteral($0, type: enumValues.rawType) }
        let candidates = enumValues.values.map { Self.caseCandidate($0, type: enumValues.rawType) }
        let names = allocator.allocate(candidates)
        let cases = zip(names, literals).enumerated().map { index, pair in
            EnumDeclaration.Case(
                swiftName: pair.0, rawValueLiteral: pair.1,
                documentation: Documentation(location: enumValues.values[index].location))
        }
        let unknown =
            ["unknown", "undocumented"].first { !allocator.isTaken($0) } ?? allocator.claimPlain("unknown")
        return EnumDeclaration(
            name: name, qualifiedName: qualifiedName, origin: origin(of: schema), rawType: enumValues.rawType,
            cases: cases, unknownCaseName: unknown, documentation: documentation(of: schema))
    }

    private static func caseCandidate(_ value: Node, type: EnumDeclaration.RawType) -> NameAllocator.Candidate {
        guard type == .string, let text = value.string else {
            let number = value.scalar?.integerValue.map(String.init) ?? ""
            return .init(original: number, preferred: SwiftNaming.enumCaseName(forInteger: number), alternate: nil)
        }
        return .init(
            original: text, preferred: SwiftNaming.memberName(text), alternate: SwiftNaming.verbatimMemberName(text))
    }

    private static func rawLiteral(_ value: Node, type: EnumDeclaration.RawType) -> String {
        if type == .string, let text = value.string {
            return SwiftLiteral.string(text)
        }
        return value.scalar?.integerValue.map(String.init) ?? "0"
    }

    /// Returns the component key, or the JSON pointer of an inline schema.
    func origin(of schema: JSONSchema) -> String {
        if let name = targetNames[schema.origin], schema.pointer.hasPrefix("/components/schemas/") {
            return name
        }
        return schema.origin.file == document.file ? schema.pointer : schema.origin.description
    }
}
