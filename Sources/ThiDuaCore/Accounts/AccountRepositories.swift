import Foundation

public protocol AccountRepository: Sendable {
    func find(_ id: UUID) async throws -> Account?
    func find(username: String) async throws -> Account?
    func passwordHash(of accountID: UUID) async throws -> String?
    func insert(_ account: Account, passwordHash: String) async throws
    func count() async throws -> Int
    /// Every account, for `thidua user list`.
    func everyAccount() async throws -> [Account]
}

/// Server-side sessions, so that several app instances can share them.
public protocol SessionRepository: Sendable {
    func create(data: [String: String], expiresAt: Date) async throws -> String
    func read(_ id: String, now: Date) async throws -> [String: String]?
    func update(_ id: String, data: [String: String], expiresAt: Date) async throws
    func delete(_ id: String) async throws
    func deleteExpired(now: Date) async throws
}

/// Bearer tokens of the API. Only a hash of each token is stored.
public protocol ApiTokenRepository: Sendable {
    func insert(tokenHash: String, accountID: UUID, expiresAt: Date) async throws
    func account(forTokenHash hash: String, now: Date) async throws -> Account?
    /// Returns false when no live token had that hash.
    func revoke(tokenHash: String) async throws -> Bool
}

/// Failed sign-ins, counted per (account, address) and per address.
public protocol LoginFailureRepository: Sendable {
    func record(key: String, at: Date) async throws
    func count(key: String, since: Date) async throws -> Int
    func last(key: String) async throws -> Date?
    func clear(key: String) async throws
    /// Removes every key that starts with `prefix` (an account's pairs with all addresses).
    func clear(prefix: String) async throws
    /// Keys starting with `prefix` with at least `minimum` failures since `since`, most recent first (at most 200).
    func summaries(prefix: String, since: Date, minimum: Int) async throws -> [LoginFailureSummary]
}

public struct LoginFailureSummary: Sendable, Equatable {
    public var key: String
    public var count: Int
    public var last: Date

    public init(key: String, count: Int, last: Date) {
        self.key = key
        self.count = count
        self.last = last
    }
}
