import Foundation
import Plot
import ThiDuaCore

/// A bloc's criteria table for a year: its groups, criteria, bonus and penalty lines; its export; for the
/// secretary, the import of an edited table (with a reason once locked), the copy of last year's, and the opening
/// of scoring, which locks it.
enum CriteriaPage {
    struct Model: Sendable {
        var layout: Layout.Model
        var bloc: Bloc
        var year: Int
        var criteria: ReviewCriteria?
        var canEdit: Bool
        var errors: [FieldError]
        var csrf: String
    }

    static func render(_ m: Model) -> String {
        let year = String(m.year)
        let h = VietnameseNumber.hundredths
        func url(_ page: SiteURL.Bloc) -> String { SiteURL.bloc(.value(m.bloc.id), page).path }
        return Layout.render(
            m.layout,
            .h1(.text("Bảng tiêu chí chấm điểm năm \(m.year)")),
            .p(.class("muted"), .text(m.bloc.name)),
            Form.errorSummary(m.errors),
            .unwrap(m.criteria) { c in
                .group(
                    .p(
                        .text("Thang điểm \(h(c.set.maxScore)); phiên bản \(c.version). "),
                        .text(
                            c.scoringOpenedOn.map {
                                "Đã mở chấm điểm ngày \($0.vietnamese): bảng đã khóa, mỗi thay đổi cần ghi lý do."
                            } ?? "Chưa mở chấm điểm: còn sửa được.")),
                    .div(
                        .class("table-wrap"),
                        .table(
                            .id("bang-tieu-chi"), .class("stack"),
                            .thead(
                                .tr(
                                    .th(.text("Mã")), .th(.text("Nội dung")), .th(.text("Điểm tối đa")),
                                    .th(.text("Minh chứng")))),
                            .tbody(
                                .forEach(c.set.groups) { g in
                                    .group(
                                        .tr(
                                            .class("group"),
                                            .td(.attribute(named: "data-label", value: "Mã"), .strong(.text(g.code))),
                                            .td(
                                                .attribute(named: "data-label", value: "Nội dung"),
                                                .strong(.text(g.title))),
                                            .td(
                                                .attribute(named: "data-label", value: "Điểm tối đa"),
                                                .strong(.text(h(g.maxPoints)))),
                                            .td()),
                                        .forEach(g.criteria) { row($0) })
                                },
                                .forEach(c.set.bonus) { row($0) },
                                .forEach(c.set.penalty) { row($0) }))),
                    .p(
                        .text(
                            "Điểm thưởng tối đa \(h(c.set.bonusCap)); điểm trừ tối đa \(h(c.set.penaltyCap)).")),
                    .ul(
                        .forEach(c.changes) { change in
                            .li(
                                .text(
                                    "Phiên bản \(change.version), \(change.on.vietnamese), \(change.account): \(change.reason)"
                                ))
                        }),
                    .p(
                        .a(
                            .class("button"),
                            .href(SiteURL.bloc(.value(m.bloc.id), .criteriaExport).path(query: [("nam", year)])),
                            .text("Tải bảng tiêu chí (.xlsx)"))))
            },
            .if(m.criteria == nil, .p(.class("muted"), .text("Khối chưa có bảng tiêu chí năm \(m.year)."))),
            .if(
                m.canEdit && m.criteria == nil,
                .form(
                    .method(.post), .action(url(.criteriaCopy)), .class("inline-form"),
                    Form.csrf(m.csrf), Form.hidden("year", year),
                    .button(.type(.submit), .text("Sao chép bảng tiêu chí năm \(m.year - 1)")))),
            .if(
                m.canEdit,
                .form(
                    .method(.post), .action(url(.criteria)), .enctype(.multipartData), .class("card"),
                    .h2(.text(m.criteria == nil ? "Nhập bảng tiêu chí" : "Thay bảng tiêu chí")),
                    .p(
                        .class("hint"),
                        .text(
                            "Tải bảng hiện có về, sửa trong Excel rồi nhập lại. Cột: \(CriteriaSheet.header.joined(separator: ", ")). Loại: Nhóm, Tiêu chí, Điểm thưởng, Điểm trừ, Tối đa điểm thưởng, Tối đa điểm trừ."
                        )),
                    Form.csrf(m.csrf), Form.hidden("year", year),
                    Form.hidden("version", String(m.criteria?.version ?? 0)),
                    .div(
                        .class("field"),
                        .label(.for("f-file"), .text("Tệp bảng tiêu chí (.xlsx)")),
                        .input(.type(.file), .id("f-file"), .name("file"), .attribute(named: "accept", value: ".xlsx"))),
                    .if(
                        m.criteria?.isLocked == true,
                        Form.textarea(
                            "Lý do thay đổi", name: "reason", value: "", errors: m.errors, required: true, rows: 2)),
                    Form.submit("Nhập bảng tiêu chí"))),
            .unwrap(m.criteria) { c in
                .if(
                    m.canEdit && !c.isLocked,
                    .form(
                        .method(.post), .action(url(.scoringOpen)), .class("card"),
                        Form.csrf(m.csrf), Form.hidden("year", year), Form.hidden("version", String(c.version)),
                        .p(.text("Mở chấm điểm: các đơn vị bắt đầu tự chấm; bảng tiêu chí bị khóa từ hôm nay.")),
                        Form.submit("Mở chấm điểm")))
            }
        )
    }

    static func row(_ c: ScoringCriterion) -> Node<HTML.TableContext> {
        .tr(
            .td(.attribute(named: "data-label", value: "Mã"), .text(c.code)),
            .td(
                .attribute(named: "data-label", value: "Nội dung"), .text(c.title),
                .if(c.kind != .normal, .span(.class("badge"), .text(" \(c.kind.vietnamese)"))),
                .if(!c.guidance.isEmpty, .p(.class("hint"), .text(c.guidance)))),
            .td(.attribute(named: "data-label", value: "Điểm tối đa"), .text(VietnameseNumber.hundredths(c.maxPoints))),
            .td(.attribute(named: "data-label", value: "Minh chứng"), .text(c.evidenceRequired ? "Cần" : "")))
    }
}
