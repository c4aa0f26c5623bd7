import Foundation
import Testing

@testable import ThiDuaCore

/// The JSON contract of `thidua eligibility --input` and `POST /api/v1/eligibility`.
@Suite struct EligibilityRequestTests {
    /// The example of issue 4, as written.
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

    @Test func theIssueExampleAnswersEveryCodeWithReasons() throws {
        let request = try EligibilityRequest.parse(Data(Self.example.utf8))
        let results = request.evaluate()
        #expect(results.map(\.code) == ["LDTT", "CSTDCS", "CSTD_BO", "BK_TTG"])
        #expect(results.map(\.outcome) == [.eligible, .eligible, .notEligible, .notEligible])
        // BK_TTG: the 2021 discipline lies inside 2020–2024, and only one CSTĐCS.
        let bkttg = results[3]
        #expect(bkttg.reason("CHUNG-KY-LUAT")?.holds == false)
        #expect(bkttg.reason("BKTTG-3")?.holds == false)

        let json = try #require(
            try JSONSerialization.jsonObject(with: EligibilityResponse.encode(results)) as? [String: Any])
        let first = try #require((json["results"] as? [[String: Any]])?.first)
        #expect(first["subject"] as? String == "p1")
        #expect(first["code"] as? String == "LDTT")
        #expect(first["year"] as? Int == 2024)
        #expect(first["regime"] as? String == "law2022")
        #expect(first["outcome"] as? String == "eligible")
        let reasons = try #require(first["reasons"] as? [[String: Any]])
        #expect(reasons.allSatisfy { $0["text"] is String && $0["basis"] is String })
        #expect(reasons.first { $0["rule"] as? String == "LDTT-1" }?["holds"] as? Bool == true)
    }

    @Test func aManualReasonHasHoldsNull() throws {
        let request = EligibilityRequest(year: 2024, subjects: [person(rated(2024...2024, .good))], codes: ["BK_BO"])
        let data = EligibilityResponse.encode(request.evaluate())
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"holds\" : null"))
        #expect(text.contains("\"outcome\" : \"manualCheck\""))
    }

    @Test func codesDefaultToTheWholeCatalogue() throws {
        let request = try EligibilityRequest.parse(
            Data(
                #"{"year": 2024, "subjects": [{"id": "c", "kind": "collective", "members": {"total": 4, "LDTT": 3, "CSTDCS": 1, "completed": 4, "disciplined": 0}}]}"#
                    .utf8))
        #expect(request.codes.count == Catalogue.entries.count)
        #expect(
            request.subjects[0].members
                == MemberCounts(total: 4, completed: 4, disciplined: 0, titles: ["LDTT": 3, "CSTDCS": 1]))
    }

    @Test(arguments: [
        (#"{"year": 2024, "subjects": [], "codes": ["LDTT", "XYZ"]}"#, "codes[1]"),
        (#"{"subjects": []}"#, "year"),
        (#"{"year": 2024}"#, "subjects"),
        (#"{"year": 2024, "subjects": [{"id": "p", "kind": "robot"}]}"#, "subjects[0].kind"),
        (
            #"{"year": 2024, "subjects": [{"id": "p", "kind": "person", "ratings": {"2021": "great"}}]}"#,
            "subjects[0].ratings.2021"
        ),
        (
            #"{"year": 2024, "subjects": [{"id": "p", "kind": "person", "ratings": {"năm": "good"}}]}"#,
            "subjects[0].ratings.năm"
        ),
        (
            #"{"year": 2024, "subjects": [{"id": "p", "kind": "person", "titles": [{"code": "CSTDCS"}]}]}"#,
            "subjects[0].titles[0].year"
        ),
        (
            #"{"year": 2024, "subjects": [{"id": "p", "kind": "person", "titles": [{"code": "NOPE", "year": 2020}]}]}"#,
            "subjects[0].titles[0].code"
        ),
        (
            #"{"year": 2024, "subjects": [{"id": "p", "kind": "person", "awards": [{"code": "BK_BO", "year": 2020, "type": "bonus"}]}]}"#,
            "subjects[0].awards[0].type"
        ),
        (
            #"{"year": 2024, "subjects": [{"id": "p", "kind": "person", "discipline": [{"from": "2021-13-01", "to": null}]}]}"#,
            "subjects[0].discipline[0].from"
        ),
        (
            #"{"year": 2024, "subjects": [{"id": "p", "kind": "person", "discipline": [{"from": "2021-03-01", "to": "2021-01-01"}]}]}"#,
            "subjects[0].discipline[0].to"
        ),
        (
            #"{"year": 2024, "subjects": [{"id": "p", "kind": "person", "discipline": [{"from": "01/03/2021"}]}]}"#,
            "subjects[0].discipline[0].from"
        ),
        (
            #"{"year": 2024, "subjects": [{"id": "p", "kind": "person", "pending": [{"kind": "rumour", "from": "2021-03-01"}]}]}"#,
            "subjects[0].pending[0].kind"
        ),
        (
            #"{"year": 2024, "subjects": [{"id": "p", "kind": "person", "members": {"total": 3}}]}"#,
            "subjects[0].members"
        ),
        (
            #"{"year": 2024, "subjects": [{"id": "c", "kind": "collective", "members": {"total": 3, "LDTT": 4}}]}"#,
            "subjects[0].members.LDTT"
        ),
        (
            #"{"year": 2024, "subjects": [{"id": "c", "kind": "collective", "members": {"total": true}}]}"#,
            "subjects[0].members.total"
        ),
        (
            #"{"year": 2024, "subjects": [{"id": "p", "kind": "person"}, {"id": "p", "kind": "person"}]}"#,
            "subjects[1].id"
        ),
        (#"{"year": 2024, "subjects": [], "settings": {"cstdcsQuotaPercent": 150}}"#, "settings.cstdcsQuotaPercent"),
        (#"{"year": "2024", "subjects": []}"#, "year"),
        (
            #"{"year": 2024, "subjects": [{"id": "p", "kind": "person", "titles": [{"code": "LDTT", "year": 2020, "revoked": "yes"}]}]}"#,
            "subjects[0].titles[0].revoked"
        ),
        ("not json", "$"),
    ])
    func badInputNamesTheField(json: String, field: String) {
        do {
            _ = try EligibilityRequest.parse(Data(json.utf8))
            Issue.record("accepted: \(json)")
        } catch let error as EligibilityInputError {
            #expect(error.field == field)
            #expect(!error.message.isEmpty)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func anOrganizationsOwnCodeIsAcceptedInHistoriesOnlyWhenKnown() throws {
        let json =
            #"{"year": 2024, "subjects": [{"id": "p", "kind": "person", "awards": [{"code": "CO_LMHTX", "year": 2020}]}], "codes": ["LDTT"]}"#
        #expect(throws: EligibilityInputError.self) { try EligibilityRequest.parse(Data(json.utf8)) }
        let request = try EligibilityRequest.parse(Data(json.utf8), extraCodes: ["CO_LMHTX"])
        #expect(request.subjects[0].achievements.map(\.code) == ["CO_LMHTX"])
    }
}
