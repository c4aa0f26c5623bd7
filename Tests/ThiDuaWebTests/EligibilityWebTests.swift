import Foundation
import Testing
import ThiDuaCore
import ThiDuaTestSupport
import VaporTesting

@testable import ThiDuaWeb

@Suite struct EligibilityWebTests {
    static let example = """
        { "year": 2024,
          "subjects": [
            { "id": "p1", "kind": "person", "gender": "female",
              "ratings": { "2020": "good", "2021": "excellent", "2022": "excellent", "2023": "good", "2024": "excellent" },
              "titles": [ { "code": "CSTDCS", "year": 2022 }, { "code": "LDTT", "year": 2024 } ],
              "awards": [ { "code": "BK_BO", "year": 2019, "type": "regular" } ],
              "initiatives": [ { "year": 2024, "scope": "grassroots" } ],
              "discipline": [ { "from": "2021-03-01", "to": "2021-09-01" } ],
              "pending": [],
              "members": null } ],
          "codes": ["LDTT", "CSTDCS", "CSTD_BO", "BK_TTG"] }
        """

    struct Answer: Decodable {
        struct Result: Decodable {
            struct Reason: Decodable {
                var holds: Bool?
                var text: String
                var basis: String
            }
            var subject: String
            var code: String
            var outcome: String
            var reasons: [Reason]
        }
        var results: [Result]
    }

