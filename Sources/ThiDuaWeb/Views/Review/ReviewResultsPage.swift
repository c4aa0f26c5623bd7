import Foundation
import Plot
import ThiDuaCore

/// The final table: the ranking with its tie rules and bands, every final-score method side by side, and each
/// unit's criteria with the self-score, the reviewers' scores, the final score and its reason; the secretary
/// decides the differences and publishes.
enum ReviewResultsPage {
    struct Model: Sendable {
        var layout: Layout.Model
        var results: ReviewResults
        var canRun: Bool
        var errors: [FieldError]
        var csrf: String
    }

    static func td(_ label: String, _ text: String) -> Node<HTML.TableRowContext> {
        .td(.attribute(named: "data-label", value: label), .text(text))
    }

    static func render(_ m: Model) -> String {
        let r = m.results
        let year = String(r.year)
        let h = VietnameseNumber.hundredths
        let published = r.review.publishedOn
        let methods = FinalScoreMethod.allCases.filter { $0 != .secretary }
        return Layout.render(
            m.layout,
            .h1(.text("Bảng tổng hợp kết quả chấm điểm năm \(r.year)")),
            .p(.class("muted"), .text(r.bloc.name)),
            .p(
                .text(
                    "Thang điểm \(h(r.criteria.set.maxScore)); cách tính điểm cuối cùng: \(r.review.settings.method.vietnamese). "
                ),
                .text(published.map { "Đã công bố ngày \($0.vietnamese)." } ?? "Chưa công bố.")),
            Form.errorSummary(m.errors),
            .p(
                .a(
                    .class("button"),
                    .href(SiteURL.bloc(.value(r.bloc.id), .reviewResultsExport).path(query: [("nam", year)])),
                    .text("Tải bảng tổng hợp (.xlsx)"))),
            .h2(.text("Xếp hạng")),
            .div(
                .class("table-wrap"),
                .table(
                    .id("xep-hang"), .class("stack"),
                    .thead(
                        .tr(
                            .th(.text("Hạng")), .th(.text("Đơn vị")), .th(.text("Tự chấm")),
                            .th(.text("Điểm tiêu chí")),
                            .th(.text("Thưởng")), .th(.text("Trừ")), .th(.text("Tổng")), .th(.text("Xếp loại")),
                            .th(.text("Ghi chú")))),
                    .tbody(
                        .forEach(r.rows) { row in
                            .tr(
                                td("Hạng", String(row.rank)), td("Đơn vị", row.name), td("Tự chấm", h(row.selfTotal)),
                                td("Điểm tiêu chí", h(row.criteriaTotal)), td("Thưởng", h(row.bonus)),
                                td("Trừ", h(row.penalty)), td("Tổng", h(row.total)), td("Xếp loại", row.band ?? ""),
                                td("Ghi chú", row.pending ? "Còn điểm chờ thư ký quyết định" : (row.tieRule ?? "")))
                        }))),
            .details(
                .summary(.text("Quy tắc khi bằng điểm")),
                .ol(.forEach(ReviewRanking.tieRules) { .li(.text($0)) })),
            .h2(.text("Kết quả theo từng cách tính")),
            .p(.class("hint"), .text("Cùng các quyết định của thư ký; cho thấy cách tính được chọn thay đổi điều gì.")),
            .div(
                .class("table-wrap"),
                .table(
                    .id("so-sanh-cach-tinh"), .class("stack"),
                    .thead(.tr(.th(.text("Đơn vị")), .forEach(methods) { .th(.text($0.vietnamese)) })),
                    .tbody(
                        .forEach(r.units) { u in
                            .tr(
                                td("Đơn vị", u.unit.name),
                                .forEach(methods) { method in
                                    td(
                                        method.vietnamese,
                                        u.byMethod[method].map { "\(h($0.total)) (hạng \($0.rank))" } ?? "–")
                                })
                        }))),
            .h2(.text("Chi tiết từng đơn vị")),
            .forEach(r.units) { u in unitDetail(m, u) },
            .if(
                m.canRun && published == nil,
                .form(
                    .method(.post), .action(SiteURL.bloc(.value(r.bloc.id), .reviewPublish).path), .class("card"),
                    Form.csrf(m.csrf), Form.hidden("year", year), Form.hidden("version", String(r.review.version)),
                    .p(.text("Công bố: xếp hạng hiện trên bản tin, mọi đơn vị trong khối xem được bảng tổng hợp.")),
                    Form.submit("Công bố kết quả")))
        )
    }

    static func unitDetail(_ m: Model, _ u: ReviewResults.UnitResult) -> Node<HTML.BodyContext> {
        let r = m.results
        let h = VietnameseNumber.hundredths
        let id = "dv-\(u.unit.code.lowercased())"
        return .details(
            .id(id),
            .summary(
                .text(u.unit.name),
                .if(u.assessment?.late == true, .span(.class("badge warning"), .text(" Nộp muộn"))),
                .if(u.criteria.contains { $0.final == nil }, .span(.class("badge warning"), .text(" Chờ quyết định")))),
            .div(
                .class("table-wrap"),
                .table(
                    .class("stack"),
                    .thead(
                        .tr(
                            .th(.text("Tiêu chí")), .th(.text("Tự chấm")), .th(.text("Chấm chéo")),
                            .th(.text("Trung bình / trung vị / chuẩn hóa")), .th(.text("Điểm cuối cùng")),
                            .th(.text("Cách tính")))),
                    .tbody(
                        .forEach(u.criteria) { c in
                            .tr(
                                td("Tiêu chí", c.code),
                                td("Tự chấm", c.selfScore.map(h) ?? "–"),
                                td(
                                    "Chấm chéo",
                                    c.reviewerScores.sorted { (r.names[$0.key] ?? "") < (r.names[$1.key] ?? "") }.map {
                                        "\(r.names[$0.key] ?? ""): \(h($0.value))"
                                    }.joined(separator: "; ")),
                                td(
                                    "Trung bình / trung vị / chuẩn hóa",
                                    [FinalScoreMethod.mean, .median, .normalized].map { c.byMethod[$0].map(h) ?? "–" }
                                        .joined(separator: " / ")),
                                td("Điểm cuối cùng", c.final.map(h) ?? "Chờ quyết định"),
                                .td(
                                    .attribute(named: "data-label", value: "Cách tính"), .text(c.note),
                                    .if(
                                        m.canRun && r.review.publishedOn == nil && (c.differs || c.decision != nil),
                                        decideForm(m, u, c))))
                        }))))
    }

    static func decideForm(_ m: Model, _ u: ReviewResults.UnitResult, _ c: CriterionResult) -> Node<HTML.BodyContext> {
        let key = "\(u.unit.code.lowercased())-\(c.code)"
        return .form(
            .method(.post), .action(SiteURL.bloc(.value(m.results.bloc.id), .reviewDecide).path), .class("inline-form"),
            Form.csrf(m.csrf), Form.hidden("year", String(m.results.year)),
            Form.hidden("version", String(m.results.review.version)),
            Form.hidden("unit", u.unit.id.uuidString.lowercased()), Form.hidden("code", c.code),
            Form.text(
                "Điểm thư ký quyết định", name: "points",
                value: (c.decision?.points ?? c.byMethod[.mean]).map(VietnameseNumber.hundredths) ?? "",
                id: "qd-diem-\(key)"),
            Form.text("Lý do", name: "reason", value: c.decision?.reason ?? "", id: "qd-ly-do-\(key)"),
            .button(.type(.submit), .text("Quyết định")))
    }
}
