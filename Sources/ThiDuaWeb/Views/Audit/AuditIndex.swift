import Foundation
import Plot
import ThiDuaCore

enum AuditIndex {
    struct Model: Sendable {
        var layout: Layout.Model
        var page: ListPage<AuditEvent>
        /// One per event of the page, in the same order.
        var readings: [AuditReading]
        var entity: String?
        var actor: String?
        var scopeNote: String
    }

    static func render(_ model: Model) -> String {
        Layout.render(
            model.layout,
            .h1(.text("Nhật ký thay đổi")),
            .p(.class("muted"), .text(model.scopeNote)),
            .form(
                .method(.get), .action(SiteURL.auditLog.path), .class("search"),
                Form.select(
                    "Loại dữ liệu", name: PageQuery.kind,
                    options: AuditReading.entities.map { Form.Option($0.table, $0.vietnamese) },
                    selected: model.entity, emptyLabel: "Tất cả", id: PageQuery.kind),
                Form.text("Người thực hiện", name: PageQuery.actor, value: model.actor ?? "", id: PageQuery.actor),
                .button(.type(.submit), .text("Lọc"))),
            Pagination.count(model.page, noun: "sự kiện"),
            .div(
                .class("table-wrap"),
                .table(
                    .id("nhat-ky"), .class("stack"),
                    .thead(
                        .tr(
                            .th(.text("Số")), .th(.text("Thời điểm")), .th(.text("Người thực hiện")),
                            .th(.text("Thao tác")),
                            .th(.text("Dữ liệu")), .th(.text("Thay đổi")))),
                    .tbody(
                        .forEach(zip(model.page.items, model.readings).map { $0 }) { e, r in
                            .tr(
                                .td(.attribute(named: "data-label", value: "Số"), .text(String(e.seq))),
                                .td(
                                    .attribute(named: "data-label", value: "Thời điểm"),
                                    .text(TimeText.vietnamese(e.at, seconds: true))),
                                .td(.attribute(named: "data-label", value: "Người thực hiện"), .text(e.actor)),
                                .td(.attribute(named: "data-label", value: "Thao tác"), .text(r.action)),
                                .td(
                                    .attribute(named: "data-label", value: "Dữ liệu"),
                                    .small(.class("muted"), .text(r.entity)), .br(), .text(r.record)),
                                .td(.attribute(named: "data-label", value: "Thay đổi"), changes(r), raw(e)))
                        }))),
            Pagination.render(
                model.page, base: .auditLog, query: [(PageQuery.kind, model.entity), (PageQuery.actor, model.actor)])
        )
    }

    /// "Trường: cũ → mới" for an update, "Trường: giá trị" otherwise.
    static func changes(_ r: AuditReading) -> Node<HTML.BodyContext> {
        guard !r.fields.isEmpty else {
            return .p(.class("muted"), .text("Không có trường nào đọc được; xem chi tiết."))
        }
        return .ul(
            .class("changes"),
            .forEach(r.fields) { f in
                .li(
                    .strong(.text(f.label + ": ")),
                    .unwrap(f.before) { .text($0 + " → ") },
                    .text(f.value))
            })
    }

    /// The stored JSON, as evidence, folded away.
    static func raw(_ e: AuditEvent) -> Node<HTML.BodyContext> {
        .element(
            named: "details",
            nodes: [
                .element(named: "summary", nodes: [.text("chi tiết")]),
                .element(named: "pre", nodes: [.text("Cũ: \(e.oldValue ?? "—")\nMới: \(e.newValue ?? "—")")]),
            ])
    }
}
