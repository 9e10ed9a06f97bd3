import ForgeRendering

/// The values every file's header and imports need.
struct FileHeaderContext {
    let toolVersion: String
    let sourceName: String
    let additionalImports: [String]

    init(options: EmitterOptions) {
        toolVersion = options.toolVersion
        sourceName = SourcePath.fileName(of: options.documentPath)
        additionalImports = options.additionalImports
    }

    /// Keys: `toolVersion`, `sourceName`, `imports` (sorted, without repeats, as `swift format` wants).
    func value(imports: [String]) -> TemplateValue {
        let all: [String] = Set(["Foundation", "OpenAPIForgeRuntime"] + imports + additionalImports).sorted()
        return [
            "toolVersion": .string(toolVersion),
            "sourceName": .string(sourceName),
            "imports": .list(all.map { .string($0) }),
        ]
    }
}
