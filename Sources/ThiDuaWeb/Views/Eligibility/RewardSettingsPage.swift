import Plot
import ThiDuaCore

/// The base salary by effective date and the multiples no source gave; only the admin edits (REVIEW.md §5).
enum RewardSettingsPage {
    struct Model: Sendable {
        var layout: Layout.Model
        var rewards: RewardSettings
        var version: Int
        var canEdit: Bool
        var errors: [FieldError]
        var csrf: String
    }

    static let statuses: [Form.Option] = [LegalBasis.Status.verified, .secondary, .inferred, .unverified].map {
        Form.Option($0.rawValue, $0.vietnamese)
    }

    /// "Giấy khen, cá nhân – Nghị định 98/2023/NĐ-CP"
    static func label(_ key: String) -> String {
        let parts = key.split(separator: ".").map(String.init)
        let code = parts.first ?? key
        let regime = parts.count > 1 ? LegalRegime(rawValue: parts[1]) : nil
        return "\(Catalogue.entry(code)?.name ?? code), cá nhân – \(regime?.decree ?? "")"
    }

    static func render(_ model: Model) -> String {
        let steps = model.rewards.baseSalary.steps
        let rows = steps.map(Optional.some) + [nil]
        return Layout.render(
            model.layout,
            .h1(.text("Mức lương cơ sở và hệ số tiền thưởng")),
            .p(
                .class("hint"),
                .text(
                    "Tiền thưởng = hệ số × mức lương cơ sở có hiệu lực vào ngày quyết định (chưa có quyết định: ngày xét đề nghị), làm tròn lên hàng chục nghìn đồng. Khi Chính phủ điều chỉnh lương cơ sở, thêm một dòng với ngày áp dụng và văn bản."
                )),
            Form.errorSummary(model.errors),
            .form(
                .method(.post), .action(SiteURL.rewardSettings.path), .class("card"),
                Form.csrf(model.csrf), Form.hidden("version", String(model.version)),
                .div(
                    .class("group"), .h2(.text("Mức lương cơ sở")),
                    .p(.class("hint"), .text("Để trống ngày và mức của một dòng để xóa dòng đó.")),
                    .div(
                        .class("table-wrap"),
                        .table(
                            .class("rows"),
                            .thead(
                                .tr(
                                    .th(.text("Từ ngày")), .th(.text("Mức (đồng)")), .th(.text("Căn cứ")),
                                    .th(.text("Mức độ xác minh")))),
                            .tbody(.forEach(Array(rows.enumerated())) { i, step in row(i, step) })))),
                .div(
                    .class("group"), .h2(.text("Hệ số chưa tìm thấy trong văn bản")),
                    .p(
                        .class("hint"),
                        .text(
                            "Hệ số cho cá nhân, lần mức lương cơ sở (ví dụ 0,3); tập thể gấp hai lần. Để trống: không tính tiền thưởng. Mặc định lấy mức của chế độ trước."
                        )),
                    .forEach(RewardSettings.settableKeys) { key in
                        Form.text(
                            label(key), name: "multiple.\(key)",
                            value: model.rewards.multiples[key].map { RewardMultiple.text(hundredths: $0) } ?? "",
                            errors: model.errors, id: "f-multiple-\(key.replacingOccurrences(of: ".", with: "-"))")
                    }),
                .if(
                    model.canEdit, Form.submit("Lưu"),
                    else: .p(.class("hint"), .text("Chỉ quản trị viên được sửa cài đặt.")))
            ),
            .p(.a(.href(SiteURL.eligibilitySettings.path), .text("Cài đặt xét điều kiện")))
        )
    }

    static func row(_ i: Int, _ step: BaseSalaryStep?) -> Node<HTML.TableContext> {
        func cell(_ label: String, _ field: Node<HTML.BodyContext>, _ id: String) -> Node<HTML.TableRowContext> {
            .td(.label(.for(id), .class("visually-hidden"), .text("\(label) dòng \(i + 1)")), field)
        }
        return .tr(
            cell(
                "Từ ngày",
                .input(.type(.date), .name("from"), .id("f-from-\(i)"), .value(step?.from.iso ?? "")), "f-from-\(i)"),
            cell(
                "Mức",
                .input(
                    .type(.text), .name("amount"), .id("f-amount-\(i)"),
                    .attribute(named: "inputmode", value: "numeric"),
                    .value(step.map { VietnameseNumber.grouped($0.amount) } ?? "")), "f-amount-\(i)"),
            cell(
                "Căn cứ",
                .input(.type(.text), .name("basis"), .id("f-basis-\(i)"), .value(Escape.attribute(step?.basis ?? ""))),
                "f-basis-\(i)"),
            cell(
                "Mức độ xác minh",
                .element(
                    named: "select",
                    nodes: [
                        .attribute(named: "name", value: "status"), .attribute(named: "id", value: "f-status-\(i)"),
                    ]
                        + statuses.map { Form.option($0, selected: $0.value == (step?.status ?? .secondary).rawValue) }),
                "f-status-\(i)")
        )
    }
}
