import Foundation
import Plot
import ThiDuaCore

/// A unit's self-assessment: its scores, explanations and evidence per criterion; the form while it may be
/// edited, the reviewer's scoring form for an assigned unit, and the secretary's return.
enum AssessmentPage {
    struct Model: Sendable {
        var layout: Layout.Model
        var bloc: Bloc
        var unit: OrgUnit
        var view: AssessmentView
        /// The account's unit's scoring of this unit, when it reviews it.
        var peer: PeerReview?
        var errors: [FieldError]
        var csrf: String
    }

    static func url(_ m: Model, _ page: SiteURL.Assessment = .show) -> SiteURL {
        .bloc(.value(m.bloc.id), .assessment(.value(m.unit.id), page))
    }

    static func render(_ m: Model) -> String {
        let a = m.view.assessment
        let set = m.view.criteria.set
        let year = String(a.year)
        return Layout.render(
            m.layout,
            .h1(.text("Bản tự chấm điểm năm \(a.year)")),
            .p(.strong(.text(m.unit.name))),
            .p(
                .text("Tình trạng: \(a.version == 0 ? "Chưa chấm" : a.status.vietnamese)"),
                .unwrap(a.submittedOn) { .text(", nộp ngày \($0.vietnamese)") },
                .if(a.late, .span(.class("badge warning"), .text(" Nộp muộn"))),
                .unwrap(m.view.settings.deadline) { .text(". Hạn nộp: \($0.vietnamese).") }),
            .forEach(a.returns) { r in
                .p(.class("warning"), .text("Thư ký khối trả lại ngày \(r.on.vietnamese): \(r.reason)"))
            },
            Form.errorSummary(m.errors),
            m.view.canEdit ? editForm(m) : readOnly(m),
            evidence(m),
            .if(
                m.view.canEdit && a.version > 0,
                .form(
                    .method(.post), .action(url(m, .submit).path), .class("card"),
                    Form.csrf(m.csrf), Form.hidden("year", year), Form.hidden("version", String(a.version)),
                    .p(.text("Sau khi nộp, bản tự chấm chỉ sửa được khi thư ký khối trả lại.")),
                    Form.submit("Nộp bản tự chấm"))),
            .unwrap(m.peer) { p in peerForm(m, p, set) },
            .if(
                m.view.canSendBack,
                .form(
                    .method(.post), .action(url(m, .sendBack).path), .class("card"),
                    Form.csrf(m.csrf), Form.hidden("year", year), Form.hidden("version", String(a.version)),
                    Form.textarea(
                        "Lý do trả lại", name: "reason", value: "", errors: m.errors, required: true, rows: 2),
                    .button(.type(.submit), .text("Trả lại để đơn vị sửa"))))
        )
    }

    static func criterionHead(_ c: ScoringCriterion) -> Node<HTML.TableRowContext> {
        .td(
            .attribute(named: "data-label", value: "Tiêu chí"),
            .strong(.text("\(c.code). ")), .text(c.title),
            .if(c.kind != .normal, .span(.class("badge"), .text(" \(c.kind.vietnamese)"))),
            .if(c.evidenceRequired, .span(.class("badge"), .text(" Cần minh chứng"))),
            .if(!c.guidance.isEmpty, .p(.class("hint"), .text(c.guidance))))
    }

    static func editForm(_ m: Model) -> Node<HTML.BodyContext> {
        let a = m.view.assessment
        return .form(
            .method(.post), .action(url(m).path), .class("card"),
            Form.csrf(m.csrf), Form.hidden("year", String(a.year)), Form.hidden("version", String(a.version)),
            .div(
                .class("table-wrap"),
                .table(
                    .id("bang-tu-cham"), .class("stack"),
                    .thead(
                        .tr(
                            .th(.text("Tiêu chí")), .th(.text("Tối đa")), .th(.text("Tự chấm")),
                            .th(.text("Giải trình")))),
                    .tbody(
                        .forEach(m.view.criteria.set.criteria) { c in
                            let line = a.line(c.code)
                            return .tr(
                                criterionHead(c),
                                .td(
                                    .attribute(named: "data-label", value: "Tối đa"),
                                    .text(VietnameseNumber.hundredths(c.maxPoints))),
                                .td(
                                    .attribute(named: "data-label", value: "Tự chấm"),
                                    Form.text(
                                        "Điểm tự chấm \(c.code)", name: "p-\(c.code)",
                                        value: line?.points.map(VietnameseNumber.hundredths) ?? "", errors: m.errors,
                                        id: "p-\(c.code)")),
                                .td(
                                    .attribute(named: "data-label", value: "Giải trình"),
                                    Form.textarea(
                                        "Giải trình \(c.code)", name: "e-\(c.code)", value: line?.explanation ?? "",
                                        rows: 2, id: "e-\(c.code)")))
                        }))),
            Form.submit("Lưu bản tự chấm"))
    }

