// Times the stages of generation on one document; built and run by Benchmarks/generate.py.
//
//   generate-stages FILE RUNS   wall seconds of reading the document, building the schema model
//                               and rendering the files (nothing written), medians of RUNS runs
import ForgeDocument
import ForgeEmitters
import ForgeSchemaModel
import Foundation

func seconds(_ work: () -> Void) -> Double {
    let start = ContinuousClock.now
    work()
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

func median(_ values: [Double]) -> Double {
    values.sorted()[values.count / 2]
}

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    print("usage: generate-stages FILE [RUNS]")
    exit(2)
}
let path = arguments[1]
let runs = arguments.count > 2 ? Int(arguments[2]) ?? 5 : 5

var reads: [Double] = []
var builds: [Double] = []
var emits: [Double] = []
var fileCount = 0
for _ in 0..<runs {
    var read: DocumentReadResult?
    reads.append(seconds { read = DocumentReader().read(contentsOf: path) })
    guard let document = read?.document else {
        print("\(path): not read")
        exit(1)
    }
    var model: SchemaModel?
    builds.append(seconds { model = SchemaModelBuilder().build(document) })
    let options = EmitterOptions(documentPath: path)
    emits.append(
        seconds {
            fileCount = (try? SwiftEmitter(options: options).emit(model!))?.count ?? -1
        })
}
print(
    String(
        format: "read %.3f s, schema model %.3f s, render %.3f s (%d files)", median(reads), median(builds),
        median(emits), fileCount))
