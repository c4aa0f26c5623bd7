import Foundation
import Testing
import ThiDuaCore
import ThiDuaTestSupport

@testable import ThiDuaStore

@Suite struct OrgUnitRepositoryTests {
    static let admin = Account(username: "admin", displayName: "Quản trị", role: .admin)

    @Test(arguments: DatabaseKind.available)
    func searchIgnoresDiacriticsCaseAndTreatsWildcardsLiterally(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup
            let org = OrganizationService(store: t.store, account: Self.admin)
            _ = try await org.createUnit(
                OrgUnitDraft(code: "DV01", name: "Quỹ Phát triển Hợp tác xã", kind: "publicServiceUnit"))
            _ = try await org.createUnit(
                OrgUnitDraft(code: "DV02", name: "Trung tâm Đào tạo 100%", kind: "publicServiceUnit"))
            _ = try await org.createUnit(
                OrgUnitDraft(code: "DV03", name: "Trung tâm Đào tạo 1000", kind: "publicServiceUnit"))
            _ = try await org.createUnit(OrgUnitDraft(code: "A_B", name: "Ban Kế hoạch", kind: "department"))
            _ = try await org.createUnit(OrgUnitDraft(code: "AXB", name: "Ban Tài chính", kind: "department"))
            // MUT
            let fund = try await org.units(ListQuery(text: "QUY PHAT TRIEN"))
            let percent = try await org.units(ListQuery(text: "100%"))
            let underscore = try await org.units(ListQuery(text: "a_b"))
            let dao = try await org.units(ListQuery(text: "đào tạo"))
            // validation
            #expect(fund.items.map(\.code) == ["DV01"])
            #expect(percent.items.map(\.code) == ["DV02"])
            #expect(underscore.items.map(\.code) == ["A_B"])
            #expect(dao.total == 2)
        }
    }

    @Test(arguments: DatabaseKind.available)
    func listPagesAndCounts(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup
            let org = OrganizationService(store: t.store, account: Self.admin)
            for i in 1...7 {
                _ = try await org.createUnit(
                    OrgUnitDraft(code: String(format: "U%02d", i), name: "Đơn vị \(i)", kind: "enterprise"))
            }
            // MUT
            let page = try await org.units(ListQuery(page: 2, perPage: 3))
            // validation
            #expect(page.total == 7)
            #expect(page.pageCount == 3)
            #expect(page.items.map(\.code) == ["U04", "U05", "U06"])
        }
    }

    @Test(arguments: DatabaseKind.available)
    func staleUpdateIsRefusedAndLosesNothing(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup
            let org = OrganizationService(store: t.store, account: Self.admin)
            let unit = try await org.createUnit(OrgUnitDraft(code: "DV01", name: "Tên gốc", kind: "enterprise"))
            let first = try await org.updateUnit(
                unit.id, version: 1, OrgUnitDraft(code: "DV01", name: "Tên của người thứ nhất", kind: "enterprise"))
            // MUT
            await #expect(throws: DomainError.staleVersion("Đơn vị")) {
                _ = try await org.updateUnit(
                    unit.id, version: 1, OrgUnitDraft(code: "DV01", name: "Tên của người thứ hai", kind: "enterprise"))
            }
            // validation
            let stored = try #require(try await t.store.units.find(unit.id))
            #expect(first.version == 2)
            #expect(stored.version == 2)
            #expect(stored.name == "Tên của người thứ nhất")
        }
    }

    @Test(arguments: DatabaseKind.available)
    func duplicateCodeAndParentCycleAreRefused(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup
            let org = OrganizationService(store: t.store, account: Self.admin)
            let a = try await org.createUnit(OrgUnitDraft(code: "A", name: "Đơn vị A", kind: "agency"))
            let b = try await org.createUnit(
                OrgUnitDraft(code: "B", name: "Đơn vị B", kind: "department", parentID: a.id))
            // MUT + validation
            do {
                _ = try await org.createUnit(OrgUnitDraft(code: "a", name: "Trùng mã", kind: "agency"))
                Issue.record("a duplicate code was accepted")
            } catch let e as DomainError {
                #expect(e.fields == ["code"])
            }
            do {
                _ = try await org.updateUnit(
                    a.id, version: a.version, OrgUnitDraft(code: "A", name: "Đơn vị A", kind: "agency", parentID: b.id))
                Issue.record("a parent cycle was accepted")
            } catch let e as DomainError {
                #expect(e.fields == ["parentID"])
            }
            #expect(try await t.store.units.directory().count == 2)
            #expect(try await t.store.units.find(a.id)?.parentID == nil)
        }
    }

    @Test(arguments: DatabaseKind.available)
    func deactivationKeepsTheUnitAndIsShownAsInactive(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup
            let org = OrganizationService(store: t.store, account: Self.admin)
            let unit = try await org.createUnit(
                OrgUnitDraft(code: "DV09", name: "Đơn vị giải thể", kind: "enterprise", activeFrom: "01/01/2010"))
            // MUT
            let closed = try await org.deactivateUnit(
                unit.id, version: 1, on: LocalDate(year: 2024, month: 6, day: 30)!)
            // validation
            #expect(closed.activeTo == LocalDate(year: 2024, month: 6, day: 30))
            #expect(try await org.units(ListQuery(), includeInactive: false).total == 0)
            #expect(try await org.units(ListQuery(), includeInactive: true).total == 1)
            await #expect(throws: DomainError.self) {
                _ = try await org.deactivateUnit(unit.id, version: 2, on: LocalDate(year: 2024, month: 7, day: 1)!)
            }
        }
    }

    @Test(arguments: DatabaseKind.available)
    func onlyTheAdminChangesUnits(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup
            let officer = Account(username: "canbo", displayName: "Cán bộ", role: .unitOfficer, unitID: UUID())
            let org = OrganizationService(store: t.store, account: officer)
            // MUT + validation
            await #expect(throws: DomainError.forbidden) {
                _ = try await org.createUnit(OrgUnitDraft(code: "X", name: "Đơn vị X", kind: "agency"))
            }
            let units = try await t.store.units.directory()
            #expect(units.isEmpty)
        }
    }
}
