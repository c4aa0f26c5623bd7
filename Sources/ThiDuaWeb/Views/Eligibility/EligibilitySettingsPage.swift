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
                    .class("group"), .h2(.text("Ngày xét đề nghị")),
                    .p(
                        .class("hint"),
                        .text(
                            "Ngày thành tích của một năm được xét: chọn chế độ pháp lý (luật, nghị định có hiệu lực vào ngày đó) và ngày kiểm tra việc đang bị điều tra, thanh tra, khiếu nại. Mặc định 31/12 của chính năm xét: năm 2025 theo Nghị định 152/2025. Thành tích thường được xét vào đầu năm sau: khi đó chọn “năm sau”."
                        )),
                    Form.text(
                        "Ngày", name: "referenceDay", value: String(s.referenceDay), errors: model.errors,
                        type: .number, required: true),
                    Form.text(
                        "Tháng", name: "referenceMonth", value: String(s.referenceMonth),
                        errors: model.errors, type: .number, required: true),
                    Form.checkboxField(
                        "Ngày này thuộc năm sau năm xét", name: "referenceNextYear", value: "on",
                        checked: s.referenceNextYear)),
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
                tenure(s, errors: model.errors),
                .if(
                    model.canEdit, Form.submit("Lưu cài đặt"),
                    else: .p(.class("hint"), .text("Chỉ quản trị viên được sửa cài đặt.")))
            ),
            .p(.a(.href(SiteURL.rewardSettings.path), .text("Mức lương cơ sở và hệ số tiền thưởng")))
        )
    }

    /// Huân chương Lao động hạng Ba for long service: one row per post, and an empty row to add one.
    static func tenure(_ s: EligibilitySettings, errors: [FieldError]) -> Node<HTML.FormContext> {
        let rows = s.leadershipTenure + [LeadershipTenure(post: "", years: 0)]
        return .div(
            .class("group"), .h2(.text("Huân chương Lao động hạng Ba: thời gian giữ chức vụ lãnh đạo")),
            .p(
                .class("hint"),
                .text(
                    "Luật 06/2022 Điều 44 khoản 1 điểm g (quá trình cống hiến). Mặc định theo Nghị định 152/2025 Điều 21 (nguồn thứ cấp); theo Nghị định 98/2023 chưa tìm thấy. Để trống tên chức vụ để xóa dòng."
                )),
            Form.errorSummary(errors.filter { $0.field == "leadershipTenure" }),
            .table(
                .class("rows"),
                .thead(.tr(.th(.text("Chức vụ")), .th(.text("Số năm")))),
                .tbody(
                    .forEach(Array(rows.enumerated())) { i, row in
                        .tr(
                            .td(
                                .label(.for("f-post-\(i)"), .class("visually-hidden"), .text("Chức vụ dòng \(i + 1)")),
                                .input(
                                    .type(.text), .name("post"), .id("f-post-\(i)"), .value(Escape.attribute(row.post)))
                            ),
                            .td(
                                .label(.for("f-years-\(i)"), .class("visually-hidden"), .text("Số năm dòng \(i + 1)")),
                                .input(
                                    .type(.number), .name("years"), .id("f-years-\(i)"),
                                    .value(row.years == 0 ? "" : String(row.years)))))
                    })),
            Form.checkboxField(
                "Nữ được giảm một phần ba thời gian (Nghị định 98/2023 Điều 4)", name: "womenTenureReduced",
                value: "on",
                checked: s.womenTenureReduced))
    }
}
