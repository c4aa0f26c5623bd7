import Testing

@testable import ThiDuaCore

@Suite struct SHA256HashTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
        ("Nguyễn Văn Hoà", "e9392489919678c271f40e071b1bf2ce8845dcc0d8bfcb96382a174f6f752ebc"),
    ])
    func knownDigests(input: String, expected: String) {
        // MUT
        let digest = SHA256Hash.hex(input)
        // validation
        #expect(digest == expected)
    }

    @Test func aMillionAsMatchesTheStandardVector() {
        // MUT + validation: FIPS 180-2 appendix B.3, long enough to cross many blocks
        #expect(
            SHA256Hash.hex(String(repeating: "a", count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func theChainCatchesReorderingAndGaps() {
        // setup
        let e1 = AuditEvent(
            seq: 1, atMillis: 1, actor: "a", action: .create, entity: "people", entityID: "x", unitID: nil,
            oldValue: nil, newValue: "{}", previousHash: AuditChain.genesis)
        let e2 = AuditEvent(
            seq: 2, atMillis: 2, actor: "a", action: .update, entity: "people", entityID: "x", unitID: nil,
            oldValue: "{}", newValue: "{\"a\":1}", previousHash: e1.hash)
        // MUT + validation
        #expect(AuditChain.verify([e1, e2]) == .intact(count: 2))
        #expect(AuditChain.verify([e2]) == .broken(seq: 2, reason: "thiếu sự kiện số 1 (gặp số 2)"))
        var tampered = e2
        tampered.actor = "b"
        #expect(AuditChain.verify([e1, tampered]) == .broken(seq: 2, reason: "nội dung đã bị sửa sau khi ghi"))
        #expect(
            e1.hash
                != AuditEvent(
                    seq: 1, atMillis: 1, actor: "a", action: .create, entity: "people", entityID: "x", unitID: nil,
                    oldValue: "", newValue: "{}", previousHash: AuditChain.genesis
                ).hash, "nil and empty differ")
    }
}
