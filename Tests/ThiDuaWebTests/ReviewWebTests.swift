import Foundation
import Testing
import ThiDuaCore
import ThiDuaDocuments
import ThiDuaTestSupport
import VaporTesting

@testable import ThiDuaWeb

/// The review's pages: who may use each route (found from the route table), and a year's review run through the
/// forms: scores, a file through a real server, bad input refused in Vietnamese, a ballot voted from two accounts.
@Suite struct ReviewWebTests {
    struct Demo {
        var bloc: UUID
        var dv01: UUID
        var ballot: UUID
    }

    static func demo(_ app: Application) async throws -> Demo {
        let bloc = try #require(try await app.store.blocs.find(code: DemoData.blocCode))
        let dv01 = try #require(try await app.store.units.find(code: "DV01"))
        let ballot = try #require(try await app.store.ballots.list(bloc: bloc.id, year: 2022).first)
        return Demo(bloc: bloc.id, dv01: dv01.id, ballot: ballot.id)
    }

    static func routes(_ app: Application) -> [(HTTPMethod, [PathComponent])] {
        app.routes.all.filter { r in
            r.path.first != "api" && (r.path.contains("tong-ket") || r.path.first == "bo-phieu")
        }.map { ($0.method, $0.path) }
    }

    static func path(_ components: [PathComponent], _ d: Demo) -> String {
        "/"
            + components.map { c -> String in
                switch c {
                case .parameter(SiteURL.blocKey): return d.bloc.uuidString
                case .parameter(SiteURL.unitKey): return d.dv01.uuidString
                case .parameter(SiteURL.ballotKey): return d.ballot.uuidString
                default: return c.description
                }
            }.joined(separator: "/") + "?nam=2022"
    }

    /// What a refused request must leave as it was.
    static func state(_ app: Application, _ d: Demo) async throws -> [Int] {
        let review = try await app.store.blocReviews.find(bloc: d.bloc, year: 2022)
        let assessment = try await app.store.assessments.find(bloc: d.bloc, year: 2022, unit: d.dv01)
        let ballots = try await app.store.ballots.list(bloc: d.bloc, year: 2022)
        return [review?.version ?? -1, assessment?.version ?? -1, ballots.count]
            + ballots.map(\.version) + [try await app.store.ballots.papers(of: d.ballot).count]
    }

    @Test(arguments: DatabaseKind.available)
    func everyReviewRouteRefusesWhoMayNotAndChangesNothing(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup: DV02's officer, a member who neither runs the review nor chairs it nor owns DV01
            let d = try await Self.demo(app)
            let routes = Self.routes(app)
            let officer = try await Client.browser(app, "canbo02")
            let anonymous = Client(app)
            let cluster = try #require(try await app.store.blocs.find(code: "CTD-TN"))
            let before = try await Self.state(app, d)
            let form = [
                "year": "2022", "version": "1", "points": "1", "reason": "Thử", "code": "1.1", "p-1.1": "1",
                "question": "Thử", "candidates": d.dv01.uuidString, "voters": d.dv01.uuidString, "seats": "1",
                "maxChoices": "1", "cast": "1", "countingBoard": "A", "choices": d.dv01.uuidString,
                "unit": d.dv01.uuidString,
            ]
            // MUT
            var statuses: [String: HTTPStatus] = [:]
            var signIn: [String: HTTPStatus] = [:]
            for (method, components) in routes {
                let url = Self.path(components, d)
                let res =
                    components.last == "minh-chung" && method == .POST
                    ? try await officer.upload(
                        url, fields: ["year": "2022", "version": "1", "code": "1.1"], fileField: "file",
                        fileName: "a.pdf", data: Data("%PDF-1.4\n".utf8))
                    : try await officer.send(method, url, form: method == .GET ? nil : form)
                statuses["\(method) \(components.string)"] = res.status
                if method == .GET {
                    signIn["\(method) \(components.string)"] = try await anonymous.send(method, url).status
                }
            }
            let clusterHub = try await Client.browser(app, "canbo01").send(
                .GET, "/khoi-thi-dua/\(cluster.id)/tong-ket?nam=2022")
            let after = try await Self.state(app, d)
            // validation
            #expect(routes.count >= 20)
            for (route, status) in statuses where route.hasPrefix("POST") {
                #expect([.forbidden, .notFound, .unprocessableEntity].contains(status), "\(route) answered \(status)")
            }
            // The demo's review is published: its pages are open to every member of the bloc.
            // A file is asked for by its hash: without one there is nothing to find.
            for (route, status) in statuses where route.hasPrefix("GET") {
                #expect(status == (route.hasSuffix("minh-chung") ? .notFound : .ok), "\(route) answered \(status)")
            }
            for (route, status) in signIn { #expect(status == .seeOther, "\(route) answered \(status) to nobody") }
            #expect(clusterHub.status == .forbidden)
            #expect(after == before)
        }
    }

