import Foundation
import Plot
import ThiDuaCore

enum UnitForm {
    typealias Model = FormPage<OrgUnitDraft, Choices>

    struct Choices: Sendable {
        var parents: [OrgUnit]
    }

    static func render(_ model: Model) -> String {
        let action = model.id.map { SiteURL.unit(.value($0), .edit) } ?? .unitNew
        return Layout.render(
            model.layout,
            .h1(.text(model.id == nil ? "Thêm đơn vị" : "Sửa đơn vị")),
            model.errorSummary,
            .form(
                .method(.post), .action(action.path), .class("card"),
                model.hiddenFields,
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
                    options: model.choices.parents.filter { $0.id != model.id }.map {
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
                    .a(.href(model.id.map { SiteURL.unit(.value($0)).path } ?? SiteURL.units.path), .text("Hủy")))
            )
        )
    }
}
