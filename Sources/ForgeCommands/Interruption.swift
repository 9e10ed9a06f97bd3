#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The number of the first SIGINT, SIGTERM or SIGHUP received, or 0; written only by the signal handler.
nonisolated(unsafe) private var receivedSignal: Int32 = 0

/// Notes SIGINT, SIGTERM and SIGHUP during `generate`, so that the run stops at its next step, removes
/// its staged temporary files, and then ends as the signal would have ended it.
///
/// Without it, Ctrl-C while files were being rendered left hidden `.forge-tmp` files in the output
/// folder. The handler only records the signal, the one thing a signal handler can do safely. The run
/// checks the record between stages and before each file is written, so it stops within one stage
/// (about 0.3 s for the largest documents). A signal during the final renames lets them finish.
enum Interruption {
    private static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Starts recording the signals instead of ending the process at once.
    static func startRecording() {
        for number in signals {
            var action = sigaction()
            #if canImport(Glibc)
                action.__sigaction_handler.sa_handler = { number in
                    if receivedSignal == 0 {
                        receivedSignal = number
                    }
                }
            #else
                action.__sigaction_u.__sa_handler = { number in
                    if receivedSignal == 0 {
                        receivedSignal = number
                    }
                }
            #endif
            sigemptyset(&action.sa_mask)
            sigaction(number, &action, nil)
        }
    }

    /// Whether one of the signals has arrived since recording started.
    static var isRequested: Bool {
        receivedSignal != 0
    }

    /// Ends the process with the recorded signal's default action, when one arrived; returns otherwise.
    static func endIfRequested() {
        let number: Int32 = receivedSignal
        guard number != 0 else {
            return
        }
        for signalNumber in signals {
            signal(signalNumber, SIG_DFL)
        }
        raise(number)
    }
}
