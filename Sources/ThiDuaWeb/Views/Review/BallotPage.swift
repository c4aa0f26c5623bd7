import Foundation
import Plot
import ThiDuaCore

/// One ballot: its question and rule, how many have voted while it is open (never the choices), the voter's
/// form and their receipt (shown once), the chair's controls, the paper count form, and once closed the result
/// with every stored ballot for anyone to recount.
enum BallotPage {
    struct Model: Sendable {
        var layout: Layout.Model
        var view: BallotView
        /// Shown on the page that answers the vote, and never again.
        var receipt: String?
        var errors: [FieldError]
        var csrf: String
    }

    static func render(_ m: Model) -> String {
        let v = m.view
        let b = v.ballot
        let version = String(b.version)
        return Layout.render(
            m.layout,
            .h1(.text(b.question.question)),
            .p(
                .text("\(b.mode.vietnamese) – \(b.status.vietnamese). "),
                .text(
                    "Chọn \(b.question.seats) trong \(b.candidates.count) ứng viên, mỗi phiếu tối đa \(b.question.maxChoices) lựa chọn. "
                ),
                .text(b.selfVoteAllowed ? "" : "Đơn vị không được bỏ phiếu cho chính mình.")),
            .p(
                .text(
                    "Điều kiện trúng: \(b.question.rule.vietnamese); tối thiểu \(b.question.rule.quorum.text) số người có quyền biểu quyết phải bỏ phiếu. "
                ),
                .span(.class("basis"), .text("Căn cứ: \(b.question.rule.basis)"))),
            .unwrap(m.receipt) { receipt in
                .div(
                    .class("flash"), .attribute(named: "role", value: "status"),
                    .p(.strong(.text("Đã ghi nhận phiếu của bạn. Mã biên nhận: "))),
                    .p(.code(.id("ma-bien-nhan"), .text(receipt))),
                    .p(
                        .text(
                            "Mã này chỉ hiện một lần và không được lưu. Hãy ghi lại: khi có kết quả, tìm mã băm SHA-256 của nó trong danh sách phiếu để biết phiếu của mình đã được đếm."
                        )))
            },
            Form.errorSummary(m.errors),
            .p(.id("so-phieu"), .text("Đã bỏ phiếu: \(v.votesCast)/\(b.electorate.count) người có quyền biểu quyết.")),
            .if(v.hasVoted && m.receipt == nil, .p(.text("Bạn đã bỏ phiếu."))),
            .if(v.canVote, castForm(m)),
            .if(v.canChair, chairControls(m, version)),
            .unwrap(b.result) { result in resultSection(m, result) }
        )
    }

    static func castForm(_ m: Model) -> Node<HTML.BodyContext> {
        let b = m.view.ballot
        return .form(
            .method(.post), .action(SiteURL.ballot(.value(b.id), .cast).path), .class("card"),
            Form.csrf(m.csrf),
            .div(
                .class("field"), .p(.id("phieu-bau-label"), .text("Phiếu bầu: chọn tối đa \(b.question.maxChoices)")),
                .div(
                    .class("checks"), .attribute(named: "role", value: "group"),
                    .attribute(named: "aria-labelledby", value: "phieu-bau-label"),
                    .forEach(b.candidates) { c in
                        Form.checkbox(
                            c.name, name: "choices", value: c.id.uuidString.lowercased(), checked: false,
                            id: "chon-\(c.code.lowercased())")
                    })),
            .p(.class("hint"), .text("Không chọn ai là phiếu trắng. Phiếu đã bỏ không sửa được.")),
            Form.submit("Bỏ phiếu", id: "bo-phieu"))
    }

    static func chairControls(_ m: Model, _ version: String) -> Node<HTML.BodyContext> {
        let b = m.view.ballot
        func action(_ page: SiteURL.Ballot, _ label: String) -> Node<HTML.BodyContext> {
            .form(
                .method(.post), .action(SiteURL.ballot(.value(b.id), page).path), .class("inline-form"),
                Form.csrf(m.csrf), Form.hidden("version", version),
                .button(.type(.submit), .class("primary"), .text(label)))
        }
        return .div(
            .class("actions"),
            .if(b.mode == .electronic && b.status == .draft, action(.open, "Mở bỏ phiếu")),
            .if(b.mode == .electronic && b.status == .open, action(.close, "Đóng bỏ phiếu và kiểm phiếu")),
            .if(b.result?.runoff.isEmpty == false, action(.runoff, "Tạo cuộc bỏ phiếu lại")),
            .if(b.mode == .paper && b.status != .closed, paperForm(m, version)))
    }

