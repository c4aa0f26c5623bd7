import Plot
import ThiDuaCore

/// The header and signature of the organization's documents (launch plans); only the admin edits.
enum DocumentSettingsPage {
    struct Model: Sendable {
        var layout: Layout.Model
        var settings: DocumentSettings
        var version: Int
        var canEdit: Bool
        var errors: [FieldError]
        var csrf: String
    }

    static func render(_ model: Model) -> String {
        let s = model.settings
        return Layout.render(
            model.layout,
            .h1(.text("Cài đặt văn bản")),
            .p(
                .class("hint"),
                .text("Phần đầu và chữ ký của kế hoạch phát động phong trào (thể thức theo Nghị định 30/2020/NĐ-CP).")),
            Form.errorSummary(model.errors),
            .form(
                .method(.post), .action(SiteURL.documentSettings.path), .class("card"),
                Form.csrf(model.csrf), Form.hidden("version", String(model.version)),
                Form.text("Cơ quan chủ quản", name: "parentBody", value: s.parentBody, errors: model.errors),
                Form.text(
                    "Cơ quan ban hành", name: "issuingBody", value: s.issuingBody, errors: model.errors, required: true),
                Form.text("Địa danh", name: "place", value: s.place, errors: model.errors, required: true),
                Form.text(
                    "Ký hiệu kế hoạch", name: "planSymbol", value: s.planSymbol, errors: model.errors, required: true,
                    hint: "Ví dụ KH-KTĐ: “Số: 03/KH-KTĐ”."),
                Form.text(
                    "Chức vụ người ký", name: "signerPosition", value: s.signerPosition, errors: model.errors,
                    required: true),
                Form.text(
                    "Họ tên người ký", name: "signerName", value: s.signerName, errors: model.errors,
                    hint: "Để trống: lấy từ ô “Người, cơ quan phát động” của phong trào."),
                .if(model.canEdit, Form.submit("Lưu"), else: .p(.class("hint"), .text("Chỉ quản trị viên được sửa."))))
        )
    }
}
