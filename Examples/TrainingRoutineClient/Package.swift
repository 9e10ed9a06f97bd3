// swift-tools-version: 6.1
import PackageDescription

// A package that uses OpenAPIForge the way an app or server project would: the build plugin
// generates a client from `Sources/TrainingRoutineClient/openapi.yaml` on every build.
let package = Package(
    name: "TrainingRoutineClient",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "OpenAPIForge", path: "../..")
    ],
    targets: [
        .target(
            name: "TrainingRoutineClient",
            dependencies: [.product(name: "OpenAPIForgeRuntime", package: "OpenAPIForge")],
            plugins: [.plugin(name: "OpenAPIForgePlugin", package: "OpenAPIForge")]
        ),
        .executableTarget(name: "TrainingRoutineDemo", dependencies: ["TrainingRoutineClient"]),
    ],
    swiftLanguageModes: [.v6]
)
