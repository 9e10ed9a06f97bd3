// Times the front end against libyaml alone; built and run by Benchmarks/frontend.sh.
//
//   frontend-bench compare FILE RUNS   CPU seconds of loading the node tree and of libyaml's
//                                      bare event loop over the same bytes, run alternately
//                                      so both see the same machine load; prints medians
//   frontend-bench tree FILE           loads once (for peak memory under /usr/bin/time)
//   frontend-bench read FILE           reads the bytes only (the memory baseline)
import ForgeDiagnostics
import ForgeFrontEnd
import Foundation

/// CPU time of this thread in seconds: other processes on a busy machine do not inflate it.
func cpuSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

func timed(_ body: () throws -> Int) rethrows -> Double {
    let start = cpuSeconds()
    _ = try body()
    return cpuSeconds() - start
}

func median(_ values: [Double]) -> Double {
    values.sorted()[values.count / 2]
}

func compare(bytes: [UInt8], path: String, runs: Int) throws {
    let nodes = try FrontEndBenchmark.nodeCount(bytes: bytes, file: path)
    var rejection: String?
    var events = 0
    do {
        events = try FrontEndBenchmark.bareEventLoop(bytes: bytes)
    } catch {
        rejection = error.diagnostics.first?.description ?? "\(error)"
    }
    var tree: [Double] = []
    var bare: [Double] = []
    for _ in 0..<runs {
        tree.append(try timed { try FrontEndBenchmark.loadTree(bytes: bytes, file: path) })
        if rejection == nil {
            bare.append(try timed { try FrontEndBenchmark.bareEventLoop(bytes: bytes) })
        }
    }
    var line = String(format: "tree %.4f s %d nodes", median(tree), nodes)
    if let rejection {
        line += " | libyaml rejects: \(rejection)"
    } else {
        line += String(
            format: " | libyaml %.4f s %d events | ratio %.2f", median(bare), events, median(tree) / median(bare))
    }
    print(line)
}

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    print("usage: frontend-bench compare|tree|read FILE [RUNS]")
    exit(2)
}
let path = arguments[2]
let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))

switch arguments[1] {
case "compare":
    try compare(bytes: bytes, path: path, runs: arguments.count > 3 ? Int(arguments[3]) ?? 5 : 5)
case "tree":
    print(try FrontEndBenchmark.loadTree(bytes: bytes, file: path))
case "read":
    print(bytes.count)
default:
    print("unknown mode \(arguments[1])")
    exit(2)
}
