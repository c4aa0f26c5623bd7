/// The answer for one subject, code and year.
public struct EligibilityResult: Sendable, Hashable {
    public enum Outcome: String, Sendable, Hashable, Codable, CaseIterable {
        case eligible, notEligible, manualCheck

        public var vietnamese: String {
            switch self {
            case .eligible: return "Đủ điều kiện"
            case .notEligible: return "Chưa đủ điều kiện"
            case .manualCheck: return "Cần xem xét"
            }
        }

        init(_ truth: Truth) {
            switch truth {
            case .holds: self = .eligible
            case .fails: self = .notEligible
            case .unknown: self = .manualCheck
            }
        }
    }

    /// One rule's finding: holds (true), fails (false) or needs a person's judgement (nil).
    public struct Reason: Sendable, Hashable {
        public var rule: String
        public var route: [String]
        public var holds: Bool?
        public var text: String
        public var basis: LegalBasis
    }

    public var subject: String
    public var code: String
    public var year: Int
    public var regime: LegalRegime
    /// The day the achievements are considered: it chose the regime, and pending matters are checked on it.
    public var proposalDate: LocalDate
    public var outcome: Outcome
    public var reasons: [Reason]
    public var reminders: [Reminder]
    /// What the code pays this subject on the proposal date, where the code pays anything.
    public var reward: Reward?
    /// Changes to the law in force on the proposal date that the catalogue has not read yet.
    public var warnings: [Amendment]
}

/// Evaluates histories against the catalogue, under the regime in force for the year.
public struct EligibilityEngine: Sendable {
    public var settings: EligibilitySettings
    public var rewards: RewardSettings
    /// A proposal date given with the request, instead of the one the settings derive from the year.
    public var proposalDate: LocalDate?

    public init(
        settings: EligibilitySettings = .defaults, rewards: RewardSettings = .defaults, proposalDate: LocalDate? = nil
    ) {
        self.settings = settings
        self.rewards = rewards
        self.proposalDate = proposalDate
    }

    /// The year, the proposal date and the regime in force on it.
    public func context(year: Int) -> EvaluationContext {
        let day = proposalDate ?? settings.referenceDate(in: year)
        return EvaluationContext(year: year, referenceDate: day, regime: LegalRegime.inForce(on: day))
    }

    /// The outcome only: no text, no allocation per subject. A sweep compiles `condition` once per code and kind.
    public func outcome(_ h: CompactHistory, _ condition: Condition, _ context: EvaluationContext)
        -> EligibilityResult.Outcome
    {
        EligibilityResult.Outcome(condition.truth(h, context))
    }

    /// The outcome with one reason per rule, each with the facts and the legal basis.
    public func evaluate(_ h: CompactHistory, entry: CatalogueEntry, year: Int) -> EligibilityResult {
        let c = context(year: year)
        let condition = entry.condition(for: h.kind, regime: c.regime, settings: settings)
        let leaves = condition.leaves
        var reasons = leaves.map { leaf -> EligibilityResult.Reason in
            let within = leaf.cycle.map { c.within(CatalogueCode.id($0.code), h) } ?? c
            let truth = leaf.rule.check.truth(h, within)
            var text = leaf.rule.check.explain(h, within, truth: truth, Catalogue.shortName)
            if let cycle = leaf.cycle, within.from > 0, leaf.rule.check.reachesBefore(within) {
                text =
                    Self.cycleNote(cycle, spentUpTo: within.from - 1) + text.prefix(1).lowercased() + text.dropFirst()
            }
            return EligibilityResult.Reason(
                rule: leaf.rule.id, route: leaf.route, holds: truth == .unknown ? nil : truth == .holds,
                text: text, basis: leaf.rule.basis)
        }
        // A route for another category of person says so once, without its other rules.
        let otherCategory = Set(
            zip(leaves, reasons).filter { $0.0.rule.check.isCategory && $0.1.holds == false }.map(\.0.route))
        reasons = zip(leaves, reasons).filter { $0.0.rule.check.isCategory || !otherCategory.contains($0.0.route) }.map(
            \.1)
        let applies = entry.subjectKinds.contains(h.kind)
        let reminders = applies ? Catalogue.reminders(for: h.kind, regime: c.regime) : []
        return EligibilityResult(
            subject: h.id, code: entry.code, year: year, regime: c.regime, proposalDate: c.referenceDate,
            outcome: outcome(h, condition, c), reasons: reasons, reminders: reminders,
            reward: applies ? Catalogue.reward(entry.code, h.kind, c.regime, on: c.referenceDate, rewards) : nil,
            warnings: Catalogue.amendments(on: c.referenceDate))
    }

    /// "Đã được tặng CSTĐ cấp bộ năm 2021 (thành tích 2019–2021); chu kỳ mới tính từ năm 2022: "
    static func cycleNote(_ cycle: Cycle, spentUpTo last: Int) -> String {
        let first = last - cycle.window + 1
        return "Đã được tặng \(Catalogue.shortName(cycle.code)) năm \(last) (thành tích \(first)–\(last)); "
            + "chu kỳ mới tính từ năm \(last + 1): "
    }

    /// Every code of the catalogue that applies to the subject's kind, for the year.
    public func evaluateAll(_ h: CompactHistory, year: Int) -> [EligibilityResult] {
        Catalogue.entries.filter { $0.subjectKinds.contains(h.kind) }.map { evaluate(h, entry: $0, year: year) }
    }
}

extension EligibilityEngine {
    /// The history with the best the evaluation year can still bring: an excellent rating, a nationwide
    /// initiative, and each title the subject could then reach (LĐTT, CSTĐCS, CSTĐ cấp bộ, in that order);
    /// open investigations or complaints may close by then, so they are dropped. Discipline stays: it is a fact.
    /// A target that fails even so is already impossible.
    public func bestCase(_ h: CompactHistory, year: Int) -> CompactHistory {
        var ratings: [Int: Rating] = [:]
        for (i, r) in h.ratings.enumerated() { if let r { ratings[h.firstRatingYear + i] = r } }
        ratings[year] = .excellent
        var best = CompactHistory(
            id: h.id, name: h.name, kind: h.kind, gender: h.gender, category: h.category, ratings: ratings,
            achievements: h.achievements,
            initiatives: h.initiatives + [InitiativeRecord(year: year, scope: .national)], discipline: h.discipline,
            pending: [], members: h.members)
        guard h.kind == .person else { return best }
        for code in ["LDTT", "CSTDCS", "CSTD_BO"] where !best.holds(code, in: year) {
            let entry = Catalogue.entry(code)!
            if evaluate(best, entry: entry, year: year).outcome == .eligible {
                best.achievements.append(Achievement(code: code, year: year))
            }
        }
        return best
    }
}
