import Foundation
import Testing
import ThiDuaCore
import ThiDuaTestSupport

@testable import ThiDuaStore

/// The report counts come from SQL and agree with counting the rows one by one, on both databases.
@Suite struct ReportQueriesTests {
    @Test(arguments: DatabaseKind.available)
    func countsAgreeWithTheRows(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup: the demo, with its histories
            _ = try await DemoData.load(into: t.store, hasher: PlainHasher())
            let people = try await t.store.everyPerson()
            let entries = try await t.store.history.entries(of: .person, subjects: people.map(\.id))
            let dv01 = try #require(try await t.store.units.find(code: "DV01"))
            // MUT
            let byStatus = try await t.store.reports.peopleByStatus(inUnits: nil)
            let ratings = try await t.store.reports.personEntries(.rating, years: 2019...2022, inUnits: nil)
            let dv01Ratings = try await t.store.reports.personEntries(.rating, years: 2019...2022, inUnits: [dv01.id])
            // validation: the same counts as the rows give
            let expectedStatus = Dictionary(grouping: people, by: \.status.rawValue).mapValues(\.count)
            #expect(Dictionary(uniqueKeysWithValues: byStatus.map { ($0.value, $0.count) }) == expectedStatus)
            func expected(_ units: Set<UUID>?) -> [String: Int] {
                let ids = Set(people.filter { units?.contains($0.unitID) ?? true }.map(\.id))
                return Dictionary(
                    grouping: entries.filter {
                        $0.kind == .rating && ids.contains($0.subjectID) && (2019...2022).contains($0.year ?? 0)
                    }, by: { "\($0.year ?? 0) \($0.value)" }
                ).mapValues(\.count)
            }
            #expect(!ratings.isEmpty)
            #expect(
                Dictionary(uniqueKeysWithValues: ratings.map { ("\($0.year ?? 0) \($0.value)", $0.count) })
                    == expected(nil))
            #expect(
                Dictionary(uniqueKeysWithValues: dv01Ratings.map { ("\($0.year ?? 0) \($0.value)", $0.count) })
                    == expected([dv01.id]))
            // a unit list longer than one statement binds: the same counts as every unit
            let many = try await t.store.units.directory().map(\.id) + (0..<1200).map { _ in UUID() }
            #expect(try await t.store.reports.personEntries(.rating, years: 2019...2022, inUnits: many) == ratings)
        }
    }
}
