import ForgeDiagnostics
import ForgeEmitters
import ForgeSchemaModel

/// The settings of `openapi-forge.yaml`, every one optional.
///
/// ```yaml
/// outputs: [models, validators, client]
/// accessModifier: public
/// additionalImports: [MyShared]
/// templates: Templates            # relative to this file
/// filter:
///   operations: [createTrainingRoutine]
///   tags: [routines]
///   paths: [/routines/v1/rs/training]
/// nameOverrides:
///   TrainingRoutine: Routine
/// typeOverrides:
///   uuid: String
/// sourceLocations: false         # leave `- Source: file:line:column` out of doc comments
/// equality: hashable              # or equatable (the default) or none
/// ```
public struct GeneratorConfiguration: Sendable, Equatable {
    public var outputs: Set<EmitterOptions.Output> = Set(EmitterOptions.Output.allCases)
    public var accessModifier: EmitterOptions.AccessModifier = .public
    public var additionalImports: [String] = []
    /// A folder whose templates replace the bundled ones by file name; relative paths are resolved
    /// against the configuration file's folder when it is read.
    public var templatesDirectory: String?
    public var operationFilter = OperationFilter()
    /// Component schema names (or JSON pointers) to Swift type names.
    public var nameOverrides: [String: String] = [:]
    /// Component schema names or string formats to Swift types spelled out.
    public var typeOverrides: [String: String] = [:]
    /// Whether doc comments name the document line each declaration came from.
    public var sourceLocations = true
    /// The equality conformances of generated types; `Hashable` costs compile time, so it is opt-in.
    public var equality: EmitterOptions.Equality = .equatable
    /// Warnings found while reading the configuration file, reported with the document's diagnostics.
    public var warnings: [Diagnostic] = []

    public init() {}

    var schemaModelOptions: SchemaModelOptions {
        SchemaModelOptions(nameOverrides: nameOverrides, typeOverrides: typeOverrides, operationFilter: operationFilter)
    }
}
