import Foundation
import Testing
import ThiDuaCore
import ThiDuaTestSupport

@testable import ThiDuaStore

@Suite struct PersonRepositoryTests {
    static let admin = Account(username: "admin", displayName: "Quản trị", role: .admin)

    /// Two units with people; returns their ids.
    static func seed(_ store: FluentDataStore) async throws -> (UUID, UUID) {
        let org = OrganizationService(store: store, account: admin)
        let a = try await org.createUnit(
            OrgUnitDraft(code: "DV01", name: "Quỹ Phát triển Hợp tác xã", kind: "publicServiceUnit"))
        let b = try await org.createUnit(
            OrgUnitDraft(code: "DV02", name: "Viện Phát triển kinh tế hợp tác", kind: "publicServiceUnit"))
        let people = PeopleService(store: store, account: admin)
        for (name, unit) in [
            ("Phạm Văn Đông", a.id), ("Đỗ Đức Dũng", a.id), ("Trần Văn Bình", b.id),
            ("Nguyễn Thị Ánh", b.id), ("Lê Văn An", a.id),
        ] {
            _ = try await people.create(PersonDraft(fullName: name, gender: "male", unitID: unit))
        }
        return (a.id, b.id)
    }

    @Test(arguments: DatabaseKind.available)
    func listIsInVietnameseNameOrder(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup
            _ = try await Self.seed(t.store)
            // MUT
            let page = try await PeopleService(store: t.store, account: Self.admin).list(ListQuery())
            // validation
            #expect(
                page.items.map(\.person.fullName) == [
                    "Lê Văn An", "Nguyễn Thị Ánh", "Trần Văn Bình", "Đỗ Đức Dũng", "Phạm Văn Đông",
                ])
        }
    }

    @Test(arguments: DatabaseKind.available)
    func nfdInputIsStoredAsNFCAndFoundWithoutDiacritics(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup
            let (unit, _) = try await Self.seed(t.store)
            let people = PeopleService(store: t.store, account: Self.admin)
            let nfd = "Nguyễn Văn Hòa".decomposedStringWithCanonicalMapping
            _ = try await people.create(PersonDraft(fullName: nfd, gender: "male", unitID: unit))
            _ = try await people.create(PersonDraft(fullName: "Nguyễn Văn Hoà", gender: "male", unitID: unit))
            // MUT
            let found = try await people.list(ListQuery(text: "nguyen van hoa"))
            // validation
            #expect(found.total == 2)
            let stored = found.items.map(\.person.fullName)
            #expect(
                stored.contains { Array($0.utf8) == Array("Nguyễn Văn Hòa".precomposedStringWithCanonicalMapping.utf8) }
            )
            #expect(stored.allSatisfy { Array($0.utf8) == Array($0.precomposedStringWithCanonicalMapping.utf8) })
        }
    }

    @Test(arguments: DatabaseKind.available)
    func aUnitOfficerSeesAndChangesOnlyTheirOwnUnit(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup
            let (own, other) = try await Self.seed(t.store)
            let officer = Account(username: "canbo01", displayName: "Cán bộ", role: .unitOfficer, unitID: own)
            let service = PeopleService(store: t.store, account: officer)
            let stranger = try #require(
                try await t.store.people.list(PeopleFilter(query: ListQuery(), unitID: other)).items.first?.person)
            // MUT
            let listed = try await service.list(ListQuery())
            let filtered = try await service.list(ListQuery(), unitID: other)
            // validation
            #expect(listed.total == 3)
            #expect(listed.items.allSatisfy { $0.person.unitID == own })
            #expect(filtered.total == 0)
            await #expect(throws: DomainError.notFound("người này")) { _ = try await service.detail(stranger.id) }
            await #expect(throws: DomainError.notFound("người này")) {
                _ = try await service.update(stranger.id, version: 1, PersonDraft(fullName: "Đổi Tên", gender: "male"))
            }
            await #expect(throws: DomainError.forbidden) {
                _ = try await service.create(PersonDraft(fullName: "Người Mới", gender: "female", unitID: other))
            }
            #expect(try await t.store.people.find(stranger.id)?.fullName == stranger.fullName)
            #expect(try await t.store.people.count(inUnit: other) == 2)
        }
    }

    @Test(arguments: DatabaseKind.available)
    func moveKeepsTheAssignmentHistory(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup
            let (from, to) = try await Self.seed(t.store)
            let people = PeopleService(store: t.store, account: Self.admin)
            let person = try await people.create(
                PersonDraft(fullName: "Hoàng Minh Tâm", gender: "male", unitID: from, position: "Chuyên viên"),
                since: LocalDate(year: 2020, month: 1, day: 1)!)
            // MUT
            let moved = try await people.move(
                person.id, version: 1,
                PersonMove(toUnitID: to, position: "Phó Giám đốc", on: LocalDate(year: 2023, month: 3, day: 1)!))
            // validation
            let detail = try await people.detail(person.id)
            #expect(moved.unitID == to)
            #expect(detail.person.position == "Phó Giám đốc")
            #expect(detail.assignments.map(\.unitID) == [from, to])
            #expect(detail.assignments[0].to == LocalDate(year: 2023, month: 2, day: 28))
            #expect(detail.assignments[0].position == "Chuyên viên")
            #expect(detail.assignments[1].to == nil)
            // A unit officer may not move people.
            let officer = PeopleService(
                store: t.store, account: Account(username: "c", displayName: "c", role: .unitOfficer, unitID: to))
            await #expect(throws: DomainError.forbidden) {
                _ = try await officer.move(
                    person.id, version: 2,
                    PersonMove(toUnitID: from, position: "", on: LocalDate(year: 2024, month: 1, day: 1)!))
            }
        }
    }

    @Test(arguments: DatabaseKind.available)
    func staleEditAndBadInputChangeNothing(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup
            let (unit, _) = try await Self.seed(t.store)
            let people = PeopleService(store: t.store, account: Self.admin)
            let person = try await people.create(
                PersonDraft(fullName: "Vũ Thị Lan", gender: "female", birthYear: 1980, unitID: unit))
            _ = try await people.update(
                person.id, version: 1, PersonDraft(fullName: "Vũ Thị Lan", gender: "female", birthYear: 1981))
            // MUT + validation
            await #expect(throws: DomainError.staleVersion("Hồ sơ người này")) {
                _ = try await people.update(
                    person.id, version: 1, PersonDraft(fullName: "Vũ Thị Hoa", gender: "female"))
            }
            do {
                _ = try await people.update(
                    person.id, version: 2, PersonDraft(fullName: "Lan", gender: "x", birthYear: 1800))
                Issue.record("bad input was accepted")
            } catch let e as DomainError {
                #expect(Set(e.fields) == ["fullName", "gender", "birthYear"])
            }
            let stored = try #require(try await t.store.people.find(person.id))
            #expect(stored.fullName == "Vũ Thị Lan")
            #expect(stored.birthYear == 1981)
            #expect(stored.version == 2)
        }
    }
}
