#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif


/// The running tool's version and the size and modification time of its executable.
///
/// The bundled templates and all generator code are compiled into the executable, so a rebuilt
/// tool has another size or modification time, and fingerprints written by the previous build
/// stop matching. Reading the executable's attributes, not its 20 MB of bytes, keeps this cheap.
enum ToolIdentity {
    /// Returns one line such as `openapi-forge 0.1.0 executable 20512344 bytes modified
    /// 1764880000.123456 /usr/local/bin/openapi-forge`; the size and time read `unknown` when the
    /// executable cannot be found.
    static func current() -> String {
        let path = executablePath()
        let attributes = path.flatMap { try? FileManager.default.attributesOfItem(atPath: $0) }
        // FoundationEssentials gives the size as `UInt`; Foundation's `NSNumber` bridges to it.
        let size = (attributes?[.size] as? UInt).map { "\($0)" } ?? "unknown"
        let modified = (attributes?[.modificationDate] as? Date).map { date in
            fixedPointText(Int64((date.timeIntervalSince1970 * 1_000_000).rounded()), digits: 6)
        }
        return "openapi-forge \(OpenAPIForgeTool.version) executable \(size) bytes modified "
            + "\(modified ?? "unknown") \(path ?? "unknown")"
    }

    /// Returns the executable's real path: `/proc/self/exe` resolved on Linux,
    /// `Bundle.main.executablePath` on Apple platforms, else the first argument.
    ///
    /// `attributesOfItem` describes a symbolic link itself, not its destination, so the link is resolved first.
    private static func executablePath() -> String? {
        if let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return destination
        }
        #if !canImport(FoundationEssentials)
            if let path = Bundle.main.executablePath {
                return URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            }
        #endif
        return CommandLine.arguments.first.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path }
    }
}
