import ForgeArguments
import ForgeDiagnostics
import ForgeEmitters
import ForgeFrontEnd

/// Reads `openapi-forge.yaml` into a `GeneratorConfiguration`, reporting every problem at its location.
struct ConfigurationReader {
    static let topLevelKeys = [
        "outputs", "accessModifier", "additionalImports", "templates", "filter", "nameOverrides", "typeOverrides",
        "sourceLocations", "equality",
    ]
    static let filterKeys = ["operations", "tags", "paths"]

    var loader = DocumentLoader()

    func read(contentsOf path: String) throws(DiagnosticError) -> GeneratorConfiguration {
        let root = try loader.load(contentsOf: path)
        var reader = NodeReader()
        var configuration = reader.configuration(from: root, directory: parentDirectory(of: path))
        if reader.diagnostics.hasErrors {
            throw DiagnosticError(reader.diagnostics.sorted)
        }
        configuration.warnings = reader.diagnostics.sorted
        return configuration
    }

    private func parentDirectory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else {
            return "."
        }
        return path[..<slash].isEmpty ? "/" : String(path[..<slash])
    }
}

/// Walks the configuration's node tree, collecting diagnostics instead of stopping at the first.
private struct NodeReader {
    var diagnostics = DiagnosticCollection()

    mutating func configuration(from root: Node, directory: String) -> GeneratorConfiguration {
        var configuration = GeneratorConfiguration()
        if case .scalar(.null) = root.content {
            return configuration
        }
        guard let entries = mapping(root, what: "the configuration") else {
            return configuration
        }
        for entry in entries {
            apply(entry, to: &configuration, directory: directory)
        }
        return configuration
    }

    private mutating func apply(
        _ entry: MappingEntry, to configuration: inout GeneratorConfiguration, directory: String
    ) {
        switch entry.key {
        case "outputs":
            configuration.outputs = Set(enumList(entry.value, key: "outputs") as [EmitterOptions.Output])
            if entry.value.elements?.isEmpty == true {
                diagnostics.append(
                    .warning(
                        "'outputs' is empty, so generate writes no file; list at least one of "
                            + EmitterOptions.Output.allCases.map(\.rawValue).joined(separator: ", "),
                        at: entry.value.location))
            }
        case "accessModifier":
            if let modifier: EmitterOptions.AccessModifier = enumValue(entry.value, key: "accessModifier") {
                configuration.accessModifier = modifier
            }
        case "additionalImports":
            configuration.additionalImports = stringList(
                entry.value, key: "additionalImports", check: SwiftSpellingCheck.moduleName)
        case "templates":
            if let folder = string(entry.value, key: "templates") {
                configuration.templatesDirectory = folder.hasPrefix("/") ? folder : directory + "/" + folder
            }
        case "filter":
            applyFilter(entry.value, to: &configuration)
        case "nameOverrides":
            configuration.nameOverrides = stringMap(
                entry.value, key: "nameOverrides", check: SwiftSpellingCheck.typeName)
        case "typeOverrides":
            configuration.typeOverrides = stringMap(
                entry.value, key: "typeOverrides", check: SwiftSpellingCheck.typeSpelling)
        case "sourceLocations":
            if let flag = bool(entry.value, key: "sourceLocations") {
                configuration.sourceLocations = flag
            }
        case "equality":
            if let equality: EmitterOptions.Equality = enumValue(entry.value, key: "equality") {
                configuration.equality = equality
            }
        default:
            reportUnknownKey(entry, allowed: ConfigurationReader.topLevelKeys, in: "the configuration")
        }
    }

    private mutating func applyFilter(_ node: Node, to configuration: inout GeneratorConfiguration) {
        guard let entries = mapping(node, what: "'filter'") else {
            return
        }
        for entry in entries {
            switch entry.key {
            case "operations":
                configuration.operationFilter.operationIds = stringList(entry.value, key: "filter.operations")
            case "tags": configuration.operationFilter.tags = stringList(entry.value, key: "filter.tags")
            case "paths": configuration.operationFilter.paths = stringList(entry.value, key: "filter.paths")
            default: reportUnknownKey(entry, allowed: ConfigurationReader.filterKeys, in: "'filter'")
            }
        }
    }

