import Foundation
import Plot
import ThiDuaCore

/// The public bulletin: no sign-in, nothing unpublished.
enum BulletinPage {
    struct Model: Sendable {
        var layout: Layout.Model
        var bulletin: BulletinService.Bulletin
    }

    static func render(_ model: Model) -> String {
        let b = model.bulletin
        return Layout.render(
            model.layout,
            .h1(.text("Bản tin thi đua, khen thưởng")),
            .p(.a(.href(SiteURL.bulletinFeed.path), .text("Theo dõi bản tin (Atom)"))),
            .h2(.text("Phong trào thi đua")),
            .if(b.movements.isEmpty, .p(.class("muted"), .text("Chưa có phong trào nào được phát động."))),
            .ul(
                .id("ban-tin-phong-trao"), .class("bulletin"),
                .forEach(b.movements) { m in
                    .li(
                        .article(
                            .h3(.a(.href(SiteURL.bulletinMovement(.value(m.id)).path), .text(m.title))),
                            .p(
                                .class("muted"),
                                .text(
                                    "\(m.status.vietnamese) · từ \(m.periodFrom.vietnamese) đến \(m.periodTo.vietnamese)"
                                )),
                            .unwrap(m.anniversaryID.flatMap { b.anniversaries[$0]?.occurrence(in: m.year) }) {
                                .p(.text($0.label))
                            },
                            .if(!m.theme.isEmpty, Paragraphs.render(m.theme)),
                            .if(!m.slogans.isEmpty, .ul(.forEach(m.slogans) { .li(.em(.text($0))) }))))
                }),
            .h2(.text("Gương điển hình tiên tiến")),
            .if(b.models.isEmpty, .p(.class("muted"), .text("Chưa có gương điển hình được công bố."))),
            .ul(
                .id("ban-tin-guong"), .class("bulletin"),
                .forEach(b.models) { g in
                    .li(
                        .article(
                            .h3(.a(.href(SiteURL.bulletinModel(.value(g.id)).path), .text(g.name))),
                            .p(.class("muted"), .text("\(g.subjectKind.vietnamese) · năm \(g.year)")),
                            Paragraphs.render(g.summary)))
                }),
            .h2(.text("Kết quả thi đua")),
            .if(b.results.isEmpty, .p(.class("muted"), .text("Chưa có kết quả được công bố."))),
            .ul(
                .id("ban-tin-ket-qua"), .class("bulletin"),
                .forEach(b.results) { m in
                    .li(
                        .article(
                            .h3(.a(.href(SiteURL.bulletinMovement(.value(m.id)).path + "#ket-qua"), .text(m.title))),
                            Paragraphs.render(m.results)))
                })
        )
    }
}
