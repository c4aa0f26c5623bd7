import Foundation

@testable import ThiDuaCore

/// Short builders for histories in tests.
func person(
    _ ratings: [Int: Rating] = [:], titles: [(String, Int)] = [], awards: [Achievement] = [],
    initiatives: [(Int, InitiativeScope)] = [], discipline: [DateSpan] = [], pending: [PendingMatter] = [],
    gender: Person.Gender? = nil, category: Person.Category? = nil, id: String = "p1"
) -> CompactHistory {
    CompactHistory(
        id: id, kind: .person, gender: gender, category: category, ratings: ratings,
        achievements: titles.map { Achievement(code: $0.0, year: $0.1) } + awards,
        initiatives: initiatives.map { InitiativeRecord(year: $0.0, scope: $0.1) }, discipline: discipline,
        pending: pending)
}

func collective(_ ratings: [Int: Rating] = [:], members: MemberCounts?, titles: [(String, Int)] = [], id: String = "c1")
    -> CompactHistory
{
    CompactHistory(
        id: id, kind: .collective, ratings: ratings, achievements: titles.map { Achievement(code: $0.0, year: $0.1) },
        members: members)
}

/// Rated `rating` every year in the range.
func rated(_ years: ClosedRange<Int>, _ rating: Rating) -> [Int: Rating] {
    Dictionary(uniqueKeysWithValues: years.map { ($0, rating) })
}

func day(_ text: String) -> LocalDate { LocalDate(text)! }

func evaluate(
    _ h: CompactHistory, _ code: String, _ year: Int, settings: EligibilitySettings = .defaults,
    proposalDate: LocalDate? = nil
) -> EligibilityResult {
    EligibilityEngine(settings: settings, proposalDate: proposalDate).evaluate(
        h, entry: Catalogue.entry(code)!, year: year)
}

extension EligibilityResult {
    func reason(_ rule: String) -> Reason? { reasons.first { $0.rule == rule } }
}
