import Plot
import ThiDuaCore

/// "Trang 2/7" with previous and next links that keep the search.
enum Pagination {
    static func render<T>(_ page: ListPage<T>, base: SiteURL, query: [(String, String?)]) -> Node<HTML.BodyContext> {
        .if(
            page.pageCount > 1,
            .nav(
                .class("pagination"), .attribute(named: "aria-label", value: "Phân trang"),
                .if(
                    page.page > 1,
                    .a(
                        .href(base.path(query: query + [(PageQuery.page, String(page.page - 1))])),
                        .attribute(named: "rel", value: "prev"), .text("← Trang trước"))),
                .span(.text("Trang \(page.page)/\(page.pageCount)")),
                .if(
                    page.page < page.pageCount,
                    .a(
                        .href(base.path(query: query + [(PageQuery.page, String(page.page + 1))])),
                        .attribute(named: "rel", value: "next"), .text("Trang sau →")))
            ))
    }

    /// "Tìm thấy 12 kết quả" or "Chưa có dữ liệu".
    static func count<T>(_ page: ListPage<T>, noun: String) -> Node<HTML.BodyContext> {
        .p(
            .class("count"), .attribute(named: "role", value: "status"),
            .text(page.total == 0 ? "Không có \(noun) nào phù hợp." : "Có \(page.total) \(noun)."))
    }
}

/// A search form above a list. GET, so it works without JavaScript and can be bookmarked.
enum SearchBox {
    static func render(action: SiteURL, query: String?, label: String, extra: Node<HTML.FormContext> = .empty) -> Node<
        HTML.BodyContext
    > {
        .form(
            .method(.get), .action(action.path), .id("tim-kiem"), .class("search"),
            .attribute(named: "role", value: "search"),
            .div(
                .class("field"),
                .label(.for(PageQuery.search), .text(label)),
                .input(
                    .type(.search), .id(PageQuery.search), .name(PageQuery.search),
                    .value(Escape.attribute(query ?? "")),
                    .placeholder("Gõ có dấu hoặc không dấu"))),
            extra,
            .button(.type(.submit), .text("Tìm"))
        )
    }
}
