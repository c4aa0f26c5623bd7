import Plot
import ThiDuaCore

/// The answers for one subject and year: each title or form with its outcome, and on opening it the reasons,
/// each with the facts and the legal basis. `<details>` opens without JavaScript.
enum EligibilityPanel {
    struct Model: Sendable {
        var year: Int
        var results: [EligibilityResult]
        /// Where the year form goes (the same page).
        var action: String
    }

    static func render(_ model: Model) -> Node<HTML.BodyContext> {
        let shared = sharedReminders(model.results)
        return .section(
            .id("dieu-kien-khen-thuong"), .attribute(named: "aria-labelledby", value: "dieu-kien-tieu-de"),
            .h2(.id("dieu-kien-tieu-de"), .text("Điều kiện khen thưởng năm \(model.year)")),
            .form(
                .method(.get), .action(model.action + "#dieu-kien-khen-thuong"), .class("inline-form"),
                Form.text("Năm xét", name: "nam", value: String(model.year), type: .number, id: "f-nam-xet"),
                .button(.type(.submit), .text("Xem"))),
            .unwrap(model.results.first) { first in
                .group(
                    .p(
                        .class("hint"),
                        .text(
                            "Ngày xét đề nghị \(first.proposalDate.vietnamese); áp dụng \(first.regime.vietnamese). Kết quả tính từ quá trình đã ghi nhận; quyết định cuối cùng thuộc hội đồng thi đua, khen thưởng."
                        )),
                    warnings(first.warnings))
            },
            .ul(.class("eligibility"), .forEach(model.results) { result($0, shared: shared) }),
            reminders(
                shared,
                heading: "Lưu ý chung cho các danh hiệu, hình thức trên (hội đồng xem xét, không tính vào kết quả):")
        )
    }

    /// Reminders every title shares are shown once, under the list, not in each title.
    static func sharedReminders(_ results: [EligibilityResult]) -> [Reminder] {
        guard results.count > 1, let first = results.first else { return [] }
        return first.reminders.filter { reminder in
            results.allSatisfy { $0.reminders.contains { $0.text == reminder.text } }
        }
    }

    static func result(_ r: EligibilityResult, shared: [Reminder] = []) -> Node<HTML.ListContext> {
        .li(
            .element(
                named: "details",
                nodes: [
                    .element(
                        named: "summary",
                        nodes: [
                            .span(.class("name"), .text(Catalogue.entry(r.code)?.name ?? r.code)),
                            .text(" "),
                            outcome(r.outcome),
                            .unwrap(r.reward?.amount) { amount in
                                .span(.class("amount"), .text(" \(VietnameseNumber.grouped(amount.amount)) đồng"))
                            },
                        ]),
                    reward(r.reward),
                    reasons(r, skipping: shared),
                ]))
    }

    static func reminders<Context: HTML.BodyContext>(_ list: [Reminder], heading: String) -> Node<Context> {
        .if(
            !list.isEmpty,
            .div(
                .class("reminders"),
                .p(.class("hint"), .text(heading)),
                .ul(
                    .forEach(list) {
                        .li(.text($0.text), .br(), .small(.class("basis"), .text("Căn cứ: \($0.basis.citation)")))
                    })))
    }

    /// Changes to the law that may alter the answers: shown before them, never folded away.
    static func warnings<Context: HTML.BodyContext>(_ list: [Amendment]) -> Node<Context> {
        .forEach(list) { a in
            .p(.class("warning"), .attribute(named: "role", value: "note"), .strong(.text("Lưu ý: ")), .text(a.warning))
        }
    }

    /// "Tiền thưởng: 0,3 × 2.340.000 đồng = 710.000 đồng" with the article of the multiple.
    static func reward<Context: HTML.BodyContext>(_ reward: Reward?) -> Node<Context> {
        .unwrap(reward) { r in
            let m = r.multiple
            let setting = m.isSetting ? " (hệ số do tổ chức cài đặt: chưa tìm thấy trong văn bản)" : ""
            let sum: String
            if let step = r.step, let amount = r.amount {
                sum =
                    "\(m.text) × \(VietnameseNumber.grouped(step.amount)) đồng (lương cơ sở từ \(step.from.vietnamese)) = \(VietnameseNumber.grouped(amount.amount)) đồng, làm tròn lên hàng chục nghìn đồng"
            } else {
                sum = "\(m.text) lần mức lương cơ sở (chưa có mức lương cơ sở cho ngày này)"
            }
            return .p(
                .class("reward"), .text("Tiền thưởng: \(sum)\(setting)."), .br(),
                .small(.class("basis"), .text("Căn cứ: \(m.basis.citation)")))
        }
    }

    static func outcome<Context: HTML.BodyContext>(_ o: EligibilityResult.Outcome) -> Node<Context> {
        .span(.class("badge outcome-\(o.rawValue)"), .text(o.vietnamese))
    }

    static func reasons<Context: HTML.BodyContext>(_ r: EligibilityResult, skipping shared: [Reminder] = []) -> Node<
        Context
    > {
        let notes = BasisNotes(r.reasons.map(\.basis.status))
        let own = r.reminders.filter { reminder in !shared.contains { $0.text == reminder.text } }
        return .div(
            .class("reasons"),
            .ul(
                .forEach(r.reasons) { reason in
                    .li(
                        .class(reason.holds == true ? "holds" : reason.holds == false ? "fails" : "manual"),
                        .span(
                            .class("mark"),
                            .text(
                                reason.holds == true ? "Đạt: " : reason.holds == false ? "Chưa đạt: " : "Cần xác nhận: "
                            )),
                        .if(!reason.route.isEmpty, .em(.text("[\(reason.route.joined(separator: " › "))] "))),
                        .text(reason.text),
                        .br(),
                        .small(
                            .class("basis"), .text("Căn cứ: \(reason.basis.citation)"), notes.mark(reason.basis.status))
                    )
                }),
            notes.render(),
            reminders(own, heading: "Lưu ý (hội đồng xem xét, không tính vào kết quả):")
        )
    }
}
