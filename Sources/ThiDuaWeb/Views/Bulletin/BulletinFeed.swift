import Foundation
import ThiDuaCore

/// The bulletin as an Atom feed (RFC 4287): one entry per launched movement, published model and result.
enum BulletinFeed {
    static func render(_ b: BulletinService.Bulletin, baseURL: String, updated: Date) -> String {
        func esc(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        }
        func stamp(_ d: LocalDate?) -> String { (d ?? LocalDate(year: 2000, month: 1, day: 1)!).iso + "T00:00:00Z" }
        var entries: [(id: String, title: String, date: LocalDate?, summary: String, link: SiteURL)] = []
        for m in b.movements {
            entries.append(
                (
                    "urn:uuid:\(m.id.uuidString.lowercased())", m.title, m.date(of: .launched) ?? m.periodFrom,
                    [m.theme, "Từ \(m.periodFrom.vietnamese) đến \(m.periodTo.vietnamese)."].filter { !$0.isEmpty }
                        .joined(separator: " "),
                    .bulletinMovement(.value(m.id))
                ))
        }
        for g in b.models {
            entries.append(
                (
                    "urn:uuid:\(g.id.uuidString.lowercased())", "Gương điển hình: \(g.name)", g.publishedOn, g.summary,
                    .bulletinModel(.value(g.id))
                ))
        }
        for m in b.results {
            entries.append(
                (
                    "urn:thidua:ket-qua:\(m.id.uuidString.lowercased())", "Kết quả: \(m.title)",
                    m.date(of: .closed) ?? m.date(of: .midTermReviewed),
                    m.results, .bulletinMovement(.value(m.id))
                ))
        }
        let iso = ISO8601DateFormatter()
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
            <title>Bản tin thi đua, khen thưởng</title>
            <id>\(esc(baseURL))\(SiteURL.bulletin.path)</id>
            <link rel="self" href="\(esc(baseURL))\(SiteURL.bulletinFeed.path)"/>
            <link href="\(esc(baseURL))\(SiteURL.bulletin.path)"/>
            <updated>\(iso.string(from: updated))</updated>
            <author><name>thidua</name></author>

            """
        for e in entries {
            xml += """
                <entry>
                <id>\(esc(e.id))</id>
                <title>\(esc(e.title))</title>
                <updated>\(stamp(e.date))</updated>
                <link href="\(esc(baseURL))\(e.link.path)"/>
                <summary>\(esc(e.summary))</summary>
                </entry>

                """
        }
        return xml + "</feed>\n"
    }
}
