import Foundation
import Testing

@testable import ThiDuaCore

/// The sweep's compiled conditions answer exactly as the rule tree, on many varied histories.
@Suite struct CompiledConditionTests {
    static func histories(_ count: Int) -> [CompactHistory] {
        var rng = SplitMix64(seed: 7)
        func r(_ n: UInt64) -> Int { Int(rng.next() % n) }
        let codes = AwardCode.builtIns.map(\.code)
        return (0..<count).map { i in
            var ratings: [Int: Rating] = [:]
            for y in 2014...2026 where r(10) > 0 { ratings[y] = Rating.allCases[r(4)] }
            let achievements = (0..<r(12)).map { _ in
                Achievement(
                    code: codes[r(UInt64(codes.count))], year: 2014 + r(13), type: r(8) == 0 ? .unscheduled : .regular,
                    revoked: r(15) == 0)
            }
            let initiatives = (0..<r(4)).map { _ in
                InitiativeRecord(year: 2014 + r(13), scope: InitiativeScope.allCases[r(3)])
            }
            let discipline =
                r(8) == 0
                ? [
                    DateSpan(
                        from: LocalDate(year: 2015 + r(11), month: 1 + r(12), day: 1)!,
                        to: r(4) == 0 ? nil : LocalDate(year: 2026, month: 1, day: 1)!)
                ] : []
            let pending =
                r(12) == 0
                ? [
                    PendingMatter(
                        kind: .complaint,
                        span: DateSpan(
                            from: LocalDate(year: 2020 + r(6), month: 6, day: 1)!,
                            to: r(2) == 0 ? nil : LocalDate(year: 2025, month: 1, day: 1)!))
                ] : []
            let kind: SubjectKind = i % 5 == 0 ? .collective : .person
            let total = 5 + r(40)
            let members =
                kind == .collective
                ? MemberCounts(
                    total: total, completed: r(3) == 0 ? nil : total - r(2), disciplined: r(4) == 0 ? nil : r(2),
                    women: r(UInt64(total)), titles: ["LDTT": r(UInt64(total + 1)), "CSTDCS": r(3)]) : nil
            let category = kind == .person && r(3) == 0 ? Person.Category.allCases[r(6)] : nil
            return CompactHistory(
                id: "s\(i)", kind: kind, category: category, ratings: ratings, achievements: achievements,
                initiatives: initiatives,
                discipline: discipline, pending: pending, members: members)
        }
    }

    @Test(arguments: [2023, 2024, 2025])
    func compiledAndTreeAgreeOnEveryCode(year: Int) {
        let engine = EligibilityEngine()
        let context = engine.context(year: year)
        let subjects = Self.histories(3000)
        var outcomes: Set<Truth> = []
        for entry in Catalogue.entries {
            for kind in SubjectKind.allCases {
                let tree = entry.condition(for: kind, regime: context.regime, settings: .defaults)
                let compiled = CompiledCondition(tree)
                for h in subjects where h.kind == kind {
                    let expected = tree.truth(h, context)
                    #expect(compiled.truth(h, context) == expected, "\(entry.code) \(h.id)")
                    outcomes.insert(expected)
                }
            }
        }
        #expect(outcomes == [.holds, .fails, .unknown])
    }

    @Test func parallelCountsEqualOneByOne() {
        let engine = EligibilityEngine()
        let subjects = Self.histories(25_000)
        let counts = EligibilitySweep(engine: engine).counts(subjects, codes: Catalogue.entries, year: 2024)
        for entry in Catalogue.entries {
            var expected: [EligibilityResult.Outcome: Int] = [.eligible: 0, .manualCheck: 0, .notEligible: 0]
            for h in subjects where entry.subjectKinds.contains(h.kind) {
                expected[engine.evaluate(h, entry: entry, year: 2024).outcome, default: 0] += 1
            }
            #expect(counts[entry.code] == expected, "\(entry.code)")
        }
    }

    @Test func aChainIsFoundBehindALaterLoneAward() {
        // CSTĐ cấp bộ 2020, 2023 and 2024: 2023 and 2020 make two in a row, though 2024 has no partner.
        let h = person(
            titles: [("CSTD_BO", 2020), ("CSTD_BO", 2023), ("CSTD_BO", 2024)], initiatives: [(2022, .national)])
        #expect(evaluate(h, "CSTD_TQ", 2024).outcome == .eligible)
        #expect(
            evaluate(h, "CSTD_TQ", 2024).reason("CSTDTQ-1")?.text == "Có 2 lần liên tục đạt CSTĐ cấp bộ: 2020, 2023.")
    }
}
