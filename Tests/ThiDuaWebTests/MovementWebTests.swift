import Foundation
import Testing
import ThiDuaCore
import ThiDuaTestSupport
import VaporTesting

@testable import ThiDuaWeb

@Suite struct MovementWebTests {
    static func movement(_ app: Application, title: String) async throws -> Movement {
        try #require(try await app.store.movements.list(MovementFilter()).first { $0.title == title })
    }

    @Test(arguments: DatabaseKind.available)
    func anOfficerRegistersOnlyForTheirOwnUnit(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup: the demo's 2023 movement, launched
            let m = try await Self.movement(app, title: "Phong trào thi đua năm 2023 của Khối thi đua")
            let dv02 = try #require(try await app.store.units.find(code: "DV02"))
            let officer = try await Client.browser(app, "canbo01")
            let api = try await Client.api(app, "canbo01")
            // MUT
            let page = try await officer.send(.GET, "/phong-trao/\(m.id)/dang-ky")
            let forOther = try await officer.send(
                .POST, "/phong-trao/\(m.id)/dang-ky",
                form: ["version": "0", "unitID": dv02.id.uuidString, "collective": "TTLDTT"])
            let apiOther = try await api.send(
                .PUT, "/api/v1/movements/\(m.id)/registrations/\(dv02.id)", json: ["version": 0])
            let list = try await api.send(.GET, "/api/v1/movements/\(m.id)/registrations")
            // validation
            #expect(page.status == .ok)
            #expect(PagesTests.unlabelledInputs(page.body.string).isEmpty)
            #expect(forOther.status == .notFound)
            #expect(apiOther.status == .notFound)
            #expect(try await app.store.registrations.find(movement: m.id, unit: dv02.id) == nil)
            #expect(list.status == .ok)
            #expect(list.body.string.contains("Quỹ Phát triển Hợp tác xã"))
            #expect(!list.body.string.contains(dv02.name))
        }
    }

    @Test(arguments: DatabaseKind.available)
    func badMovementInputIsToldInVietnameseAndWritesNothing(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup
            let leader = try await Client.browser(app, "lanhdao")
            let before = try await app.store.movements.list(MovementFilter()).count
            // MUT
            let bad = try await leader.send(
                .POST, "/phong-trao/moi",
                form: [
                    "title": "", "year": "năm nay", "kind": "regular", "scopeKind": "organization",
                    "periodFrom": "2026-09-30", "periodTo": "2026-09-01", "codes": "XYZ",
                ])
            let api = try await Client.api(app, "lanhdao").send(.POST, "/api/v1/movements", rawBody: #"{"title": 3}"#)
            // validation
            #expect(bad.status == .unprocessableEntity)
            for message in [
                "Tên phong trào không được để trống.", "Năm phải là một năm, ví dụ 2023.",
                "Ngày kết thúc phải sau ngày bắt đầu.", "Mã không có trong danh mục: XYZ.",
            ] {
                #expect(bad.body.string.contains(message), "\(message)")
            }
            #expect(api.status == .badRequest)
            #expect(try await app.store.movements.list(MovementFilter()).count == before)
        }
    }

    @Test(arguments: DatabaseKind.available)
    func theBulletinAndItsFeedShowNoDraftToAnyone(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup: a draft by the leader
            let leader = try await Client.api(app, "lanhdao")
            let created = try await leader.send(
                .POST, "/api/v1/movements",
                json: MovementDraft(
                    year: "2026", kind: "thematic", scopeKind: "organization",
                    title: "Bí mật: dự thảo chưa phát động", periodFrom: "2026-10-01", periodTo: "2026-10-31"))
            let anonymous = Client(app)
            // MUT
            let page = try await anonymous.send(.GET, "/ban-tin")
            let feed = try await anonymous.send(.GET, "/ban-tin/atom.xml")
            let officerList = try await Client.api(app, "canbo01").send(.GET, "/api/v1/movements?year=2026")
            // validation
            #expect(created.status == .created)
            #expect(page.status == .ok && feed.status == .ok)
            #expect(page.body.string.contains("Phong trào thi đua năm 2023 của Khối thi đua"))
            #expect(feed.body.string.contains("Phong trào thi đua năm 2023 của Khối thi đua"))
            for body in [page.body.string, feed.body.string, officerList.body.string] {
                #expect(!body.contains("Bí mật: dự thảo chưa phát động"))
                #expect(!body.contains("Gương điển hình chờ duyệt"))
            }
            #expect(feed.headers.first(name: .contentType)?.hasPrefix("application/atom+xml") == true)
        }
    }
}
