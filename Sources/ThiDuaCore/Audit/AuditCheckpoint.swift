import Foundation

/// A signed note of the audit chain's head at a moment: the event number and its hash, signed with a key
/// kept outside the database (`THIDUA_AUDIT_KEY`). Whoever cuts the chain's tail and moves the head back
/// cannot forge a checkpoint for the shorter chain, and a checkpoint past the cut names the cut.
public struct AuditCheckpoint: Hashable, Sendable, Codable {
    public var seq: Int64
    public var hash: String
    public var atMillis: Int64
    public var mac: String

    public init(seq: Int64, hash: String, atMillis: Int64, key: String) {
        self.seq = seq
        self.hash = hash
        self.atMillis = atMillis
        self.mac = AuditCheckpoint.mac(seq: seq, hash: hash, atMillis: atMillis, key: key)
    }

    public init(seq: Int64, hash: String, atMillis: Int64, mac: String) {
        self.seq = seq
        self.hash = hash
        self.atMillis = atMillis
        self.mac = mac
    }

    public func isSigned(with key: String) -> Bool {
        let expected = Array(AuditCheckpoint.mac(seq: seq, hash: hash, atMillis: atMillis, key: key).utf8)
        let given = Array(mac.utf8)
        guard expected.count == given.count else { return false }
        return zip(expected, given).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    static func mac(seq: Int64, hash: String, atMillis: Int64, key: String) -> String {
        HMACSHA256.hex(key: Array(key.utf8), message: Array("thidua-audit-checkpoint|\(seq)|\(hash)|\(atMillis)".utf8))
    }
}

/// HMAC-SHA256 (RFC 2104) over the core's SHA-256.
public enum HMACSHA256 {
    public static func mac(key: [UInt8], message: [UInt8]) -> [UInt8] {
        var k = key.count > 64 ? SHA256Hash.hash(key) : key
        k += [UInt8](repeating: 0, count: 64 - k.count)
        let inner = SHA256Hash.hash(k.map { $0 ^ 0x36 } + message)
        return SHA256Hash.hash(k.map { $0 ^ 0x5c } + inner)
    }

    public static func hex(key: [UInt8], message: [UInt8]) -> String {
        mac(key: key, message: message).map { String(format: "%02x", $0) }.joined()
    }
}

/// A record whose stored version is not the one its last audit event wrote: changed outside the app.
public struct AuditMismatch: Hashable, Sendable {
    public var entity: String
    public var entityID: String
    public var reason: String

    public init(entity: String, entityID: String, reason: String) {
        self.entity = entity
        self.entityID = entityID
        self.reason = reason
    }
}
