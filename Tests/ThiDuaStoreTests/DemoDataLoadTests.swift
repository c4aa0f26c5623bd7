import Foundation
import Testing
import ThiDuaCore
import ThiDuaTestSupport

@testable import ThiDuaStore

@Suite struct DemoDataLoadTests {
    @Test(arguments: DatabaseKind.available)
    func demoReproducesTheSeedBloc(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // MUT
            let summary = try await DemoData.load(into: t.store, hasher: PlainHasher())
            // validation
            let bloc = try #require(try await t.store.blocs.find(code: DemoData.blocCode))
            let members2022 = try await t.store.blocs.members(of: bloc.id, year: 2022)
            #expect(members2022.count == 15)
            #expect(members2022.first?.membership.role == .head)
            #expect(members2022.first?.unit.name == "Quỹ Phát triển Hợp tác xã")
            #expect(try await t.store.blocs.years(of: bloc.id) == [2023, 2022, 2021])
            for year in 2021...2023 {
                let roles = try await t.store.blocs.members(of: bloc.id, year: year).map(\.membership.role)
                #expect(roles.filter { $0 == .head }.count == 1)
                #expect(roles.filter { $0 == .deputyHead }.count == 1)
            }
            #expect(summary.accounts.count == 19)
            #expect(summary.accounts.contains("canbo15"))
            #expect((300...500).contains(summary.people))
            let bang = try await t.store.people.list(PeopleFilter(query: ListQuery(text: "pham cong bang")))
            #expect(bang.items.map(\.person.position) == ["Tổng Giám đốc"])
            #expect(bang.items.map(\.unitCode) == ["DV01"])
            // A minority are workers: the member companies' staff below their managers; the rest public employees.
            let enterprises = Set(
                try await t.store.units.directory().filter { $0.kind == .enterprise }.map(\.id))
            let everyone = try await t.store.everyPerson()
            let workers = everyone.filter { $0.category == .worker }
            #expect(workers.count > 20 && workers.count * 5 < everyone.count, "\(workers.count) of \(everyone.count)")
            #expect(workers.allSatisfy { enterprises.contains($0.unitID) })
            #expect(everyone.allSatisfy { $0.category == .worker || $0.category == .publicEmployee })
            #expect(bang.items.map(\.person.category) == [.publicEmployee])
            // Histories: every outcome shows up, and the audit chain holds over them.
            #expect(summary.historyEntries > 4000)
            let service = EligibilityService(
                store: t.store, account: Account(username: "admin", displayName: "Quản trị", role: .admin))
            let cstdcs = try await service.sweep(code: "CSTDCS", year: 2026, scope: .bloc(bloc.id))
            #expect(cstdcs.note == "Chưa có danh sách thành viên khối năm 2026; dùng danh sách năm 2023.")
            #expect(cstdcs.count(.eligible) > 10 && cstdcs.count(.notEligible) > 10)
            let bkbo = try await service.sweep(code: "BK_BO", year: 2026, scope: .organization)
            #expect(bkbo.count(.eligible) > 0 && bkbo.count(.manualCheck) > 0)
            let collectives = try await service.sweep(code: "TTLDTT", year: 2026, scope: .bloc(bloc.id))
            #expect(collectives.rows.count == 15)
            #expect(collectives.count(.eligible) > 0)
            guard case .intact = try await AuditService(store: t.store).verify() else {
                Issue.record("audit chain broken")
                return
            }
            // A second load would mix data: refused.
            await #expect(throws: DemoData.Problem.self) {
                _ = try await DemoData.load(into: t.store, hasher: PlainHasher())
            }
            #expect(try await t.store.accounts.count() == 19)
        }
    }
}
