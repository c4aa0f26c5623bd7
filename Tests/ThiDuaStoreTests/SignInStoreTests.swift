import Foundation
import Testing
import ThiDuaTestSupport
import ThiDuaCore
@testable import ThiDuaStore

@Suite struct SignInStoreTests {
    @Test(arguments: DatabaseKind.available)
    func failedSignInsAreThrottledPerAccount(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup
            try await t.store.accounts.insert(Account(username: "admin", displayName: "Quản trị", role: .admin), passwordHash: "plain:dung-mat-khau")
            let signIn = SignIn(store: t.store, hasher: PlainHasher(), limits: .init(perAccount: 3, perAddress: 100, windowMinutes: 15))
            let now = Date()
            // MUT
            for _ in 0..<3 {
                await #expect(throws: DomainError.signInFailed) {
                    _ = try await signIn.attempt(username: "admin", password: "sai", address: "10.0.0.1", now: now)
                }
            }
            // validation: even the right password is refused while throttled, and accepted after the window.
            await #expect(throws: DomainError.tooManyAttempts(minutes: 15)) {
                _ = try await signIn.attempt(username: "ADMIN", password: "dung-mat-khau", address: "10.0.0.2", now: now)
            }
            let later = try await signIn.attempt(username: "admin", password: "dung-mat-khau", address: "10.0.0.2", now: now.addingTimeInterval(16 * 60))
            #expect(later.username == "admin")
        }
    }

    @Test(arguments: DatabaseKind.available)
    func failedSignInsAreThrottledPerAddress(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup
            try await t.store.accounts.insert(Account(username: "lanhdao", displayName: "Lãnh đạo", role: .leader), passwordHash: "plain:dung-mat-khau")
            let signIn = SignIn(store: t.store, hasher: PlainHasher(), limits: .init(perAccount: 100, perAddress: 4, windowMinutes: 15))
            // MUT: guessing across many usernames from one address
            for i in 0..<4 {
                await #expect(throws: DomainError.self) { _ = try await signIn.attempt(username: "user\(i)", password: "x", address: "10.9.9.9") }
            }
            // validation
            await #expect(throws: DomainError.tooManyAttempts(minutes: 15)) {
                _ = try await signIn.attempt(username: "lanhdao", password: "dung-mat-khau", address: "10.9.9.9")
            }
            #expect(try await signIn.attempt(username: "lanhdao", password: "dung-mat-khau", address: "10.1.1.1").role == .leader)
        }
    }

    @Test(arguments: DatabaseKind.available)
    func sessionsExpireAndTokensCanBeRevoked(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup
            let account = Account(username: "hoidong", displayName: "Hội đồng", role: .councilMember)
            try await t.store.accounts.insert(account, passwordHash: "plain:x")
            let now = Date()
            let session = try await t.store.sessions.create(data: ["account": account.id.uuidString], expiresAt: now.addingTimeInterval(60))
            try await t.store.apiTokens.insert(tokenHash: "abc", accountID: account.id, expiresAt: now.addingTimeInterval(60))
            // MUT + validation
            #expect(try await t.store.sessions.read(session, now: now)?["account"] == account.id.uuidString)
            #expect(try await t.store.sessions.read(session, now: now.addingTimeInterval(61)) == nil)
            #expect(try await t.store.apiTokens.account(forTokenHash: "abc", now: now)?.id == account.id)
            #expect(try await t.store.apiTokens.account(forTokenHash: "abc", now: now.addingTimeInterval(61)) == nil)
            #expect(try await t.store.apiTokens.revoke(tokenHash: "abc"))
            #expect(try await t.store.apiTokens.account(forTokenHash: "abc", now: now) == nil)
            #expect(try await t.store.apiTokens.revoke(tokenHash: "abc") == false)
            try await t.store.sessions.deleteExpired(now: now.addingTimeInterval(61))
            #expect(try await t.store.sessions.read(session, now: now) == nil)
        }
    }
}
