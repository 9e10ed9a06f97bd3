/// Choices that shape the generated Swift without changing what the document describes.
public struct EmitterOptions: Hashable, Sendable {
    /// The access level written on every generated declaration that users see.
    public enum AccessModifier: String, Hashable, Sendable, CaseIterable {
        case `public`
        case `package`
        case `internal`
    }

    /// A group of generated files that can be turned on or off.
    public enum Output: String, Hashable, Sendable, CaseIterable, Comparable {
        /// `Models/Models_N.swift`: the schema types.
        case models
        /// `Validators/Validators_N.swift`: `Validatable` conformances for types with constraints.
        case validators
        /// `Client.swift` and `Operations/Operations_N.swift`: the client and each operation's types.
        case client

        public static func < (lhs: Output, rhs: Output) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// How many files the types of one output are spread over.
    public enum FileSplit: Hashable, Sendable {
        /// One file below 50 declarations, 8 below 1000, else 16.
        case automatic
        /// Exactly this many files (at least 1), some possibly holding no declaration.
        case files(Int)
    }

    /// The equality conformances of generated structs, `oneOf` enums and response enums.
    ///
    /// The compiler synthesizes each conformance for every type. On Kubernetes' apps API, `Hashable` adds
    /// about a sixth to the LLVM IR of the generated module and `Equatable` alone about a twentieth.
    public enum Equality: String, Hashable, Sendable, CaseIterable {
        /// `Equatable` and `Hashable`, so values can be `Set` members and dictionary keys.
        case hashable
        /// `Equatable` only, so values can be compared in tests and views.
        case equatable
        /// Neither.
        case none

        /// The conformances to write after `Codable`, each followed by `, `.
        public var conformances: String {
            switch self {
            case .hashable: return "Hashable, "
            case .equatable: return "Equatable, "
            case .none: return ""
            }
        }
    }

    public var accessModifier: AccessModifier
    public var equality: Equality
    /// Modules imported by every generated file after `Foundation` and `OpenAPIForgeRuntime`.
    public var additionalImports: [String]
    public var outputs: Set<Output>
    /// The version named in every file header, such as `0.1.0`.
    public var toolVersion: String
    /// The path of the OpenAPI document as the user named it.
    ///
    /// Only its file name reaches the file header, and source locations in doc comments are shown
    /// relative to its folder, so no machine path leaks into the output.
    public var documentPath: String
    /// Writes `- Source: FILE:LINE:COLUMN` into doc comments when true.
    public var includesSourceLocations: Bool
    public var fileSplit: FileSplit

    public init(
        accessModifier: AccessModifier = .public,
        equality: Equality = .equatable,
        additionalImports: [String] = [],
        outputs: Set<Output> = Set(Output.allCases),
        toolVersion: String = EmitterOptions.currentToolVersion,
        documentPath: String,
        includesSourceLocations: Bool = true,
        fileSplit: FileSplit = .automatic
    ) {
        self.accessModifier = accessModifier
        self.equality = equality
        self.additionalImports = additionalImports
        self.outputs = outputs
        self.toolVersion = toolVersion
        self.documentPath = documentPath
        self.includesSourceLocations = includesSourceLocations
        self.fileSplit = fileSplit
    }

    /// The version of openapi-forge this module belongs to.
    public static let currentToolVersion: String = "0.1.0"
}
