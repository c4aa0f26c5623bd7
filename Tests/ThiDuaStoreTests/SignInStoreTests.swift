import Foundation
import Testing
import ThiDuaCore
import ThiDuaTestSupport

@testable import ThiDuaStore

@Suite struct SignInStoreTests {
    @Test(arguments: DatabaseKind.available)
    func failedSignInsSlowTheGuesserNotTheOwner(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup
            try await t.store.accounts.insert(
                Account(username: "admin", displayName: "Quản trị", role: .admin), passwordHash: "plain:dung-mat-khau")
            let signIn = SignIn(
                store: t.store, hasher: PlainHasher(), limits: .init(perPair: 3, perAddress: 100, windowMinutes: 15))
            let now = Date()
            // MUT: three wrong passwords from the attacker's address
            for _ in 0..<3 {
                await #expect(throws: DomainError.signInFailed) {
                    _ = try await signIn.attempt(username: "admin", password: "sai", address: "203.0.113.9", now: now)
                }
            }
            // validation: the attacker's address waits 1 minute, even with the right password …
            await #expect(throws: DomainError.tooManyAttempts(minutes: 1)) {
                _ = try await signIn.attempt(
                    username: "ADMIN", password: "dung-mat-khau", address: "203.0.113.9", now: now)
            }
            // … while the owner, from their own address, is not locked out.
            #expect(
                try await signIn.attempt(username: "admin", password: "dung-mat-khau", address: "10.0.0.2", now: now)
                    .username == "admin")
            // The wait doubles with each further failure: 2 minutes after the 4th.
            let later = now.addingTimeInterval(61)
            await #expect(throws: DomainError.signInFailed) {
                _ = try await signIn.attempt(username: "admin", password: "sai", address: "203.0.113.9", now: later)
            }
            await #expect(throws: DomainError.tooManyAttempts(minutes: 2)) {
                _ = try await signIn.attempt(
                    username: "admin", password: "dung-mat-khau", address: "203.0.113.9",
                    now: later.addingTimeInterval(1))
            }
            let admin = Account(username: "admin", displayName: "Quản trị", role: .admin)
            #expect(try await signIn.locks(for: admin, now: later).map(\.address) == ["203.0.113.9"])
            await #expect(throws: DomainError.forbidden) {
                try await signIn.unlock(
                    username: "admin", by: Account(username: "canbo", displayName: "Cán bộ", role: .unitOfficer))
            }
            // The admin lifts the wait.
            try await signIn.unlock(username: "admin", by: admin)
            #expect(try await signIn.locks(for: admin, now: later).isEmpty)
            #expect(
                try await signIn.attempt(
                    username: "admin", password: "dung-mat-khau", address: "203.0.113.9", now: later
                ).username == "admin")
        }
    }

    @Test(arguments: DatabaseKind.available)
    func failedSignInsAreThrottledPerAddress(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup
            try await t.store.accounts.insert(
                Account(username: "lanhdao", displayName: "Lãnh đạo", role: .leader),
                passwordHash: "plain:dung-mat-khau")
            let signIn = SignIn(
                store: t.store, hasher: PlainHasher(), limits: .init(perPair: 100, perAddress: 4, windowMinutes: 15))
            // MUT: guessing across many usernames from one address
            for i in 0..<4 {
                await #expect(throws: DomainError.self) {
                    _ = try await signIn.attempt(username: "user\(i)", password: "x", address: "10.9.9.9")
                }
            }
            // validation
            await #expect(throws: DomainError.tooManyAttempts(minutes: 15)) {
                _ = try await signIn.attempt(username: "lanhdao", password: "dung-mat-khau", address: "10.9.9.9")
            }
            #expect(
                try await signIn.attempt(username: "lanhdao", password: "dung-mat-khau", address: "10.1.1.1").role
                    == .leader)
        }
    }

    @Test(arguments: DatabaseKind.available)
    func sessionsExpireAndTokensCanBeRevoked(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup
            let account = Account(username: "hoidong", displayName: "Hội đồng", role: .councilMember)
            try await t.store.accounts.insert(account, passwordHash: "plain:x")
            let now = Date()
            let session = try await t.store.sessions.create(
                data: ["account": account.id.uuidString], expiresAt: now.addingTimeInterval(60))
            try await t.store.apiTokens.insert(
                tokenHash: "abc", accountID: account.id, expiresAt: now.addingTimeInterval(60))
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
