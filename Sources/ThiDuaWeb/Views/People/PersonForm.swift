import Foundation
import Plot
import ThiDuaCore

enum PersonForm {
    typealias Model = FormPage<PersonDraft, Choices>

    struct Choices: Sendable {
        /// What was typed, even when it is not a number, so nothing typed is lost.
        var birthYearText: String
        /// Empty when the unit is fixed (a unit officer, or an edit).
        var units: [OrgUnit]
    }

    static func render(_ model: Model) -> String {
        let action = model.id.map { SiteURL.person(.value($0), .edit) } ?? .personNew
        return Layout.render(
            model.layout,
            .h1(.text(model.id == nil ? "Thêm người" : "Sửa thông tin cá nhân")),
            model.errorSummary,
            .form(
                .method(.post), .action(action.path), .class("card"),
                model.hiddenFields,
                Form.text(
                    "Họ và tên", name: "fullName", value: model.draft.fullName, errors: model.errors, required: true,
                    hint: "Viết có dấu, ví dụ Nguyễn Văn Hòa.", autocomplete: "off"),
                Form.select(
                    "Giới tính", name: "gender",
                    options: Person.Gender.allCases.map { Form.Option($0.rawValue, $0.vietnamese) },
                    selected: model.draft.gender, errors: model.errors, required: true, emptyLabel: "— Chọn —"),
                Form.select(
                    "Đối tượng", name: "category",
                    options: Person.Category.allCases.map { Form.Option($0.rawValue, $0.vietnamese) },
                    // An empty draft category means public employee: show it chosen.
                    selected: model.draft.category.isEmpty
                        ? Person.Category.publicEmployee.rawValue : model.draft.category,
                    errors: model.errors, required: true),
                Form.text(
                    "Năm sinh", name: "birthYear", value: model.choices.birthYearText, errors: model.errors,
                    hint: "Bốn chữ số, ví dụ 1985."),
                .if(
                    !model.choices.units.isEmpty,
                    Form.select(
                        "Đơn vị", name: "unitID",
                        options: model.choices.units.map {
                            Form.Option($0.id.uuidString.lowercased(), "\($0.code) – \($0.name)")
                        },
                        selected: model.draft.unitID?.uuidString.lowercased(), errors: model.errors, required: true,
                        emptyLabel: "— Chọn đơn vị —")),
                Form.text("Chức vụ", name: "position", value: model.draft.position, errors: model.errors),
                .if(
                    model.id != nil,
                    Form.select(
                        "Trạng thái", name: "status",
                        options: Person.Status.allCases.map { Form.Option($0.rawValue, $0.vietnamese) },
                        selected: model.draft.status, errors: model.errors, required: true)),
                .div(
                    .class("actions"),
                    Form.submit("Lưu"),
                    .a(
                        .href(model.id.map { SiteURL.person(.value($0)).path } ?? SiteURL.people.path),
                        .text("Hủy")))
            )
        )
    }
}
