import Plot
import ThiDuaCore

enum BlocsIndex {
    struct Model: Sendable {
        var layout: Layout.Model
        var page: ListPage<Bloc>
        var query: String?
        var canCreate: Bool
    }

    static func render(_ model: Model) -> String {
        Layout.render(
            model.layout,
            .h1(.text("Khối, cụm thi đua")),
            .if(
                model.canCreate,
                .div(
                    .class("actions"),
                    .a(.class("button primary"), .href(SiteURL.blocNew.path), .text("Thêm khối, cụm")))),
            SearchBox.render(action: .blocs, query: model.query, label: "Tìm khối, cụm theo mã hoặc tên"),
            Pagination.count(model.page, noun: "khối, cụm"),
            .div(
                .class("table-wrap"),
                .table(
                    .id("danh-sach-khoi"), .class("stack"),
                    .thead(.tr(.th(.text("Mã")), .th(.text("Tên")), .th(.text("Loại")), .th(.text("Trạng thái")))),
                    .tbody(
                        .forEach(model.page.items) { bloc in
                            .tr(
                                .td(.attribute(named: "data-label", value: "Mã"), .text(bloc.code)),
                                .td(.a(.href(SiteURL.bloc(.value(bloc.id)).path), .text(bloc.name))),
                                .td(.attribute(named: "data-label", value: "Loại"), .text(bloc.kind.vietnamese)),
                                .td(
                                    .attribute(named: "data-label", value: "Trạng thái"),
                                    .unwrap(
                                        bloc.activeTo,
                                        { .span(.class("badge off"), .text("Giải thể từ \($0.vietnamese)")) },
                                        else: .span(.class("badge"), .text("Đang hoạt động")))))
                        })
                )
            ),
            Pagination.render(model.page, base: .blocs, query: [(PageQuery.search, model.query)])
        )
    }
}
