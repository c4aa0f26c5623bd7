import Plot
import ThiDuaCore

enum PersonShow {
    struct Model: Sendable {
        var layout: Layout.Model
        var detail: PersonDetail
        /// Units a person may be moved to (admin only).
        var moveTargets: [OrgUnit]
        var history: SubjectHistory
        var eligibility: EligibilityPanel.Model
        var codes: [String: AwardCode]
        var errors: [FieldError]
        var csrf: String
        var today: String
    }

    static func render(_ model: Model) -> String {
        let p = model.detail.person
        return Layout.render(
            model.layout,
            .h1(.text(p.fullName)),
            Form.errorSummary(model.errors),
            .div(
                .class("card"),
                .dl(
                    .class("facts"),
                    .dt(.text("Giới tính")), .dd(.text(p.gender.vietnamese)),
                    .dt(.text("Đối tượng")), .dd(.text(p.category.vietnamese)),
                    .dt(.text("Năm sinh")), .dd(.text(p.birthYear.map(String.init) ?? "—")),
                    .dt(.text("Đơn vị")),
                    .dd(.a(.href(SiteURL.unit(.value(model.detail.unit.id)).path), .text(model.detail.unit.name))),
                    .dt(.text("Chức vụ")), .dd(.text(p.position.isEmpty ? "—" : p.position)),
                    .dt(.text("Trạng thái")), .dd(.text(p.status.vietnamese))
                )
            ),
            .if(
                model.detail.canEdit,
                .div(
                    .class("actions"),
                    .a(.class("button"), .href(SiteURL.person(.value(p.id), .edit).path), .text("Sửa thông tin")),
                    .if(
                        p.status == .working,
                        .form(
                            .method(.post), .action(SiteURL.person(.value(p.id), .deactivate).path), .class("inline"),
                            Form.csrf(model.csrf), Form.hidden("version", String(p.version)),
                            Form.select(
                                "Lý do ngừng theo dõi", name: "status",
                                options: [Person.Status.retired, .moved].map {
                                    Form.Option($0.rawValue, $0.vietnamese)
                                },
                                selected: Person.Status.retired.rawValue, id: "deactivate-status"),
                            .button(.type(.submit), .class("danger"), .text("Ngừng theo dõi"))))
                )),
            HistoryTimeline.render(
                model.history, codes: model.codes, newURL: .person(.value(p.id), .historyNew), csrf: model.csrf),
            EligibilityPanel.render(model.eligibility),
            .h2(.text("Quá trình công tác")),
            .div(
                .class("table-wrap"),
                .table(
                    .id("qua-trinh-cong-tac"), .class("stack"),
                    .thead(
                        .tr(.th(.text("Từ ngày")), .th(.text("Đến ngày")), .th(.text("Đơn vị")), .th(.text("Chức vụ")))),
                    .tbody(
                        .forEach(model.detail.assignments.reversed()) { a in
                            .tr(
                                .td(.attribute(named: "data-label", value: "Từ ngày"), .text(a.from.vietnamese)),
                                .td(
                                    .attribute(named: "data-label", value: "Đến ngày"), .text(a.to?.vietnamese ?? "nay")
                                ),
                                .td(.attribute(named: "data-label", value: "Đơn vị"), .text(a.unitName)),
                                .td(.attribute(named: "data-label", value: "Chức vụ"), .text(a.position)))
                        }))),
            .if(
                model.detail.canMove,
                .group(
                    .h2(.text("Chuyển đơn vị")),
                    .form(
                        .method(.post), .action(SiteURL.person(.value(p.id), .move).path), .class("card"),
                        Form.csrf(model.csrf), Form.hidden("version", String(p.version)),
                        Form.select(
                            "Đơn vị chuyển đến", name: "toUnitID",
                            options: model.moveTargets.filter { $0.id != p.unitID && $0.activeTo == nil }
                                .map { Form.Option($0.id.uuidString.lowercased(), "\($0.code) – \($0.name)") },
                            selected: nil, errors: model.errors, required: true, emptyLabel: "— Chọn đơn vị —"),
                        Form.text("Chức vụ mới", name: "position", value: p.position, errors: model.errors),
                        Form.text(
                            "Ngày chuyển", name: "on", value: model.today, errors: model.errors, type: .date,
                            required: true),
                        .p(.class("hint"), .text("Quá trình công tác ở đơn vị cũ được giữ lại.")),
                        Form.submit("Chuyển đơn vị")
                    )
                ))
        )
    }
}