    private mutating func reportUnknownKey(_ entry: MappingEntry, allowed: [String], in what: String) {
        var message = "unknown key '\(entry.key)' in \(what)"
        if let suggestion = Suggestion.closest(to: entry.key, in: allowed) {
            message += "; did you mean '\(suggestion)'?"
        } else {
            message += "; expected one of " + allowed.joined(separator: ", ")
        }
        diagnostics.append(.error(message, at: entry.keyLocation))
    }

    private mutating func mapping(_ node: Node, what: String) -> [MappingEntry]? {
        guard let entries = node.entries else {
            diagnostics.append(.error("\(what) must be a mapping, found \(node.kindDescription)", at: node.location))
            return nil
        }
        return entries
    }

    private mutating func string(_ node: Node, key: String) -> String? {
        guard let text = node.string else {
            diagnostics.append(.error("'\(key)' must be a string, found \(node.kindDescription)", at: node.location))
            return nil
        }
        return text
    }

    private mutating func bool(_ node: Node, key: String) -> Bool? {
        guard case .scalar(.bool(let flag)) = node.content else {
            diagnostics.append(
                .error("'\(key)' must be true or false, found \(node.kindDescription)", at: node.location))
            return nil
        }
        return flag
    }

    /// Reads a list of strings. A problem that `check` returns for a value becomes an error.
    private mutating func stringList(_ node: Node, key: String, check: (String) -> String? = { _ in nil }) -> [String] {
        guard let elements = node.elements else {
            diagnostics.append(
                .error("'\(key)' must be a list of strings, found \(node.kindDescription)", at: node.location))
            return []
        }
        return elements.compactMap { checkedString($0, key: key, check: check) }
    }

    /// Reads a map of strings. A problem that `check` returns for a value becomes an error.
    private mutating func stringMap(_ node: Node, key: String, check: (String) -> String?) -> [String: String] {
        guard let entries = mapping(node, what: "'\(key)'") else {
            return [:]
        }
        var result: [String: String] = [:]
        for entry in entries {
            if let value = checkedString(entry.value, key: "\(key).\(entry.key)", check: check) {
                result[entry.key] = value
            }
        }
        return result
    }

    /// Returns a string value that `check` finds no problem with, else reports the problem at the value.
    private mutating func checkedString(_ node: Node, key: String, check: (String) -> String?) -> String? {
        guard let value = string(node, key: key) else {
            return nil
        }
        if let problem = check(value) {
            diagnostics.append(.error("invalid value '\(value)' for '\(key)': \(problem)", at: node.location))
            return nil
        }
        return value
    }

    private mutating func enumValue<Value: RawRepresentable & CaseIterable>(_ node: Node, key: String) -> Value?
    where Value.RawValue == String {
        guard let text = string(node, key: key) else {
            return nil
        }
        if let value = Value(rawValue: text) {
            return value
        }
        let allowed = Value.allCases.map(\.rawValue)
        var message = "invalid value '\(text)' for '\(key)'; expected one of " + allowed.joined(separator: ", ")
        if let suggestion = Suggestion.closest(to: text, in: allowed) {
            message = "invalid value '\(text)' for '\(key)'; did you mean '\(suggestion)'?"
        }
        diagnostics.append(.error(message, at: node.location))
        return nil
    }

    private mutating func enumList<Value: RawRepresentable & CaseIterable>(_ node: Node, key: String) -> [Value]
    where Value.RawValue == String {
        guard let elements = node.elements else {
            diagnostics.append(.error("'\(key)' must be a list, found \(node.kindDescription)", at: node.location))
            return []
        }
        return elements.compactMap { enumValue($0, key: key) }
    }
}
