import Foundation
import OpenAPIForgeRuntime
import Testing

/// A generated-style model: `ownerId` required and nullable, `nickname` optional and nullable, `priority` optional.
private struct Assignment: Codable, Equatable {
    var ownerId: String?
    var nickname: Nullable<String>?
    var priority: Int?

    enum CodingKeys: String, CodingKey {
        case ownerId
        case nickname
        case priority
    }

    init(ownerId: String?, nickname: Nullable<String>?, priority: Int?) {
        self.ownerId = ownerId
        self.nickname = nickname
        self.priority = priority
    }

    init(from decoder: any Decoder) throws {
        let container: KeyedDecodingContainer<CodingKeys> = try decoder.container(keyedBy: CodingKeys.self)
        ownerId = try container.decodeRequiredNullable(String.self, forKey: .ownerId)
        nickname = try container.decodeNullable(String.self, forKey: .nickname)
        priority = try container.decodeIfPresent(Int.self, forKey: .priority)
    }

    func encode(to encoder: any Encoder) throws {
        var container: KeyedEncodingContainer<CodingKeys> = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeRequiredNullable(ownerId, forKey: .ownerId)
        try container.encodeNullable(nickname, forKey: .nickname)
        try container.encodeIfPresent(priority, forKey: .priority)
    }
}

@Suite struct NullableTests {
    private func encode(_ value: some Encodable) throws -> String {
        let encoder: JSONEncoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private func decode(_ json: String) throws -> Assignment {
        try JSONDecoder().decode(Assignment.self, from: Data(json.utf8))
    }

    @Test func encodesRequiredNullAndOmitsAbsent() throws {
        #expect(try encode(Assignment(ownerId: nil, nickname: nil, priority: nil)) == #"{"ownerId":null}"#)
        let explicit: Assignment = Assignment(ownerId: "u1", nickname: .null, priority: 2)
        #expect(try encode(explicit) == #"{"nickname":null,"ownerId":"u1","priority":2}"#)
        let value: Assignment = Assignment(ownerId: nil, nickname: .value("n"), priority: nil)
        #expect(try encode(value) == #"{"nickname":"n","ownerId":null}"#)
    }

    @Test func decodesThreeStates() throws {
        #expect(try decode(#"{"ownerId":null}"#) == Assignment(ownerId: nil, nickname: nil, priority: nil))
        #expect(try decode(#"{"ownerId":"a","nickname":null}"#).nickname == .null)
        #expect(try decode(#"{"ownerId":"a","nickname":"n"}"#).nickname == .value("n"))
    }

    @Test func missingRequiredKeyFails() {
        #expect {
            try decode(#"{"nickname":"n"}"#)
        } throws: { error in
            guard case DecodingError.keyNotFound(let key, _) = error else {
                return false
            }
            return key.stringValue == "ownerId"
        }
    }

    @Test func synthesizedOptionalDropsKey() throws {
        struct Plain: Encodable {
            var ownerId: String?
        }
        #expect(try encode(Plain(ownerId: nil)) == "{}")
    }

    @Test func singleValueCoding() throws {
        #expect(try encode([Nullable<Int>.null, .value(3)]) == "[null,3]")
        let decoded: [Nullable<Int>] = try JSONDecoder().decode([Nullable<Int>].self, from: Data("[null,3]".utf8))
        #expect(decoded == [.null, .value(3)])
        #expect(Nullable<Int>(nil) == .null)
        #expect(Nullable(5).wrappedValue == 5)
    }
}
