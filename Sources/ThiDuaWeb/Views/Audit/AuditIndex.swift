import Foundation
import Plot
import ThiDuaCore

enum AuditIndex {
    struct Model: Sendable {
        var layout: Layout.Model
        var page: ListPage<AuditEvent>
        var entity: String?
        var actor: String?
        var scopeNote: String
    }

    static let entities: [(String, String)] = [
        ("org_units", "Đơn vị"), ("blocs", "Khối thi đua"), ("bloc_memberships", "Thành viên khối"), ("people", "Cán bộ"),
        ("history_entries", "Quá trình thi đua"), ("accounts", "Tài khoản"), ("custom_award_codes", "Danh mục"),
    ]

    static func render(_ model: Model) -> String {
        let names = Dictionary(uniqueKeysWithValues: entities)
        return Layout.render(model.layout,
            .h1(.text("Nhật ký thay đổi")),
            .p(.class("muted"), .text(model.scopeNote)),
            .form(.method(.get), .action(SiteURL.auditLog.path), .class("search"),
                Form.select("Loại dữ liệu", name: "entity", options: entities.map { Form.Option($0.0, $0.1) },
                            selected: model.entity, emptyLabel: "Tất cả", id: "entity"),
                Form.text("Người thực hiện", name: "actor", value: model.actor ?? "", id: "actor"),
                .button(.type(.submit), .text("Lọc"))),
            Pagination.count(model.page, noun: "sự kiện"),
            .div(.class("table-wrap"),
                .table(.id("nhat-ky"), .class("stack"),
                    .thead(.tr(.th(.text("Số")), .th(.text("Thời điểm")), .th(.text("Người thực hiện")), .th(.text("Thao tác")),
                               .th(.text("Dữ liệu")), .th(.text("Giá trị cũ → mới")))),
                    .tbody(.forEach(model.page.items) { e in
                        .tr(.td(.attribute(named: "data-label", value: "Số"), .text(String(e.seq))),
                            .td(.attribute(named: "data-label", value: "Thời điểm"), .text(timestamp(e))),
                            .td(.attribute(named: "data-label", value: "Người"), .text(e.actor)),
                            .td(.attribute(named: "data-label", value: "Thao tác"), .text(e.action.vietnamese)),
                            .td(.attribute(named: "data-label", value: "Dữ liệu"), .text(names[e.entity] ?? e.entity)),
                            .td(.element(named: "details", nodes: [
                                .element(named: "summary", nodes: [.text("Xem")]),
                                .element(named: "pre", nodes: [.text("Cũ: \(e.oldValue ?? "—")\nMới: \(e.newValue ?? "—")")]),
                            ])))
                    }))),
            Pagination.render(model.page, base: .auditLog, query: [("entity", model.entity), ("actor", model.actor)])
        )
    }

    static func timestamp(_ e: AuditEvent) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: e.at)
        return String(format: "%02d/%02d/%04d %02d:%02d:%02d", c.day!, c.month!, c.year!, c.hour!, c.minute!, c.second!)
    }
}
