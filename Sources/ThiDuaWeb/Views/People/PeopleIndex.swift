import Foundation
import Plot
import ThiDuaCore

enum PeopleIndex {
    struct Model: Sendable {
        var layout: Layout.Model
        var page: ListPage<PersonRow>
        var query: String?
        var unitID: UUID?
        var status: Person.Status?
        /// The units this account may filter by.
        var units: [OrgUnit]
        var canCreate: Bool
    }

    static func render(_ model: Model) -> String {
        let unitParam = model.unitID?.uuidString.lowercased()
        let filters: Node<HTML.FormContext> = .group(
            Form.select(
                "Đơn vị", name: PageQuery.unit,
                options: model.units.map { Form.Option($0.id.uuidString.lowercased(), "\($0.code) – \($0.shortName)") },
                selected: unitParam, emptyLabel: "Tất cả đơn vị", id: PageQuery.unit),
            Form.select(
                "Trạng thái", name: PageQuery.status,
                options: Person.Status.allCases.map { Form.Option($0.rawValue, $0.vietnamese) },
                selected: model.status?.rawValue, emptyLabel: "Mọi trạng thái", id: PageQuery.status)
        )
        return Layout.render(
            model.layout,
            .h1(.text("Cán bộ, viên chức, người lao động")),
            .if(
                model.canCreate,
                .div(
                    .class("actions"), .a(.class("button primary"), .href(SiteURL.personNew.path), .text("Thêm người")))
            ),
            .div(
                .class("actions"),
                .a(
                    .class("button"), .href(SiteURL.exportData("people").path(query: [("dinh-dang", "xlsx")])),
                    .text("Xuất Excel")),
                .a(
                    .class("button"), .href(SiteURL.exportData("people").path(query: [("dinh-dang", "csv")])),
                    .text("Xuất CSV"))),
            SearchBox.render(
                action: .people, query: model.query, label: "Tìm theo họ tên (có dấu hoặc không dấu)", extra: filters),
            Pagination.count(model.page, noun: "người"),
            .div(
                .class("table-wrap"),
                .table(
                    .id("danh-sach-nhan-su"), .class("stack"),
                    .thead(
                        .tr(
                            .th(.text("Họ và tên")), .th(.text("Giới tính")), .th(.text("Năm sinh")),
                            .th(.text("Đơn vị")), .th(.text("Chức vụ")), .th(.text("Trạng thái")))),
                    .tbody(
                        .forEach(model.page.items) { row in
                            .tr(
                                .td(.a(.href(SiteURL.person(.value(row.person.id)).path), .text(row.person.fullName))),
                                .td(
                                    .attribute(named: "data-label", value: "Giới tính"),
                                    .text(row.person.gender.vietnamese)),
                                .td(
                                    .attribute(named: "data-label", value: "Năm sinh"),
                                    .text(row.person.birthYear.map(String.init) ?? "—")),
                                .td(.attribute(named: "data-label", value: "Đơn vị"), .text(row.unitName)),
                                .td(.attribute(named: "data-label", value: "Chức vụ"), .text(row.person.position)),
                                .td(
                                    .attribute(named: "data-label", value: "Trạng thái"),
                                    .text(row.person.status.vietnamese)))
                        })
                )
            ),
            Pagination.render(
                model.page, base: .people,
                query: [
                    (PageQuery.search, model.query), (PageQuery.unit, unitParam),
                    (PageQuery.status, model.status?.rawValue),
                ])
        )
    }
}
