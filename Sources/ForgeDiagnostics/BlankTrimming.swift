extension StringProtocol {
    /// Returns the text without the spaces, tabs and other horizontal blanks at either end.
    ///
    /// Line breaks are kept, because this trims one line, such as a media type or a summary.
    public func trimmingBlanks() -> String {
        let isBlank = { (character: Character) in character.isWhitespace && !character.isNewline }
        guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
