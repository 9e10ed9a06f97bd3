import Foundation
import Testing

@testable import ForgeCommands

/// Where `generate` stores its fingerprint: the cache folder, or the output folder in plugin layout.
@Suite("generate fingerprint location")
struct FingerprintLocationTests {
    @Test("output folder gets no fingerprint")
    func outputFolderHasNoFingerprint() throws {
        let project = try FingerprintProject()

        let run = project.generate()

        #expect(run.status == 0, "\(run.error)")
        #expect(!FileManager.default.fileExists(atPath: project.pluginFingerprintPath))
        #expect(try modificationDates(project.output).count == 4)
        let text = try String(contentsOfFile: project.fingerprintPath, encoding: .utf8)
        #expect(text.hasPrefix("# openapi-forge generate inputs"))
        #expect(text.contains("\noption plugin-layout false\n"))
    }

    @Test("plugin layout keeps it in the output folder")
    func pluginLayoutKeepsFingerprintInOutput() throws {
        let project = try FingerprintProject()

        let run = project.generate("--plugin-layout")

        #expect(run.status == 0, "\(run.error)")
        let text = try String(contentsOfFile: project.pluginFingerprintPath, encoding: .utf8)
        #expect(text.hasPrefix("# openapi-forge generate inputs"))
        #expect(text.contains("\noption plugin-layout true\n"))
        #expect(!FileManager.default.fileExists(atPath: project.cache.path))
    }

    @Test("two output folders get two fingerprints")
    func twoOutputFoldersTwoFingerprints() throws {
        let project = try FingerprintProject()
        let other = project.directory.appendingPathComponent("other")

        let first = project.generate([], environment: project.environment)
        let second = project.generate([], output: other, environment: project.environment)

        #expect(first.output.contains("wrote 4 file(s)"))
        #expect(second.output.contains("wrote 4 file(s)"))
        let names = try FileManager.default.contentsOfDirectory(atPath: project.fingerprintDirectory.path).sorted()
        let expected = [ContentHash.of(project.output.path), ContentHash.of(other.path)].sorted()
        #expect(names == expected)
        #expect(names.allSatisfy { $0.count == 16 })
        #expect(project.generate().output.contains("up to date"))
        #expect(project.generate([], output: other, environment: project.environment).output.contains("up to date"))
    }

    @Test("spellings of one folder share a fingerprint")
    func spellingsShareFingerprint() throws {
        let project = try FingerprintProject()
        _ = project.generate()
        let respelled = URL(fileURLWithPath: project.directory.path + "/./out/Models/../")

        let run = project.generate([], output: respelled, environment: project.environment)

        #expect(respelled.path != project.output.path)
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("\(respelled.path): up to date"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: project.fingerprintDirectory.path).count == 1)
    }

    @Test("no cache folder means every run generates")
    func noCacheFolderGeneratesEveryRun() throws {
        let environments: [[String: String]] = [
            [:],
            ["XDG_CACHE_HOME": "", "HOME": ""],
            ["XDG_CACHE_HOME": "relative/cache"],
        ]
        for environment in environments {
            let project = try FingerprintProject()

            let first = project.generate([], environment: environment)
            let second = project.generate([], environment: environment)

            #expect(first.status == 0)
            #expect(first.output.contains("wrote 4 file(s), 0 unchanged, 0 removed"), "\(environment)")
            #expect(first.error.isEmpty, "\(environment)")
            #expect(second.status == 0)
            #expect(second.output.contains("wrote 0 file(s), 4 unchanged, 0 removed"), "\(environment)")
            #expect(second.error.isEmpty, "\(environment)")
            #expect(try modificationDates(project.output).count == 4)
        }
        #expect(!FileManager.default.fileExists(atPath: "relative/cache"))
    }

    @Test("home cache folder without XDG_CACHE_HOME")
    func homeCacheFolder() throws {
        let project = try FingerprintProject()
        let home = project.directory.appendingPathComponent("home")
        let environment = ["XDG_CACHE_HOME": "", "HOME": home.path]

        let first = project.generate([], environment: environment)
        let second = project.generate([], environment: environment)

        #expect(first.status == 0)
        #expect(second.output.contains("up to date"))
        let path = home.path + "/.cache/openapi-forge/fingerprints/" + ContentHash.of(project.output.path)
        #expect(FileManager.default.fileExists(atPath: path))
        let attributes = try FileManager.default.attributesOfItem(atPath: home.path + "/.cache")
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o700)
    }

    @Test("cache folder from the environment")
    func cacheFolderFromEnvironment() {
        let cases: [(environment: [String: String], expected: String?)] = [
            (["XDG_CACHE_HOME": "/c", "HOME": "/h"], "/c/openapi-forge/fingerprints"),
            (["XDG_CACHE_HOME": "/c/", "HOME": "/h"], "/c/openapi-forge/fingerprints"),
            (["XDG_CACHE_HOME": "", "HOME": "/h"], "/h/.cache/openapi-forge/fingerprints"),
            (["XDG_CACHE_HOME": "c", "HOME": "/h"], "/h/.cache/openapi-forge/fingerprints"),
            (["HOME": "/h"], "/h/.cache/openapi-forge/fingerprints"),
            (["XDG_CACHE_HOME": "/c"], "/c/openapi-forge/fingerprints"),
            (["HOME": ""], nil),
            (["HOME": "h"], nil),
            ([:], nil),
        ]
        for (environment, expected) in cases {
            #expect(FingerprintFile.cacheDirectory(environment: environment) == expected, "\(environment)")
        }
    }

    @Test("stale fingerprint leaves the output folder")
    func staleFingerprintRemoved() throws {
        let project = try FingerprintProject()
        _ = project.generate()
        try write("stale\n", to: fingerprintFileName, in: project.output)

        let check = project.generate("--check")

        #expect(check.status == 0)
        #expect(FileManager.default.fileExists(atPath: project.pluginFingerprintPath))

        let run = project.generate()

        #expect(run.status == 0)
        #expect(run.output.contains("up to date"))
        #expect(!FileManager.default.fileExists(atPath: project.pluginFingerprintPath))
    }

    @Test("folder named like the fingerprint stays")
    func fingerprintNamedFolderStays() throws {
        let project = try FingerprintProject()
        let folder = URL(fileURLWithPath: project.pluginFingerprintPath)
        try write("kept\n", to: "note.txt", in: folder)

        let run = project.generate()

        #expect(run.status == 0)
        #expect(run.error.isEmpty)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("note.txt").path))
    }
}
