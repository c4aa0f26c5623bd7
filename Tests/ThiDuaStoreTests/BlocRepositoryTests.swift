import Foundation
import Testing
import ThiDuaCore
import ThiDuaTestSupport

@testable import ThiDuaStore

@Suite struct BlocRepositoryTests {
    static let admin = Account(username: "admin", displayName: "Quản trị", role: .admin)

    @Test(arguments: DatabaseKind.available)
    func aNewHeadReplacesTheOldOneWhoStaysAMember(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup
            let org = OrganizationService(store: t.store, account: Self.admin)
            let bloc = try await org.createBloc(BlocDraft(code: "KTD", name: "Khối thi đua", kind: "bloc"))
            let a = try await org.createUnit(OrgUnitDraft(code: "A", name: "Đơn vị A", kind: "enterprise"))
            let b = try await org.createUnit(OrgUnitDraft(code: "B", name: "Đơn vị B", kind: "enterprise"))
            _ = try await org.setMembership(bloc: bloc.id, unit: a.id, year: 2022, role: .head)
            _ = try await org.setMembership(bloc: bloc.id, unit: b.id, year: 2022, role: .member)
            // MUT
            _ = try await org.setMembership(bloc: bloc.id, unit: b.id, year: 2022, role: .head)
            // validation
            let members = try await org.members(of: bloc.id, year: 2022)
            #expect(members.map(\.unit.code) == ["B", "A"])
            #expect(members.map(\.membership.role) == [.head, .member])
            #expect(members.filter { $0.membership.role == .head }.count == 1)
        }
    }

    @Test(arguments: DatabaseKind.available)
    func membershipIsYearlyAndCopiesForward(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup
            let org = OrganizationService(store: t.store, account: Self.admin)
            let bloc = try await org.createBloc(BlocDraft(code: "KTD", name: "Khối thi đua", kind: "bloc"))
            let a = try await org.createUnit(OrgUnitDraft(code: "A", name: "Đơn vị A", kind: "enterprise"))
            let b = try await org.createUnit(OrgUnitDraft(code: "B", name: "Đơn vị B", kind: "enterprise"))
            _ = try await org.setMembership(bloc: bloc.id, unit: a.id, year: 2022, role: .head)
            _ = try await org.setMembership(bloc: bloc.id, unit: b.id, year: 2022, role: .deputyHead)
            // MUT
            let copied = try await org.copyMembership(bloc: bloc.id, from: 2022, to: 2023)
            // validation
            #expect(copied == 2)
            #expect(try await org.years(of: bloc.id) == [2023, 2022])
            #expect(try await org.members(of: bloc.id, year: 2023).map(\.membership.role) == [.head, .deputyHead])
            await #expect(throws: DomainError.self) {
                _ = try await org.copyMembership(bloc: bloc.id, from: 2022, to: 2023)
            }
            await #expect(throws: DomainError.self) {
                _ = try await org.setMembership(bloc: bloc.id, unit: a.id, year: 1800, role: .member)
            }
            #expect(try await t.store.blocs.memberships(ofUnit: a.id).map(\.1.year) == [2023, 2022])
        }
    }

    @Test(arguments: DatabaseKind.available)
    func theSecretaryManagesOnlyTheirOwnBloc(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup
            let org = OrganizationService(store: t.store, account: Self.admin)
            let own = try await org.createBloc(BlocDraft(code: "K1", name: "Khối một", kind: "bloc"))
            let other = try await org.createBloc(BlocDraft(code: "K2", name: "Cụm hai", kind: "cluster"))
            let unit = try await org.createUnit(OrgUnitDraft(code: "A", name: "Đơn vị A", kind: "enterprise"))
            let secretary = OrganizationService(
                store: t.store,
                account: Account(username: "thuky", displayName: "Thư ký", role: .blocSecretary, blocID: own.id))
            // MUT
            _ = try await secretary.setMembership(bloc: own.id, unit: unit.id, year: 2023, role: .deputyHead)
            // validation
            await #expect(throws: DomainError.forbidden) {
                _ = try await secretary.setMembership(bloc: other.id, unit: unit.id, year: 2023, role: .member)
            }
            await #expect(throws: DomainError.forbidden) {
                _ = try await secretary.updateBloc(
                    own.id, version: 1, BlocDraft(code: "K1", name: "Đổi tên", kind: "bloc"))
            }
            #expect(try await org.members(of: own.id, year: 2023).count == 1)
            #expect(try await org.members(of: other.id, year: nil).isEmpty)
        }
    }
}
