import CYAML
import ForgeDiagnostics

/// Reads one YAML document into a located node tree through libyaml's event API.
///
/// libyaml reports structure and scalar text. This reader resolves scalars by the YAML
/// 1.2 core schema and follows anchors, aliases and merge keys, while `NodeTreeBuilder`
/// enforces limits and key rules. A stream with more than one document is an error.
///
/// NOTE: a load costs 1.4–1.9× the CPU time of libyaml's bare event loop over the same
/// bytes (see Benchmarks/README.md), more than the 1.5× aimed for.
struct YAMLReader {
    private let file: String
    private let limits: LoadLimits
    private var builder: NodeTreeBuilder
    private var documentCount = 0

    private init(file: String, limits: LoadLimits) {
        self.file = file
        self.limits = limits
        self.builder = NodeTreeBuilder(limits: limits)
    }

    /// Reads `bytes`, which must be valid UTF-8 without a BOM; an empty stream is a null node at 1:1.
    static func read(
        _ bytes: UnsafeBufferPointer<UInt8>, file: String, limits: LoadLimits
    ) throws(DiagnosticError) -> Node {
        var reader = YAMLReader(file: file, limits: limits)
        try YAMLEventStream.forEachEvent(in: bytes, file: file) { (event) throws(DiagnosticError) in
            try reader.handle(event)
        }
        return reader.builder.root ?? Node(.scalar(.null), at: SourceLocation(file: file, line: 1, column: 1))
    }

    private mutating func handle(_ event: UnsafePointer<yaml_event_t>) throws(DiagnosticError) {
        let type = event.pointee.type
        if type == YAML_SEQUENCE_END_EVENT || type == YAML_MAPPING_END_EVENT {
            try builder.endCollection()
            return
        }
        let location = location(of: event.pointee.start_mark)
        switch type {
        case YAML_DOCUMENT_START_EVENT:
            documentCount += 1
            if documentCount > 1 {
                let message = "a second YAML document starts here; a file must hold exactly one document"
                throw DiagnosticError(.error(message, at: location))
            }
        case YAML_SCALAR_EVENT:
            try handleScalar(event.pointee.data.scalar, at: location)
        case YAML_ALIAS_EVENT:
            try handleAlias(String(cString: event.pointee.data.alias.anchor), at: location)
        case YAML_SEQUENCE_START_EVENT:
            try begin(isMapping: false, anchor: event.pointee.data.sequence_start.anchor, at: location)
        case YAML_MAPPING_START_EVENT:
            try begin(isMapping: true, anchor: event.pointee.data.mapping_start.anchor, at: location)
        default:
            break
        }
    }

    private func location(of mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    private mutating func begin(
        isMapping: Bool, anchor: UnsafeMutablePointer<yaml_char_t>?, at location: SourceLocation
    ) throws(DiagnosticError) {
        guard !builder.expectsKey else {
            let kind = isMapping ? "a mapping" : "a sequence"
            throw DiagnosticError(.error("a mapping key must be a scalar, found \(kind)", at: location))
        }
        try builder.beginCollection(isMapping: isMapping, at: location, anchor: anchor.map(Self.string))
    }

    private mutating func handleAlias(_ name: String, at location: SourceLocation) throws(DiagnosticError) {
        if builder.expectsKey {
            try builder.setKey(try builder.aliasKeyText(named: name, at: location), at: location)
        } else {
            try builder.addAlias(named: name, at: location)
        }
    }

    private mutating func handleScalar(
        _ scalar: yaml_event_s.__Unnamed_union_data.__Unnamed_struct_scalar, at location: SourceLocation
    ) throws(DiagnosticError) {
        guard scalar.length <= limits.maximumScalarLength else {
            let message =
                "a scalar is longer than \(limits.maximumScalarLength) bytes (LoadLimits.maximumScalarLength)"
            throw DiagnosticError(.error(message, at: location))
        }
        let bytes = UnsafeBufferPointer(start: scalar.value, count: scalar.length)
        let text = String(decoding: bytes, as: UTF8.self)
        let anchor = scalar.anchor.map(Self.string)
        let isPlain = scalar.style == YAML_PLAIN_SCALAR_STYLE
        if builder.expectsKey {
            let isMerge = isPlain && scalar.tag == nil && text == "<<"
            try builder.setKey(text, at: location, isMerge: isMerge)
            if let anchor {
                builder.defineAnchor(anchor, node: Node(.scalar(.string(text)), at: location), keyText: text)
            }
            return
        }
        let tag = scalar.tag.map(Self.string)
        let value = try YAMLScalarTypes.scalar(text: text, bytes: bytes, isPlain: isPlain, tag: tag, at: location)
        try builder.addScalar(Node(.scalar(value), at: location), anchor: anchor, keyText: text)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>) -> String {
        String(cString: pointer)
    }
}
