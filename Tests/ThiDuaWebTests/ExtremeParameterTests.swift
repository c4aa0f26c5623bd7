import Foundation
import Testing
import ThiDuaCore
import ThiDuaTestSupport
import VaporTesting

@testable import ThiDuaWeb

/// No number in a URL may stop the server: Swift traps on overflow, and one trap cuts every user off.
/// (The e2e fuzz test sends such values to every route of a running server.)
@Suite struct ExtremeParameterTests {
    static let extremes = [
        "9223372036854775807", "-9223372036854775808", "99999999999999999999999", "-1", "0", "1e309", "NaN", "%00", "",
    ]

    @Test func listQueriesClampEveryPage() {
        for page in [Int.max, Int.min, 0, -1] {
            let q = ListQuery(page: page, perPage: Int.max)
            #expect(q.offset >= 0 && q.offset <= ListQuery.maxPage * ListQuery.maxPerPage)
            let a = AuditFilter(page: page, perPage: Int.min)
            #expect(a.page >= 1 && a.page <= ListQuery.maxPage && a.perPage == 1)
        }
    }

    @Test func everyListAnswersExtremePagesAndYears() async throws {
        try await withTestApp(.sqlite) { app in
            // setup
            let api = try await Client.api(app, "canbo01")
            let admin = try await Client.browser(app, "admin")
            let bloc = try #require(try await app.store.accounts.find(username: "thuky")?.blocID)
            let apiPaths = [
                "/api/v1/units", "/api/v1/people", "/api/v1/blocs", "/api/v1/audit", "/api/v1/movements",
                "/api/v1/anniversaries",
                "/api/v1/blocs/\(bloc)/memberships", "/api/v1/eligibility/sweep",
            ]
            let pagePaths = [
                "/don-vi", "/nhan-su", "/khoi-thi-dua", "/nhat-ky", "/phong-trao", "/lich-ky-niem", "/xet-dieu-kien",
                "/khoi-thi-dua/\(bloc)", "/khoi-thi-dua/\(bloc)/giao-uoc",
            ]
            for value in Self.extremes {
                let query = ["page", "trang", "per", "nam", "year", "ma", "tim"].map { "\($0)=\(value)" }.joined(
                    separator: "&")
                for path in apiPaths {
                    // MUT
                    let res = try await api.send(.GET, "\(path)?\(query)")
                    // validation
                    #expect(res.status.code < 500, "\(path)?\(query): \(res.status)")
                }
                for path in pagePaths {
                    let res = try await admin.send(.GET, "\(path)?\(query)")
                    #expect(res.status.code < 500, "\(path)?\(query): \(res.status)")
                }
            }
            let units = try await api.send(.GET, "/api/v1/units?page=9223372036854775807")
            #expect(units.status == .ok)
            #expect(units.body.string.contains("\"items\":[]"))
        }
    }

    @Test func aSearchOfSixtyThousandCharactersAndAHugeVersionAreAnsweredCalmly() async throws {
        try await withTestApp(.sqlite) { app in
            // setup
            let api = try await Client.api(app, "admin")
            let admin = try await Client.browser(app, "admin")
            let bloc = try #require(try await app.store.accounts.find(username: "thuky")?.blocID)
            let q = String(repeating: "a%", count: 30_000)
            // MUT + validation: SQLite refuses LIKE patterns over 50,000 bytes; the search is cut to 200 characters
            for path in ["/api/v1/units", "/api/v1/people", "/api/v1/blocs"] {
                #expect(try await api.send(.GET, "\(path)?q=\(q)").status == .ok, "\(path)")
            }
            for path in ["/don-vi", "/nhan-su", "/khoi-thi-dua"] {
                #expect(try await admin.send(.GET, "\(path)?tim=\(q)").status == .ok, "\(path)")
            }
            // A version that overflows when incremented is a stale version, not a trap.
            _ = try await admin.send(
                .POST, "/khoi-thi-dua/\(bloc)/giao-uoc", form: ["year": "2027", "version": "0", "text": "Giao ước."])
            let res = try await admin.send(
                .POST, "/khoi-thi-dua/\(bloc)/giao-uoc",
                form: ["year": "2027", "version": "9223372036854775807", "text": "Sửa."])
            #expect(res.status == .conflict || res.status == .unprocessableEntity, "\(res.status)")
            #expect(try await app.store.pacts.find(bloc: bloc, year: 2027)?.text == "Giao ước.")
        }
    }
}
