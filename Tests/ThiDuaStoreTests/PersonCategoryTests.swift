import Foundation
import SQLKit
import Testing
import ThiDuaCore
import ThiDuaTestSupport

@testable import ThiDuaStore

/// A person's category (`Person.Category`) is stored, read back by every read, and defaults for old rows.
@Suite struct PersonCategoryTests {
    static let admin = Account(username: "admin", displayName: "Quản trị", role: .admin)

    static func unit(_ store: FluentDataStore) async throws -> UUID {
        try await OrganizationService(store: store, account: admin).createUnit(
            OrgUnitDraft(code: "DV01", name: "Quỹ Phát triển Hợp tác xã", kind: "publicServiceUnit")
        ).id
    }

    @Test(arguments: DatabaseKind.available)
    func eachCategoryIsStoredAndReadBackByEveryRead(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup
            let unit = try await Self.unit(t.store)
            let people = PeopleService(store: t.store, account: Self.admin)
            let names = ["Lê Văn An", "Trần Thị Bình", "Phạm Văn Cường", "Đỗ Thị Dung", "Vũ Văn Giang", "Hồ Thị Hà"]
            // MUT: one by one through the service, and in a batch as the import writes them
            var created: [Person] = []
            for (name, category) in zip(names, Person.Category.allCases) {
                created.append(
                    try await people.create(
                        PersonDraft(fullName: name, gender: "male", unitID: unit, category: category.rawValue)))
            }
            let batch = zip(
                ["Nguyễn Văn Khoa", "Trần Văn Lâm", "Lê Thị Mai", "Phạm Văn Nam", "Võ Thị Oanh", "Đặng Văn Phú"],
                Person.Category.allCases
            ).map {
                Person(fullName: $0, gender: .male, category: $1, unitID: unit)
            }
            try await t.store.people.insertMany(batch, since: LocalDate(year: 2024, month: 1, day: 1)!)
            // validation
            for p in created + batch {
                #expect(try await t.store.people.find(p.id)?.category == p.category)
            }
            let expected = Dictionary(uniqueKeysWithValues: (created + batch).map { ($0.id, $0.category) })
            let byIDs = try await t.store.people.find(ids: Array(expected.keys))
            #expect(Dictionary(uniqueKeysWithValues: byIDs.map { ($0.id, $0.category) }) == expected)
            let inUnit = try await t.store.people.people(inUnits: [unit], status: nil)
            #expect(Dictionary(uniqueKeysWithValues: inUnit.map { ($0.id, $0.category) }) == expected)
            let listed = try await t.store.people.list(PeopleFilter(query: ListQuery(perPage: 50), unitID: unit))
            #expect(
                Dictionary(uniqueKeysWithValues: listed.items.map { ($0.person.id, $0.person.category) }) == expected)
        }
    }

    @Test(arguments: DatabaseKind.available)
    func anEditThatLeavesTheCategoryOutKeepsTheStoredOne(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup
            let unit = try await Self.unit(t.store)
            let people = PeopleService(store: t.store, account: Self.admin)
            let farmer = try await people.create(
                PersonDraft(fullName: "Lò Văn Nông", gender: "male", unitID: unit, category: "farmer"))
            // MUT: a client written before categories existed sends no category
            let edited = try await people.update(
                farmer.id, version: farmer.version,
                PersonDraft(fullName: "Lò Văn Nông", gender: "male", position: "Xã viên"))
            // validation
            #expect(edited.category == .farmer)
            #expect(try await t.store.people.find(farmer.id)?.category == .farmer)
            #expect(edited.position == "Xã viên")
        }
    }

    @Test(arguments: DatabaseKind.available)
    func anEditChangesTheCategoryAndTheAuditLogSaysSo(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup
            let unit = try await Self.unit(t.store)
            let people = PeopleService(store: t.store, account: Self.admin)
            let person = try await people.create(PersonDraft(fullName: "Lê Văn An", gender: "male", unitID: unit))
            // MUT
            let edited = try await people.update(
                person.id, version: person.version,
                PersonDraft(fullName: "Lê Văn An", gender: "male", category: "cooperativeMember"))
            // validation
            #expect(person.category == .publicEmployee)
            #expect(edited.category == .cooperativeMember)
            #expect(try await t.store.people.find(person.id)?.category == .cooperativeMember)
            let last = try #require(try await t.store.audit.events(after: 0, limit: 10_000).last)
            let change = try #require(AuditReading(last).fields.first { $0.label == "Đối tượng" })
            #expect(change.before == "Viên chức" && change.value == "Thành viên hợp tác xã")
        }
    }

    @Test(arguments: DatabaseKind.available)
    func peopleStoredBeforeTheMigrationArePublicEmployees(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup: the table as it was before migration 008, with a person in it
            let unit = try await Self.unit(t.store)
            try await AddPersonCategory().revert(on: t.db)
            let id = UUID()
            try await t.db.sql.insert(into: "people")
                .columns(
                    "id", "full_name", "gender", "birth_year", "unit_id", "position", "status", "search_key",
                    "sort_key", "version"
                )
                .values(
                    SQLBind(id), SQLBind("Lê Văn Cũ"), SQLBind("male"), SQLBind(1980), SQLBind(unit),
                    SQLBind("Chuyên viên"), SQLBind("working"), SQLBind(VietnameseText.searchKey("Lê Văn Cũ")),
                    SQLBind(VietnameseText.nameSortKey("Lê Văn Cũ")), SQLBind(1)
                ).run()
            // MUT
            try await AddPersonCategory().prepare(on: t.db)
            // validation
            let person = try #require(try await t.store.people.find(id))
            #expect(person.category == .publicEmployee)
            #expect(person.fullName == "Lê Văn Cũ" && person.version == 1)
            let raw = try await t.db.sql.select().column("category").from("people").where("id", .equal, id).first()
            #expect(try raw?.decode(column: "category", as: String.self) == "publicEmployee")
        }
    }

    @Test(arguments: DatabaseKind.available)
    func anUnknownStoredCategoryIsAnErrorNotAGuess(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup: a category thidua never writes
            let unit = try await Self.unit(t.store)
            let person = try await PeopleService(store: t.store, account: Self.admin).create(
                PersonDraft(fullName: "Lê Văn An", gender: "male", unitID: unit, category: "worker"))
            try await t.db.sql.update("people").set("category", to: "soldier").where("id", .equal, person.id).run()
            // MUT / validation: every read refuses it, none reads it as a public employee
            await #expect(throws: DomainError.unreadable("people.category")) {
                _ = try await t.store.people.find(person.id)
            }
            await #expect(throws: DomainError.unreadable("people.category")) {
                _ = try await t.store.people.find(ids: [person.id])
            }
            await #expect(throws: DomainError.unreadable("people.category")) {
                _ = try await t.store.people.list(PeopleFilter(query: ListQuery(), unitID: unit))
            }
        }
    }
}
