import Foundation
import Plot
import ThiDuaCore

enum UnitForm {
    struct Model: Sendable {
        var layout: Layout.Model
        var unitID: UUID?
        var version: Int
        var draft: OrgUnitDraft
        var parents: [OrgUnit]
        var errors: [FieldError]
        var message: String?
        var csrf: String
    }

    static func render(_ model: Model) -> String {
        let action = model.unitID.map { SiteURL.unitEdit(.value($0)) } ?? .unitNew
        return Layout.render(
            model.layout,
            .h1(.text(model.unitID == nil ? "Thêm đơn vị" : "Sửa đơn vị")),
            Form.errorSummary(model.errors, message: model.message),
            .form(
                .method(.post), .action(action.path), .class("card"),
                Form.csrf(model.csrf),
                Form.hidden("version", String(model.version)),
                Form.text(
                    "Mã đơn vị", name: "code", value: model.draft.code, errors: model.errors, required: true,
                    hint: "Chữ không dấu, số, dấu - hoặc _; ví dụ DV01."),
                Form.text("Tên đơn vị", name: "name", value: model.draft.name, errors: model.errors, required: true),
                Form.text(
                    "Tên viết tắt", name: "shortName", value: model.draft.shortName, errors: model.errors,
                    hint: "Để trống thì dùng tên đầy đủ."),
                Form.select(
                    "Loại đơn vị", name: "kind",
                    options: OrgUnit.Kind.allCases.map { Form.Option($0.rawValue, $0.vietnamese) },
                    selected: model.draft.kind, errors: model.errors, required: true, emptyLabel: "— Chọn loại —"),
                Form.select(
                    "Đơn vị cấp trên", name: "parentID",
                    options: model.parents.filter { $0.id != model.unitID }.map {
                        Form.Option($0.id.uuidString.lowercased(), "\($0.code) – \($0.name)")
                    },
                    selected: model.draft.parentID?.uuidString.lowercased(), errors: model.errors,
                    emptyLabel: "— Không có —"),
                Form.text(
                    "Ngày bắt đầu hoạt động", name: "activeFrom", value: model.draft.activeFrom ?? "",
                    errors: model.errors,
                    hint: "Dạng dd/mm/yyyy, có thể để trống."),
                .div(
                    .class("actions"),
                    Form.submit("Lưu"),
                    .a(.href(model.unitID.map { SiteURL.unit(.value($0)).path } ?? SiteURL.units.path), .text("Hủy")))
            )
        )
    }
}
