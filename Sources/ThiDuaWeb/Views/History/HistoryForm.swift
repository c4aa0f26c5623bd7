import Foundation
import Plot
import ThiDuaCore

/// Add or edit one history fact; the fields shown depend on its kind.
enum HistoryForm {
    typealias Model = FormPage<HistoryDraft, Choices>

    struct Choices: Sendable {
        var subjectName: String
        var subjectKind: SubjectKind
        var action: SiteURL
        var back: SiteURL
        var codes: [AwardCode]
    }

    static func render(_ model: Model) -> String {
        let kind = HistoryEntry.Kind(rawValue: model.draft.kind) ?? .rating
        let d = model.draft
        let e = model.errors
        func options<T: RawRepresentable & CaseIterable>(_ t: T.Type, _ name: KeyPath<T, String>) -> [Form.Option]
        where T.RawValue == String {
            T.allCases.map { Form.Option($0.rawValue, $0[keyPath: name]) }
        }
        let fields: Node<HTML.FormContext>
        switch kind {
        case .rating:
            fields = .group(
                Form.text("Năm", name: "year", value: d.year, errors: e, required: true, hint: "Ví dụ 2023."),
                Form.select(
                    "Xếp loại", name: "value",
                    options: Rating.allCases.reversed().map { Form.Option($0.rawValue, $0.vietnamese) },
                    selected: d.value, errors: e, required: true, emptyLabel: "— Chọn —"),
                Form.text("Ghi chú", name: "title", value: d.title, errors: e))
        case .initiative:
            fields = .group(
                Form.text("Năm công nhận", name: "year", value: d.year, errors: e, required: true),
                Form.text("Tên sáng kiến, đề tài", name: "title", value: d.title, errors: e, required: true),
                Form.select(
                    "Phạm vi công nhận", name: "value", options: options(InitiativeScope.self, \.vietnamese),
                    selected: d.value, errors: e, required: true, emptyLabel: "— Chọn —"),
                Form.text("Cơ quan công nhận", name: "authority", value: d.authority, errors: e),
                Form.text("Số quyết định", name: "decisionNumber", value: d.decisionNumber, errors: e),
                Form.text("Ngày quyết định", name: "decisionDate", value: d.decisionDate, errors: e, hint: "dd/mm/yyyy")
            )
        case .discipline:
            fields = .group(
                Form.select(
                    "Hình thức kỷ luật", name: "value", options: options(DisciplineForm.self, \.vietnamese),
                    selected: d.value, errors: e, required: true, emptyLabel: "— Chọn —"),
                Form.text("Từ ngày", name: "from", value: d.from, errors: e, required: true, hint: "dd/mm/yyyy"),
                Form.text(
                    "Đến ngày", name: "to", value: d.to, errors: e, hint: "dd/mm/yyyy; để trống nếu chưa hết thời hạn."),
                Form.text("Số quyết định", name: "decisionNumber", value: d.decisionNumber, errors: e),
                Form.text(
                    "Ngày quyết định", name: "decisionDate", value: d.decisionDate, errors: e, hint: "dd/mm/yyyy"),
                Form.text("Cơ quan ra quyết định", name: "authority", value: d.authority, errors: e))
        case .pending:
            fields = .group(
                Form.select(
                    "Loại việc", name: "value", options: options(PendingKind.self, \.vietnamese),
                    selected: d.value, errors: e, required: true, emptyLabel: "— Chọn —"),
                Form.text("Từ ngày", name: "from", value: d.from, errors: e, required: true, hint: "dd/mm/yyyy"),
                Form.text("Đến ngày", name: "to", value: d.to, errors: e, hint: "Để trống khi việc còn đang xem xét."),
                Form.text("Ghi chú", name: "title", value: d.title, errors: e))
        case .award:
            fields = .group(
                Form.text("Năm", name: "year", value: d.year, errors: e, required: true),
                Form.select(
                    "Danh hiệu, hình thức khen thưởng", name: "value",
                    options: model.choices.codes.filter {
                        $0.subjectKind == nil || $0.subjectKind == model.choices.subjectKind
                    }
                    .map { Form.Option($0.code, Catalogue.label($0.code, name: $0.name)) },
                    selected: d.value, errors: e, required: true, emptyLabel: "— Chọn —"),
                Form.select(
                    "Loại hình khen thưởng", name: "commendationType",
                    options: options(CommendationType.self, \.vietnamese),
                    selected: d.commendationType.isEmpty ? CommendationType.regular.rawValue : d.commendationType,
                    errors: e),
                Form.text("Số quyết định", name: "decisionNumber", value: d.decisionNumber, errors: e),
                Form.text(
                    "Ngày quyết định", name: "decisionDate", value: d.decisionDate, errors: e, hint: "dd/mm/yyyy"),
                Form.text("Cơ quan ban hành", name: "authority", value: d.authority, errors: e),
                Form.checkboxField("Đã bị hủy bỏ, thu hồi", name: "revoked", checked: d.revoked))
        }
        let title = (model.id == nil ? "Thêm: " : "Sửa: ") + kind.vietnamese.lowercased()
        return Layout.render(
            model.layout,
            .h1(.text(title)),
            .p(.class("muted"), .text("\(model.choices.subjectKind.vietnamese): \(model.choices.subjectName)")),
            model.errorSummary,
            .form(
                .method(.post), .action(model.choices.action.path(query: [("loai", kind.rawValue)])), .class("card"),
                model.hiddenFields,
                Form.hidden("kind", kind.rawValue),
                fields,
                .div(.class("actions"), Form.submit("Lưu"), .a(.href(model.choices.back.path), .text("Hủy"))))
        )
    }
}
