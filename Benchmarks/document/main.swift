// Times reading OpenAPI documents into the typed model; built and run by Benchmarks/document.sh.
//
//   document-bench FILE RUNS   CPU seconds of loading the root file alone and of reading the
//                              whole document (every referenced file loaded, references
//                              resolved, typed values built, checks run), run alternately;
//                              prints medians and what was read
import ForgeDiagnostics
import ForgeDocument
import ForgeFrontEnd
import Foundation

/// CPU time of this thread in seconds: other processes on a busy machine do not inflate it.
func cpuSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

func median(_ values: [Double]) -> Double {
    values.sorted()[values.count / 2]
}

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    print("usage: document-bench FILE [RUNS]")
    exit(2)
}
let path = arguments[1]
let runs = arguments.count > 2 ? Int(arguments[2]) ?? 5 : 5

var loads: [Double] = []
var reads: [Double] = []
var result: DocumentReadResult?
for _ in 0..<runs {
    var start = cpuSeconds()
    _ = try? DocumentLoader().load(contentsOf: path)
    loads.append(cpuSeconds() - start)

    start = cpuSeconds()
    result = DocumentReader().read(contentsOf: path)
    reads.append(cpuSeconds() - start)
}

guard let result else {
    exit(2)
}
let errors = result.diagnostics.filter { $0.severity == .error }.count
let warnings = result.diagnostics.count - errors
let summary = result.document.map { DocumentSummary($0).description } ?? "\(path): not read"
print(
    String(
        format: "read %.3f s (root file load %.3f s), %d files", median(reads), median(loads), result.loadedFiles.count)
)
print("  \(summary); \(errors) errors, \(warnings) warnings")
