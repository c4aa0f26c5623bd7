import Plot
import ThiDuaCore

enum BlocShow {
    struct Model: Sendable {
        var layout: Layout.Model
        var bloc: Bloc
        var years: [Int]
        var year: Int
        var members: [BlocMember]
        var units: [OrgUnit]
        var canEdit: Bool
        var canManageMembers: Bool
        var errors: [FieldError]
        var csrf: String
        var today: String
        var currentYear: Int
    }

    static func roleBadge(_ role: BlocMembership.Role) -> Node<HTML.BodyContext> {
        switch role {
        case .head: return .span(.class("badge head"), .text(role.vietnamese))
        case .deputyHead: return .span(.class("badge deputy"), .text(role.vietnamese))
        case .member: return .span(.class("badge"), .text(role.vietnamese))
        }
    }

    static func render(_ model: Model) -> String {
        let bloc = model.bloc
        let head = model.members.first { $0.membership.role == .head }
        let deputy = model.members.first { $0.membership.role == .deputyHead }
        let shownYears = Array(Set(model.years + [model.year])).sorted(by: >)
        return Layout.render(
            model.layout,
            .h1(.text(bloc.name)),
            // This year's pact first: the members' list may be an older year's, but the pact to sign is this year's.
            .div(
                .class("actions"),
                .forEach(Array(Set([model.currentYear, model.year])).sorted(by: >)) { y in
                    .a(
                        .class(y == model.currentYear ? "button primary" : "button"),
                        .href(SiteURL.bloc(.value(bloc.id), .pact).path(query: [("nam", String(y))])),
                        .text("Giao ước thi đua năm \(y)"))
                },
                // The review of a year is held early the next: last year's first.
                .forEach(Array(Set([model.currentYear - 1, model.year])).sorted(by: >)) { y in
                    .a(
                        .class("button"),
                        .href(SiteURL.bloc(.value(bloc.id), .review).path(query: [("nam", String(y))])),
                        .text("Tổng kết thi đua năm \(y)"))
                }),
            .div(
                .class("card"),
                .dl(
                    .class("facts"),
                    .dt(.text("Mã")), .dd(.text(bloc.code)),
                    .dt(.text("Loại")), .dd(.text(bloc.kind.vietnamese)),
                    .dt(.text("Ghi chú")), .dd(bloc.note.isEmpty ? .text("—") : Paragraphs.render(bloc.note)),
                    .dt(.text("Trạng thái")),
                    .dd(.text(bloc.activeTo.map { "Giải thể từ \($0.vietnamese)" } ?? "Đang hoạt động"))
                )
            ),
            .if(
                model.canEdit,
                .div(
                    .class("actions"),
                    .a(.class("button"), .href(SiteURL.bloc(.value(bloc.id), .edit).path), .text("Sửa thông tin")),
                    .if(
                        bloc.activeTo == nil,
                        .form(
                            .method(.post), .action(SiteURL.bloc(.value(bloc.id), .deactivate).path), .class("inline"),
                            Form.csrf(model.csrf), Form.hidden("version", String(bloc.version)),
                            Form.hidden("on", model.today),
                            .button(.type(.submit), .class("danger"), .text("Giải thể khối"))))
                )),
            .h2(.text("Thành viên năm \(model.year)")),
            .nav(
                .attribute(named: "aria-label", value: "Chọn năm"),
                .ul(
                    .class("years"),
                    .forEach(shownYears) { y in
                        .li(
                            .a(
                                .href(SiteURL.bloc(.value(bloc.id)).path(query: [(PageQuery.year, String(y))])),
                                .text(String(y)),
                                .if(y == model.year, .attribute(named: "aria-current", value: "page"))))
                    })),
            .p(
                .text("Trưởng khối: "), .strong(.text(head?.unit.name ?? "chưa có")),
                .text(" · Phó khối: "), .strong(.text(deputy?.unit.name ?? "chưa có"))),
            Form.errorSummary(model.errors),
            .if(model.members.isEmpty, .p(.class("muted"), .text("Năm \(model.year) chưa có thành viên."))),
            .if(
                !model.members.isEmpty,
                .div(
                    .class("table-wrap"),
                    .table(
                        .id("thanh-vien-khoi"), .class("stack"),
                        .thead(
                            .tr(
                                .th(.text("Mã")), .th(.text("Đơn vị")), .th(.text("Vai trò")),
                                .if(model.canManageMembers, .th(.text("Thao tác"))))),
                        .tbody(
                            .forEach(model.members) { m in
                                .tr(
                                    .td(.attribute(named: "data-label", value: "Mã"), .text(m.unit.code)),
                                    .td(.a(.href(SiteURL.unit(.value(m.unit.id)).path), .text(m.unit.name))),
                                    .td(
                                        .attribute(named: "data-label", value: "Vai trò"), roleBadge(m.membership.role),
                                        .if(
                                            !m.membership.confirmed,
                                            .span(.class("badge pending"), .text("Chờ quản trị xác nhận")))),
                                    .if(
                                        model.canManageMembers,
                                        .td(
                                            .if(
                                                !m.membership.confirmed && model.canEdit,
                                                .form(
                                                    .method(.post),
                                                    .action(
                                                        SiteURL.bloc(
                                                            .value(bloc.id), .memberConfirm(.value(m.membership.id))
                                                        ).path), .class("inline"),
                                                    Form.csrf(model.csrf),
                                                    .button(
                                                        .type(.submit), .class("link"), .text("Xác nhận"),
                                                        .attribute(
                                                            named: "aria-label",
                                                            value: Escape.attribute(
                                                                "Xác nhận \(m.unit.name) năm \(model.year)"))))),
                                            .form(
                                                .method(.post),
                                                .action(
                                                    SiteURL.bloc(
                                                        .value(bloc.id), .memberRemove(.value(m.membership.id))
                                                    )
                                                    .path), .class("inline"),
                                                Form.csrf(model.csrf),
                                                .button(
                                                    .type(.submit), .class("link"), .text("Bỏ khỏi năm \(model.year)"),
                                                    .attribute(
                                                        named: "aria-label",
                                                        value: Escape.attribute(
                                                            "Bỏ \(m.unit.name) khỏi năm \(model.year)")))))))
                            })))),
            .if(
                model.canManageMembers,
                .group(
                    .h2(.text("Thêm thành viên hoặc đổi vai trò")),
                    .form(
                        .method(.post), .action(SiteURL.bloc(.value(bloc.id), .members).path), .class("card"),
                        Form.csrf(model.csrf),
                        Form.text(
                            "Năm", name: "year", value: String(model.year), errors: model.errors, type: .number,
                            required: true, id: "f-member-year"),
                        Form.select(
                            "Đơn vị", name: "unitID",
                            options: model.units.filter { $0.activeTo == nil }.map {
                                Form.Option($0.id.uuidString.lowercased(), "\($0.code) – \($0.name)")
                            },
                            selected: nil, errors: model.errors, required: true, emptyLabel: "— Chọn đơn vị —"),
                        Form.select(
                            "Vai trò", name: "role",
                            options: BlocMembership.Role.allCases.map { Form.Option($0.rawValue, $0.vietnamese) },
                            selected: BlocMembership.Role.member.rawValue, errors: model.errors, required: true),
                        .p(
                            .class("hint"),
                            .text(
                                "Chọn Trưởng khối hoặc Phó khối sẽ chuyển đơn vị đang giữ vai trò đó về Thành viên (luân phiên hằng năm)."
                            )),
                        .if(
                            !model.canEdit,
                            .p(
                                .class("hint"),
                                .text(
                                    "Đơn vị chưa từng thuộc khối sẽ chờ quản trị xác nhận; trong lúc chờ, thư ký chưa xem được cán bộ của đơn vị đó."
                                ))),
                        Form.submit("Lưu thành viên")
                    ),
                    .form(
                        .method(.post), .action(SiteURL.bloc(.value(bloc.id), .copyYear).path), .class("card"),
                        Form.csrf(model.csrf),
                        .p(
                            .text("Sao chép toàn bộ thành viên và vai trò của một năm sang năm mới chưa có thành viên.")
                        ),
                        Form.text(
                            "Từ năm", name: "from", value: String(model.year), type: .number, required: true,
                            id: "f-copy-from"),
                        Form.text(
                            "Sang năm", name: "to", value: String(model.year + 1), type: .number, required: true,
                            id: "f-copy-to"),
                        .button(.type(.submit), .text("Sao chép thành viên"))
                    )
                ))
        )
    }
}
