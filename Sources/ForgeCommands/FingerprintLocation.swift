
/// Locations of the fingerprint of an output folder.
///
/// In plugin layout the output folder is SwiftPM's plugin work folder: it is never committed and is
/// the only folder a sandboxed build plugin may write to, so the fingerprint is a hidden file in it.
/// Otherwise the output folder is part of the user's sources, and a file there naming absolute paths
/// and the executable's modification time would show in `git status` on every machine. The
/// fingerprint then goes to the user's cache folder, in a file named by a hash of the output path.
extension FingerprintFile {
    /// Returns the fingerprint file of a run into `outputDirectory`, or nil when it has no place:
    /// outside plugin layout with no cache folder in `environment`.
    static func locate(outputDirectory: String, pluginLayout: Bool, environment: [String: String]) -> FingerprintFile? {
        if pluginLayout {
            return inOutputDirectory(outputDirectory)
        }
        return inCache(forOutputDirectory: outputDirectory, environment: environment)
    }

    /// Returns the fingerprint file inside `outputDirectory`, the place plugin layout uses and earlier
    /// versions of the tool used for every run.
    static func inOutputDirectory(_ outputDirectory: String) -> FingerprintFile {
        FingerprintFile(outputDirectory: outputDirectory, path: path(InputFingerprint.fileName, in: outputDirectory))
    }

    /// Returns the fingerprint file for `outputDirectory` in the cache folder, or nil when `environment`
    /// names no cache folder. The file is named by the 64-bit FNV-1a hash of the folder's absolute,
    /// standardized path.
    ///
    /// Spellings of one folder such as `out`, `./out/` and `/work/out` share a file. A symbolic link
    /// and its destination do not, because links are not resolved.
    static func inCache(forOutputDirectory outputDirectory: String, environment: [String: String]) -> FingerprintFile? {
        guard let cacheDirectory = cacheDirectory(environment: environment) else {
            return nil
        }
        let name = ContentHash.of(InputFingerprint.absolutePath(outputDirectory))
        return FingerprintFile(outputDirectory: outputDirectory, path: path(name, in: cacheDirectory))
    }

    /// Returns `$XDG_CACHE_HOME/openapi-forge/fingerprints`, or `$HOME/.cache/openapi-forge/fingerprints`
    /// when XDG_CACHE_HOME is unset, empty or relative; nil when HOME is unset, empty or relative too.
    ///
    /// The XDG Base Directory Specification (0.7) requires absolute paths in its variables and calls a
    /// relative one invalid, so a relative one is ignored rather than resolved against the current folder.
    static func cacheDirectory(environment: [String: String]) -> String? {
        if let cacheHome = environment["XDG_CACHE_HOME"], cacheHome.hasPrefix("/") {
            return path("openapi-forge/fingerprints", in: cacheHome)
        }
        if let home = environment["HOME"], home.hasPrefix("/") {
            return path(".cache/openapi-forge/fingerprints", in: home)
        }
        return nil
    }
}
