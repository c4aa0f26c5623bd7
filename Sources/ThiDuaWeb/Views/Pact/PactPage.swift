import Foundation
import Plot
import ThiDuaCore

/// A bloc's pact for a year: its text, and each member's signature; the secretary sees who has not signed.
enum PactPage {
    struct Model: Sendable {
        var layout: Layout.Model
        var status: PactService.Status
        var errors: [FieldError]
        var csrf: String
    }

    static func render(_ model: Model) -> String {
        let s = model.status
        let signed = s.members.filter { $0.signature != nil }.count
        return Layout.render(
            model.layout,
            .h1(.text("Giao ước thi đua năm \(s.year)")),
            .form(
                .method(.get), .action(SiteURL.bloc(.value(s.bloc.id), .pact).path), .class("inline-form"),
                Form.text("Năm", name: "nam", value: String(s.year), type: .number, id: "f-nam-giao-uoc"),
                .button(.type(.submit), .text("Xem"))),
            Form.errorSummary(model.errors),
            .unwrap(s.pact) { p in Paragraphs.render(p.text, class: "card prose") },
            .if(s.pact == nil, .p(.class("muted"), .text("Khối chưa có giao ước năm \(s.year)."))),
            .if(
                s.canEdit && (s.pact == nil || signed == 0),
                .form(
                    .method(.post), .action(SiteURL.bloc(.value(s.bloc.id), .pact).path), .class("card"),
                    Form.csrf(model.csrf), Form.hidden("version", String(s.pact?.version ?? 0)),
                    Form.hidden("year", String(s.year)),
                    Form.textarea(
                        "Nội dung giao ước", name: "text", value: s.pact?.text ?? "", errors: model.errors,
                        required: true, rows: 10),
                    Form.submit(s.pact == nil ? "Lưu giao ước" : "Sửa giao ước"))),
            .h2(.text("Chữ ký của các đơn vị (\(signed)/\(s.members.count))")),
            .div(
                .class("table-wrap"),
                .table(
                    .id("chu-ky-giao-uoc"), .class("stack"),
                    .thead(.tr(.th(.text("Đơn vị")), .th(.text("Người ký")), .th(.text("Ngày ký")))),
                    .tbody(
                        .forEach(s.members) { member in
                            .tr(
                                .td(.attribute(named: "data-label", value: "Đơn vị"), .text(member.unit.name)),
                                .td(
                                    .attribute(named: "data-label", value: "Người ký"),
                                    member.signature.map { .text($0.signedBy) }
                                        ?? (s.canSignFor.contains(member.unit.id)
                                            ? .form(
                                                .method(.post),
                                                .action(SiteURL.bloc(.value(s.bloc.id), .pactSign).path),
                                                .class("inline-form"),
                                                Form.csrf(model.csrf), Form.hidden("year", String(s.year)),
                                                Form.hidden("unitID", member.unit.id.uuidString.lowercased()),
                                                Form.text(
                                                    "Họ tên, chức vụ người ký", name: "signedBy", value: "",
                                                    id: "ky-\(member.unit.id.uuidString.lowercased())"),
                                                .button(.type(.submit), .text("Ký giao ước")))
                                            : .text("Chưa ký"))),
                                .td(
                                    .attribute(named: "data-label", value: "Ngày ký"),
                                    .text(member.signature?.signedOn.vietnamese ?? "")))
                        }))),
            .p(
                .a(
                    .class("button"),
                    .href(SiteURL.bloc(.value(s.bloc.id), .pactExport).path(query: [("nam", String(s.year))])),
                    .text("Tải danh sách (.xlsx)")))
        )
    }
}
