import Foundation

/// Port for password hashing (Bcrypt in the web target).
public protocol PasswordHasher: Sendable {
    func hash(_ password: String) throws -> String
    func verify(_ password: String, created hash: String) throws -> Bool
}

/// Checks a username and password. Failures are counted per (account, address): after `perPair` of them that
/// pair waits, 1 minute, then twice as long after each further failure (at most `maxDelayMinutes`), so a
/// guesser slows down while the owner, from another address, still signs in. An address that fails across
/// many accounts is stopped for the window. The admin can lift an account's waits.
public struct SignIn: Sendable {
    public struct Limits: Sendable {
        public var perPair: Int
        public var perAddress: Int
        public var windowMinutes: Int
        public var maxDelayMinutes: Int

        public init(perPair: Int = 5, perAddress: Int = 20, windowMinutes: Int = 15, maxDelayMinutes: Int = 60) {
            self.perPair = perPair
            self.perAddress = perAddress
            self.windowMinutes = windowMinutes
            self.maxDelayMinutes = maxDelayMinutes
        }

        /// The wait after `failures` failures of one pair, in minutes (0: none).
        public func delayMinutes(after failures: Int) -> Int {
            guard failures >= perPair else { return 0 }
            let doublings = min(failures - perPair, 16)
            return min(1 << doublings, maxDelayMinutes)
        }
    }

    /// How far back a pair's failures count: the longest wait grows from them.
    static let pairMemory: TimeInterval = 24 * 3600

    public let store: any DataStore
    public let hasher: any PasswordHasher
    public let limits: Limits

    public init(store: any DataStore, hasher: any PasswordHasher, limits: Limits = Limits()) {
        self.store = store
        self.hasher = hasher
        self.limits = limits
    }

    static func name(_ username: String) -> String { username.trimmingCharacters(in: .whitespaces).lowercased() }
    static func pairPrefix(_ name: String) -> String { "pair:" + name + "|" }

    public func attempt(username: String, password: String, address: String, now: Date = Date()) async throws -> Account
    {
        let name = Self.name(username)
        let pairKey = Self.pairPrefix(name) + address
        let addressKey = "address:" + address
        // Refuse before checking the password, so that guessing stops while throttled.
        let pairFailures = try await store.loginFailures.count(
            key: pairKey, since: now.addingTimeInterval(-Self.pairMemory))
        let delay = limits.delayMinutes(after: pairFailures)
        if delay > 0, let last = try await store.loginFailures.last(key: pairKey) {
            let until = last.addingTimeInterval(Double(delay * 60))
            // Stored instants lose a little precision: a wait of exactly N minutes is told as N, not N + 1.
            if until > now {
                throw DomainError.tooManyAttempts(
                    minutes: max(1, Int((until.timeIntervalSince(now) / 60 - 0.001).rounded(.up))))
            }
        }
        let byAddress = try await store.loginFailures.count(
            key: addressKey, since: now.addingTimeInterval(-Double(limits.windowMinutes * 60)))
        if byAddress >= limits.perAddress {
            throw DomainError.tooManyAttempts(minutes: limits.windowMinutes)
        }
        let account = try await store.accounts.find(username: name)
        let hash = try await account.asyncMap { try await store.accounts.passwordHash(of: $0.id) } ?? nil
        // Verify against a dummy hash when the account is unknown, so timing does not tell.
        let ok = try hasher.verify(password, created: hash ?? SignIn.dummyHash)
        guard ok, let account, hash != nil, account.active else {
            try await store.transaction { tx in
                try await tx.loginFailures.record(key: pairKey, at: now)
                try await tx.loginFailures.record(key: addressKey, at: now)
            }
            throw DomainError.signInFailed
        }
        try await store.loginFailures.clear(key: pairKey)
        return account
    }

    /// The (account, address) pairs waiting now, for the admin's page.
    public func locks(for admin: Account, now: Date = Date()) async throws -> [SignInLock] {
        guard AccessPolicy(account: admin).canManageOrganization else { throw DomainError.forbidden }
        let rows = try await store.loginFailures.summaries(
            prefix: "pair:", since: now.addingTimeInterval(-Self.pairMemory), minimum: limits.perPair)
        return rows.compactMap { row in
            let rest = row.key.dropFirst("pair:".count)
            guard let bar = rest.firstIndex(of: "|") else { return nil }
            let until = row.last.addingTimeInterval(Double(limits.delayMinutes(after: row.count) * 60))
            guard until > now else { return nil }
            return SignInLock(
                username: String(rest[..<bar]), address: String(rest[rest.index(after: bar)...]), failures: row.count,
                until: until)
        }
    }

    /// Lifts every wait of an account, from every address. Admin only.
    public func unlock(username: String, by admin: Account) async throws {
        guard AccessPolicy(account: admin).canManageOrganization else { throw DomainError.forbidden }
        let name = Self.name(username)
        guard !name.isEmpty else {
            throw DomainError.invalid([FieldError("username", "Hãy cho biết tài khoản cần mở khóa.")])
        }
        try await store.loginFailures.clear(prefix: Self.pairPrefix(name))
    }

    /// A Bcrypt hash of a random string nobody knows.
    static let dummyHash = "$2b$12$C6UzMDM.H6dfI/f/IKcEeO5S1hlTJ0pzPwPdGNqPgIHWYRgAOiZtO"
}

/// An (account, address) pair that must wait before its next sign-in.
public struct SignInLock: Sendable, Equatable {
    public var username: String
    public var address: String
    public var failures: Int
    public var until: Date
}
