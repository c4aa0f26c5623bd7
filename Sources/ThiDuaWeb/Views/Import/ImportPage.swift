import Foundation
import Plot
import ThiDuaCore

/// The upload form, the templates and exports of each kind, and the report of the last import.
enum ImportPage {
    struct Model: Sendable {
        var layout: Layout.Model
        var kinds: [ImportKind]
        var selected: ImportKind
        var report: ImportReport?
        /// True while an import runs: the page is sent in parts, with progress lines where the report goes.
        var streaming = false
        var limitMB: Int
        var csrf: String
    }

    static func render(_ model: Model) -> String {
        Layout.render(
            model.layout,
            .h1(.text("Nhập, xuất dữ liệu")),
            .if(model.streaming, .raw(progressMarker)),
            .unwrap(model.report) { report(of: $0) },
            .form(
                .method(.post), .action(SiteURL.importData.path), .enctype(.multipartData), .class("card"),
                .id("nhap-tep"),
                Form.csrf(model.csrf),
                Form.select(
                    "Loại dữ liệu", name: "kind", options: model.kinds.map { Form.Option($0.rawValue, $0.vietnamese) },
                    selected: model.selected.rawValue, required: true),
                .div(
                    .class("field"),
                    .label(.for("f-file"), .text("Tệp .xlsx hoặc .csv (UTF-8), tối đa \(model.limitMB) MB")),
                    .input(
                        .type(.file), .id("f-file"), .name("file"), .required(true),
                        .attribute(
                            named: "accept",
                            value:
                                ".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv")
                    )),
                Form.checkboxField("Chỉ kiểm tra, chưa ghi", name: "dryRun", checked: false),
                .p(
                    .class("hint"),
                    .text(
                        "Tệp được kiểm tra toàn bộ trước khi ghi: chỉ cần một dòng sai là không ghi gì cả, và báo cáo nêu rõ dòng, cột, giá trị sai. Nhập lại cùng một tệp không làm thay đổi gì."
                    )),
                Form.submit("Nhập tệp")),
            .h2(.text("Tệp mẫu và xuất dữ liệu")),
            .div(
                .class("table-wrap"),
                .table(
                    .id("mau-xuat"), .class("stack"),
                    .thead(
                        .tr(.th(.text("Loại dữ liệu")), .th(.text("Cột")), .th(.text("Tệp mẫu")), .th(.text("Xuất")))),
                    .tbody(
                        .forEach(model.kinds) { kind in
                            .tr(
                                .td(.strong(.text(kind.vietnamese))),
                                .td(
                                    .attribute(named: "data-label", value: "Cột"),
                                    .text(
                                        kind.columns.map { $0.header + ($0.required ? " *" : "") }.joined(
                                            separator: ", "))),
                                .td(
                                    .attribute(named: "data-label", value: "Tệp mẫu"),
                                    .a(
                                        .href(
                                            SiteURL.importTemplate(kind.rawValue).path(query: [("dinh-dang", "xlsx")])),
                                        .text("mẫu .xlsx")), .text(" · "),
                                    .a(
                                        .href(
                                            SiteURL.importTemplate(kind.rawValue).path(query: [("dinh-dang", "csv")])),
                                        .text("mẫu .csv"))),
                                .td(
                                    .attribute(named: "data-label", value: "Xuất"),
                                    .a(
                                        .href(SiteURL.exportData(kind.rawValue).path(query: [("dinh-dang", "xlsx")])),
                                        .text("xuất .xlsx")), .text(" · "),
                                    .a(
                                        .href(SiteURL.exportData(kind.rawValue).path(query: [("dinh-dang", "csv")])),
                                        .text("xuất .csv"))))
                        })))
        )
    }

    static let progressMarker = "<!--tien-do-->"

    /// The lines sent while an import runs (static text: nothing from the file).
    static var progressStart: String {
        "<ol id=\"tien-do\" class=\"muted\" aria-live=\"polite\"><li>Đang đọc và kiểm tra tệp…</li>"
    }

    static func progressLine(done: Int, total: Int) -> String {
        "<li>Đã ghi \(done)/\(total) dòng</li>"
    }

    static func report(of r: ImportReport) -> Node<HTML.BodyContext> {
        if r.succeeded {
            let counts = "\(r.rows) dòng – thêm \(r.created), sửa \(r.updated), không đổi \(r.unchanged)"
            return .p(
                .class("flash"), .attribute(named: "role", value: "status"), .id("ket-qua"),
                .text(
                    r.dryRun
                        ? "Tệp \(r.kind.vietnamese.lowercased()) hợp lệ (\(counts) nếu nhập). Đây mới là bước kiểm tra: dữ liệu chưa được ghi vào hệ thống."
                        : "Đã nhập \(r.kind.vietnamese.lowercased()): \(counts)."))
        }
        return .div(
            .class("error-summary"), .attribute(named: "role", value: "alert"), .id("ket-qua"),
            .p(
                .strong(
                    .text("Có \(r.problems.count) lỗi trong \(r.rows) dòng: không ghi gì cả. Hãy sửa tệp rồi nhập lại.")
                )),
            .div(
                .class("table-wrap"),
                .table(
                    .id("loi-nhap"), .class("stack"),
                    .thead(.tr(.th(.text("Dòng")), .th(.text("Cột")), .th(.text("Giá trị")), .th(.text("Lỗi")))),
                    .tbody(
                        .forEach(r.problems.prefix(500)) { p in
                            .tr(
                                .td(.attribute(named: "data-label", value: "Dòng"), .text(String(p.row))),
                                .td(.attribute(named: "data-label", value: "Cột"), .text(p.column)),
                                .td(.attribute(named: "data-label", value: "Giá trị"), .text(p.value)),
                                .td(.text(p.message)))
                        }))))
    }
}
