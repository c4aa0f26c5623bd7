import Plot
import ThiDuaCore

enum MovementList {
    struct Model: Sendable {
        var layout: Layout.Model
        var movements: [Movement]
        var year: String
        var status: String
        var scope: String
        var scopeNames: [String: String]
        var canCreate: Bool
        /// The admin's own pages (exemplary models, document settings) are linked for the admin only.
        var canManageSite: Bool
    }

    static func render(_ model: Model) -> String {
        Layout.render(
            model.layout,
            .h1(.text("Phong trào thi đua")),
            .div(
                .class("actions"),
                .if(
                    model.canCreate,
                    .a(.class("button primary"), .href(SiteURL.movementNew.path), .text("Thêm phong trào"))),
                .a(.class("button"), .href(SiteURL.calendar.path), .text("Lịch ngày kỷ niệm")),
                .if(
                    model.canManageSite,
                    .a(.class("button"), .href(SiteURL.exemplaryModels.path), .text("Gương điển hình"))),
                .if(
                    model.canManageSite,
                    .a(.class("button"), .href(SiteURL.documentSettings.path), .text("Cài đặt văn bản")))
            ),
            .form(
                .method(.get), .action(SiteURL.movements.path), .class("inline-form"),
                Form.text("Năm", name: "nam", value: model.year, type: .number, id: "f-loc-nam"),
                Form.select(
                    "Trạng thái", name: "trang-thai",
                    options: Movement.Status.allCases.map { Form.Option($0.rawValue, $0.vietnamese) },
                    selected: model.status, emptyLabel: "Tất cả", id: "f-loc-trang-thai"),
                Form.select(
                    "Phạm vi", name: "pham-vi",
                    options: Movement.ScopeKind.allCases.map { Form.Option($0.rawValue, $0.vietnamese) },
                    selected: model.scope, emptyLabel: "Tất cả", id: "f-loc-pham-vi"),
                .button(.type(.submit), .text("Lọc"))),
            .if(model.movements.isEmpty, .p(.class("muted"), .text("Chưa có phong trào nào phù hợp."))),
            .div(
                .class("table-wrap"),
                .table(
                    .id("danh-sach-phong-trao"), .class("stack"),
                    .thead(
                        .tr(
                            .th(.text("Phong trào")), .th(.text("Năm")), .th(.text("Phạm vi")), .th(.text("Thời gian")),
                            .th(.text("Trạng thái")))),
                    .tbody(
                        .forEach(model.movements) { m in
                            .tr(
                                .td(
                                    .attribute(named: "data-label", value: "Phong trào"),
                                    .a(.href(SiteURL.movement(.value(m.id)).path), .text(m.title)),
                                    .br(), .small(.class("muted"), .text(m.kind.vietnamese))),
                                .td(.attribute(named: "data-label", value: "Năm"), .text(String(m.year))),
                                .td(
                                    .attribute(named: "data-label", value: "Phạm vi"),
                                    .text(model.scopeNames[m.scopeID?.uuidString ?? ""] ?? m.scopeKind.vietnamese)),
                                .td(
                                    .attribute(named: "data-label", value: "Thời gian"),
                                    .text("\(m.periodFrom.vietnamese) – \(m.periodTo.vietnamese)")),
                                .td(.attribute(named: "data-label", value: "Trạng thái"), status(m.status)))
                        })))
        )
    }

    static func status<Context: HTML.BodyContext>(_ s: Movement.Status) -> Node<Context> {
        .span(.class("badge status-\(s.rawValue)"), .text(s.vietnamese))
    }
}