    @Test(arguments: DatabaseKind.available)
    func aYearIsScoredWithAFileAndABallotIsVotedFromTwoAccounts(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup: 2023's table copied from 2022 and opened by the secretary; DV09 heads the bloc in 2023
            let d = try await Self.demo(app)
            let secretary = try #require(try await app.store.accounts.find(username: "thuky"))
            let criteria = ReviewCriteriaService(store: app.store, account: secretary)
            let copy = try await criteria.copyLastYear(bloc: d.bloc, year: 2023)
            _ = try await criteria.openScoring(bloc: d.bloc, year: 2023, version: copy.version)
            let canbo01 = try await Client.browser(app, "canbo01")
            let canbo02 = try await Client.browser(app, "canbo02")
            let thuky = try await Client.browser(app, "thuky")
            let page = "/khoi-thi-dua/\(d.bloc)/tong-ket/don-vi/\(d.dv01)"
            let dv02 = try #require(try await app.store.units.find(code: "DV02")).id
            // MUT
            let tooHigh = try await canbo01.send(.POST, page, form: ["year": "2023", "version": "0", "p-1.1": "10,5"])
            let notANumber = try await canbo01.send(
                .POST, page, form: ["year": "2023", "version": "0", "p-1.1": "mười"])
            let nothing = try await app.store.assessments.find(bloc: d.bloc, year: 2023, unit: d.dv01)
            let saved = try await canbo01.send(
                .POST, page, form: ["year": "2023", "version": "0", "p-1.1": "9,5", "e-1.1": "Đã ban hành kế hoạch"])
            let pdf = Data("%PDF-1.4\n% kế hoạch thi đua\n%%EOF\n".utf8) + Data(repeating: 0x20, count: 200_000)
            let uploaded = try await canbo01.upload(
                page + "/minh-chung", fields: ["year": "2023", "version": "1", "code": "1.1"], fileField: "file",
                fileName: "ke-hoach.pdf", data: pdf, running: true)
            let wrongType = try await canbo01.upload(
                page + "/minh-chung", fields: ["year": "2023", "version": "2", "code": "1.1"], fileField: "file",
                fileName: "virus.pdf", data: Data("MZ\u{90}\u{0}binary".utf8), running: true)
            let stored = try #require(try await app.store.assessments.find(bloc: d.bloc, year: 2023, unit: d.dv01))
            let sha = SHA256Hash.hex(pdf)
            let download = try await canbo01.send(.GET, page + "/minh-chung?nam=2023&tep=\(sha)")
            let strangerDownload = try await canbo02.send(.GET, page + "/minh-chung?nam=2023&tep=\(sha)")
            // the ballot: set up by the secretary, voted by two units, closed
            let created = try await thuky.send(
                .POST, "/khoi-thi-dua/\(d.bloc)/tong-ket/bo-phieu",
                form: [
                    "year": "2023", "question": "Suy tôn đơn vị dẫn đầu Khối năm 2023", "candidates": d.dv01.uuidString,
                    "voters": d.dv01.uuidString, "seats": "1", "maxChoices": "1", "quorum": "1/2",
                    "thresholdPercent": "50", "strictlyAbove": "true", "selfVoteAllowed": "true",
                    "mode": "electronic",
                ])
            let ballot = try #require(try await app.store.ballots.list(bloc: d.bloc, year: 2023).first)
            // one candidate and one voter from the form above; the second voter is added through the store
            var b = ballot
            b.electorate.append(BallotVoter(unitID: dv02, name: "Viện Phát triển kinh tế hợp tác"))
            b = try await app.store.ballots.update(b)
            let opened = try await thuky.send(.POST, "/bo-phieu/\(b.id)/mo", form: ["version": String(b.version)])
            let first = try await canbo01.send(.POST, "/bo-phieu/\(b.id)/bau", form: ["choices": d.dv01.uuidString])
            let second = try await canbo02.send(.POST, "/bo-phieu/\(b.id)/bau", form: ["choices": d.dv01.uuidString])
            let again = try await canbo02.send(.POST, "/bo-phieu/\(b.id)/bau", form: ["choices": d.dv01.uuidString])
            let whileOpen = try await canbo01.send(.GET, "/bo-phieu/\(b.id)")
            let closed = try await thuky.send(.POST, "/bo-phieu/\(b.id)/dong", form: ["version": String(b.version + 1)])
            let late = try await canbo01.send(.POST, "/bo-phieu/\(b.id)/bau", form: ["choices": d.dv01.uuidString])
            let result = try await canbo01.send(.GET, "/bo-phieu/\(b.id)")
            // validation
            #expect(tooHigh.status == .unprocessableEntity && tooHigh.body.string.contains("vượt điểm tối đa 10"))
            #expect(notANumber.status == .unprocessableEntity && notANumber.body.string.contains("không phải số điểm"))
            #expect(nothing == nil)
            #expect(saved.status == .seeOther)
            // The running tester follows the redirect to the page.
            #expect([.seeOther, .ok].contains(uploaded.status), "\(uploaded.body.string.prefix(300))")
            #expect(wrongType.status == .unprocessableEntity && wrongType.body.string.contains("không phải PDF"))
            #expect(stored.line("1.1")?.points == 950 && stored.line("1.1")?.explanation == "Đã ban hành kế hoạch")
            #expect(stored.line("1.1")?.evidence.map(\.sha256) == [sha] && stored.version == 2)
            #expect(download.status == .ok && download.body.readableBytes == pdf.count)
            #expect(download.headers.contentType?.description.contains("application/pdf") == true)
            #expect(strangerDownload.status == .notFound || strangerDownload.status == .forbidden)
            #expect(created.status == .seeOther && opened.status == .seeOther)
            let receipt = { (html: String) -> String? in
                html.range(of: #"id="ma-bien-nhan">[A-Z0-9-]+<"#, options: .regularExpression).map {
                    String(html[$0].dropFirst(#"id="ma-bien-nhan">"#.count).dropLast())
                }
            }
            let r1 = try #require(receipt(first.body.string))
            #expect(first.status == .ok && second.status == .ok && receipt(second.body.string) != nil)
            #expect(again.status == .unprocessableEntity && again.body.string.contains("đã bỏ phiếu"))
            #expect(whileOpen.body.string.contains("Đã bỏ phiếu: 2/2") && !whileOpen.body.string.contains(r1))
            #expect(closed.status == .seeOther)
            #expect(late.status == .unprocessableEntity && late.body.string.contains("đã kết thúc"))
            #expect(result.body.string.contains(BallotReceipt.hash(r1)) && result.body.string.contains("Trúng"))
            #expect(!result.body.string.contains(r1))
        }
    }
}

extension ReviewWebTests {
    @Test(arguments: DatabaseKind.available)
    func theCriteriaTableGoesOutAsXlsxAndComesBack(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup
            let d = try await Self.demo(app)
            let thuky = try await Client.browser(app, "thuky")
            let canbo01 = try await Client.browser(app, "canbo01")
            let page = "/khoi-thi-dua/\(d.bloc)/tong-ket/tieu-chi"
            let demoSet = try #require(try await app.store.reviewCriteria.find(bloc: d.bloc, year: 2022)).set
            var badRows = CriteriaSheet.rows(demoSet)
            badRows[2][3] = .text("mười")
            let bad = try SpreadsheetFile.write(badRows, sheetName: "Tiêu chí", format: .xlsx)
            // MUT
            let exported = try await thuky.send(.GET, "/khoi-thi-dua/\(d.bloc)/tong-ket/tieu-chi.xlsx?nam=2022")
            let file = Data(buffer: exported.body)
            let refused = try await canbo01.upload(
                page, fields: ["year": "2024", "version": "0"], fileField: "file", fileName: "tc.xlsx", data: file)
            let wrong = try await thuky.upload(
                page, fields: ["year": "2024", "version": "0"], fileField: "file", fileName: "tc.xlsx", data: bad)
            let nothing = try await app.store.reviewCriteria.find(bloc: d.bloc, year: 2024)
            let imported = try await thuky.upload(
                page, fields: ["year": "2024", "version": "0"], fileField: "file", fileName: "tc.xlsx", data: file)
            let lockedNoReason = try await thuky.upload(
                page, fields: ["year": "2022", "version": "1"], fileField: "file", fileName: "tc.xlsx", data: file)
            let shown = try await canbo01.send(.GET, page + "?nam=2024")
            // validation
            #expect(exported.status == .ok)
            #expect(refused.status == .forbidden)
            #expect(wrong.status == .unprocessableEntity && wrong.body.string.contains("Dòng 3: điểm tối đa"))
            #expect(nothing == nil)
            #expect(imported.status == .seeOther)
            #expect(try await app.store.reviewCriteria.find(bloc: d.bloc, year: 2024)?.set == demoSet)
            #expect(lockedNoReason.status == .unprocessableEntity && lockedNoReason.body.string.contains("lý do"))
            #expect(shown.status == .ok && shown.body.string.contains("Hưởng ứng các đợt thi đua chào mừng"))
            #expect(!shown.body.string.contains("Nhập bảng tiêu chí"))
        }
    }
}
