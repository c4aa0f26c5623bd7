import Foundation
import Plot
import ThiDuaCore

/// The frame of every page: head, navigation bar, sample-data banner, flash message.
enum Layout {
    enum Section: Sendable, CaseIterable {
        case home, units, blocs, people, movements, calendar, models, eligibility, imports, catalogue, audit, bulletin

        /// The menu's label and the section's first page: also the middle step of the breadcrumbs.
        var entry: (label: String, url: SiteURL) {
            switch self {
            case .home: return ("Trang chủ", .home)
            case .units: return ("Đơn vị", .units)
            case .blocs: return ("Khối thi đua", .blocs)
            case .people: return ("Cán bộ", .people)
            case .movements: return ("Phong trào", .movements)
            case .calendar: return ("Lịch kỷ niệm", .calendar)
            case .models: return ("Gương điển hình", .exemplaryModels)
            case .eligibility: return ("Xét điều kiện", .eligibility)
            case .imports: return ("Nhập, xuất", .importData)
            case .catalogue: return ("Danh mục", .awardCodes)
            case .audit: return ("Nhật ký", .auditLog)
            case .bulletin: return ("Bản tin", .bulletin)
            }
        }

        /// The menu shows only what the account may open: exemplary models are written by the admin.
        func isOpen(to account: Account?) -> Bool {
            guard let account else { return false }
            return self != .models || AccessPolicy(account: account).canManageOrganization
        }
    }

    struct Model: Sendable {
        var title: String
        var account: Account?
        var csrf: String?
        var demo: Bool
        var flash: String?
        var section: Section?
        /// The page's own path: the breadcrumbs end there, and stop at the section when it is the section's first page.
        var path: String
        /// Steps between the section and this page, e.g. the person whose history entry is edited.
        var trail: [(label: String, path: String)]

        init(
            title: String, account: Account? = nil, csrf: String? = nil, demo: Bool = false,
            flash: String? = nil, section: Section? = nil, path: String = "",
            trail: [(label: String, path: String)] = []
        ) {
            self.title = title
            self.account = account
            self.csrf = csrf
            self.demo = demo
            self.flash = flash
            self.section = section
            self.path = path
            self.trail = trail
        }
    }

    static func render(_ model: Model, _ content: Node<HTML.BodyContext>...) -> String {
        let content: Node<HTML.BodyContext> = .group(content)
        return HTML(
            .lang(.vietnamese),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                // Not Plot's .title(): it also writes og:/twitter: meta tags with the title unescaped.
                .element(named: "title", text: "\(model.title) – Thi đua, khen thưởng"),
                .link(.rel(.stylesheet), .href(SiteURL.stylesheet.path))
            ),
            .body(
                .a(.class("skip"), .href("#noi-dung"), .text("Bỏ qua đến nội dung chính")),
                .header(
                    .class("topbar"),
                    .a(.class("brand"), .href(SiteURL.home.path), .text("Thi đua – Khen thưởng")),
                    .if(model.account != nil, navigation(model)),
                    // The public pages' way in: without it, the bulletin is a dead end for an officer who reads it first.
                    .if(
                        model.account == nil && model.path != SiteURL.signIn.path,
                        .a(.class("sign-in"), .href(SiteURL.signIn.path), .text("Đăng nhập")))
                ),
                .if(
                    model.demo,
                    .div(
                        .class("demo-banner"), .attribute(named: "role", value: "note"),
                        .text(
                            "Dữ liệu mẫu: toàn bộ đơn vị, khối và cán bộ trên trang này là dữ liệu minh họa, không phải dữ liệu thật."
                        ))),
                .main(
                    .id("noi-dung"),
                    breadcrumbs(model),
                    .unwrap(model.flash) { .p(.class("flash"), .attribute(named: "role", value: "status"), .text($0)) },
                    content
                ),
                .footer(.class("footer"), .text("thidua – hệ thống quản lý thi đua, khen thưởng"))
            )
        ).render()
    }

    /// "Trang chủ › Cán bộ › Nguyễn Văn A": where the page sits; nothing on the home page.
    static func breadcrumbs(_ model: Model) -> Node<HTML.BodyContext> {
        guard let section = model.section, section != .home, !model.path.isEmpty else { return .empty }
        let root = section.entry
        let atRoot = model.path == root.url.path
        // Signed out, the bulletin is the only page: no "Trang chủ" that leads to the sign-in form.
        let home: [(String, String)] = model.account == nil ? [] : [("Trang chủ", SiteURL.home.path)]
        let steps: [(String, String)] =
            home + (atRoot ? [] : [(root.label, root.url.path)]) + model.trail.map { ($0.label, $0.path) }
        guard !steps.isEmpty else { return .empty }
        return .nav(
            .class("breadcrumbs"), .attribute(named: "aria-label", value: "Vị trí trang"),
            .ol(
                .forEach(steps) { .li(.a(.href($0.1), .text($0.0))) },
                .li(.attribute(named: "aria-current", value: "page"), .text(atRoot ? root.label : model.title))))
    }

    private static func navigation(_ model: Model) -> Node<HTML.BodyContext> {
        func item(_ label: String, _ url: SiteURL, _ section: Section) -> Node<HTML.ListContext> {
            .li(
                .a(
                    .href(url.path), .text(label),
                    .if(model.section == section, .attribute(named: "aria-current", value: "page"))))
        }
        return .nav(
            .attribute(named: "aria-label", value: "Điều hướng chính"),
            .ul(
                .forEach(Section.allCases.filter { $0.isOpen(to: model.account) }) {
                    item($0.entry.label, $0.entry.url, $0)
                }),
            .div(
                .class("who"),
                .span(.text("\(model.account?.displayName ?? "") (\(model.account?.role.vietnamese ?? ""))")),
                .form(
                    .method(.post), .action(SiteURL.signOut.path), .class("inline"),
                    Form.csrf(model.csrf ?? ""),
                    .button(.type(.submit), .class("link"), .text("Đăng xuất")))
            )
        )
    }
}
