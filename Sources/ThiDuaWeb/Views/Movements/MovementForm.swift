import Foundation
import Plot
import ThiDuaCore

enum MovementForm {
    typealias Model = FormPage<MovementDraft, Choices>

    struct Choices: Sendable {
        var blocs: [Bloc]
        var units: [OrgUnit]
        var anniversaries: [(Anniversary, String)]
    }

    static func render(_ model: Model) -> String {
        let d = model.draft
        let action = model.id.map { SiteURL.movement(.value($0), .edit).path } ?? SiteURL.movementNew.path
        let scopeOptions =
            model.choices.blocs.map { Form.Option($0.id.uuidString.lowercased(), "Khối: \($0.name)") }
            + model.choices.units.map { Form.Option($0.id.uuidString.lowercased(), "Đơn vị: \($0.name)") }
        return Layout.render(
            model.layout,
            .h1(.text(model.id == nil ? "Thêm phong trào thi đua" : "Sửa phong trào thi đua")),
            model.errorSummary,
            .form(
                .method(.post), .action(action), .class("card"),
                model.hiddenFields,
                Form.text(
                    "Tên phong trào", name: "title", value: d.title, errors: model.errors, required: true,
                    hint: "Ví dụ: Thi đua chào mừng kỷ niệm 77 năm Ngày Quốc khánh (02/9/1945-02/9/2022)"),
                Form.text("Năm", name: "year", value: d.year, errors: model.errors, type: .number, required: true),
                Form.select(
                    "Loại phong trào", name: "kind",
                    options: Movement.Kind.allCases.map { Form.Option($0.rawValue, $0.vietnamese) },
                    selected: d.kind, errors: model.errors, required: true),
                Form.select(
                    "Phạm vi", name: "scopeKind",
                    options: Movement.ScopeKind.allCases.map { Form.Option($0.rawValue, $0.vietnamese) },
                    selected: d.scopeKind, errors: model.errors, required: true),
                Form.select(
                    "Khối hoặc đơn vị (khi phạm vi là khối, đơn vị)", name: "scopeID", options: scopeOptions,
                    selected: d.scopeID,
                    errors: model.errors, emptyLabel: "— Toàn tổ chức —"),
                Form.select(
                    "Ngày kỷ niệm gắn với phong trào (số năm kỷ niệm tính theo năm của phong trào khi lưu)",
                    name: "anniversaryID",
                    options: model.choices.anniversaries.map { Form.Option($0.0.id.uuidString.lowercased(), $0.1) },
                    selected: d.anniversaryID,
                    errors: model.errors, emptyLabel: "— Không gắn —"),
                Form.textarea("Chủ đề", name: "theme", value: d.theme, errors: model.errors, rows: 2),
                Form.textarea(
                    "Khẩu hiệu (mỗi dòng một khẩu hiệu)", name: "slogans", value: d.slogans, errors: model.errors,
                    rows: 3),
                Form.text(
                    "Người, cơ quan phát động", name: "launchedBy", value: d.launchedBy, errors: model.errors,
                    hint: "Ví dụ: Trưởng Khối thi đua – Tổng Giám đốc Quỹ Phát triển Hợp tác xã"),
                Form.text(
                    "Từ ngày", name: "periodFrom", value: d.periodFrom, errors: model.errors, type: .date,
                    required: true),
                Form.text(
                    "Đến ngày", name: "periodTo", value: d.periodTo, errors: model.errors, type: .date, required: true),
                Form.text(
                    "Hạn đăng ký thi đua", name: "registrationDeadline", value: d.registrationDeadline,
                    errors: model.errors, type: .date),
                Form.textarea(
                    "Chỉ tiêu (mỗi dòng một chỉ tiêu)", name: "targets", value: d.targets, errors: model.errors, rows: 4
                ),
                .div(
                    .class("field"), .p(.id("codes-label"), .text("Danh hiệu, hình thức khen thưởng hướng tới")),
                    .unwrap(model.errors.first { $0.field == "codes" }?.message) { .p(.class("error"), .text($0)) },
                    .div(
                        .class("checks"), .attribute(named: "role", value: "group"),
                        .attribute(named: "aria-labelledby", value: "codes-label"),
                        .forEach(Catalogue.entries) { e in
                            Form.checkbox(
                                Catalogue.label(e.code), name: "codes", value: e.code,
                                checked: d.codes.contains(e.code), id: "code-\(e.code)")
                        })),
                Form.submit(model.id == nil ? "Lưu dự thảo" : "Lưu thay đổi")
            )
        )
    }
}
