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

/// One achievement earns one reward (Law 06/2022 Art. 5(2)(c)): once `code` is awarded, the achievements of its
/// window are spent, and the next award of the same code counts only what comes after it.
public struct Cycle: Sendable, Hashable {
    public var code: String
    /// Years of achievement behind one award, ending in its year (for the reasons: "thành tích 2019–2021").
    public var window: Int

    public init(code: String, window: Int) {
        self.code = code
        self.window = window
    }
}

/// Rules combined: every one of them, any one of several routes, or rules read within a cycle.
public indirect enum Condition: Sendable {
    case rule(Rule)
    case all([Condition])
    case any([Route])
    /// The inner rules see only the years after the latest award of the cycle's code before the evaluation year.
    case cycle(Cycle, Condition)

    /// The leaves in order, each with the route labels above it.
    public var rules: [(route: [String], rule: Rule)] { leaves.map { ($0.route, $0.rule) } }

    /// The leaves in order, with the route labels above each and the cycle it is read within.
    public var leaves: [Leaf] {
        switch self {
        case .rule(let r): return [Leaf(route: [], rule: r, cycle: nil)]
        case .all(let parts): return parts.flatMap(\.leaves)
        case .any(let routes):
            return routes.flatMap { route in
                route.condition.leaves.map { Leaf(route: [route.label] + $0.route, rule: $0.rule, cycle: $0.cycle) }
            }
        case .cycle(let cycle, let inner):
            return inner.leaves.map { Leaf(route: $0.route, rule: $0.rule, cycle: $0.cycle ?? cycle) }
        }
    }

    public struct Leaf: Sendable {
        public var route: [String]
        public var rule: Rule
        public var cycle: Cycle?
    }
}

/// What a member count measures.
public enum MemberMeasure: Sendable, Hashable {
    case completed
    case title(String)
}

/// The combinators. Windows are whole years ending in the evaluation year; within a cycle, the years before the
/// cycle's start do not count (a window reaching back before it cannot be whole).
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
    /// The person is of one of these categories (a person with none recorded is a public employee).
    case category([Person.Category])
    /// A judgement the history cannot give.
    case manual(String)

    var isCategory: Bool {
        if case .category = self { return true }
        return false
    }
}
