import Foundation
import Testing
import ThiDuaCore
import ThiDuaDocuments
import ThiDuaTestSupport
import VaporTesting

@testable import ThiDuaWeb

/// The sweep page over the demo's histories: 50 rows a page, a filter by outcome, the unit and birth year that
/// tell two people of one name apart (on the page and in the export), closed rows that say what they mean.
@Suite struct SweepPageTests {
    static let sweep = "/xet-dieu-kien?ma=CSTDCS&nam=2024"
    static let womenFirst = "được ưu tiên vì là nữ"

    /// The rows of the result table.
    static func rows(_ html: String) -> [String] {
        guard let table = html.range(of: #"id="ket-qua-xet""#),
            let body = html.range(of: "<tbody>", range: table.upperBound..<html.endIndex),
            let end = html.range(of: "</tbody>", range: body.upperBound..<html.endIndex)
        else { return [] }
        return html[body.upperBound..<end.lowerBound].components(separatedBy: "<tr>").dropFirst().map { $0 }
    }

    /// The text of a row's simple cell (one without markup inside).
    static func cell(_ row: String, _ label: String) -> String? {
        guard let start = row.range(of: "<td data-label=\"\(label)\">") else { return nil }
        let rest = row[start.upperBound...]
        return rest.range(of: "</td>").map { String(rest[..<$0.lowerBound]) }
    }

    /// The closed row's line: what the reasons come to.
    static func reasonSummary(_ row: String) -> String? {
        guard let start = row.range(of: "<summary>") else { return nil }
        let rest = row[start.upperBound...]
        return rest.range(of: "</summary>").map { String(rest[..<$0.lowerBound]) }
    }

    /// "Có 123 đối tượng." → 123.
    static func total(_ html: String) -> Int? {
        PagesTests.matches(#"<p class="count" role="status">Có (\d+) đối tượng"#, in: html).first.flatMap { Int($0) }
    }

    /// "Đủ điều kiện: 3 · Cần xem xét: 4 · Chưa đủ điều kiện: 5." → the three counts.
    static func counts(_ html: String) -> (eligible: Int, manual: Int, notEligible: Int)? {
        guard
            let range = html.range(
                of: #"Đủ điều kiện: \d+ · Cần xem xét: \d+ · Chưa đủ điều kiện: \d+\."#, options: .regularExpression)
        else { return nil }
        let n = html[range].split { !$0.isNumber }.compactMap { Int($0) }
        return n.count == 3 ? (n[0], n[1], n[2]) : nil
    }

    static func pageCount(_ total: Int) -> Int { max(1, (total + 49) / 50) }

    @Test(arguments: DatabaseKind.available)
    func theOrganizationWideSweepIsPagedFiftyAtATimeWithUnitAndBirthYear(database: DatabaseKind) async throws {
        try await withTestApp(database, histories: true) { app in
            // setup
            let admin = try await Client.browser(app, "admin")
            let working = try await app.store.everyPerson().filter { $0.status == .working }
            let units = Set(try await app.store.units.directory().map(\.name))
            // MUT: the whole organization (scope "pham-vi" empty), timed
            let clock = ContinuousClock()
            let started = clock.now
            let first = try await admin.send(.GET, Self.sweep)
            let elapsed = clock.now - started
            let html = first.body.string
            print(
                "SWEEP-MEASURE \(database): GET \(Self.sweep) (organization, \(working.count) people) took \(elapsed), body \(first.body.readableBytes) bytes"
            )
            // validation
            #expect(first.status == .ok)
            let total = try #require(Self.total(html))
            let counts = try #require(Self.counts(html))
            let pages = Self.pageCount(total)
            #expect(total == working.count, "every working person of the organization")
            #expect(counts.eligible + counts.manual + counts.notEligible == total)
            #expect(total > 50, "the demo is larger than one page")
            #expect(html.contains("Trang 1/\(pages)"))
            #expect(html.contains(#"<th>Đơn vị</th>"#) && html.contains(#"<th>Năm sinh</th>"#))
            var all: [String] = []
            var times: [Duration] = [elapsed]
            for page in 1...pages {
                let before = clock.now
                let res = page == 1 ? first : try await admin.send(.GET, Self.sweep + "&trang=\(page)")
                if page > 1 { times.append(clock.now - before) }
                let rows = Self.rows(res.body.string)
                #expect(res.status == .ok)
                #expect(res.body.string.contains("Trang \(page)/\(pages)"))
                #expect(rows.count == (page < pages ? 50 : total - 50 * (pages - 1)), "page \(page)")
                all += rows
            }
            print(
                "SWEEP-MEASURE \(database): \(pages) pages of \(total) rows; each page took \(times.map { String(format: "%.2f s", Double($0.components.seconds) + Double($0.components.attoseconds) / 1e18) }.joined(separator: ", "))"
            )
            #expect(all.count == total)
            for row in all {
                let unit = try #require(Self.cell(row, "Đơn vị"))
                #expect(units.contains(unit), "a unit's name: \(unit)")
                let born = try #require(Self.cell(row, "Năm sinh"))
                #expect(Int(born).map { (1930...2010).contains($0) } == true, "a birth year: \(born)")
                let summary = try #require(Self.reasonSummary(row))
                #expect(!summary.hasPrefix("0 "), "never “0 điều kiện chưa đạt”: \(summary)")
                if row.contains("outcome-notEligible") { #expect(summary.contains("điều kiện chưa đạt"), "\(summary)") }
            }
            // An eligible row says every condition holds, even when it got there by one of two routes.
            let eligible = all.filter { $0.contains("outcome-eligible") }
            let misread = eligible.compactMap(Self.reasonSummary).filter {
                !($0.hasPrefix("Đạt cả ") && $0.hasSuffix(" điều kiện"))
            }
            #expect(
                misread.count == 0,
                "\(misread.count) of \(eligible.count) eligible rows say otherwise, e.g. “\(misread.first ?? "")”")
            #expect(eligible.count == counts.eligible)
            #expect(all.contains { $0.contains("outcome-eligible") }, "the demo has someone eligible")
            #expect(!all.joined().contains("<summary>0 "))
            // MUT 2: a page past the end
            let past = try await admin.send(.GET, Self.sweep + "&trang=99")
            // validation 2: to the last page, with the same sweep
            #expect(past.status == .seeOther || past.status == .found, "\(past.status)")
            let location = try #require(past.headers.first(name: .location))
            #expect(location.contains("trang=\(pages)"))
            #expect(location.contains("ma=CSTDCS") && location.contains("nam=2024"))
            let landed = try await admin.send(.GET, location)
            #expect(landed.status == .ok)
            #expect(landed.body.string.contains("Trang \(pages)/\(pages)"))
        }
    }

    @Test(arguments: DatabaseKind.available)
    func theOutcomeFilterShowsOnlyThatOutcomeOnThePageAndInTheExport(database: DatabaseKind) async throws {
        try await withTestApp(database, histories: true) { app in
            // setup
            let admin = try await Client.browser(app, "admin")
            let whole = try await admin.send(.GET, Self.sweep)
            let counts = try #require(Self.counts(whole.body.string))
            let total = try #require(Self.total(whole.body.string))
            // MUT
            let filtered = try await admin.send(.GET, Self.sweep + "&ket-qua=notEligible")
            let eligible = try await admin.send(.GET, Self.sweep + "&ket-qua=eligible")
            let export = try await admin.send(.GET, "/xet-dieu-kien/danh-sach.xlsx?ma=CSTDCS&nam=2024")
            let filteredExport = try await admin.send(
                .GET, "/xet-dieu-kien/danh-sach.xlsx?ma=CSTDCS&nam=2024&ket-qua=notEligible")
            // validation: the page
            #expect(filtered.status == .ok)
            let html = filtered.body.string
            #expect(html.contains("Có \(counts.notEligible) đối tượng “chưa đủ điều kiện”."))
            let rows = Self.rows(html)
            #expect(rows.count == min(50, counts.notEligible))
            #expect(rows.allSatisfy { $0.contains("outcome-notEligible") })
            #expect(!rows.contains { $0.contains("outcome-eligible") || $0.contains("outcome-manualCheck") })
            if counts.notEligible > 50 {
                #expect(html.contains("Trang 1/\(Self.pageCount(counts.notEligible))"))
                #expect(
                    html.contains("ket-qua=notEligible&amp;trang=2") || html.contains("ket-qua=notEligible&trang=2"),
                    "the next page keeps the filter")
            }
            #expect(html.contains(#"<option value="notEligible" selected"#), "the form keeps the choice")
            let eligibleRows = Self.rows(eligible.body.string)
            #expect(eligibleRows.count == min(50, counts.eligible))
            #expect(eligibleRows.allSatisfy { $0.contains("outcome-eligible") })
            let misread = eligibleRows.compactMap(Self.reasonSummary).filter { !$0.hasPrefix("Đạt cả ") }
            #expect(
                misread.count == 0,
                "\(misread.count) of \(eligibleRows.count) eligible rows say otherwise, e.g. “\(misread.first ?? "")”")
            // validation: the export, every row (not a page), with the unit and the birth year
            #expect(export.status == .ok)
            let table = try #require(try XLSXReader.read(Data(buffer: export.body)).first)
            let header = table.rows.first?.map(\.string) ?? []
            #expect(header.prefix(5) == ["TT", "Đối tượng", "Đơn vị", "Năm sinh", "Kết quả"])
            let unitColumn = try #require(header.firstIndex(of: "Đơn vị"))
            let bornColumn = try #require(header.firstIndex(of: "Năm sinh"))
            let outcomeColumn = try #require(header.firstIndex(of: "Kết quả"))
            let data = table.rows.dropFirst()
            #expect(data.count == total)
            let unitNames = Set(try await app.store.units.directory().map(\.name))
            #expect(data.allSatisfy { unitNames.contains($0[unitColumn].string) })
            #expect(data.allSatisfy { Int($0[bornColumn].string).map { (1930...2010).contains($0) } == true })
            #expect(data.filter { $0[outcomeColumn].string == "Đủ điều kiện" }.count == counts.eligible)
            let filteredTable = try #require(try XLSXReader.read(Data(buffer: filteredExport.body)).first)
            #expect(filteredTable.rows.count == counts.notEligible + 1)
            #expect(filteredTable.rows.dropFirst().allSatisfy { $0[outcomeColumn].string == "Chưa đủ điều kiện" })
        }
    }

    @Test(arguments: DatabaseKind.available)
    func theWomenFirstNoteAppearsOnlyWhenAQuotaCutsTheList(database: DatabaseKind) async throws {
        try await withTestApp(database, histories: true) { app in
            // setup
            let admin = try await Client.browser(app, "admin")
            func everyPage(_ query: String) async throws -> [String] {
                let first = try await admin.send(.GET, query)
                let pages = Self.pageCount(Self.total(first.body.string) ?? 0)
                var bodies = [first.body.string]
                if pages > 1 {
                    for p in 2...pages { bodies.append(try await admin.send(.GET, query + "&trang=\(p)").body.string) }
                }
                return bodies
            }
            // MUT: LĐTT has no quota; CSTĐCS from 2024 has none by default; CSTĐCS 2023 has the old 15%
            let ldtt = try await everyPage("/xet-dieu-kien?ma=LDTT&nam=2024")
            let cstdcs2024 = try await everyPage(Self.sweep)
            let cstdcs2023 = try await everyPage("/xet-dieu-kien?ma=CSTDCS&nam=2023")
            // validation
            #expect(ldtt.count > 1)
            #expect(!ldtt[0].contains("Chỉ tiêu "), "no quota for LĐTT")
            #expect(!ldtt.contains { $0.contains(Self.womenFirst) })
            #expect(!cstdcs2024[0].contains("Danh sách đã xếp theo thành tích"))
            #expect(!cstdcs2024.contains { $0.contains(Self.womenFirst) })
            // The demo's 2023 CSTĐCS candidates pass the old 15% quota, and some tie a man with a woman.
            #expect(cstdcs2023[0].contains("Danh sách đã xếp theo thành tích; bằng thành tích thì ưu tiên nữ."))
            #expect(cstdcs2023.contains { $0.contains(Self.womenFirst) }, "when the quota binds, the tie-break is said")
        }
    }

    @Test(arguments: DatabaseKind.available)
    func listsPastTheirLastPageGoToIt(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup
            let admin = try await Client.browser(app, "admin")
            for (path, query) in [
                ("/nhan-su", ""), ("/nhan-su", "q=nguyen&"), ("/don-vi", ""), ("/khoi-thi-dua", ""),
                ("/nhat-ky", "nguoi-thuc-hien=admin&"),
            ] {
                let first = try await admin.send(.GET, "\(path)?\(query)")
                let pages = PagesTests.matches(#"Trang 1/(\d+)"#, in: first.body.string).first.flatMap { Int($0) } ?? 1
                // MUT
                let past = try await admin.send(.GET, "\(path)?\(query)trang=99")
                // validation
                #expect(past.status == .seeOther || past.status == .found, "\(path)?\(query): \(past.status)")
                let location = try #require(past.headers.first(name: .location), "\(path)")
                #expect(location.hasPrefix(path))
                #expect(location.contains("trang=\(pages)"), "\(path)?\(query) → \(location), \(pages) pages")
                if !query.isEmpty { #expect(location.contains(query.dropLast()), "the search is kept: \(location)") }
                let landed = try await admin.send(.GET, location)
                #expect(landed.status == .ok)
                if pages > 1 { #expect(landed.body.string.contains("Trang \(pages)/\(pages)")) }
            }
            let people = try await admin.send(.GET, "/nhan-su")
            #expect(
                PagesTests.matches(#"Trang 1/(\d+)"#, in: people.body.string).first.flatMap { Int($0) } ?? 1 > 1,
                "people take several pages")
        }
    }
}
