import Plot
import ThiDuaCore

enum UnitShow {
    struct Model: Sendable {
        var layout: Layout.Model
        var unit: OrgUnit
        var parent: OrgUnit?
        var children: [OrgUnit]
        var blocs: [(Bloc, BlocMembership)]
        var peopleCount: Int?
        /// nil when the account may not see this unit's records.
        var history: SubjectHistory?
        /// Only where the account sees the unit's people: the counts come from their histories.
        var eligibility: EligibilityPanel.Model?
        var codes: [String: AwardCode]
        var canEdit: Bool
        var csrf: String
        var today: String
    }

    static func render(_ model: Model) -> String {
        let unit = model.unit
        return Layout.render(
            model.layout,
            .h1(.text(unit.name)),
            .div(
                .class("card"),
                .dl(
                    .class("facts"),
                    .dt(.text("Mã đơn vị")), .dd(.text(unit.code)),
                    .dt(.text("Tên viết tắt")), .dd(.text(unit.shortName)),
                    .dt(.text("Loại")), .dd(.text(unit.kind.vietnamese)),
                    .dt(.text("Đơn vị cấp trên")),
                    .dd(
                        .unwrap(
                            model.parent, { .a(.href(SiteURL.unit(.value($0.id)).path), .text($0.name)) },
                            else: .text("—"))),
                    .dt(.text("Hoạt động từ")), .dd(.text(unit.activeFrom?.vietnamese ?? "—")),
                    .dt(.text("Trạng thái")), .dd(UnitsIndex.status(unit))
                )
            ),
            .if(
                model.canEdit,
                .div(
                    .class("actions"),
                    .a(.class("button"), .href(SiteURL.unit(.value(unit.id), .edit).path), .text("Sửa thông tin")),
                    .if(
                        unit.activeTo == nil,
                        .form(
                            .method(.post), .action(SiteURL.unit(.value(unit.id), .deactivate).path), .class("inline"),
                            Form.csrf(model.csrf), Form.hidden("version", String(unit.version)),
                            Form.text("Ngày ngừng hoạt động", name: "on", value: model.today, type: .date),
                            .button(.type(.submit), .class("danger"), .text("Ngừng hoạt động"))))
                )),
            .unwrap(model.peopleCount) { count in
                .p(
                    .a(
                        .href(SiteURL.people.path(query: [(PageQuery.unit, unit.id.uuidString.lowercased())])),
                        .text("Xem \(count) cán bộ của đơn vị")))
            },
            .unwrap(model.history) {
                HistoryTimeline.render(
                    $0, codes: model.codes, newURL: .unit(.value(unit.id), .historyNew), csrf: model.csrf)
            },
            .unwrap(model.eligibility) { EligibilityPanel.render($0) },
            .h2(.text("Khối, cụm thi đua")),
            .if(model.blocs.isEmpty, .p(.class("muted"), .text("Đơn vị chưa tham gia khối, cụm thi đua nào."))),
            .if(
                !model.blocs.isEmpty,
                .div(
                    .class("table-wrap"),
                    .table(
                        .class("stack"),
                        .thead(.tr(.th(.text("Năm")), .th(.text("Khối, cụm")), .th(.text("Vai trò")))),
                        .tbody(
                            .forEach(model.blocs.indices) { i in
                                let (bloc, m) = model.blocs[i]
                                return .tr(
                                    .td(.attribute(named: "data-label", value: "Năm"), .text(String(m.year))),
                                    .td(
                                        .a(
                                            .href(
                                                SiteURL.bloc(.value(bloc.id)).path(query: [
                                                    (PageQuery.year, String(m.year))
                                                ])),
                                            .text(bloc.name))),
                                    .td(.attribute(named: "data-label", value: "Vai trò"), BlocShow.roleBadge(m.role)))
                            })))),
            .if(
                !model.children.isEmpty,
                .group(
                    .h2(.text("Đơn vị trực thuộc")),
                    .ul(
                        .forEach(model.children) {
                            .li(.a(.href(SiteURL.unit(.value($0.id)).path), .text("\($0.code) – \($0.name)")))
                        })
                ))
        )
    }
}
