import Foundation
import Testing
import ThiDuaCore
import ThiDuaTestSupport
import VaporTesting

@testable import ThiDuaWeb

/// What a unit officer launches reaches the anonymous bulletin only after the secretariat approves it; the
/// feed's links come from the configured public address, never from the request's Host header.
@Suite struct BulletinApprovalTests {
    @Test(arguments: DatabaseKind.available)
    func aUnitsLaunchWaitsForTheSecretariat(database: DatabaseKind) async throws {
        let settings: (inout Configuration) -> Void = { $0.publicURL = "https://thidua.example.vn" }
        try await withTestApp(database, settings: settings) { app in
            // setup: canbo01's own movement for DV01, as a draft
            let dv01 = try #require(try await app.store.units.find(code: "DV01"))
            let officerAccount = try #require(try await app.store.accounts.find(username: "canbo01"))
            let title = "Phong trào “Ngày thứ Bảy xanh” của Quỹ"
            let draft = MovementDraft(
                year: "2026", kind: "thematic", scopeKind: "unit", scopeID: dv01.id.uuidString, title: title,
                periodFrom: "2026-03-01", periodTo: "2026-12-31")
            let m = try await MovementService(store: app.store, account: officerAccount).create(draft)
            let officer = try await Client.browser(app, "canbo01")
            let anonymous = Client(app)
            // MUT 1: the officer launches it
            let launch = try await officer.send(
                .POST, "/phong-trao/\(m.id)/trang-thai",
                form: ["version": String(m.version), "status": "launched", "on": "2026-03-01"])
            // validation 1: launched, visible to the signed-in, not on the public bulletin or its feed
            #expect(launch.status == .seeOther)
            #expect(try await app.store.movements.find(m.id)?.bulletinHeld == true)
            #expect(!(try await anonymous.send(.GET, "/ban-tin")).body.string.contains("Ngày thứ Bảy xanh"))
            #expect(!(try await anonymous.send(.GET, "/ban-tin/atom.xml")).body.string.contains("Ngày thứ Bảy xanh"))
            let page = try await officer.send(.GET, "/phong-trao/\(m.id)")
            #expect(page.body.string.contains("Chờ thư ký khối hoặc quản trị duyệt"))
            // MUT 2: the officer cannot approve their own; the bloc's secretary does
            let held = try #require(try await app.store.movements.find(m.id))
            let selfApproval = try await officer.send(
                .POST, "/phong-trao/\(m.id)/duyet-ban-tin", form: ["version": String(held.version)])
            let approval = try await Client.browser(app, "thuky").send(
                .POST, "/phong-trao/\(m.id)/duyet-ban-tin", form: ["version": String(held.version)])
            // validation 2
            #expect(selfApproval.status == .forbidden)
            #expect(approval.status == .seeOther)
            #expect(try await anonymous.send(.GET, "/ban-tin").body.string.contains("Ngày thứ Bảy xanh"))
            // The feed links to the configured address whatever Host the request names.
            let feed = try await app.testing().sendRequest(
                .GET, "/ban-tin/atom.xml", headers: ["Host": "attacker.example"])
            #expect(feed.body.string.contains("https://thidua.example.vn/ban-tin"))
            #expect(!feed.body.string.contains("attacker.example"))
        }
    }
}
