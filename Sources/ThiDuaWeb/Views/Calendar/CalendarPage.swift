import Foundation
import Plot
import ThiDuaCore

/// The anniversary calendar: a year's occurrences with the round ones marked, the coming ones, and the admin's list.
enum CalendarPage {
    struct Model: Sendable {
        var layout: Layout.Model
        var year: Int
        var occurrences: [AnniversaryOccurrence]
        var upcoming: [AnniversaryOccurrence]
        var anniversaries: [Anniversary]
        var canEdit: Bool
        var errors: [FieldError]
        var draft: (name: String, originDate: String, kind: String)
        var csrf: String
    }

    static func render(_ model: Model) -> String {
        Layout.render(
            model.layout,
            .h1(.text("Lịch ngày kỷ niệm")),
            .p(
                .class("hint"),
                .text(
                    "Năm thứ N tính từ năm gốc; năm chẵn (N chia hết cho 5) được đánh dấu để lãnh đạo chuẩn bị phát động phong trào từ sớm."
                )),
            .h2(.text("Sắp tới")),
            .ul(
                .id("sap-toi"),
                .forEach(model.upcoming) { o in
                    .li(
                        .text("\(o.date.vietnamese): \(o.label)"),
                        .if(
                            o.isRound,
                            .group(.text(" "), .span(.class("badge round"), .text(o.isTenth ? "Năm tròn" : "Năm chẵn")))
                        ))
                }),
            .form(
                .method(.get), .action(SiteURL.calendar.path), .class("inline-form"),
                Form.text("Năm", name: "nam", value: String(model.year), type: .number, id: "f-nam-lich"),
                .button(.type(.submit), .text("Xem"))),
            .h2(.text("Năm \(model.year)")),
            .div(
                .class("table-wrap"),
                .table(
                    .id("lich-nam"), .class("stack"),
                    .thead(.tr(.th(.text("Ngày")), .th(.text("Kỷ niệm")), .th(.text("Năm thứ")))),
                    .tbody(
                        .forEach(model.occurrences) { o in
                            .tr(
                                .class(o.isRound ? "round" : ""),
                                .td(.attribute(named: "data-label", value: "Ngày"), .text(o.date.vietnamese)),
                                .td(.attribute(named: "data-label", value: "Kỷ niệm"), .text(o.label)),
                                .td(
                                    .attribute(named: "data-label", value: "Năm thứ"), .text(String(o.years)),
                                    .if(
                                        o.isRound,
                                        .group(
                                            .text(" "),
                                            .span(.class("badge round"), .text(o.isTenth ? "Năm tròn" : "Năm chẵn"))))))
                        }))),
            .if(
                model.canEdit,
                .group(
                    .h2(.text("Danh mục ngày kỷ niệm")),
                    .div(
                        .class("table-wrap"),
                        .table(
                            .class("stack"),
                            .thead(
                                .tr(
                                    .th(.text("Tên")), .th(.text("Ngày gốc")), .th(.text("Loại")),
                                    .th(.text("Theo dõi")))),
                            .tbody(
                                .forEach(model.anniversaries) { a in
                                    .tr(
                                        .td(.attribute(named: "data-label", value: "Tên"), .text(a.name)),
                                        .td(
                                            .attribute(named: "data-label", value: "Ngày gốc"),
                                            .text(a.originDate.vietnamese)),
                                        .td(.attribute(named: "data-label", value: "Loại"), .text(a.kind.vietnamese)),
                                        .td(
                                            .attribute(named: "data-label", value: "Theo dõi"),
                                            .text(a.active ? "Đang theo dõi " : "Không theo dõi "),
                                            .form(
                                                .method(.post),
                                                .action(SiteURL.anniversary(.value(a.id), .toggle).path),
                                                .class("inline"),
                                                Form.csrf(model.csrf), Form.hidden("version", String(a.version)),
                                                Form.hidden("active", a.active ? "false" : "true"),
                                                .button(
                                                    .type(.submit), .class(a.active ? "" : "primary"),
                                                    .text(a.active ? "Thôi theo dõi" : "Theo dõi lại"),
                                                    .attribute(
                                                        named: "aria-label",
                                                        value: Escape.attribute(
                                                            (a.active ? "Thôi theo dõi: " : "Theo dõi lại: ") + a.name))
                                                ))))
                                }))),
                    .h2(.text("Thêm ngày kỷ niệm")),
                    Form.errorSummary(model.errors),
                    .form(
                        .method(.post), .action(SiteURL.calendar.path), .class("card"),
                        Form.csrf(model.csrf),
                        Form.text(
                            "Tên (đọc sau “Kỷ niệm N năm”)", name: "name", value: model.draft.name,
                            errors: model.errors, required: true),
                        Form.text(
                            "Ngày gốc", name: "originDate", value: model.draft.originDate, errors: model.errors,
                            type: .date, required: true),
                        Form.select(
                            "Loại", name: "kind",
                            options: Anniversary.Kind.allCases.map { Form.Option($0.rawValue, $0.vietnamese) },
                            selected: model.draft.kind, errors: model.errors, required: true),
                        Form.submit("Thêm")))
            )
        )
    }
}
