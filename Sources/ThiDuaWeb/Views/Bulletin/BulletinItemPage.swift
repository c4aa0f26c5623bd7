import Plot
import ThiDuaCore

/// One item of the public bulletin on its own page: a movement (with its results once published), or an
/// exemplary model.
enum BulletinItemPage {
    enum Item: Sendable {
        case movement(Movement, Anniversary?)
        case model(ExemplaryModel)
    }

    struct Model: Sendable {
        var layout: Layout.Model
        var item: Item
    }

    static func render(_ model: Model) -> String {
        switch model.item {
        case .movement(let m, let anniversary):
            return Layout.render(
                model.layout,
                .article(
                    .h1(.text(m.title)),
                    .p(
                        .class("muted"),
                        .text("\(m.status.vietnamese) · từ \(m.periodFrom.vietnamese) đến \(m.periodTo.vietnamese)")),
                    .unwrap(anniversary?.occurrence(in: m.year)) { .p(.text("Chào mừng " + $0.phrase + ".")) },
                    .if(!m.launchedBy.isEmpty, .p(.text("Phát động: \(m.launchedBy)"))),
                    .if(!m.theme.isEmpty, Paragraphs.render(m.theme)),
                    .if(
                        !m.slogans.isEmpty,
                        .group(.h2(.text("Khẩu hiệu")), .ul(.forEach(m.slogans) { .li(.em(.text($0))) }))),
                    .if(
                        !m.targets.isEmpty, .group(.h2(.text("Chỉ tiêu")), .ul(.forEach(m.targets) { .li(.text($0)) }))),
                    .if(
                        m.resultsPublished && !m.results.isEmpty,
                        .section(.id("ket-qua"), .h2(.text("Kết quả")), Paragraphs.render(m.results)))),
                .p(.a(.href(SiteURL.bulletin.path), .text("← Bản tin thi đua, khen thưởng"))))
        case .model(let g):
            return Layout.render(
                model.layout,
                .article(
                    .h1(.text(g.name)),
                    .p(
                        .class("muted"),
                        .text("Gương điển hình tiên tiến · \(g.subjectKind.vietnamese) · năm \(g.year)")),
                    Paragraphs.render(g.summary)),
                .p(.a(.href(SiteURL.bulletin.path), .text("← Bản tin thi đua, khen thưởng"))))
        }
    }
}
