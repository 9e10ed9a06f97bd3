/// Visits and rewrites declarations together with the types nested inside them.
enum DeclarationWalk {
    /// Returns every declaration, nested ones after their parent.
    static func all(_ declarations: [TypeDeclaration]) -> [TypeDeclaration] {
        declarations.flatMap { [$0] + all(nested(of: $0)) }
    }

    /// Returns the declarations with `transform` applied to each one, nested ones first.
    static func map(_ declarations: [TypeDeclaration], _ transform: (TypeDeclaration) -> TypeDeclaration)
        -> [TypeDeclaration]
    {
        declarations.map { declaration in
            var copy = declaration
            switch copy {
            case .structure(var structure):
                structure.nestedTypes = map(structure.nestedTypes, transform)
                copy = .structure(structure)
            case .oneOf(var oneOf):
                oneOf.nestedTypes = map(oneOf.nestedTypes, transform)
                copy = .oneOf(oneOf)
            case .enumeration, .typeAlias:
                break
            }
            return transform(copy)
        }
    }

    private static func nested(of declaration: TypeDeclaration) -> [TypeDeclaration] {
        switch declaration {
        case .structure(let structure): return structure.nestedTypes
        case .oneOf(let oneOf): return oneOf.nestedTypes
        case .enumeration, .typeAlias: return []
        }
    }
}
