import Foundation
import Plot
import ThiDuaCore

/// "Who is eligible for X in year Y" over a unit, a bloc or the organization, ranked when a quota binds.
enum EligibilitySweepPage {
    struct Model: Sendable {
        var layout: Layout.Model
        var code: String
        var year: Int
        /// "" for the whole organization, "u:<id>" for a unit, "b:<id>" for a bloc.
        var scope: String
        var outcome: EligibilityResult.Outcome?
        var scopes: [Form.Option]
        var result: EligibilitySweep.Result?
        /// The page of rows shown, after the outcome filter.
        var rows: ListPage<EligibilitySweep.Row>?
        /// The sweep's own query, kept by the page links.
        var query: [(String, String?)]
        var errors: [FieldError]
        var exportURL: String?
    }

    static let perPage = 50

    static func render(_ model: Model) -> String {
        Layout.render(
            model.layout,
            .h1(.text("Xét điều kiện khen thưởng")),
            .p(
                .class("hint"),
                .text(
                    "Chọn danh hiệu hoặc hình thức, năm xét và phạm vi. Hệ thống kiểm tra từng người, từng tập thể theo quá trình đã ghi nhận và nêu căn cứ pháp lý của từng điều kiện."
                )),
            Form.errorSummary(
                model.errors, message: model.errors.isEmpty ? nil : "Chưa xét được. Hãy sửa các mục sau:"),
            .form(
                .method(.get), .action(SiteURL.eligibility.path), .class("card"),
                Form.select(
                    "Danh hiệu, hình thức", name: "ma",
                    options: Catalogue.entries.map { Form.Option($0.code, Catalogue.label($0.code)) },
                    selected: model.code, errors: model.errors, required: true, id: "f-ma"),
                Form.text(
                    "Năm xét", name: "nam", value: String(model.year), errors: model.errors, type: .number,
                    required: true, id: "f-nam"),
                Form.select(
                    "Phạm vi", name: "pham-vi", options: model.scopes, selected: model.scope, errors: model.errors,
                    id: "f-pham-vi"),
                Form.select(
                    "Kết quả", name: "ket-qua",
                    options: EligibilityResult.Outcome.allCases.map { Form.Option($0.rawValue, $0.vietnamese) },
                    selected: model.outcome?.rawValue, emptyLabel: "Tất cả", id: "f-ket-qua"),
                Form.submit("Xét")
            ),
            .unwrap(model.result) { result in summary(result, exportURL: model.exportURL) },
            .unwrap(model.rows) { rows in
                .group(
                    Pagination.count(
                        rows, noun: model.outcome.map { "đối tượng “\($0.vietnamese.lowercased())”" } ?? "đối tượng"),
                    table(
                        rows.items,
                        persons: model.result.map { Catalogue.entry($0.code)?.subjectKinds.contains(.person) ?? false }
                            ?? false),
                    Pagination.render(rows, base: .eligibility, query: model.query))
            },
            .p(
                .a(.href(SiteURL.eligibilitySettings.path), .text("Cài đặt xét điều kiện của tổ chức")), .text(" · "),
                .a(.href("/api/v1/openapi.json"), .text("API")))
        )
    }