    static func readOnly(_ m: Model) -> Node<HTML.BodyContext> {
        let a = m.view.assessment
        return .div(
            .class("table-wrap"),
            .table(
                .id("bang-tu-cham"), .class("stack"),
                .thead(
                    .tr(.th(.text("Tiêu chí")), .th(.text("Tối đa")), .th(.text("Tự chấm")), .th(.text("Giải trình")))),
                .tbody(
                    .forEach(m.view.criteria.set.criteria) { c in
                        .tr(
                            criterionHead(c),
                            .td(
                                .attribute(named: "data-label", value: "Tối đa"),
                                .text(VietnameseNumber.hundredths(c.maxPoints))),
                            .td(
                                .attribute(named: "data-label", value: "Tự chấm"),
                                .text(a.line(c.code)?.points.map(VietnameseNumber.hundredths) ?? "–")),
                            .td(
                                .attribute(named: "data-label", value: "Giải trình"),
                                .text(a.line(c.code)?.explanation ?? "")))
                    })))
    }

    static func evidence(_ m: Model) -> Node<HTML.BodyContext> {
        let a = m.view.assessment
        let files = a.lines.flatMap { l in l.evidence.map { (l.code, $0) } }
        return .section(
            .h2(.text("Minh chứng (\(files.count) tệp)")),
            .ul(
                .id("minh-chung"),
                .forEach(files) { code, ref in
                    .li(
                        .text("Tiêu chí \(code): "),
                        .a(
                            .href(url(m, .evidence).path(query: [("nam", String(a.year)), ("tep", ref.sha256)])),
                            .text(ref.filename)),
                        .text(" (\(ref.kind.rawValue.uppercased()), \(max(1, ref.size / 1024)) KB) "),
                        .if(
                            m.view.canEdit,
                            .form(
                                .method(.post), .action(url(m, .evidenceRemove).path), .class("inline-form"),
                                Form.csrf(m.csrf), Form.hidden("year", String(a.year)),
                                Form.hidden("version", String(a.version)), Form.hidden("code", code),
                                Form.hidden("sha256", ref.sha256),
                                .button(.type(.submit), .text("Gỡ tệp \(ref.filename)")))))
                }),
            .if(
                m.view.canEdit,
                .form(
                    .method(.post), .action(url(m, .evidence).path), .enctype(.multipartData), .class("card"),
                    Form.csrf(m.csrf), Form.hidden("year", String(a.year)), Form.hidden("version", String(a.version)),
                    Form.select(
                        "Tiêu chí", name: "code",
                        options: m.view.criteria.set.criteria.map { Form.Option($0.code, "\($0.code). \($0.title)") },
                        selected: nil, errors: m.errors, id: "f-minh-chung-tieu-chi"),
                    .div(
                        .class("field"),
                        .label(.for("f-file"), .text("Tệp minh chứng (PDF, DOCX, XLSX, JPG, PNG; tối đa 10 MB)")),
                        .input(
                            .type(.file), .id("f-file"), .name("file"),
                            .attribute(named: "accept", value: ".pdf,.docx,.xlsx,.jpg,.jpeg,.png"))),
                    .button(.type(.submit), .text("Tải lên minh chứng")))))
    }

    static func peerForm(_ m: Model, _ p: PeerReview, _ set: CriteriaSet) -> Node<HTML.BodyContext> {
        .form(
            .method(.post), .action(url(m, .peerScore).path), .class("card"),
            .h2(.text("Chấm chéo")),
            Form.csrf(m.csrf), Form.hidden("year", String(m.view.assessment.year)),
            Form.hidden("version", String(p.version)),
            .div(
                .class("table-wrap"),
                .table(
                    .id("bang-cham-cheo"), .class("stack"),
                    .thead(
                        .tr(
                            .th(.text("Tiêu chí")), .th(.text("Tự chấm")), .th(.text("Điểm chấm chéo")),
                            .th(.text("Nhận xét")))),
                    .tbody(
                        .forEach(set.criteria) { c in
                            .tr(
                                criterionHead(c),
                                .td(
                                    .attribute(named: "data-label", value: "Tự chấm"),
                                    .text(
                                        m.view.assessment.line(c.code)?.points.map(VietnameseNumber.hundredths) ?? "–")),
                                .td(
                                    .attribute(named: "data-label", value: "Điểm chấm chéo"),
                                    Form.text(
                                        "Điểm chấm chéo \(c.code)", name: "p-\(c.code)",
                                        value: p.scores[c.code].map(VietnameseNumber.hundredths) ?? "",
                                        errors: m.errors, id: "cc-\(c.code)")),
                                .td(
                                    .attribute(named: "data-label", value: "Nhận xét"),
                                    Form.textarea(
                                        "Nhận xét \(c.code)", name: "e-\(c.code)", value: p.remarks[c.code] ?? "",
                                        rows: 2, id: "nx-\(c.code)")))
                        }))),
            Form.submit("Lưu điểm chấm chéo"))
    }
}
