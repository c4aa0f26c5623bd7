import Foundation
import Plot
import ThiDuaCore

/// The admin's list of exemplary models, with a form to add one and a switch to publish it.
enum ExemplaryModelsPage {
    struct Model: Sendable {
        var layout: Layout.Model
        var models: [ExemplaryModel]
        var errors: [FieldError]
        var draft: [String: String]
        var csrf: String
    }

    static func render(_ model: Model) -> String {
        Layout.render(
            model.layout,
            .h1(.text("Gương điển hình tiên tiến")),
            .p(.class("hint"), .text("Chỉ những gương đã công bố mới hiện trên bản tin công khai.")),
            .div(
                .class("table-wrap"),
                .table(
                    .id("guong-dien-hinh"), .class("stack"),
                    .thead(.tr(.th(.text("Tên")), .th(.text("Năm")), .th(.text("Nội dung")), .th(.text("Công bố")))),
                    .tbody(
                        .forEach(model.models) { g in
                            .tr(
                                .td(
                                    .attribute(named: "data-label", value: "Tên"), .text(g.name), .br(),
                                    .small(.class("muted"), .text(g.subjectKind.vietnamese))),
                                .td(.attribute(named: "data-label", value: "Năm"), .text(String(g.year))),
                                .td(.attribute(named: "data-label", value: "Nội dung"), Paragraphs.render(g.summary)),
                                .td(
                                    .attribute(named: "data-label", value: "Công bố"),
                                    .form(
                                        .method(.post), .action(SiteURL.exemplaryModel(.value(g.id), .publish).path),
                                        .class("inline"),
                                        Form.csrf(model.csrf), Form.hidden("version", String(g.version)),
                                        Form.hidden("published", g.published ? "false" : "true"),
                                        .button(.type(.submit), .text(g.published ? "Thôi công bố" : "Công bố")))))
                        }))),
            .h2(.text("Thêm gương điển hình")),
            Form.errorSummary(model.errors),
            .form(
                .method(.post), .action(SiteURL.exemplaryModels.path), .class("card"),
                Form.csrf(model.csrf),
                Form.select(
                    "Cá nhân hay tập thể", name: "subjectKind",
                    options: SubjectKind.allCases.map { Form.Option($0.rawValue, $0.vietnamese) },
                    selected: model.draft["subjectKind"] ?? "person", errors: model.errors, required: true),
                Form.text("Tên", name: "name", value: model.draft["name"] ?? "", errors: model.errors, required: true),
                Form.text(
                    "Năm", name: "year", value: model.draft["year"] ?? "", errors: model.errors, type: .number,
                    required: true),
                Form.textarea(
                    "Nội dung", name: "summary", value: model.draft["summary"] ?? "", errors: model.errors,
                    required: true, rows: 5),
                Form.submit("Thêm (chưa công bố)"))
        )
    }
}
