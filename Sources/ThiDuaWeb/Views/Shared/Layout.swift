import Foundation
import Plot
import ThiDuaCore

/// The frame of every page: head, navigation bar, sample-data banner, flash message.
enum Layout {
    enum Section: Sendable { case home, units, blocs, people, movements, eligibility, imports, catalogue, audit, bulletin }

    struct Model: Sendable {
        var title: String
        var account: Account?
        var csrf: String?
        var demo: Bool
        var flash: String?
        var section: Section?

        init(title: String, account: Account? = nil, csrf: String? = nil, demo: Bool = false,
             flash: String? = nil, section: Section? = nil) {
            self.title = title
            self.account = account
            self.csrf = csrf
            self.demo = demo
            self.flash = flash
            self.section = section
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
                .header(.class("topbar"),
                    .a(.class("brand"), .href(SiteURL.home.path), .text("Thi đua – Khen thưởng")),
                    .if(model.account != nil, navigation(model))
                ),
                .if(model.demo, .div(.class("demo-banner"), .attribute(named: "role", value: "note"),
                    .text("Dữ liệu mẫu: toàn bộ đơn vị, khối và cán bộ trên trang này là dữ liệu minh họa, không phải dữ liệu thật."))),
                .main(.id("noi-dung"),
                    .unwrap(model.flash) { .p(.class("flash"), .attribute(named: "role", value: "status"), .text($0)) },
                    content
                ),
                .footer(.class("footer"), .text("thidua – hệ thống quản lý thi đua, khen thưởng"))
            )
        ).render()
    }

    private static func navigation(_ model: Model) -> Node<HTML.BodyContext> {
        func item(_ label: String, _ url: SiteURL, _ section: Section) -> Node<HTML.ListContext> {
            .li(.a(.href(url.path), .text(label),
                   .if(model.section == section, .attribute(named: "aria-current", value: "page"))))
        }
        return .nav(.attribute(named: "aria-label", value: "Điều hướng chính"),
            .ul(
                item("Trang chủ", .home, .home),
                item("Đơn vị", .units, .units),
                item("Khối thi đua", .blocs, .blocs),
                item("Cán bộ", .people, .people),
                item("Phong trào", .movements, .movements),
                item("Xét điều kiện", .eligibility, .eligibility),
                item("Nhập, xuất", .importData, .imports),
                item("Danh mục", .awardCodes, .catalogue),
                item("Nhật ký", .auditLog, .audit),
                item("Bản tin", .bulletin, .bulletin)
            ),
            .div(.class("who"),
                .span(.text("\(model.account?.displayName ?? "") (\(model.account?.role.vietnamese ?? ""))")),
                .form(.method(.post), .action(SiteURL.signOut.path), .class("inline"),
                      Form.csrf(model.csrf ?? ""),
                      .button(.type(.submit), .class("link"), .text("Đăng xuất")))
            )
        )
    }
}
