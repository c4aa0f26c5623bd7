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
    public var outcome: Outcome
    public var reasons: [Reason]
    public var reminders: [Reminder]
}

/// Evaluates histories against the catalogue, under the regime in force for the year.
public struct EligibilityEngine: Sendable {
    public var settings: EligibilitySettings

    public init(settings: EligibilitySettings = .defaults) {
        self.settings = settings
    }

    public func context(year: Int) -> EvaluationContext {
        EvaluationContext(
            year: year, referenceDate: settings.referenceDate(in: year), regime: settings.regime(for: year))
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
        let reasons = condition.rules.map { route, rule -> EligibilityResult.Reason in
            let truth = rule.check.truth(h, c)
            return EligibilityResult.Reason(
                rule: rule.id, route: route, holds: truth == .unknown ? nil : truth == .holds,
                text: rule.check.explain(h, c, truth: truth, Catalogue.shortName), basis: rule.basis)
        }
        let reminders = entry.subjectKinds.contains(h.kind) ? Catalogue.reminders(for: h.kind, regime: c.regime) : []
        return EligibilityResult(
            subject: h.id, code: entry.code, year: year, regime: c.regime,
            outcome: outcome(h, condition, c), reasons: reasons, reminders: reminders)
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
            id: h.id, name: h.name, kind: h.kind, gender: h.gender, ratings: ratings, achievements: h.achievements,
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
