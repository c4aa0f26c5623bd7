import Foundation
import Testing
import ThiDuaCore
import ThiDuaTestSupport
import VaporTesting

@testable import ThiDuaWeb

@Suite struct SignInTests {
    @Test(arguments: DatabaseKind.available)
    func wrongPasswordIsToldInVietnameseAndThrottled(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup
            var client = Client(app)
            let page = try await client.send(.GET, "/dang-nhap")
            client.cookie = sessionCookie(page)
            client.csrf = csrfToken(page.body.string)
            // MUT
            let wrong = try await client.send(
                .POST, "/dang-nhap", form: ["username": "admin", "password": "sai-mat-khau"])
            for _ in 0..<4 {
                _ = try await client.send(.POST, "/dang-nhap", form: ["username": "admin", "password": "sai"])
            }
            let throttled = try await client.send(
                .POST, "/dang-nhap", form: ["username": "admin", "password": DemoData.password])
            let api = try await Client(app).send(
                .POST, "/api/v1/auth/login", json: ["username": "admin", "password": DemoData.password])
            // A forged X-Forwarded-For does not make a new address: no proxy is trusted by default.
            let forged = try await app.testing().sendRequest(
                .POST, "/api/v1/auth/login", headers: ["X-Forwarded-For": "198.51.100.7"]
            ) { req in
                try req.content.encode(["username": "admin", "password": DemoData.password])
            }
            // validation
            #expect(wrong.status == .unauthorized)
            #expect(wrong.body.string.contains("không đúng"))
            #expect(wrong.body.string.contains("value=\"admin\""), "the typed username is kept")
            #expect(throttled.status == .tooManyRequests)
            #expect(throttled.body.string.contains("Hãy thử lại sau 1 phút"))
            #expect(api.status == .tooManyRequests)
            #expect(forged.status == .tooManyRequests)
            #expect(api.body.string.contains("thử lại sau"))
            #expect(try await Client.api(app, "lanhdao").token != nil, "other accounts are not locked")
        }
    }

    @Test func onlyTheAdminSeesAndLiftsSignInWaits() async throws {
        try await withTestApp(.sqlite) { app in
            // setup: canbo02 locked out at this address
            var guesser = Client(app)
            let page = try await guesser.send(.GET, "/dang-nhap")
            guesser.cookie = sessionCookie(page)
            guesser.csrf = csrfToken(page.body.string)
            for _ in 0..<5 {
                _ = try await guesser.send(.POST, "/dang-nhap", form: ["username": "canbo02", "password": "sai"])
            }
            let officer = try await Client.browser(app, "canbo01")
            let admin = try await Client.browser(app, "admin")
            // MUT
            let officerPage = try await officer.send(.GET, "/cai-dat/khoa-dang-nhap")
            let officerUnlock = try await officer.send(.POST, "/cai-dat/khoa-dang-nhap", form: ["username": "canbo02"])
            let list = try await admin.send(.GET, "/cai-dat/khoa-dang-nhap")
            let unlock = try await admin.send(.POST, "/cai-dat/khoa-dang-nhap", form: ["username": "canbo02"])
            let after = try await guesser.send(
                .POST, "/dang-nhap", form: ["username": "canbo02", "password": DemoData.password])
            // validation
            #expect(officerPage.status == .forbidden)
            #expect(officerUnlock.status == .forbidden)
            #expect(list.status == .ok)
            #expect(list.body.string.contains("Mở khóa canbo02"))
            #expect(unlock.status == .seeOther)
            #expect(after.status == .seeOther, "signed in once the admin lifted the wait")
        }
    }

    @Test func forwardedAddressesAreBelievedOnlyFromTrustedProxies() {
        // No proxy configured: the header is anyone's to forge.
        #expect(ClientAddress.resolve(peer: "203.0.113.5", forwardedFor: ["10.9.9.9"], trusted: []) == "203.0.113.5")
        // From an untrusted peer, even with proxies configured.
        #expect(
            ClientAddress.resolve(peer: "203.0.113.5", forwardedFor: ["10.9.9.9"], trusted: ["127.0.0.1"])
                == "203.0.113.5")
        // Behind the proxy: the nearest address that is not a proxy; a forged left-most entry is ignored.
        #expect(
            ClientAddress.resolve(peer: "127.0.0.1", forwardedFor: ["1.1.1.1, 198.51.100.7"], trusted: ["127.0.0.1"])
                == "198.51.100.7")
        #expect(
            ClientAddress.resolve(
                peer: "127.0.0.1", forwardedFor: ["198.51.100.7, 10.0.0.2"], trusted: ["127.0.0.1", "10.0.0.2"])
                == "198.51.100.7")
        // Garbage in the header is not an address.
        #expect(
            ClientAddress.resolve(peer: "127.0.0.1", forwardedFor: ["<script>"], trusted: ["127.0.0.1"]) == "127.0.0.1")
    }

    @Test(arguments: DatabaseKind.available)
    func aFormWithoutItsTokenIsRefused(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup
            var admin = try await Client.browser(app, "admin")
            let unitsBefore = try await app.store.units.directory().count
            // MUT
            admin.csrf = "forged"
            let forged = try await admin.send(
                .POST, "/don-vi/moi",
                form: ["code": "DV99", "name": "Đơn vị giả", "kind": "enterprise", "version": "1"])
            admin.csrf = nil
            let missing = try await admin.send(
                .POST, "/don-vi/moi",
                form: ["code": "DV99", "name": "Đơn vị giả", "kind": "enterprise", "version": "1"])
            // validation
            #expect(forged.status == .forbidden)
            #expect(missing.status == .forbidden)
            #expect(forged.body.string.contains("Hãy tải lại trang"))
            #expect(try await app.store.units.directory().count == unitsBefore)
        }
    }

    @Test(arguments: DatabaseKind.available)
    func signOutEndsTheSessionAndPagesNeedSignIn(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup
            let admin = try await Client.browser(app, "admin")
            #expect(try await admin.send(.GET, "/don-vi").status == .ok)
            // MUT
            let out = try await admin.send(.POST, "/dang-xuat", form: [:])
            let after = try await admin.send(.GET, "/don-vi")
            // validation
            #expect(out.status == .seeOther)
            #expect(after.status == .seeOther)
            #expect(after.headers.first(name: .location) == "/dang-nhap?quay-ve=/don-vi")
            #expect(try await Client(app).send(.GET, "/nhan-su").status == .seeOther)
        }
    }

    @Test func noAccountExistsOutsideTheDemoUntilOneIsCreated() async throws {
        try await withTestApp(.sqlite, demo: false) { app in
            // setup
            #expect(try await app.store.accounts.count() == 0)
            let refused = try await Client(app).send(
                .POST, "/api/v1/auth/login", json: ["username": "admin", "password": "demo"])
            // MUT
            try await app.createAccount(
                Account(username: "quantri", displayName: "Quản trị", role: .admin), password: "mat-khau-dai-hon")
            await #expect(throws: DomainError.self) {
                try await app.createAccount(
                    Account(username: "ngan", displayName: "Ngắn", role: .admin), password: "ngan")
            }
            // validation
            #expect(refused.status == .unauthorized)
            #expect(refused.body.string.contains("không đúng"))
            let account = try #require(try await app.store.accounts.find(username: "quantri"))
            let hash = try #require(try await app.store.accounts.passwordHash(of: account.id))
            #expect(hash.hasPrefix("$2"), "Bcrypt hash, not the password")
            #expect(!hash.contains("mat-khau-dai-hon"))
            #expect(try await Client.api(app, "quantri", password: "mat-khau-dai-hon").token != nil)
        }
    }

    @Test func sessionCookiesAreSignedAndHttpOnly() async throws {
        try await withTestApp(.sqlite) { app in
            // setup
            let page = try await Client(app).send(.GET, "/dang-nhap")
            let header = try #require(page.headers[.setCookie].first { $0.hasPrefix("thidua_session=") })
            var forged = Client(app)
            forged.cookie = "thidua_session=" + UUID().uuidString + ".AAAA"
            // MUT
            let res = try await forged.send(.GET, "/")
            // validation
            #expect(header.contains("HttpOnly"))
            #expect(header.contains("SameSite=Lax"))
            #expect(res.status == .seeOther, "a forged session id signs nobody in")
        }
    }
}
