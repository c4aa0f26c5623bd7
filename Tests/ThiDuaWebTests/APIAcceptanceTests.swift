import Foundation
import Testing
import ThiDuaCore
import ThiDuaTestSupport
import VaporTesting

@testable import ThiDuaWeb

/// The acceptance points of the foundation issue, through the JSON API.
@Suite struct APIAcceptanceTests {
    struct UnitPage: Decodable {
        var items: [OrgUnit]
        var metadata: Meta
    }
    struct PeoplePage: Decodable {
        var items: [PersonRow]
        var metadata: Meta
    }
    struct Meta: Decodable {
        var page: Int
        var per: Int
        var total: Int
        var pageCount: Int
    }
    struct PersonEdit: Encodable {
        var fullName: String
        var gender: String
        var version: Int
    }

    @Test(arguments: DatabaseKind.available)
    func adminListsUnitsAndFindsPeopleWithoutDiacritics(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup
            let admin = try await Client.api(app, "admin")
            // MUT
            let units = try await admin.send(.GET, "/api/v1/units?per=100")
            let people = try await admin.send(.GET, "/api/v1/people?q=nguyen%20van%20hoa")
            // validation
            #expect(units.status == .ok)
            let unitPage = try units.content.decode(UnitPage.self)
            #expect(unitPage.metadata.total == 24)
            #expect(unitPage.items.contains { $0.name == "Quỹ Phát triển Hợp tác xã" })
            #expect(Set(unitPage.items.map(\.code)).isSuperset(of: (1...15).map { String(format: "DV%02d", $0) }))
            let found = try people.content.decode(PeoplePage.self).items.map(\.person.fullName)
            #expect(found.contains("Nguyễn Văn Hoà"))
            #expect(found.contains("Nguyễn Văn Hòa"))
            #expect(found.allSatisfy { VietnameseText.searchKey($0).contains("nguyen van hoa") })
        }
    }

    @Test(arguments: DatabaseKind.available)
    func unitOfficerGetsNothingOfAnotherUnitsPerson(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup
            let officer = try await Client.api(app, "canbo01")
            let stranger = try await demoPerson(app, unit: "DV02")
            // MUT
            let read = try await officer.send(.GET, "/api/v1/people/\(stranger.id)")
            let change = try await officer.send(
                .PUT, "/api/v1/people/\(stranger.id)",
                json: PersonEdit(fullName: "Tên Bị Đổi", gender: "male", version: 1))
            // validation
            #expect([.forbidden, .notFound].contains(read.status))
            #expect([.forbidden, .notFound].contains(change.status))
            #expect(!read.body.string.contains(stranger.fullName))
            let stored = try #require(try await app.store.people.find(stranger.id))
            #expect(stored == stranger)
        }
    }

    @Test(arguments: DatabaseKind.available)
    func tokensCanBeRevoked(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup
            let leader = try await Client.api(app, "lanhdao")
            #expect(try await leader.send(.GET, "/api/v1/me").status == .ok)
            // MUT
            let logout = try await leader.send(.POST, "/api/v1/auth/logout")
            // validation
            #expect(logout.status == .noContent)
            let after = try await leader.send(.GET, "/api/v1/me")
            #expect(after.status == .unauthorized)
            #expect(after.body.string.contains("đăng nhập"))
            #expect(try await Client(app).send(.GET, "/api/v1/units").status == .unauthorized)
        }
    }

    @Test(arguments: DatabaseKind.available)
    func adminRunsTheWholeUnitAndPersonCycle(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup
            let admin = try await Client.api(app, "admin")
            let target = try #require(try await app.store.units.find(code: "DV03"))
            let today = LocalDate.today()
            let tomorrow = try #require(today.adding(days: 1))
            // MUT: create a unit, a person in it, edit, move, deactivate
            let created = try await admin.send(
                .POST, "/api/v1/units", json: ["code": "dv16", "name": "Trung tâm Mới", "kind": "publicServiceUnit"])
            let unit = try created.content.decode(OrgUnit.self)
            struct NewPerson: Encodable {
                var fullName: String
                var gender: String
                var birthYear: Int
                var unitID: UUID
                var position: String
            }
            let p = try await admin.send(
                .POST, "/api/v1/people",
                json: NewPerson(
                    fullName: "Đinh Thị Thu Hà", gender: "female", birthYear: 1990, unitID: unit.id,
                    position: "Chuyên viên"))
            let person = try p.content.decode(Person.self)
            struct Edit: Encodable {
                var fullName: String
                var gender: String
                var birthYear: Int
                var position: String
                var version: Int
            }
            let edited = try await admin.send(
                .PUT, "/api/v1/people/\(person.id)",
                json: Edit(
                    fullName: "Đinh Thị Thu Hà", gender: "female", birthYear: 1991, position: "Kế toán", version: 1))
            struct Move: Encodable {
                var version: Int
                var toUnitID: UUID
                var on: String
            }
            let moved = try await admin.send(
                .POST, "/api/v1/people/\(person.id)/move", json: Move(version: 2, toUnitID: target.id, on: tomorrow.iso)
            )
            let detail = try await admin.send(.GET, "/api/v1/people/\(person.id)")
            // validation
            #expect(created.status == .created)
            #expect(unit.code == "DV16")
            #expect(p.status == .created)
            #expect(edited.status == .ok)
            #expect(moved.status == .ok)
            struct Detail: Decodable {
                var person: Person
                var assignments: [PersonAssignment]
            }
            let d = try detail.content.decode(Detail.self)
            #expect(d.person.unitID == target.id)
            #expect(d.person.birthYear == 1991)
            #expect(d.assignments.map(\.unitID) == [unit.id, target.id])
            #expect(d.assignments.first?.to == today)
        }
    }
}
