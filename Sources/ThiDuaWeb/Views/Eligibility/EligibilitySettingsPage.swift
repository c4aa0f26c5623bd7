import Plot
import ThiDuaCore

/// The organization's choices where the law leaves a parameter open (docs/LEGAL.md); only the admin edits.
enum EligibilitySettingsPage {
    struct Model: Sendable {
        var layout: Layout.Model
        var settings: EligibilitySettings
        var version: Int
        var canEdit: Bool
        var errors: [FieldError]
        var csrf: String
    }

    static func render(_ model: Model) -> String {
        let s = model.settings
        func percent(_ v: Int?) -> String { v.map(String.init) ?? "" }
        return Layout.render(
            model.layout,
            .h1(.text("Cài đặt xét điều kiện")),
            .p(
                .class("hint"),
                .text(
                    "Những tham số pháp luật chưa quy định rõ hoặc chưa được đối chiếu. Để trống một tỷ lệ là không áp dụng chỉ tiêu."
                )),
            Form.errorSummary(model.errors),
            .form(
                .method(.post), .action(SiteURL.eligibilitySettings.path), .class("card"),
                Form.csrf(model.csrf), Form.hidden("version", String(model.version)),
                .div(
                    .class("group"), .h2(.text("Chế độ pháp lý của năm xét")),
                    .p(
                        .class("hint"),
                        .text(
                            "Năm xét theo chế độ có hiệu lực vào ngày này của năm (mặc định 31/12: năm 2025 theo Nghị định 152/2025)."
                        )),
                    Form.text(
                        "Tháng tham chiếu", name: "referenceMonth", value: String(s.referenceMonth),
                        errors: model.errors, type: .number, required: true),
                    Form.text(
                        "Ngày tham chiếu", name: "referenceDay", value: String(s.referenceDay), errors: model.errors,
                        type: .number, required: true)),
                .div(
                    .class("group"), .h2(.text("Chỉ tiêu")),
                    Form.text(
                        "CSTĐCS trên số LĐTT, chế độ cũ (%)", name: "cstdcsQuotaPercentOld",
                        value: percent(s.cstdcsQuotaPercentOld), errors: model.errors, type: .number,
                        hint: "Nghị định 91/2017 Điều 9 khoản 3: không quá 15%."),
                    Form.text(
                        "CSTĐCS trên số LĐTT, từ 2024 (%)", name: "cstdcsQuotaPercent",
                        value: percent(s.cstdcsQuotaPercent), errors: model.errors, type: .number,
                        hint: "Không tìm thấy tỷ lệ chung từ 2024; bộ, ngành có thể tự quy định."),
                    Form.text(
                        "Cờ thi đua của Chính phủ trên số tập thể dẫn đầu khối, cụm, chế độ cũ (%)",
                        name: "coCPQuotaPercentOld", value: percent(s.coCPQuotaPercentOld),
                        errors: model.errors, type: .number,
                        hint: "Nghị định 91/2017 Điều 11; Công văn 5007/BNV-TĐKT: không quá 20%."),
                    Form.text(
                        "Cờ thi đua của Chính phủ, từ 2024 (%)", name: "coCPQuotaPercent",
                        value: percent(s.coCPQuotaPercent), errors: model.errors, type: .number,
                        hint: "Chưa tìm thấy quy định.")),
                .div(
                    .class("group"), .h2(.text("Cờ thi đua cấp bộ")),
                    Form.checkboxField(
                        "Đòi hỏi Tập thể lao động xuất sắc trong năm (như Thông tư 22/2023/TT-BCT)",
                        name: "coBoRequiresTTLDXS",
                        value: "on", checked: s.coBoRequiresTTLDXS)),
                .if(
                    model.canEdit, Form.submit("Lưu cài đặt"),
                    else: .p(.class("hint"), .text("Chỉ quản trị viên được sửa cài đặt.")))
            )
        )
    }
}
