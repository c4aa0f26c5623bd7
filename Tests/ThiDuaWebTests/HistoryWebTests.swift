import Foundation
import Testing
import ThiDuaCore
import ThiDuaTestSupport
import VaporTesting

@testable import ThiDuaWeb

@Suite struct HistoryWebTests {
    @Test(arguments: DatabaseKind.available)
    func anOfficerKeepsTheirOwnUnitsHistoryThroughTheForms(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup
            let officer = try await Client.browser(app, "canbo01")
            let person = try await demoPerson(app, unit: "DV01")
            let unit = try #require(try await app.store.units.find(code: "DV01"))
            // MUT
            let form = try await officer.send(.GET, "/nhan-su/\(person.id)/qua-trinh/moi?loai=rating")
            let saved = try await officer.send(
                .POST, "/nhan-su/\(person.id)/qua-trinh/moi?loai=rating",
                form: ["kind": "rating", "year": "2023", "value": "excellent", "version": "1"])
            let duplicate = try await officer.send(
                .POST, "/nhan-su/\(person.id)/qua-trinh/moi?loai=rating",
                form: ["kind": "rating", "year": "2023", "value": "good", "version": "1"])
            let collective = try await officer.send(
                .POST, "/don-vi/\(unit.id)/qua-trinh/moi?loai=award",
                form: ["kind": "award", "year": "2022", "value": "TTLDXS", "decisionNumber": "15/QĐ-LMHTXVN"])
            let page = try await officer.send(.GET, "/nhan-su/\(person.id)")
            let unitPage = try await officer.send(.GET, "/don-vi/\(unit.id)")
            // validation
            #expect(form.status == .ok)
            #expect(PagesTests.unlabelledInputs(form.body.string).isEmpty)
            #expect(saved.status == .seeOther)
            #expect(duplicate.status == .unprocessableEntity)
            #expect(duplicate.body.string.contains("Năm 2023 đã có xếp loại"))
            #expect(collective.status == .seeOther)
            #expect(page.body.string.contains("Hoàn thành xuất sắc nhiệm vụ"))
            #expect(unitPage.body.string.contains("Tập thể lao động xuất sắc"))
            #expect(unitPage.body.string.contains("Số 15/QĐ-LMHTXVN"))
            #expect(try await app.store.history.entries(of: .person, person.id).map(\.value) == ["excellent"])
        }
    }

    @Test(arguments: DatabaseKind.available)
    func everyEntryRouteRefusesAnotherUnitsEntry(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup: an entry of a DV02 person, made by the admin
            let admin = try await Client.api(app, "admin")
            let stranger = try await demoPerson(app, unit: "DV02")
            let created = try await admin.send(
                .POST, "/api/v1/people/\(stranger.id)/history",
                json: ["kind": "discipline", "value": "warning", "from": "2023-01-01", "title": "Bí mật của DV02"])
            let entry = try created.content.decode(HistoryEntry.self)
            let api = try await Client.api(app, "canbo01")
            let browser = try await Client.browser(app, "canbo01")
            let routes = app.routes.all.filter { $0.path.contains(.parameter(SiteURL.entryKey)) }
            // MUT
            var statuses: [String: HTTPStatus] = [:]
            for route in routes {
                let path =
                    "/"
                    + route.path.map { $0 == .parameter(SiteURL.entryKey) ? entry.id.uuidString : $0.description }
                    .joined(separator: "/")
                let res =
                    route.path.first == "api"
                    ? try await api.send(
                        route.method, path,
                        json: ["kind": "discipline", "value": "reprimand", "from": "2023-01-01", "version": "1"])
                    : try await browser.send(
                        route.method, path,
                        form: route.method == .GET ? nil : ["value": "reprimand", "from": "01/01/2023", "version": "1"])
                statuses["\(route.method) \(route.path.string)"] = res.status
                #expect(!res.body.string.contains("Bí mật của DV02"))
            }
            let history = try await api.send(.GET, "/api/v1/people/\(stranger.id)/history")
            // validation
            #expect(created.status == .created)
            #expect(routes.count >= 5)
            for (route, status) in statuses {
                #expect(status == .forbidden || status == .notFound, "\(route) answered \(status)")
            }
            #expect(history.status == .notFound)
            #expect(try await app.store.history.find(entry.id) == entry)
        }
    }

    @Test(arguments: DatabaseKind.available)
    func theAuditLogShowsAnOfficerOnlyTheirOwnUnit(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup
            let admin = try await Client.api(app, "admin")
            let own = try await demoPerson(app, unit: "DV01")
            let other = try await demoPerson(app, unit: "DV02")
            _ = try await admin.send(
                .POST, "/api/v1/people/\(own.id)/history", json: ["kind": "rating", "year": "2023", "value": "good"])
            _ = try await admin.send(
                .POST, "/api/v1/people/\(other.id)/history",
                json: ["kind": "rating", "year": "2023", "value": "good", "title": "Ghi chú DV02"])
            let officer = try await Client.api(app, "canbo01")
            let browser = try await Client.browser(app, "canbo01")
            // MUT
            struct Events: Decodable {
                var items: [AuditEvent]
                var metadata: Meta
            }
            struct Meta: Decodable { var total: Int }
            let mine = try await officer.send(.GET, "/api/v1/audit?entity=history_entries").content.decode(Events.self)
            let all = try await admin.send(.GET, "/api/v1/audit?entity=history_entries").content.decode(Events.self)
            let page = try await browser.send(.GET, "/nhat-ky?loai=history_entries")
            // validation
            let dv01 = try #require(try await app.store.units.find(code: "DV01"))
            #expect(mine.metadata.total == 1)
            #expect(mine.items.allSatisfy { $0.unitID == dv01.id })
            #expect(all.metadata.total == 2)
            #expect(all.items.allSatisfy { $0.actor == "admin" })
            #expect(page.status == .ok)
            #expect(!page.body.string.contains("Ghi chú DV02"))
            let head = try await app.store.audit.head()
            #expect(try await AuditService(store: app.store).verify() == .intact(count: Int(head.seq)))
        }
    }
}
