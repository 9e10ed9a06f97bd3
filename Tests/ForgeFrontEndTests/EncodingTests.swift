import ForgeFrontEnd
import Testing

@Suite struct EncodingTests {
    private let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    @Test(arguments: ["bom.yaml", "bom.json"])
    func byteOrderMarkNotCounted(file: String) throws {
        let text = file.hasSuffix(".json") ? "{\"a\": 1, \"é\": \"x\"}" : "a: 1\né: x\n"
        let root = try DocumentLoader().load(bytes: byteOrderMark + Array(text.utf8), file: file)
        #expect(position(root.entry("a")?.keyLocation) == (file.hasSuffix(".json") ? "1:2" : "1:1"))
        #expect(position(root["a"]?.location) == (file.hasSuffix(".json") ? "1:7" : "1:4"))
        #expect(root.entries?.map(\.key) == ["a", "é"])
    }

    @Test func byteOrderMarkErrorColumn() {
        let failure = loadFailure(byteOrderMark + Array("a: @b\n".utf8))
        #expect(position(failure?.location) == "1:4")
    }

    @Test(arguments: [
        ("bad.yaml", Array("a: ok\nb: xé".utf8) + [0xFF] + Array("y\n".utf8), "2:6", "FF"),
        ("bad.json", Array("{\"a\":\n  \"é".utf8) + [0xC3, 0x28] + Array("\"}".utf8), "2:5", "C3"),
        ("bad.yaml", Array("k: ".utf8) + [0xED, 0xA0, 0x80], "1:4", "ED"),
        ("bad.yaml", Array("k: ".utf8) + [0xC0, 0xAF], "1:4", "C0"),
        ("bad.yaml", Array("k: ".utf8) + [0xE2, 0x82], "1:4", "E2"),
        ("bad.yaml", Array("k: ".utf8) + [0xF4, 0x90, 0x80, 0x80], "1:4", "F4"),
        ("bad.yaml", Array("k: é€😀".utf8) + [0x80], "1:7", "80"),
    ])
    func invalidUTF8(file: String, bytes: [UInt8], expected: String, byte: String) {
        let failure = loadFailure(bytes, file: file)
        #expect(failure?.message == "invalid UTF-8: byte 0x\(byte) does not start a valid UTF-8 sequence")
        #expect(position(failure?.location) == expected)
        #expect(failure?.location?.file == file)
    }

    @Test func validMultibyteText() throws {
        let root = try load("a: \"Café € 😀\"\n")
        #expect(root["a"]?.string == "Café € 😀")
    }
}
