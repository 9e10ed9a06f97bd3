import CYAML
import ForgeDiagnostics

/// Runs libyaml's parser over a buffer and hands each event to a closure.
enum YAMLEventStream {
    /// Calls `body` with every event of `bytes` until the end of the stream.
    ///
    /// The parser and events are freed on every exit. A libyaml error becomes a located
    /// diagnostic (see `YAMLSyntaxError`).
    static func forEachEvent(
        in bytes: UnsafeBufferPointer<UInt8>,
        file: String,
        _ body: (UnsafePointer<yaml_event_t>) throws(DiagnosticError) -> Void
    ) throws(DiagnosticError) {
        // libyaml keeps pointers into the parser struct, so it lives at a fixed address.
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
        defer {
            parser.deallocate()
            event.deallocate()
        }
        guard yaml_parser_initialize(parser) == 1 else {
            throw DiagnosticError(.error("libyaml could not allocate a parser", at: nil))
        }
        defer { yaml_parser_delete(parser) }
        try withNonNullBase(bytes) { base, count throws(DiagnosticError) in
            yaml_parser_set_input_string(parser, base, count)
            yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
            try run(parser, event, bytes: bytes, file: file, body)
        }
    }

    private static func run(
        _ parser: UnsafeMutablePointer<yaml_parser_t>,
        _ event: UnsafeMutablePointer<yaml_event_t>,
        bytes: UnsafeBufferPointer<UInt8>,
        file: String,
        _ body: (UnsafePointer<yaml_event_t>) throws(DiagnosticError) -> Void
    ) throws(DiagnosticError) {
        while true {
            guard yaml_parser_parse(parser, event) == 1 else {
                throw YAMLSyntaxError.diagnostic(for: parser.pointee, bytes: bytes, file: file)
            }
            defer { yaml_event_delete(event) }
            if event.pointee.type == YAML_STREAM_END_EVENT {
                return
            }
            try body(event)
        }
    }

    /// libyaml asserts on a null input pointer, which an empty buffer may have.
    private static func withNonNullBase(
        _ bytes: UnsafeBufferPointer<UInt8>,
        _ body: (UnsafePointer<UInt8>, Int) throws(DiagnosticError) -> Void
    ) throws(DiagnosticError) {
        if let base = bytes.baseAddress {
            try body(base, bytes.count)
            return
        }
        var empty: UInt8 = 0
        try withUnsafePointer(to: &empty) { (pointer) throws(DiagnosticError) in
            try body(pointer, 0)
        }
    }

    /// Counts the events of `bytes` and nothing more: the cost of libyaml alone.
    static func countEvents(in bytes: UnsafeBufferPointer<UInt8>) throws(DiagnosticError) -> Int {
        var count = 0
        try forEachEvent(in: bytes, file: "<benchmark>") { _ in count += 1 }
        return count
    }
}
