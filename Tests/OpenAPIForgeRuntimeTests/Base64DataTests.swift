import Foundation
import OpenAPIForgeRuntime
import Testing

@Suite struct Base64DataTests {
    private struct Upload: Codable, Equatable {
        var name: String
        var content: Base64Data
    }

    @Test func roundTripsAsBase64Text() throws {
        let upload: Upload = Upload(name: "a", content: Base64Data(Data([0, 1, 2, 250, 255])))
        let encoded: String = String(decoding: try JSONCoding.makeEncoder().encode(upload), as: UTF8.self)
        #expect(encoded.contains(#""content":"AAEC+v8=""#))
        let decoded: Upload = try JSONCoding.makeDecoder().decode(Upload.self, from: Data(encoded.utf8))
        #expect(decoded == upload)
        #expect(decoded.content.data == Data([0, 1, 2, 250, 255]))
    }

    @Test func decodingNamesBadText() {
        #expect {
            try JSONDecoder().decode([Base64Data].self, from: Data(#"["not base64!"]"#.utf8))
        } throws: { error in
            String(describing: error).contains("invalid base64 text")
        }
    }

    @Test func describesItsSize() {
        #expect(Base64Data(Data(count: 3)).description == "3 bytes")
    }
}
