import Testing

/// Helpers for tests that build a generated client into a program and check what it prints.
enum ProgramOutput {
    /// Records an issue unless the program exited with 0 and printed `expected`, compared line by line.
    static func expect(
        _ result: Toolchain.Result, lines expected: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(result.status == 0, sourceLocation: sourceLocation)
        let lines: [Substring] = result.output.split(separator: "\n")
        let expectedLines: [Substring] = expected.split(separator: "\n")
        #expect(lines.count == expectedLines.count, "\(result.output)", sourceLocation: sourceLocation)
        for (line, expectedLine) in zip(lines, expectedLines) {
            #expect(line == expectedLine, sourceLocation: sourceLocation)
        }
    }

    /// Swift source of `RecordingTransport`, a transport that keeps every request in `requests` and returns
    /// `response`, which starts as an empty response with `status`.
    static func recordingTransport(status: Int) -> String {
        """
        final class RecordingTransport: ClientTransport, @unchecked Sendable {
            var requests: [HTTPRequest] = []
            var response: HTTPResponse = HTTPResponse(statusCode: \(status))

            func send(_ request: HTTPRequest, baseURL: URL) async throws -> HTTPResponse {
                requests.append(request)
                return response
            }
        }

        """
    }
}