    @Test(arguments: DatabaseKind.available)
    func theJSONContractOverTheAPI(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup
            let officer = try await Client.api(app, "canbo01")
            // MUT
            let ok = try await officer.send(.POST, "/api/v1/eligibility", rawBody: Self.example)
            let badCode = try await officer.send(
                .POST, "/api/v1/eligibility",
                rawBody: Self.example.replacingOccurrences(of: "\"BK_TTG\"]", with: "\"BK_XYZ\"]"))
            let badRating = try await officer.send(
                .POST, "/api/v1/eligibility",
                rawBody: Self.example.replacingOccurrences(of: "\"2021\": \"excellent\"", with: "\"2021\": \"great\""))
            let anonymous = try await Client(app).send(.POST, "/api/v1/eligibility", rawBody: Self.example)
            // validation
            #expect(ok.status == .ok)
            let answer = try JSONDecoder().decode(Answer.self, from: Data(buffer: ok.body))
            #expect(answer.results.map(\.outcome) == ["eligible", "eligible", "notEligible", "notEligible"])
            #expect(answer.results.allSatisfy { $0.reasons.allSatisfy { !$0.text.isEmpty && !$0.basis.isEmpty } })
            #expect(badCode.status == .unprocessableEntity)
            #expect(badCode.body.string.contains("codes[3]"))
            #expect(badRating.status == .unprocessableEntity)
            #expect(badRating.body.string.contains("subjects[0].ratings.2021"))
            #expect(anonymous.status == .unauthorized)
        }
    }

    @Test(arguments: DatabaseKind.available)
    func aPersonPageShowsEachTitleWithItsReasons(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup
            let admin = try await Client.api(app, "admin")
            let person = try await demoPerson(app, unit: "DV01")
            for year in 2023...2024 {
                _ = try await admin.send(
                    .POST, "/api/v1/people/\(person.id)/history",
                    json: ["kind": "rating", "year": String(year), "value": "excellent"])
            }
            let officer = try await Client.browser(app, "canbo01")
            // MUT
            let page = try await officer.send(.GET, "/nhan-su/\(person.id)?nam=2024")
            let api = try await Client.api(app, "canbo01").send(
                .GET, "/api/v1/people/\(person.id)/eligibility?year=2024")
            // validation
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("Điều kiện khen thưởng năm 2024"))
            #expect(html.contains("Luật Thi đua, khen thưởng 06/2022/QH15 và Nghị định 98/2023/NĐ-CP"))
            #expect(html.contains("Năm 2024 xếp loại “hoàn thành xuất sắc nhiệm vụ”."))
            #expect(html.contains("Căn cứ: Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 24 khoản 1 điểm a</small>"))
            // How sure a basis is: said once per title as a footnote, not after each line
            #expect(!html.contains("(nguồn thứ cấp, cần đối chiếu)"))
            let cstdcs = try #require(
                html.range(of: "Chiến sĩ thi đua cơ sở</span>").map {
                    String(html[$0.upperBound...].prefix { _ in true }.prefix(6000))
                })
            let section = String(cstdcs[..<(cstdcs.range(of: "</details>")?.lowerBound ?? cstdcs.endIndex)])
            #expect(section.components(separatedBy: "¹ Căn cứ nguồn thứ cấp, cần đối chiếu.").count == 2)
            #expect(section.contains("<sup title=\"nguồn thứ cấp, cần đối chiếu\">¹</sup>"))
            // A reminder every title shares is shown once, under the list
            let reminder = "Gương mẫu chấp hành chủ trương của Đảng"
            #expect(html.components(separatedBy: reminder).count == 2)
            #expect(html.contains("Lưu ý chung cho các danh hiệu, hình thức trên"))
            #expect(!html.contains("Cần xác nhận: Cần xác nhận:"))
            #expect(PagesTests.unlabelledInputs(html).isEmpty)
            // The day and the money: LĐTT on 31/12/2024 is 0.3 × 2,340,000 = 702,000, rounded up to 710,000.
            #expect(html.contains("Ngày xét đề nghị 31/12/2024"))
            #expect(html.contains("<span class=\"amount\"> 710.000 đồng</span>"))
            #expect(html.contains("Tiền thưởng: 0,3 × 2.340.000 đồng (lương cơ sở từ 01/07/2024) = 710.000 đồng"))
            #expect(html.contains("Căn cứ: Nghị định 98/2023/NĐ-CP, Điều 54"))
            #expect(!html.contains("Luật 06/2026/QH16"))  // no amendment warning before 2026-10-01
            let answer = try JSONDecoder().decode(Answer.self, from: Data(buffer: api.body))
            #expect(answer.results.first { $0.code == "LDTT" }?.outcome == "eligible")
            // excellent, under the 2022 Law
            #expect(answer.results.first { $0.code == "CSTDCS" }?.outcome == "eligible")
        }
    }

    @Test(arguments: DatabaseKind.available)
    func theSweepStaysWithinTheAccountsScope(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup
            let own = try #require(try await app.store.units.find(code: "DV01"))
            let other = try #require(try await app.store.units.find(code: "DV02"))
            let bloc = try #require(try await app.store.blocs.find(code: DemoData.blocCode))
            let admin = try await Client.browser(app, "admin")
            let officer = try await Client.browser(app, "canbo01")
            let officerAPI = try await Client.api(app, "canbo01")
            // MUT
            let whole = try await admin.send(.GET, "/xet-dieu-kien?ma=LDTT&nam=2023")
            let export = try await admin.send(
                .GET, "/xet-dieu-kien/danh-sach.xlsx?ma=LDTT&nam=2023&pham-vi=b:\(bloc.id.uuidString.lowercased())")
            let ownUnit = try await officer.send(.GET, "/xet-dieu-kien?ma=LDTT&nam=2023")
            let otherUnit = try await officer.send(
                .GET, "/xet-dieu-kien?ma=LDTT&nam=2023&pham-vi=u:\(other.id.uuidString.lowercased())")
            let theBloc = try await officer.send(
                .GET, "/xet-dieu-kien?ma=LDTT&nam=2023&pham-vi=b:\(bloc.id.uuidString.lowercased())")
            let apiWhole = try await officerAPI.send(.GET, "/api/v1/eligibility/sweep?code=LDTT&year=2023")
            let apiOwn = try await officerAPI.send(.GET, "/api/v1/eligibility/sweep?code=LDTT&year=2023&unit=\(own.id)")
            let badYear = try await admin.send(.GET, "/xet-dieu-kien?ma=LDTT&nam=abc")
            // validation
            #expect(whole.status == .ok)
            #expect(whole.body.string.contains("id=\"ket-qua-xet\""))
            #expect(PagesTests.unlabelledInputs(whole.body.string).isEmpty)
            #expect(export.status == .ok)
            #expect(export.headers.first(name: .contentType)?.contains("spreadsheetml") == true)
            #expect(ownUnit.status == .ok)
            #expect(ownUnit.body.string.contains("id=\"ket-qua-xet\""))
            #expect(otherUnit.status == .notFound)
            #expect(theBloc.status == .forbidden)
            #expect(apiWhole.status == .forbidden)
            #expect(apiOwn.status == .ok)
            let rows = try JSONDecoder().decode(SweepRows.self, from: Data(buffer: apiOwn.body)).rows
            let ownPeople = try await app.store.everyPerson().filter { $0.unitID == own.id && $0.status == .working }
            #expect(Set(rows.map(\.subject)) == Set(ownPeople.map { $0.id.uuidString.lowercased() }))
            #expect(badYear.status == .unprocessableEntity)
            #expect(badYear.body.string.contains("Năm xét phải là một năm"))
        }
    }

    struct SweepRows: Decodable {
        struct Row: Decodable { var subject: String }
        var rows: [Row]
    }

    @Test(arguments: DatabaseKind.available)
    func onlyTheAdminChangesTheSettings(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup
            let admin = try await Client.browser(app, "admin")
            let officer = try await Client.browser(app, "canbo01")
            let form = [
                "version": "0", "referenceMonth": "12", "referenceDay": "31", "cstdcsQuotaPercentOld": "15",
                "cstdcsQuotaPercent": "12",
                "coCPQuotaPercentOld": "20", "coCPQuotaPercent": "",
            ]
            // MUT
            let page = try await admin.send(.GET, "/xet-dieu-kien/cai-dat")
            let refused = try await officer.send(.POST, "/xet-dieu-kien/cai-dat", form: form)
            let bad = try await admin.send(
                .POST, "/xet-dieu-kien/cai-dat", form: form.merging(["cstdcsQuotaPercent": "mười"]) { $1 })
            let saved = try await admin.send(.POST, "/xet-dieu-kien/cai-dat", form: form)
            let stale = try await admin.send(.POST, "/xet-dieu-kien/cai-dat", form: form)
            let apiRefused = try await Client.api(app, "canbo01").send(
                .PUT, "/api/v1/eligibility/settings",
                rawBody:
                    #"{"version": 1, "settings": {"referenceMonth": 1, "referenceDay": 1, "coBoRequiresTTLDXS": false}}"#
            )
            // validation
            #expect(page.status == .ok)
            #expect(PagesTests.unlabelledInputs(page.body.string).isEmpty)
            #expect(refused.status == .forbidden)
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("Phải là một số nguyên."))
            #expect(saved.status == .seeOther)
            #expect(stale.status == .conflict)
            #expect(apiRefused.status == .forbidden)
            let stored = try await EligibilityService(
                store: app.store, account: Account(username: "admin", displayName: "", role: .admin)
            ).settings()
            #expect(stored.version == 1)
            #expect(stored.settings.cstdcsQuotaPercent == 12)
        }
    }

    @Test(arguments: DatabaseKind.available)
    func theAdminKeepsTheBaseSalaryTableAndThePagesFollowIt(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup
            let admin = try await Client.browser(app, "admin")
            let officer = try await Client.browser(app, "canbo01")
            let person = try await demoPerson(app, unit: "DV01")
            var form: [String: String] = ["version": "0", "multiple.GK.law2022": "0,3"]
            let steps = BaseSalaryTable.seed.steps
            // Repeated names: the test client sends a dictionary, so one row each is posted here; the table
            // with several rows is checked through the parser below.
            form["from"] = "2024-07-01"
            form["amount"] = "2.400.000"
            form["basis"] = "Nghị định thử"
            form["status"] = "verified"
            // MUT
            let page = try await admin.send(.GET, "/xet-dieu-kien/tien-thuong")
            let readOnly = try await officer.send(.GET, "/xet-dieu-kien/tien-thuong")
            let refused = try await officer.send(.POST, "/xet-dieu-kien/tien-thuong", form: form)
            let badAmount = try await admin.send(
                .POST, "/xet-dieu-kien/tien-thuong", form: form.merging(["amount": "hai triệu"]) { $1 })
            let badMultiple = try await admin.send(
                .POST, "/xet-dieu-kien/tien-thuong", form: form.merging(["multiple.GK.law2022": "0,333"]) { $1 })
            let saved = try await admin.send(.POST, "/xet-dieu-kien/tien-thuong", form: form)
            let stale = try await admin.send(.POST, "/xet-dieu-kien/tien-thuong", form: form)
            let personPage = try await officer.send(.GET, "/nhan-su/\(person.id)?nam=2024")
            // validation
            #expect(page.status == .ok)
            #expect(PagesTests.unlabelledInputs(page.body.string).isEmpty)
            for step in steps { #expect(page.body.string.contains(VietnameseNumber.grouped(step.amount))) }
            #expect(readOnly.status == .ok)
            #expect(readOnly.body.string.contains("Chỉ quản trị viên được sửa cài đặt."))
            #expect(refused.status == .forbidden)
            #expect(badAmount.status == .unprocessableEntity)
            #expect(badAmount.body.string.contains("mức lương cơ sở phải là số đồng"))
            #expect(badMultiple.status == .unprocessableEntity)
            #expect(badMultiple.body.string.contains("tối đa hai chữ số thập phân"))
            #expect(saved.status == .seeOther)
            #expect(stale.status == .conflict)
            let stored = try await app.store.settings.load(SettingKey.rewards)
            #expect(stored.version == 1)
            #expect(stored.value.baseSalary.steps.map(\.amount) == [2_400_000])
            #expect(stored.value.multiples == ["GK.law2022": 30])
            // 0.3 × 2,400,000 = 720,000
            #expect(personPage.body.string.contains("<span class=\"amount\"> 720.000 đồng</span>"))
        }
    }

    @Test func theRewardFormReadsEveryRowAndSkipsEmptyOnes() throws {
        let form = FormData(
            "version=3&from=2019-07-01&amount=1.490.000&basis=A&status=secondary&from=&amount=&basis=&status=verified"
                + "&from=2024-07-01&amount=2+340+000&basis=B&status=bogus&multiple.BK_BO.law2022=1%2C5")
        let (settings, errors) = RewardSettingsController.parse(
            try form.decode(RewardSettingsController.Body.self), form: form)
        #expect(errors.isEmpty)
        #expect(settings.baseSalary.steps.map(\.amount) == [1_490_000, 2_340_000])
        #expect(settings.baseSalary.steps.map(\.status) == [.secondary, .unverified])
        #expect(settings.multiples == ["BK_BO.law2022": 150])
        let bad = FormData("version=1&from=2024-02-30&amount=1&basis=&status=verified")
        let (_, badErrors) = RewardSettingsController.parse(
            try bad.decode(RewardSettingsController.Body.self), form: bad)
        #expect(badErrors.first?.message.contains("ngày áp dụng không hợp lệ") == true)
    }
}
