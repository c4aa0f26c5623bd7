import Foundation
import Plot
import ThiDuaCore

enum BlocForm {
    typealias Model = FormPage<BlocDraft, NoChoices>

    static func render(_ model: Model) -> String {
        let action = model.id.map { SiteURL.bloc(.value($0), .edit) } ?? .blocNew
        return Layout.render(
            model.layout,
            .h1(.text(model.id == nil ? "Thêm khối, cụm thi đua" : "Sửa khối, cụm thi đua")),
            model.errorSummary,
            .form(
                .method(.post), .action(action.path), .class("card"),
                model.hiddenFields,
                Form.text(
                    "Mã", name: "code", value: model.draft.code, errors: model.errors, required: true,
                    hint: "Chữ không dấu, số, dấu - hoặc _; ví dụ KTD-SNDN."),
                Form.text("Tên", name: "name", value: model.draft.name, errors: model.errors, required: true),
                Form.select(
                    "Loại", name: "kind", options: Bloc.Kind.allCases.map { Form.Option($0.rawValue, $0.vietnamese) },
                    selected: model.draft.kind, errors: model.errors, required: true, emptyLabel: "— Chọn loại —"),
                Form.textarea("Ghi chú", name: "note", value: model.draft.note, errors: model.errors, rows: 3),
                .div(
                    .class("actions"),
                    Form.submit("Lưu"),
                    .a(.href(model.id.map { SiteURL.bloc(.value($0)).path } ?? SiteURL.blocs.path), .text("Hủy")))
            )
        )
    }
}