    static func summary(_ r: EligibilitySweep.Result, exportURL: String?) -> Node<HTML.BodyContext> {
        .div(
            .class("card"), .attribute(named: "role", value: "status"),
            .p(
                .strong(.text("\(Catalogue.entry(r.code)?.name ?? r.code), năm \(r.year)")),
                .text(" – ngày xét đề nghị \(r.proposalDate.vietnamese), \(r.regime.vietnamese).")),
            EligibilityPanel.warnings(Catalogue.amendments(on: r.proposalDate)),
            .p(
                .text(
                    "Đủ điều kiện: \(r.count(.eligible)) · Cần xem xét: \(r.count(.manualCheck)) · Chưa đủ điều kiện: \(r.count(.notEligible))."
                )),
            .unwrap(r.note) { .p(.class("hint"), .text($0)) },
            .unwrap(r.quota) { q in
                .p(
                    .text(
                        q.binds
                            ? "Chỉ tiêu \(q.quota.percent)% trên \(q.base) \(Catalogue.shortName(q.quota.of))\(q.baseIsRecorded ? "" : " (tính theo số đủ điều kiện, vì chưa ghi nhận danh hiệu này)"): tối đa \(q.cap). Danh sách đã xếp theo thành tích; bằng thành tích thì ưu tiên nữ."
                            : "Chỉ tiêu \(q.quota.percent)% trên \(q.base) \(Catalogue.shortName(q.quota.of)): tối đa \(q.cap), chưa vượt."
                    ),
                    .br(),
                    .small(
                        .class("basis"), .text("Căn cứ: \(q.quota.basis.citation)"),
                        BasisNotes([q.quota.basis.status]).mark(q.quota.basis.status)),
                    BasisNotes([q.quota.basis.status]).render())
            },
            .unwrap(exportURL) { .p(.a(.class("button"), .href($0), .text("Tải danh sách (.xlsx)"))) }
        )
    }

    static func table(_ rows: [EligibilitySweep.Row], persons: Bool) -> Node<HTML.BodyContext> {
        .div(
            .class("table-wrap"),
            .table(
                .id("ket-qua-xet"), .class("stack"),
                .thead(
                    .tr(
                        .th(.text("TT")), .th(.text("Đối tượng")), .th(.text("Đơn vị")),
                        .if(persons, .th(.text("Năm sinh"))),
                        .th(.text("Kết quả")), .th(.text("Chỉ tiêu")), .th(.text("Lý do")))),
                .tbody(
                    .forEach(rows) { row in
                        .tr(
                            .td(.attribute(named: "data-label", value: "TT"), .text(row.rank.map(String.init) ?? "–")),
                            .td(.attribute(named: "data-label", value: "Đối tượng"), subjectLink(row.subject)),
                            .td(
                                .attribute(named: "data-label", value: "Đơn vị"),
                                .text(row.subject.kind == .person ? row.unitName ?? "—" : "—")),
                            .if(
                                persons,
                                .td(
                                    .attribute(named: "data-label", value: "Năm sinh"),
                                    .text(row.birthYear.map(String.init) ?? "—"))),
                            .td(
                                .attribute(named: "data-label", value: "Kết quả"),
                                EligibilityPanel.outcome(row.result.outcome)),
                            .td(
                                .attribute(named: "data-label", value: "Chỉ tiêu"),
                                .text(row.withinQuota.map { $0 ? "Trong chỉ tiêu" : "Ngoài chỉ tiêu" } ?? "–"),
                                .unwrap(row.note) { .group(.br(), .small(.text($0))) }),
                            .td(
                                .attribute(named: "data-label", value: "Lý do"),
                                .element(
                                    named: "details",
                                    nodes: [
                                        .element(named: "summary", nodes: [.text(reasonSummary(row.result))]),
                                        EligibilityPanel.reasons(row.result),
                                    ])))
                    })))
    }

    /// What the closed row says: how many conditions hold, fail or wait for someone to confirm them.
    static func reasonSummary(_ r: EligibilityResult) -> String {
        // Eligible by one of two routes: the other route's unmet conditions were never needed.
        if r.outcome == .eligible { return "Đạt cả \(r.reasons.filter { $0.holds == true }.count) điều kiện" }
        let failing = r.reasons.filter { $0.holds == false }.count
        let manual = r.reasons.filter { $0.holds == nil }.count
        switch (failing, manual) {
        case (0, 0): return "Đạt cả \(r.reasons.count) điều kiện"
        case (0, _): return "\(manual) điều kiện cần xác nhận"
        case (_, 0): return "\(failing) điều kiện chưa đạt"
        default: return "\(failing) điều kiện chưa đạt, \(manual) cần xác nhận"
        }
    }

    static func subjectLink(_ s: CompactHistory) -> Node<HTML.BodyContext> {
        guard let id = UUID(uuidString: s.id) else { return .text(s.name) }
        return .a(
            .href((s.kind == .person ? SiteURL.person(.value(id)) : SiteURL.unit(.value(id))).path), .text(s.name))
    }
}
