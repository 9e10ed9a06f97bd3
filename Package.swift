// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "OpenAPIForge",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "openapi-forge", targets: ["openapi-forge"]),
        .library(name: "OpenAPIForgeRuntime", targets: ["OpenAPIForgeRuntime"]),
    ],
    targets: [
        // Front end: libyaml and the JSON reader produce one located node tree.
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "ForgeDiagnostics"),
        .target(name: "ForgeFrontEnd", dependencies: ["CYAML", "ForgeDiagnostics"]),

        // Document model: typed OpenAPI values, references and validation.
        .target(name: "ForgeDocument", dependencies: ["ForgeFrontEnd", "ForgeDiagnostics"]),

        // Schema model: every Swift name, type and operation, decided once.
        .target(name: "ForgeSchemaModel", dependencies: ["ForgeDocument", "ForgeDiagnostics"]),

        // Rendering: a Mustache renderer with no knowledge of OpenAPI.
        .target(name: "ForgeRendering"),

        // Emitters: schema model in, Swift source files out.
        .target(
            name: "ForgeEmitters",
            dependencies: ["ForgeSchemaModel", "ForgeRendering", "ForgeDiagnostics"]
        ),

        // Command line: argument parsing, the commands, and the executable.
        .target(name: "ForgeArguments"),
        .target(
            name: "ForgeCommands",
            dependencies: [
                "ForgeArguments", "ForgeDiagnostics", "ForgeFrontEnd", "ForgeDocument",
                "ForgeSchemaModel", "ForgeEmitters",
            ]
        ),
        .executableTarget(name: "openapi-forge", dependencies: ["ForgeCommands"]),

        // Runtime imported by generated code.
        .target(name: "OpenAPIForgeRuntime"),

        .testTarget(name: "ForgeDiagnosticsTests", dependencies: ["ForgeDiagnostics"]),
        .testTarget(
            name: "ForgeFrontEndTests",
            dependencies: ["ForgeFrontEnd"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "ForgeArgumentsTests", dependencies: ["ForgeArguments"]),
        .testTarget(name: "ForgeRenderingTests", dependencies: ["ForgeRendering"]),
        .testTarget(name: "ForgeDocumentTests", dependencies: ["ForgeDocument"], resources: [.copy("Fixtures")]),
        .target(name: "ForgeTestSupport", path: "Tests/ForgeTestSupport"),
        .testTarget(name: "OpenAPIForgeRuntimeTests", dependencies: ["OpenAPIForgeRuntime", "ForgeTestSupport"]),
        .testTarget(name: "ForgeSchemaModelTests", dependencies: ["ForgeSchemaModel", "ForgeDocument", "ForgeFrontEnd"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "ForgeEmittersTests",
            dependencies: ["ForgeEmitters", "ForgeSchemaModel", "ForgeDocument", "ForgeFrontEnd", "OpenAPIForgeRuntime"],
            resources: [.copy("Golden")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
