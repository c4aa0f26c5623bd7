import Foundation
import Plot
import ThiDuaCore

enum UnitsIndex {
    struct Model: Sendable {
        var layout: Layout.Model
        var page: ListPage<OrgUnit>
        var query: String?
        var canCreate: Bool
    }

    static func render(_ model: Model) -> String {
        Layout.render(
            model.layout,
            .h1(.text("Đơn vị")),
            .if(
                model.canCreate,
                .div(.class("actions"), .a(.class("button primary"), .href(SiteURL.unitNew.path), .text("Thêm đơn vị")))
            ),
            .div(
                .class("actions"),
                .a(
                    .class("button"), .href(SiteURL.exportData("units").path(query: [("dinh-dang", "xlsx")])),
                    .text("Xuất Excel")),
                .a(
                    .class("button"), .href(SiteURL.exportData("units").path(query: [("dinh-dang", "csv")])),
                    .text("Xuất CSV"))),
            SearchBox.render(action: .units, query: model.query, label: "Tìm đơn vị theo mã hoặc tên"),
            Pagination.count(model.page, noun: "đơn vị"),
            .div(
                .class("table-wrap"),
                .table(
                    .id("danh-sach-don-vi"), .class("stack"),
                    .thead(
                        .tr(.th(.text("Mã")), .th(.text("Tên đơn vị")), .th(.text("Loại")), .th(.text("Trạng thái")))),
                    .tbody(
                        .forEach(model.page.items) { unit in
                            .tr(
                                .td(.attribute(named: "data-label", value: "Mã"), .text(unit.code)),
                                .td(.a(.href(SiteURL.unit(.value(unit.id)).path), .text(unit.name))),
                                .td(.attribute(named: "data-label", value: "Loại"), .text(unit.kind.vietnamese)),
                                .td(.attribute(named: "data-label", value: "Trạng thái"), UnitsIndex.status(unit))
                            )
                        })
                )
            ),
            Pagination.render(model.page, base: .units, query: [(PageQuery.search, model.query)])
        )
    }

    static func status(_ unit: OrgUnit) -> Node<HTML.BodyContext> {
        if let to = unit.activeTo {
            return .span(.class("badge off"), .text("Ngừng hoạt động từ \(to.vietnamese)"))
        }
        return .span(.class("badge"), .text("Đang hoạt động"))
    }
}
