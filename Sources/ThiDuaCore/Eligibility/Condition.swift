/// Three-valued answer of a condition: the history shows it holds, shows it fails, or cannot tell
/// (a judgement only a person can give).
public enum Truth: String, Sendable, Hashable, Codable {
    case holds, fails, unknown

    /// Kleene "and": one failure decides; otherwise any unknown leaves it open.
    static func all(_ a: Truth, _ b: Truth) -> Truth {
        if a == .fails || b == .fails { return .fails }
        return a == .unknown || b == .unknown ? .unknown : .holds
    }

    /// Kleene "or": one route that holds decides; otherwise an open route leaves it open.
    static func any(_ a: Truth, _ b: Truth) -> Truth {
        if a == .holds || b == .holds { return .holds }
        return a == .unknown || b == .unknown ? .unknown : .fails
    }
}

/// A rule of the catalogue: one check with its legal basis.
public struct Rule: Sendable {
    /// Stable id, e.g. "CSTDCS-1", cited in reasons and in docs/LEGAL.md.
    public var id: String
    public var check: Check
    public var basis: LegalBasis

    public init(_ id: String, _ check: Check, _ basis: LegalBasis) {
        self.id = id
        self.check = check
        self.basis = basis
    }
}

/// An alternative way to meet a condition, e.g. the points (a)–(d) of Bằng khen bộ.
public struct Route: Sendable {
    public var label: String
    public var condition: Condition

    public init(_ label: String, _ condition: Condition) {
        self.label = label
        self.condition = condition
    }
}

/// Rules combined: every one of them, or any one of several routes.
public indirect enum Condition: Sendable {
    case rule(Rule)
    case all([Condition])
    case any([Route])

    /// The leaves in order, each with the route labels above it.
    public var rules: [(route: [String], rule: Rule)] {
        switch self {
        case .rule(let r): return [([], r)]
        case .all(let parts): return parts.flatMap(\.rules)
        case .any(let routes):
            return routes.flatMap { route in route.condition.rules.map { ([route.label] + $0.route, $0.rule) } }
        }
    }
}

/// What a member count measures.
public enum MemberMeasure: Sendable, Hashable {
    case completed
    case title(String)
}

/// The combinators. Windows are whole years ending in the evaluation year.
public enum Check: Sendable {
    /// Rated at least `atLeast` in each of the last `years` years.
    case ratedConsecutively(years: Int, atLeast: Rating)
    /// Rated at least `rating` in one year or more of the last `within` years.
    case ratedOnce(rating: Rating, within: Int)
    /// Holds title `code` in each of the last `times` years.
    case titleConsecutively(code: String, times: Int)
    /// Holds title `code` at least `times` times in the last `within` years.
    case titleCount(code: String, times: Int, within: Int)
    /// `times` awards of `code`, each `spacing` years after the one before (the streaks behind them unbroken),
    /// the latest at most `latestWithin` years before the evaluation year.
    case consecutiveAwards(code: String, times: Int, spacing: Int, latestWithin: Int)
    /// Holds `code`, granted at least `yearsAfter` years before the evaluation year (so that many years follow it).
    case heldBefore(code: String, yearsAfter: Int)
    /// At least `count` initiatives or research works of scope ≥ `scope` in the last `within` years. With
    /// `notUsedFor`, an initiative that earned that title (a year it was held without an excellent rating) is spent.
    case initiatives(count: Int, scope: InitiativeScope, within: Int, notUsedFor: String?)
    /// No discipline overlapping the last `within` years, and none still running.
    case noDiscipline(within: Int)
    /// No investigation, inspection or complaint open on the reference day.
    case noPending
    /// Share of members measured, at least (or strictly above) `percent`.
    case memberShare(MemberMeasure, percent: Int, strictlyAbove: Bool)
    /// At least `atLeast` members measured.
    case memberCount(MemberMeasure, atLeast: Int)
    /// No member disciplined at warning level or above in the year; `manualIfAny` when the law is unclear.
    case noMemberDisciplined(manualIfAny: Bool)
    /// The code is for this kind of subject only.
    case subjectKind(SubjectKind)
    /// A judgement the history cannot give.
    case manual(String)
}
