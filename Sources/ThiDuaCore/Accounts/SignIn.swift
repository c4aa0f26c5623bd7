import Foundation

/// Port for password hashing (Bcrypt in the web target).
public protocol PasswordHasher: Sendable {
    func hash(_ password: String) throws -> String
    func verify(_ password: String, created hash: String) throws -> Bool
}

/// Checks a username and password, throttling failures per account and per address.
public struct SignIn: Sendable {
    public struct Limits: Sendable {
        public var perAccount: Int
        public var perAddress: Int
        public var windowMinutes: Int

        public init(perAccount: Int = 5, perAddress: Int = 20, windowMinutes: Int = 15) {
            self.perAccount = perAccount
            self.perAddress = perAddress
            self.windowMinutes = windowMinutes
        }
    }

    public let store: any DataStore
    public let hasher: any PasswordHasher
    public let limits: Limits

    public init(store: any DataStore, hasher: any PasswordHasher, limits: Limits = Limits()) {
        self.store = store
        self.hasher = hasher
        self.limits = limits
    }

    public func attempt(username: String, password: String, address: String, now: Date = Date()) async throws -> Account {
        let name = username.trimmingCharacters(in: .whitespaces).lowercased()
        let accountKey = "account:" + name
        let addressKey = "address:" + address
        let since = now.addingTimeInterval(-Double(limits.windowMinutes * 60))
        // Refuse before checking the password, so that guessing stops while throttled.
        let byAccount = try await store.loginFailures.count(key: accountKey, since: since)
        let byAddress = try await store.loginFailures.count(key: addressKey, since: since)
        if byAccount >= limits.perAccount || byAddress >= limits.perAddress {
            throw DomainError.tooManyAttempts(minutes: limits.windowMinutes)
        }
        let account = try await store.accounts.find(username: name)
        let hash = try await account.asyncMap { try await store.accounts.passwordHash(of: $0.id) } ?? nil
        // Verify against a dummy hash when the account is unknown, so timing does not tell.
        let ok = try hasher.verify(password, created: hash ?? SignIn.dummyHash)
        guard ok, let account, hash != nil, account.active else {
            try await store.transaction { tx in
                try await tx.loginFailures.record(key: accountKey, at: now)
                try await tx.loginFailures.record(key: addressKey, at: now)
            }
            throw DomainError.signInFailed
        }
        try await store.loginFailures.clear(key: accountKey)
        return account
    }

    /// A Bcrypt hash of a random string nobody knows.
    static let dummyHash = "$2b$12$C6UzMDM.H6dfI/f/IKcEeO5S1hlTJ0pzPwPdGNqPgIHWYRgAOiZtO"
}
