/// Formats a count of small units as a decimal number of whole units: 1234 milliseconds with
/// 3 digits gives `1.234`. This replaces `String(format:)`, which needs Foundation's full module.
func fixedPointText(_ units: Int64, digits: Int) -> String {
    var scale: Int64 = 1
    for _ in 0..<digits {
        scale *= 10
    }
    let fraction: String = String(units % scale)
    return "\(units / scale)." + String(repeating: "0", count: digits - fraction.count) + fraction
}
