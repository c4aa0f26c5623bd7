import Foundation
import Testing
import ThiDuaTestSupport
import ThiDuaCore
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
            // A second load would mix data: refused.
            await #expect(throws: DemoData.Problem.self) { _ = try await DemoData.load(into: t.store, hasher: PlainHasher()) }
            #expect(try await t.store.accounts.count() == 19)
        }
    }
}
