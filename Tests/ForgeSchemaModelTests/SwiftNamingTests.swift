import Testing

@testable import ForgeSchemaModel

struct SwiftNamingTests {
    @Test(arguments: [
        ("user_id", "userId"),
        ("HTTPServer", "httpServer"),
        ("userID", "userID"),
        ("URLs", "urls"),
        ("ID", "id"),
        ("MAX_VALUE", "maxValue"),
        ("OFF", "off"),
        ("On", "on"),
        ("x-rate-limit", "xRateLimit"),
        ("first name", "firstName"),
        ("a.b", "aB"),
        ("@type", "type"),
        ("$id", "id"),
        ("_links", "_links"),
        ("__v", "__v"),
        ("16x16", "_16x16"),
        ("123", "_123"),
        ("2fa", "_2fa"),
        ("naïve", "naïve"),
        ("日本語", "日本語"),
        ("party🎉time", "partyTime"),
        ("🎉", "_1F389"),
        ("", "_empty"),
        ("default", "`default`"),
        ("class", "`class`"),
        ("self", "`self`"),
        ("Self", "`self`"),
        ("init", "`init`"),
        ("in", "`in`"),
        ("operator", "`operator`"),
        ("associatedtype", "`associatedtype`"),
        ("where", "`where`"),
        ("true", "`true`"),
        ("nil", "`nil`"),
        ("Type", "type"),
        ("container", "container"),
    ])
    func member(input: String, expected: String) {
        #expect(SwiftNaming.memberName(input) == expected)
    }

    @Test(arguments: [
        ("training_routine", "TrainingRoutine"),
        ("HTTPServer", "HTTPServer"),
        ("URL", "URL_"),
        ("MAX_VALUE", "MaxValue"),
        ("Type", "Type_"),
        ("Protocol", "Protocol_"),
        ("Self", "Self_"),
        ("self", "Self_"),
        ("Data", "Data_"),
        ("Operations", "Operations_"),
        ("class", "Class"),
        ("16x16", "_16x16"),
        ("", "_empty"),
        ("pet-store.v2", "PetStoreV2"),
    ])
    func type(input: String, expected: String) {
        #expect(SwiftNaming.typeName(input) == expected)
    }

    @Test func parameterOfSelf() {
        #expect(SwiftNaming.parameterName(forMember: "`self`") == "_self")
        #expect(SwiftNaming.parameterName(forMember: "`class`") == "`class`")
        #expect(SwiftNaming.parameterName(forMember: "name") == "name")
    }

    @Test func integerCases() {
        #expect(SwiftNaming.enumCaseName(forInteger: "1") == "_1")
        #expect(SwiftNaming.enumCaseName(forInteger: "-1") == "_minus1")
    }

    @Test func verbatim() {
        #expect(SwiftNaming.verbatimMemberName("OFF") == "OFF")
        #expect(SwiftNaming.verbatimMemberName("x-rate") == "xrate")
    }

    @Test func longNameShortened() {
        let long = String(repeating: "abcdefghij", count: 110)
        let name = SwiftNaming.memberName(long)
        #expect(name.count == SwiftNaming.maximumLength)
        #expect(name.hasPrefix(String(long.prefix(119)) + "_"))
        #expect(name == SwiftNaming.memberName(long))
        #expect(name != SwiftNaming.memberName(long + "k"))
    }

    @Test func hashIsStable() {
        #expect(StableHash.hex("") == "811c9dc5")
        #expect(StableHash.hex("a") == "e40c292c")
    }

    @Test(arguments: [
        ("abc", #""abc""#),
        (#"a"b\c"#, #""a\"b\\c""#),
        ("line\nnext\ttab", #""line\nnext\ttab""#),
        ("\u{7}bell", #""\u{7}bell""#),
        ("café", #""café""#),
    ])
    func stringLiteral(input: String, expected: String) {
        #expect(SwiftLiteral.string(input) == expected)
    }
}

struct NameAllocatorTests {
    private func allocate(_ originals: [String], reserved: Set<String> = []) -> [String] {
        var allocator = NameAllocator(reserved: reserved)
        let candidates = originals.map {
            NameAllocator.Candidate(
                original: $0, preferred: SwiftNaming.memberName($0), alternate: SwiftNaming.verbatimMemberName($0))
        }
        return allocator.allocate(candidates)
    }

    @Test func exactNameWins() {
        #expect(allocate(["On", "on", "OFF", "off"]) == ["On", "on", "OFF", "off"])
    }

    @Test func selfAndSelfCapital() {
        #expect(allocate(["Self", "self"]) == ["`Self`", "`self`"])
    }

    @Test func hashSuffixIsLocal() {
        let names = allocate(["user-name", "user_name", "username"])
        #expect(names == ["userName", "userName_" + StableHash.hex("user_name"), "username"])
        let withOthers = allocate(["zeta", "username", "user_name", "user-name", "alpha"])
        #expect(withOthers == ["zeta", "username", names[1], "userName", "alpha"])
    }

    @Test func reservedNamesAvoided() {
        #expect(allocate(["additionalProperties"], reserved: ["additionalProperties"]) != ["additionalProperties"])
    }

    @Test func plainClaimAddsUnderscore() {
        var allocator = NameAllocator(reserved: ["additionalProperties"])
        #expect(allocator.claimPlain("additionalProperties") == "additionalProperties_")
    }
}
