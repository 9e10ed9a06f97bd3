import Dispatch
import ForgeEmitters

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Removes the staged temporary files when `generate` is interrupted, then ends the process as the
/// signal would have.
///
/// Without it, Ctrl-C while files were being rendered left hidden `.forge-tmp` files in the output
/// folder. The signals are handled on a queue of their own, outside the signal handler, so the
/// cleanup can take the staging lock. A signal that arrives during the final renames therefore waits
/// for them to finish, and never leaves the folder half-renamed.
final class InterruptionCleanup {
    private static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    private let queue: DispatchQueue = DispatchQueue(label: "openapi-forge.interruption")
    private var sources: [any DispatchSourceSignal] = []

    /// Starts handling SIGINT, SIGTERM and SIGHUP for a run that stages into `staging`.
    init(staging: OutputStaging) {
        for number in Self.signals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler {
                staging.discard()
                signal(number, SIG_DFL)
                raise(number)
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Stops handling the signals and restores their default action.
    func cancel() {
        for source in sources {
            source.cancel()
        }
        for number in Self.signals {
            signal(number, SIG_DFL)
        }
    }
}
