import Plot
import ThiDuaCore

enum AwardCodesPage {
    struct Model: Sendable {
        var layout: Layout.Model
        var codes: [AwardCode]
        var canAdd: Bool
        var draft: (code: String, name: String, kind: String, subjectKind: String)
        var errors: [FieldError]
        var csrf: String
    }

    static func render(_ model: Model) -> String {
        Layout.render(
            model.layout,
            .h1(.text("Danh mục danh hiệu, hình thức khen thưởng")),
            .p(
                .class("muted"),
                .text(
                    "Các mã dùng khi nhập quá trình thi đua, khen thưởng. Mã có sẵn theo Luật; đơn vị có thể thêm mã riêng (ví dụ Cờ thi đua, Bằng khen của Liên minh)."
                )),
            .div(
                .class("table-wrap"),
                .table(
                    .id("danh-muc"), .class("stack"),
                    .thead(
                        .tr(
                            .th(.text("Mã")), .th(.text("Tên")), .th(.text("Loại")), .th(.text("Đối tượng")),
                            .th(.text("Nguồn")))),
                    .tbody(
                        .forEach(model.codes) { c in
                            .tr(
                                .td(.attribute(named: "data-label", value: "Mã"), .code(.text(c.code))),
                                .td(.text(c.name)),
                                .td(.attribute(named: "data-label", value: "Loại"), .text(c.kind.vietnamese)),
                                .td(
                                    .attribute(named: "data-label", value: "Đối tượng"),
                                    .text(c.subjectKind?.vietnamese ?? "Cá nhân và tập thể")),
                                .td(
                                    .attribute(named: "data-label", value: "Nguồn"),
                                    .text(c.builtIn ? "Có sẵn" : "Của tổ chức")))
                        }))),
            .if(
                model.canAdd,
                .group(
                    .h2(.text("Thêm mã của tổ chức")),
                    Form.errorSummary(model.errors),
                    .form(
                        .method(.post), .action(SiteURL.awardCodes.path), .class("card"),
                        Form.csrf(model.csrf),
                        Form.text(
                            "Mã", name: "code", value: model.draft.code, errors: model.errors, required: true,
                            hint: "Ví dụ CO_LMHTX."),
                        Form.text("Tên", name: "name", value: model.draft.name, errors: model.errors, required: true),
                        Form.select(
                            "Loại", name: "kind",
                            options: AwardCode.Kind.allCases.map { Form.Option($0.rawValue, $0.vietnamese) },
                            selected: model.draft.kind, errors: model.errors, required: true),
                        Form.select(
                            "Đối tượng", name: "subjectKind",
                            options: SubjectKind.allCases.map { Form.Option($0.rawValue, $0.vietnamese) },
                            selected: model.draft.subjectKind, errors: model.errors, emptyLabel: "Cá nhân và tập thể"),
                        Form.submit("Thêm mã"))))
        )
    }
}
