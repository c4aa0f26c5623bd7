import Foundation
import Testing
import ThiDuaCore
import ThiDuaTestSupport
import VaporTesting

@testable import ThiDuaWeb

/// A bloc secretary who adds a unit to their bloc does not see its people until the admin confirms.
@Suite struct MembershipConfirmationTests {
    @Test(arguments: DatabaseKind.available)
    func aSecretaryCannotWidenTheirOwnScope(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup: VP (a department) is outside the secretary's bloc
            let bloc = try #require(try await app.store.accounts.find(username: "thuky")?.blocID)
            let vp = try #require(try await app.store.units.find(code: "VP"))
            let person = try await demoPerson(app, unit: "VP")
            let thuky = try await Client.browser(app, "thuky")
            let thukyAPI = try await Client.api(app, "thuky")
            let admin = try await Client.browser(app, "admin")
            #expect(try await thukyAPI.send(.GET, "/api/v1/people/\(person.id)").status == .notFound)
            // MUT 1: the secretary adds VP for 2024
            let add = try await thuky.send(
                .POST, "/khoi-thi-dua/\(bloc)/thanh-vien",
                form: ["year": "2024", "unitID": vp.id.uuidString, "role": "member"])
            let m = try #require(try await app.store.blocs.membership(bloc: bloc, unit: vp.id, year: 2024))
            // validation 1: stored, waiting, and the scope is unchanged
            #expect(add.status == .seeOther)
            #expect(m.confirmed == false)
            #expect(try await thukyAPI.send(.GET, "/api/v1/people/\(person.id)").status == .notFound)
            #expect(try await thuky.send(.GET, "/nhan-su/\(person.id)").status == .notFound)
            let page = try await admin.send(.GET, "/khoi-thi-dua/\(bloc)?nam=2024")
            #expect(page.body.string.contains("Chờ quản trị xác nhận"))
            // MUT 2: the secretary cannot confirm; the admin does
            let selfConfirm = try await thuky.send(
                .POST, "/khoi-thi-dua/\(bloc)/thanh-vien/\(m.id)/xac-nhan", form: [:])
            let confirm = try await admin.send(.POST, "/khoi-thi-dua/\(bloc)/thanh-vien/\(m.id)/xac-nhan", form: [:])
            // validation 2
            #expect(selfConfirm.status == .forbidden)
            #expect(confirm.status == .seeOther)
            #expect(try await thukyAPI.send(.GET, "/api/v1/people/\(person.id)").status == .ok)
            let events = try await app.store.audit.list(AuditFilter(entity: "bloc_memberships", perPage: 10)).items
                .filter { $0.entityID == m.id.uuidString.lowercased() }
            #expect(events.map(\.actor).sorted() == ["admin", "thuky"], "both steps are in the audit log")
            #expect(events.contains { $0.action == .update && ($0.newValue ?? "").contains("\"confirmed\":true") })
        }
    }

    @Test(arguments: DatabaseKind.available)
    func aKnownUnitNeedsNoConfirmationAndTheAdminsOwnAdditionsNone(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup: DV02 is a member of the secretary's bloc already
            let bloc = try #require(try await app.store.accounts.find(username: "thuky")?.blocID)
            let dv02 = try #require(try await app.store.units.find(code: "DV02"))
            let vp = try #require(try await app.store.units.find(code: "VP"))
            // MUT
            _ = try await Client.browser(app, "thuky").send(
                .POST, "/khoi-thi-dua/\(bloc)/thanh-vien",
                form: ["year": "2030", "unitID": dv02.id.uuidString, "role": "member"])
            _ = try await Client.browser(app, "admin").send(
                .POST, "/khoi-thi-dua/\(bloc)/thanh-vien",
                form: ["year": "2030", "unitID": vp.id.uuidString, "role": "member"])
            // validation
            #expect(try await app.store.blocs.membership(bloc: bloc, unit: dv02.id, year: 2030)?.confirmed == true)
            #expect(try await app.store.blocs.membership(bloc: bloc, unit: vp.id, year: 2030)?.confirmed == true)
        }
    }
}
