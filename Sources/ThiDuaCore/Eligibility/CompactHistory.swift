/// What the engine knows of one subject: a compact, read-only history. Built once (from the database, a
/// request or a benchmark file); evaluating it allocates nothing, so a sweep over a million subjects stays fast.
public struct CompactHistory: Sendable, Hashable {
    public var id: String
    public var name: String
    public var kind: SubjectKind
    public var gender: Person.Gender?
    /// A person's category; nil when not recorded (then a public employee, as before categories existed).
    public var category: Person.Category?
    /// Ratings from `firstRatingYear`, one slot per year; nil where the year is not known to be rated.
    public private(set) var ratings: [Rating?]
    public private(set) var firstRatingYear: Int
    public var achievements: [Achievement]
    public var initiatives: [InitiativeRecord]
    public var discipline: [DateSpan]
    public var pending: [PendingMatter]
    /// Counts of a collective's members in the evaluation year.
    public var members: MemberCounts?

    public init(
        id: String, name: String = "", kind: SubjectKind, gender: Person.Gender? = nil,
        category: Person.Category? = nil, ratings: [Int: Rating] = [:],
        achievements: [Achievement] = [], initiatives: [InitiativeRecord] = [], discipline: [DateSpan] = [],
        pending: [PendingMatter] = [], members: MemberCounts? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.gender = gender
        self.category = category
        let first = ratings.keys.min() ?? 0
        self.firstRatingYear = first
        var slots = [Rating?](repeating: nil, count: ratings.isEmpty ? 0 : (ratings.keys.max()! - first + 1))
        for (year, rating) in ratings { slots[year - first] = rating }
        self.ratings = slots
        self.achievements = achievements
        self.initiatives = initiatives
        self.discipline = discipline
        self.pending = pending
        self.members = members
    }

    public var personCategory: Person.Category { category ?? .publicEmployee }

    @inline(__always)
    public func rating(in year: Int) -> Rating? {
        let i = year - firstRatingYear
        return i >= 0 && i < ratings.count ? ratings[i] : nil
    }

    /// True when a title or award counts in `year`: not revoked, and (for prerequisites) merit-based.
    public func holds(_ code: String, in year: Int, meritOnly: Bool = true) -> Bool {
        let id = CatalogueCode.id(code)
        if id == CatalogueCode.other {
            for a in achievements where a.year == year && a.code == code && a.counts(meritOnly: meritOnly) {
                return true
            }
            return false
        }
        return holds(id, in: year, meritOnly: meritOnly)
    }

    /// The same by catalogue code number: the sweep's hot path compares small integers, not strings.
    @inline(__always)
    public func holds(_ codeID: UInt16, in year: Int, meritOnly: Bool = true) -> Bool {
        for a in achievements where a.year == year && a.codeID == codeID && a.counts(meritOnly: meritOnly) {
            return true
        }
        return false
    }
}

/// A title or award the subject received.
public struct Achievement: Sendable, Hashable {
    public var code: String { didSet { codeID = CatalogueCode.id(code) } }
    /// `code`'s number in the catalogue (`CatalogueCode.other` for an organization's own).
    public private(set) var codeID: UInt16
    public var year: Int
    public var type: CommendationType
    public var revoked: Bool

    public init(code: String, year: Int, type: CommendationType = .regular, revoked: Bool = false) {
        self.code = code
        self.codeID = CatalogueCode.id(code)
        self.year = year
        self.type = type
        self.revoked = revoked
    }

    /// A revoked one never counts; unscheduled, thematic and other non-merit ones do not count as the basis
    /// of a merit-based proposal (Decree 98/2023 Art. 4).
    @inline(__always)
    public func counts(meritOnly: Bool) -> Bool { !revoked && (!meritOnly || type == .regular) }
}

public struct InitiativeRecord: Sendable, Hashable {
    public var year: Int
    public var scope: InitiativeScope

    public init(year: Int, scope: InitiativeScope) {
        self.year = year
        self.scope = scope
    }
}

/// A period from one day to another; `to` nil means it has not ended.
public struct DateSpan: Sendable, Hashable {
    public var from: LocalDate
    public var to: LocalDate?

    public init(from: LocalDate, to: LocalDate?) {
        self.from = from
        self.to = to
    }

    @inline(__always)
    public func overlaps(_ start: LocalDate, _ end: LocalDate) -> Bool {
        from <= end && (to.map { $0 >= start } ?? true)
    }
}

public struct PendingMatter: Sendable, Hashable {
    public var kind: PendingKind
    public var span: DateSpan

    public init(kind: PendingKind, span: DateSpan) {
        self.kind = kind
        self.span = span
    }
}

/// A collective's members in the evaluation year: how many there are, how many completed their tasks,
/// hold each title, were disciplined at warning level or above, and are women.
public struct MemberCounts: Sendable, Hashable {
    public var total: Int
    public var completed: Int?
    public var disciplined: Int?
    public var women: Int?
    public var titles: [String: Int]

    public init(
        total: Int, completed: Int? = nil, disciplined: Int? = nil, women: Int? = nil, titles: [String: Int] = [:]
    ) {
        self.total = total
        self.completed = completed
        self.disciplined = disciplined
        self.women = women
        self.titles = titles
    }
}

/// Small numbers for the catalogue's codes, so histories and compiled rules compare integers.
public enum CatalogueCode {
    public static let other: UInt16 = 0
    private static let ids: [String: UInt16] = Dictionary(
        uniqueKeysWithValues: AwardCode.builtIns.enumerated().map { ($0.element.code, UInt16($0.offset + 1)) })

    @inline(__always)
    public static func id(_ code: String) -> UInt16 { ids[code] ?? other }
}
