import Foundation
import ThiDuaCore
import ThiDuaStore
import Vapor

/// Sessions kept in the database, so several app instances share them. The cookie carries
/// `id.signature`; a forged id fails the HMAC check before any database read.
struct DatabaseSessionDriver: SessionDriver {
    let key: SymmetricKey
    static let lifetime: TimeInterval = 8 * 3600
    /// Set on sign-in and sign-out: the next save gives the session a new id (no fixation).
    static let rotateFlag = "_rotate"

    init(secret: String) {
        key = SymmetricKey(data: SHA256.hash(data: Data(secret.utf8)))
    }

    func sign(_ id: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data(id.utf8), using: key)
        return id + "." + Data(mac).base64URLEncoded()
    }

    func verify(_ cookie: String) -> String? {
        let parts = cookie.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, let mac = Data(base64URLEncoded: parts[1]) else { return nil }
        return HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: Data(parts[0].utf8), using: key)
            ? parts[0] : nil
    }

    func createSession(_ data: SessionData, for request: Request) -> EventLoopFuture<SessionID> {
        request.eventLoop.makeFutureWithTask {
            var snapshot = data.snapshot
            snapshot[Self.rotateFlag] = nil
            let id = try await request.store.sessions.create(
                data: snapshot, expiresAt: Date().addingTimeInterval(Self.lifetime))
            return SessionID(string: sign(id))
        }
    }

    func readSession(_ sessionID: SessionID, for request: Request) -> EventLoopFuture<SessionData?> {
        request.eventLoop.makeFutureWithTask {
            guard let id = verify(sessionID.string) else { return nil }
            return try await request.store.sessions.read(id, now: Date()).map { SessionData(initialData: $0) }
        }
    }

    func updateSession(_ sessionID: SessionID, to data: SessionData, for request: Request) -> EventLoopFuture<SessionID>
    {
        request.eventLoop.makeFutureWithTask {
            guard let id = verify(sessionID.string) else { return sessionID }
            var snapshot = data.snapshot
            if snapshot.removeValue(forKey: Self.rotateFlag) != nil {
                try await request.store.sessions.delete(id)
                let fresh = try await request.store.sessions.create(
                    data: snapshot, expiresAt: Date().addingTimeInterval(Self.lifetime))
                return SessionID(string: sign(fresh))
            }
            try await request.store.sessions.update(
                id, data: snapshot, expiresAt: Date().addingTimeInterval(Self.lifetime))
            return sessionID
        }
    }

    func deleteSession(_ sessionID: SessionID, for request: Request) -> EventLoopFuture<Void> {
        request.eventLoop.makeFutureWithTask {
            if let id = verify(sessionID.string) { try await request.store.sessions.delete(id) }
        }
    }
}

extension Data {
    func base64URLEncoded() -> String {
        base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    init?(base64URLEncoded text: String) {
        var s = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while s.count % 4 != 0 { s += "=" }
        self.init(base64Encoded: s)
    }
}