    static func paperForm(_ m: Model, _ version: String) -> Node<HTML.BodyContext> {
        let b = m.view.ballot
        return .form(
            .method(.post), .action(SiteURL.ballot(.value(b.id), .paperCount).path), .class("card"),
            .h2(.text("Nhập kết quả kiểm phiếu")),
            Form.csrf(m.csrf), Form.hidden("version", version),
            Form.text("Số phiếu thu về", name: "cast", value: "", errors: m.errors, type: .number, required: true),
            Form.text("Số phiếu không hợp lệ", name: "invalid", value: "0", errors: m.errors, type: .number),
            .forEach(b.candidates) { c in
                Form.text(
                    "Số phiếu bầu \(c.name)", name: "v-\(c.id.uuidString.lowercased())", value: "0", errors: m.errors,
                    type: .number, id: "phieu-\(c.code.lowercased())")
            },
            Form.textarea(
                "Ban kiểm phiếu", name: "countingBoard", value: "", errors: m.errors, required: true,
                hint: "Mỗi dòng một người: họ tên và nhiệm vụ trong ban.", rows: 3),
            Form.submit("Ghi kết quả kiểm phiếu"))
    }

    static func resultSection(_ m: Model, _ r: BallotTally) -> Node<HTML.BodyContext> {
        let b = m.view.ballot
        let name = { (id: UUID) in b.candidate(id)?.name ?? "" }
        return .section(
            .h2(.text("Kết quả")),
            .p(
                .text(
                    "Số người có quyền biểu quyết \(r.electorate); số phiếu thu về \(r.cast); hợp lệ \(r.valid); không hợp lệ \(r.invalid). "
                ),
                .text(
                    r.quorumMet ? "Đủ tỷ lệ tối thiểu bỏ phiếu." : "Không đủ tỷ lệ tối thiểu bỏ phiếu: không ai trúng.")
            ),
            .div(
                .class("table-wrap"),
                .table(
                    .id("ket-qua-bo-phieu"), .class("stack"),
                    .thead(
                        .tr(.th(.text("Ứng viên")), .th(.text("Số phiếu")), .th(.text("Tỷ lệ")), .th(.text("Kết quả")))),
                    .tbody(
                        .forEach(r.candidates) { c in
                            .tr(
                                .td(.attribute(named: "data-label", value: "Ứng viên"), .text(name(c.candidate))),
                                .td(.attribute(named: "data-label", value: "Số phiếu"), .text(String(c.votes))),
                                .td(
                                    .attribute(named: "data-label", value: "Tỷ lệ"),
                                    .text(VietnameseNumber.hundredths(c.shareHundredths) + "%")),
                                .td(
                                    .attribute(named: "data-label", value: "Kết quả"),
                                    .text(c.elected ? "Trúng" : c.passes ? "Đạt, hết suất" : "Không đạt")))
                        }))),
            .if(
                !r.runoff.isEmpty,
                .p(
                    .class("warning"),
                    .text("Bằng phiếu ở suất cuối: \(r.runoff.map(name).joined(separator: ", ")). Cần bỏ phiếu lại."))),
            .unwrap(b.paper) { p in .p(.text("Ban kiểm phiếu: \(p.countingBoard.joined(separator: "; ")).")) },
            .unwrap(r.ballotSetHash) { .p(.text("Mã băm SHA-256 của tập phiếu: "), .code(.text($0))) },
            .if(
                !m.view.papers.isEmpty,
                .details(
                    .id("danh-sach-phieu"),
                    .summary(.text("Toàn bộ \(m.view.papers.count) phiếu (mã băm biên nhận, lựa chọn)")),
                    .ol(
                        .forEach(m.view.papers) { p in
                            .li(
                                .code(.text(p.receiptHash)),
                                .text(
                                    ": "
                                        + (p.choices.isEmpty
                                            ? "phiếu trắng" : p.choices.map(name).joined(separator: "; "))))
                        }))))
    }
}
