import Foundation
import Testing

@testable import ThiDuaCore

@Suite struct EligibilityCatalogueTests {

    @Test func theCatalogueHasEveryCodeOfDesignSection6() {
        let codes = [
            "LDTT", "CSTDCS", "CSTD_BO", "CSTD_TQ", "TTLDTT", "TTLDXS", "CO_BO", "CO_CP", "GK", "BK_BO", "BK_TTG",
            "HCLD3", "HCLD2", "HCLD1",
        ]
        #expect(
            Catalogue.entries.map(\.code) == [
                "LDTT", "CSTDCS", "CSTD_BO", "CSTD_TQ", "TTLDTT", "TTLDXS", "CO_BO", "CO_CP", "GK", "BK_BO", "BK_TTG",
                "HCLD3", "HCLD2", "HCLD1",
            ])
        #expect(Set(codes) == Set(AwardCode.builtIns.map(\.code)))
        // Names agree with the history catalogue of issue 3.
        for entry in Catalogue.entries {
            #expect(AwardCode.builtIns.first { $0.code == entry.code }?.name == entry.name)
        }
    }

    @Test(arguments: LegalRegime.allCases)
    func everyCodeAnswersForBothKindsWithABasisForEveryRule(regime: LegalRegime) {
        let year = regime == .law2013 ? 2023 : regime == .law2022 ? 2024 : 2025
        #expect(EligibilitySettings.defaults.regime(for: year) == regime)
        for entry in Catalogue.entries {
            for h in [
                person(rated(2015...2025, .excellent)),
                collective(
                    rated(2015...2025, .excellent),
                    members: MemberCounts(total: 10, completed: 10, disciplined: 0, titles: ["LDTT": 10, "CSTDCS": 2])),
            ] {
                let result = evaluate(h, entry.code, year)
                #expect(result.regime == regime)
                #expect(!result.reasons.isEmpty, "\(entry.code) \(h.kind)")
                for reason in result.reasons {
                    #expect(!reason.text.isEmpty && !reason.basis.citation.isEmpty, "\(entry.code) \(reason.rule)")
                }
                if entry.subjectKinds.contains(h.kind) { #expect(!result.reminders.isEmpty) }
            }
        }
    }

    /// A rule whose basis was not found may only be a manual check: the engine never decides on a guess.
    @Test(arguments: LegalRegime.allCases)
    func unverifiedRulesAreManualChecksOrLenient(regime: LegalRegime) {
        for entry in Catalogue.entries {
            for kind in SubjectKind.allCases where entry.subjectKinds.contains(kind) {
                for (_, rule) in entry.condition(for: kind, regime: regime, settings: .defaults).rules
                where rule.basis.status == .unverified {
                    switch rule.check {
                    case .manual, .noMemberDisciplined(manualIfAny: true): break
                    default: Issue.record("\(entry.code) \(rule.id) decides on an unverified basis")
                    }
                }
            }
        }
    }

    @Test func regimesFollowTheReferenceDay() {
        #expect(LegalRegime.inForce(on: day("2023-12-31")) == .law2013)
        #expect(LegalRegime.inForce(on: day("2024-01-01")) == .law2022)
        #expect(LegalRegime.inForce(on: day("2025-06-30")) == .law2022)
        #expect(LegalRegime.inForce(on: day("2025-07-01")) == .decree152)
        #expect(LegalRegime.law2022.effectiveTo == day("2025-06-30"))
        #expect(EligibilitySettings.defaults.regime(for: 2025) == .decree152)
        let startOfYear = EligibilitySettings(referenceMonth: 1, referenceDay: 1)
        #expect(startOfYear.regime(for: 2025) == .law2022)
        #expect(startOfYear.regime(for: 2024) == .law2022)
    }

    @Test func grassrootsFighterChangedIn2024FromInitiativeToExcellentOrInitiative() {
        let excellentNoInitiative = person([2023: .excellent, 2024: .excellent])
        let old = evaluate(excellentNoInitiative, "CSTDCS", 2023)
        #expect(old.regime == .law2013)
        #expect(old.outcome == .notEligible)
        #expect(old.reason("CSTDCS-2")?.basis.citation == "Nghị định 91/2017/NĐ-CP, Điều 9 khoản 3")
        let new = evaluate(excellentNoInitiative, "CSTDCS", 2024)
        #expect(new.regime == .law2022)
        #expect(new.outcome == .eligible)
        #expect(new.reason("CSTDCS-2A")?.holds == true)
        #expect(new.reason("CSTDCS-2B")?.holds == false)
        // Good with an initiative: eligible under both.
        let goodWithInitiative = person(
            [2023: .good, 2024: .good], initiatives: [(2023, .grassroots), (2024, .grassroots)])
        #expect(evaluate(goodWithInitiative, "CSTDCS", 2023).outcome == .eligible)
        #expect(evaluate(goodWithInitiative, "CSTDCS", 2024).outcome == .eligible)
    }

    @Test func advancedCollectiveThresholdChangedIn2024() {
        let h = collective(
            [2023: .good, 2024: .good], members: MemberCounts(total: 10, disciplined: 0, titles: ["LDTT": 6]))
        #expect(evaluate(h, "TTLDTT", 2023).outcome == .eligible)  // > 50%
        #expect(evaluate(h, "TTLDTT", 2024).outcome == .notEligible)  // < 70%
    }

    /// The long-service route (point g) applies from 2024-01-01, detailed by Decree 98/2023 (LAW.md, Second
    /// review 2), then by Decree 152/2025 Art. 21; before 2024 the old catalogue has no such route.
    @Test func theLongServiceRouteAppliesFrom2024() {
        let h = person(rated(2020...2025, .good))
        let old = evaluate(h, "HCLD3", 2023)
        #expect(old.regime == .law2013)
        #expect(old.reason("HCLD3-5") == nil)
        let before = evaluate(h, "HCLD3", 2024)
        #expect(before.regime == .law2022)
        #expect(before.outcome == .manualCheck)
        #expect(before.reason("HCLD3-5")?.basis.document == "Nghị định 98/2023/NĐ-CP")
        #expect(before.reason("HCLD3-5")?.basis.status == .unverified)
        let after = evaluate(h, "HCLD3", 2025)
        #expect(after.regime == .decree152)
        #expect(after.outcome == .manualCheck)
        #expect(after.reason("HCLD3-5")?.basis.article.hasPrefix("Điều 21") == true)
        #expect(after.reason("CHUNG-KY-LUAT")?.basis.document == "Nghị định 152/2025/NĐ-CP")
        // With 1/1 as the reference day, 2025 stays under Decree 98, which has the route too.
        let january = evaluate(h, "HCLD3", 2025, settings: EligibilitySettings(referenceMonth: 1, referenceDay: 1))
        #expect(january.regime == .law2022)
        #expect(january.outcome == .manualCheck)
    }

    @Test func thirdClassLabourOrderNeedsOneExcellentYear() {
        let base = person(
            rated(2020...2024, .good), titles: [("CSTDCS", 2021), ("CSTDCS", 2022), ("CSTDCS", 2023)],
            awards: [Achievement(code: "BK_TTG", year: 2019)])
        let result = evaluate(base, "HCLD3", 2024)
        // The merit route fails; long service remains a judgement.
        #expect(result.outcome == .manualCheck)
        #expect(result.reason("HCLD3-3")?.holds == false)
        #expect(result.reason("HCLD3-3")?.text == "Trong 2020–2024 chưa có năm nào “hoàn thành xuất sắc nhiệm vụ”.")
        let withExcellent = person(
            [2020: .good, 2021: .excellent, 2022: .good, 2023: .good, 2024: .good],
            titles: [("CSTDCS", 2021), ("CSTDCS", 2022), ("CSTDCS", 2023)],
            awards: [Achievement(code: "BK_TTG", year: 2019)])
        #expect(evaluate(withExcellent, "HCLD3", 2024).outcome == .eligible)
    }

    @Test func flagsAreAlwaysAJudgementOfTheBloc() {
        let h = collective(rated(2024...2024, .excellent), members: MemberCounts(total: 10))
        #expect(evaluate(h, "CO_BO", 2024).outcome == .manualCheck)
        #expect(evaluate(h, "CO_CP", 2024).outcome == .manualCheck)
        // A setting adds the TTLĐXS requirement, which the history decides.
        let strict = EligibilitySettings(coBoRequiresTTLDXS: true)
        let result = evaluate(h, "CO_BO", 2024, settings: strict)
        #expect(result.reason("COBO-3")?.holds == false)
        #expect(result.outcome == .manualCheck)  // the thematic-movement route remains a judgement
    }
}

@Suite struct LegalDocumentTests {
    /// docs/LEGAL.md is generated from the catalogue; this fails when one changes without the other.
    @Test func docsLegalMatchesTheCatalogue() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let file = try String(contentsOf: root.appendingPathComponent("docs/LEGAL.md"), encoding: .utf8)
        #expect(file == LegalDocument.markdown(), "regenerate: swift run thidua catalogue > docs/LEGAL.md")
    }

    @Test func everyRuleOfEveryCodeIsListedWithItsBasis() {
        let text = LegalDocument.markdown()
        for entry in Catalogue.entries {
            #expect(text.contains("## `\(entry.code)` – \(entry.name)"))
            for regime in LegalRegime.allCases {
                for kind in entry.subjectKinds {
                    for (_, rule) in entry.condition(for: kind, regime: regime, settings: .defaults).rules {
                        #expect(text.contains("| `\(rule.id)` |"), "\(rule.id)")
                        #expect(text.contains(rule.basis.citation), "\(rule.id)")
                    }
                }
            }
        }
    }
}
