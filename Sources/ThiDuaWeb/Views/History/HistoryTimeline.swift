import Plot
import ThiDuaCore

/// A subject's history as one row per year, with links to add, edit and delete for those who may.
enum HistoryTimeline {
    static func render(_ history: SubjectHistory, codes: [String: AwardCode], newURL: SiteURL, csrf: String) -> Node<
        HTML.BodyContext
    > {
        let kinds = HistoryEntry.Kind.allCases
        return .section(
            .id("qua-trinh"),
            .h2(.text("Quá trình thi đua, khen thưởng")),
            .if(
                history.canEdit,
                .div(
                    .class("actions"),
                    .forEach(kinds) { kind in
                        .a(
                            .class("button"), .href(newURL.path(query: [("loai", kind.rawValue)])),
                            .text("Thêm: \(kind.vietnamese.lowercased())"))
                    })),
            .if(
                history.entries.isEmpty,
                .p(.class("muted"), .text("Chưa có thông tin. Có thể nhập tay hoặc nhập từ tệp Excel."))),
            .if(
                !history.entries.isEmpty,
                .div(
                    .class("table-wrap"),
                    .table(
                        .id("dong-thoi-gian"), .class("stack"),
                        .thead(
                            .tr(
                                .th(.text("Năm")), .th(.text("Loại")), .th(.text("Nội dung")), .th(.text("Quyết định")),
                                .if(history.canEdit, .th(.text("Thao tác"))))),
                        .tbody(
                            .forEach(
                                history.timeline,
                                { row in
                                    .group(
                                        row.entries.enumerated().map { index, entry in
                                            .tr(
                                                .if(
                                                    index == 0,
                                                    .td(
                                                        .attribute(named: "rowspan", value: String(row.entries.count)),
                                                        .attribute(named: "data-label", value: "Năm"),
                                                        .strong(.text(row.year.map(String.init) ?? "—")))),
                                                .td(
                                                    .attribute(named: "data-label", value: "Loại"),
                                                    .text(entry.kind.vietnamese)),
                                                .td(.text(entry.summary(codes: codes))),
                                                .td(
                                                    .attribute(named: "data-label", value: "Quyết định"),
                                                    .text(decision(entry))),
                                                .if(
                                                    history.canEdit,
                                                    .td(
                                                        .a(
                                                            .href(SiteURL.historyEntry(.value(entry.id), .edit).path),
                                                            .text("Sửa"),
                                                            .attribute(
                                                                named: "aria-label",
                                                                value: Escape.attribute(
                                                                    "Sửa: \(entry.summary(codes: codes))"))),
                                                        .text(" "),
                                                        .form(
                                                            .method(.post),
                                                            .action(
                                                                SiteURL.historyEntry(.value(entry.id), .withdraw).path),
                                                            .class("inline"),
                                                            Form.csrf(csrf),
                                                            .button(
                                                                .type(.submit), .class("link"), .text("Rút…"),
                                                                .attribute(
                                                                    named: "aria-label",
                                                                    value: Escape.attribute(
                                                                        "Rút: \(entry.summary(codes: codes))")))))))
                                        })
                                }))
                    ))),
            withdrawn(history, codes: codes, csrf: csrf)
        )
    }

    /// Entries taken out with a reason: kept as evidence, listed apart, and put back by those who may edit.
    private static func withdrawn(_ history: SubjectHistory, codes: [String: AwardCode], csrf: String) -> Node<
        HTML.BodyContext
    > {
        .if(
            !history.withdrawn.isEmpty,
            .details(
                .id("da-rut"), .class("withdrawn"),
                .summary(.text("Thông tin đã rút (\(history.withdrawn.count))")),
                .p(
                    .class("hint"),
                    .text("Không dùng khi xét điều kiện; được giữ làm bằng chứng và ghi trong nhật ký thay đổi.")),
                .ul(
                    .forEach(history.withdrawn) { w in
                        .li(
                            .span(
                                .class("struck"),
                                .text(
                                    "\(w.entry.timelineYear.map { "Năm \($0): " } ?? "")\(w.entry.kind.vietnamese) – \(w.entry.summary(codes: codes))"
                                )),
                            .br(),
                            .span(
                                .class("muted"),
                                .text(
                                    "Rút ngày \(TimeText.vietnamese(w.withdrawnAt)) bởi \(w.withdrawnBy). Lý do: \(w.reason)"
                                )),
                            .if(
                                history.canEdit,
                                .form(
                                    .method(.post), .action(SiteURL.historyEntry(.value(w.entry.id), .restore).path),
                                    .class("inline"),
                                    Form.csrf(csrf),
                                    .button(
                                        .type(.submit), .class("link"), .text("Khôi phục"),
                                        .attribute(
                                            named: "aria-label",
                                            value: Escape.attribute("Khôi phục: \(w.entry.summary(codes: codes))"))))))
                    })))
    }

    static func decision(_ e: HistoryEntry) -> String {
        var parts: [String] = []
        if !e.decisionNumber.isEmpty { parts.append("Số \(e.decisionNumber)") }
        if let d = e.decisionDate { parts.append("ngày \(d.vietnamese)") }
        if !e.authority.isEmpty { parts.append(e.authority) }
        return parts.isEmpty ? "—" : parts.joined(separator: ", ")
    }
}
