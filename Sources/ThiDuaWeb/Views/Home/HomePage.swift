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
    }

    static func render(_ model: Model) -> String {
        Layout.render(model.layout,
            .h1(.text("Xin chào, \(model.account.displayName)")),
            .p(.class("muted"), .text("Vai trò: \(model.account.role.vietnamese)" + (model.scopeName.map { " – \($0)" } ?? ""))),
            .div(.class("grid"),
                card("Đơn vị", model.units, .units, "Xem danh sách đơn vị"),
                card("Khối, cụm thi đua", model.blocs, .blocs, "Xem khối thi đua"),
                card(model.account.role == .unitOfficer ? "Cán bộ của đơn vị" : "Cán bộ bạn được xem", model.people, .people, "Xem danh sách cán bộ")
            )
        )
    }

    private static func card(_ title: String, _ count: Int, _ url: SiteURL, _ link: String) -> Node<HTML.BodyContext> {
        .section(.class("card"),
            .h2(.text(title)),
            .p(.class("stat"), .text(String(count))),
            .a(.href(url.path), .text(link)))
    }
}
