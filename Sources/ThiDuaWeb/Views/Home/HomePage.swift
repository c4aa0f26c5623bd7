import Plot
import ThiDuaCore

enum HomePage {
    struct Model: Sendable {
        var layout: Layout.Model
        var account: Account
        var scopeName: String?
        var units: Int
        var blocs: Int
        var people: Int
        /// The admin's: memberships to confirm, and accounts waiting after failed sign-ins.
        var pending: [(bloc: Bloc, unit: OrgUnit, membership: BlocMembership)] = []
        var signInLocks: Int = 0
        var isAdmin = false
    }

    static func render(_ model: Model) -> String {
        Layout.render(model.layout,
            .h1(.text("Xin chào, \(model.account.displayName)")),
            .p(.class("muted"), .text("Vai trò: \(model.account.role.vietnamese)" + (model.scopeName.map { " – \($0)" } ?? ""))),
            .div(.class("grid"),
                card("Đơn vị", model.units, .units, "Xem danh sách đơn vị"),
                card("Khối, cụm thi đua", model.blocs, .blocs, "Xem khối thi đua"),
                card(model.account.role == .unitOfficer ? "Cán bộ của đơn vị" : "Cán bộ bạn được xem", model.people, .people, "Xem danh sách cán bộ")
            ),
            .if(model.isAdmin, .section(.class("card"), .id("viec-cua-quan-tri"),
                .h2(.text("Việc chờ quản trị")),
                .if(model.pending.isEmpty, .p(.class("muted"), .text("Không có đơn vị nào chờ xác nhận vào khối."))),
                .if(!model.pending.isEmpty, .ul(.forEach(model.pending) { p in
                    .li(.a(.href(SiteURL.bloc(.value(p.bloc.id)).path(query: [("year", String(p.membership.year))])),
                           .text("\(p.unit.name) chờ xác nhận vào \(p.bloc.name) năm \(p.membership.year)")))
                })),
                .p(.a(.href(SiteURL.signInLocks.path),
                      .text(model.signInLocks == 0 ? "Không có tài khoản bị tạm khóa đăng nhập" : "\(model.signInLocks) lượt tạm khóa đăng nhập đang chờ")))))
        )
    }

    private static func card(_ title: String, _ count: Int, _ url: SiteURL, _ link: String) -> Node<HTML.BodyContext> {
        .section(.class("card"),
            .h2(.text(title)),
            .p(.class("stat"), .text(String(count))),
            .a(.href(url.path), .text(link)))
    }
}
