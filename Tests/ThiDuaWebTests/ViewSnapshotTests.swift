import Foundation
import Testing
import ThiDuaCore

@testable import ThiDuaWeb

/// Views are pure functions of their view models: rendered here without a server or a database.
@Suite struct ViewSnapshotTests {
    static let admin = Account(
        id: UUID(uuidString: "00000000-0000-0000-0000-00000000000a")!,
        username: "admin", displayName: "Quản trị hệ thống", role: .admin)
    static let layout = Layout.Model(
        title: "Đơn vị", account: admin, csrf: "TOKEN", demo: true,
        flash: "Đã lưu đơn vị “Quỹ Phát triển Hợp tác xã”.", section: .units, path: "/don-vi")
    static let fund = OrgUnit(
        id: UUID(uuidString: "00000000-0000-0000-0000-000000000001")!, code: "DV01",
        name: "Quỹ Phát triển Hợp tác xã", shortName: "Quỹ PTHTX", kind: .publicServiceUnit,
        activeFrom: LocalDate(year: 2005, month: 1, day: 1))
    static let closed = OrgUnit(
        id: UUID(uuidString: "00000000-0000-0000-0000-000000000002")!, code: "DV99",
        name: "Trung tâm đã giải thể", shortName: "TT", kind: .enterprise,
        activeTo: LocalDate(year: 2024, month: 6, day: 30))

    @Test func unitsIndex() throws {
        // setup
        let model = UnitsIndex.Model(
            layout: Self.layout, page: ListPage(items: [Self.fund, Self.closed], page: 2, perPage: 2, total: 5),
            query: "quỹ", canCreate: true)
        // MUT
        let html = UnitsIndex.render(model)
        // validation
        try expectSnapshot(html, named: "UnitsIndex")
    }

    @Test func signInWithError() throws {
        // setup
        let model = SignInPage.Model(
            layout: Layout.Model(title: "Đăng nhập", demo: false, path: "/dang-nhap"), username: "admin\"><b>",
            next: "/don-vi", error: DomainError.signInFailed.message, csrf: "TOKEN", demoAccounts: [])
        // MUT
        let html = SignInPage.render(model)
        // validation
        try expectSnapshot(html, named: "SignInPage")
    }

    @Test func unitFormWithErrors() throws {
        // setup
        let model = UnitForm.Model(
            layout: Self.layout, id: Self.fund.id, version: 3,
            draft: OrgUnitDraft(code: "DV 01", name: "", kind: "publicServiceUnit", parentID: nil),
            choices: .init(parents: [Self.fund, Self.closed]),
            errors: [
                FieldError("code", "Mã đơn vị chỉ gồm chữ không dấu, số, dấu - hoặc _, tối đa 32 ký tự."),
                FieldError("name", "Tên đơn vị không được để trống."),
            ],
            message: nil, csrf: "TOKEN")
        // MUT
        let html = UnitForm.render(model)
        // validation
        try expectSnapshot(html, named: "UnitForm")
    }
}
