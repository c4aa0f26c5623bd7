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
        var tasks: [HomeTask]
        /// The admin's: memberships to confirm, and accounts waiting after failed sign-ins.
        var pending: [(bloc: Bloc, unit: OrgUnit, membership: BlocMembership)] = []
        var signInLocks: Int = 0
        var isAdmin = false
        /// A unit officer sees their unit's people only.
        var peopleOfOwnUnit = false
    }

    static func render(_ model: Model) -> String {
        Layout.render(
            model.layout,
            .h1(.text("Xin chào, \(model.account.displayName)")),
            .p(
                .class("muted"),
                .text("Vai trò: \(model.account.role.vietnamese)" + (model.scopeName.map { " – \($0)" } ?? ""))),
            tasks(model.tasks),
            .div(
                .class("grid"),
                card("Đơn vị", model.units, SiteURL.units.path, "Xem danh sách đơn vị"),
                card("Khối, cụm thi đua", model.blocs, SiteURL.blocs.path, "Xem khối thi đua"),
                // The same count as the list it links to: people at work, not those who retired or moved.
                card(
                    model.peopleOfOwnUnit ? "Cán bộ đang công tác của đơn vị" : "Cán bộ đang công tác",
                    model.people,
                    SiteURL.people.path(query: [(PageQuery.status, Person.Status.working.rawValue)]),
                    "Xem danh sách cán bộ")
            ),
            .if(
                model.isAdmin,
                .section(
                    .class("card"), .id("viec-cua-quan-tri"),
                    .h2(.text("Việc chờ quản trị")),
                    .if(
                        model.pending.isEmpty, .p(.class("muted"), .text("Không có đơn vị nào chờ xác nhận vào khối."))),
                    .if(
                        !model.pending.isEmpty,
                        .ul(
                            .forEach(model.pending) { p in
                                .li(
                                    .a(
                                        .href(
                                            SiteURL.bloc(.value(p.bloc.id)).path(query: [
                                                (PageQuery.year, String(p.membership.year))
                                            ])),
                                        .text("\(p.unit.name) chờ xác nhận vào \(p.bloc.name) năm \(p.membership.year)")
                                    ))
                            })),
                    .p(
                        .a(
                            .href(SiteURL.signInLocks.path),
                            .text(
                                model.signInLocks == 0
                                    ? "Không có tài khoản bị tạm khóa đăng nhập"
                                    : "\(model.signInLocks) lượt tạm khóa đăng nhập đang chờ")))))
        )
    }

    private static func card(_ title: String, _ count: Int, _ url: String, _ link: String) -> Node<HTML.BodyContext> {
        .section(
            .class("card"),
            .h2(.text(title)),
            .p(.class("stat"), .text(String(count))),
            .a(.href(url), .text(link)))
    }

    /// What to do, soonest first, each a link to where it is done.
    static func tasks(_ tasks: [HomeTask]) -> Node<HTML.BodyContext> {
        .section(
            .class("card"), .id("viec-can-lam"),
            .h2(.text("Việc cần làm")),
            .if(tasks.isEmpty, .p(.class("muted"), .text("Hiện không có việc nào đến hạn."))),
            .if(
                !tasks.isEmpty,
                .ul(
                    .class("tasks"),
                    .forEach(tasks) { t in
                        .li(
                            .a(.href(link(t.target)), .text(t.text)),
                            .unwrap(t.due) { .span(.class("due"), .text(" – hạn \($0.vietnamese)")) })
                    })))
    }

    static func link(_ target: HomeTask.Target) -> String {
        switch target {
        case .registration(let id): return SiteURL.movement(.value(id), .registration).path
        case .movement(let id): return SiteURL.movement(.value(id)).path
        case .pact(let bloc, let year): return SiteURL.bloc(.value(bloc), .pact).path(query: [("nam", String(year))])
        case .eligibility(let year): return SiteURL.eligibility.path(query: [("nam", String(year))])
        }
    }
}
