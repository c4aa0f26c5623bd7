/// What an evaluation is about: the year, the day that decides what is pending, and the regime.
public struct EvaluationContext: Sendable {
    public var year: Int
    public var referenceDate: LocalDate
    public var regime: LegalRegime
    /// The first year whose achievements count: after the latest award of the cycle being read (0: no cycle).
    public var from: Int

    public init(year: Int, referenceDate: LocalDate, regime: LegalRegime, from: Int = 0) {
        self.year = year
        self.referenceDate = referenceDate
        self.regime = regime
        self.from = from
    }

    /// The context within a cycle of `code` for this history: from the year after its latest award before the year.
    func within(_ codeID: UInt16, _ h: CompactHistory) -> EvaluationContext {
        withUnsafePointer(to: h) { within(codeID, $0) }
    }

    /// The same through a pointer, for the compiled sweep: reading the achievements in place copies nothing
    /// (passing the history by value here retained its arrays once per cycle, and doubled the sweep's time).
    @inline(__always)
    func within(_ codeID: UInt16, _ h: UnsafePointer<CompactHistory>) -> EvaluationContext {
        let last = h.pointee.achievements.withUnsafeBufferPointer { list -> Int in
            var last = Int.min
            for a in list where a.codeID == codeID && a.year < year && a.year > last && a.counts(meritOnly: true) {
                last = a.year
            }
            return last
        }
        guard last != Int.min else { return self }
        var c = self
        c.from = max(from, last + 1)
        return c
    }

    /// First day of a window of `years` years ending in the evaluation year.
    func windowStart(_ years: Int) -> LocalDate { LocalDate(year: year - years + 1, month: 1, day: 1)! }
    var yearEnd: LocalDate { LocalDate(year: year, month: 12, day: 31)! }
}

extension Condition {
    /// The answer, without building any text. Sweeps use `CompiledCondition`, which gives the same answers.
    public func truth(_ h: CompactHistory, _ c: EvaluationContext) -> Truth {
        switch self {
        case .rule(let rule):
            return rule.check.truth(h, c)
        case .all(let parts):
            var result = Truth.holds
            for part in parts {
                result = Truth.all(result, part.truth(h, c))
                if result == .fails { return .fails }
            }
            return result
        case .any(let routes):
            var result = Truth.fails
            for route in routes {
                result = Truth.any(result, route.condition.truth(h, c))
                if result == .holds { return .holds }
            }
            return result
        case .cycle(let cycle, let inner):
            return inner.truth(h, c.within(CatalogueCode.id(cycle.code), h))
        }
    }
}

extension Check {
    public func truth(_ h: CompactHistory, _ c: EvaluationContext) -> Truth {
        typealias L = CheckLeaf
        switch self {
        case .ratedConsecutively(let years, let minimum): return L.ratedConsecutively(h, c, years, minimum)
        case .ratedOnce(let rating, let within): return L.ratedOnce(h, c, rating, within)
        case .titleConsecutively(let code, let times): return L.titleConsecutively(h, c, CatalogueCode.id(code), times)
        case .titleCount(let code, let times, let within):
            return L.titleCount(h, c, CatalogueCode.id(code), times, within)
        case .consecutiveAwards(let code, let times, let spacing, let latestWithin):
            return L.consecutiveAwards(h, c, CatalogueCode.id(code), times, spacing, latestWithin)
        case .heldBefore(let code, let yearsAfter): return L.heldBefore(h, c, CatalogueCode.id(code), yearsAfter)
        case .initiatives(let count, let scope, let within, let notUsedFor):
            return L.initiatives(h, c, count, scope, within, notUsedFor.map(CatalogueCode.id))
        case .noDiscipline(let within): return L.noDiscipline(h, c, within)
        case .noPending: return L.noPending(h, c)
        case .memberShare(let measure, let percent, let strictlyAbove):
            return L.memberShare(h, measure, percent, strictlyAbove)
        case .memberCount(let measure, let atLeast): return L.memberCount(h, measure, atLeast)
        case .noMemberDisciplined(let manualIfAny): return L.noMemberDisciplined(h, manualIfAny)
        case .subjectKind(let kind): return h.kind == kind ? .holds : .fails
        case .category(let categories): return categories.contains(h.personCategory) ? .holds : .fails
        case .manual: return .unknown
        }
    }

    @inline(__always)
    static func count(_ m: MemberCounts, _ measure: MemberMeasure) -> Int? {
        switch measure {
        case .completed: return m.completed
        case .title(let code): return m.titles[code]
        }
    }

    /// The latest award of `code` in `from...to` whose chain of `times` awards, `spacing` years apart, is whole.
    static func awardChainEnd(
        _ h: CompactHistory, code: String, times: Int, spacing: Int, from: Int, to: Int, floor: Int = 0
    ) -> Int? {
        CheckLeaf.awardChainEnd(h, CatalogueCode.id(code), times, spacing, from, to, floor)
    }

    static func availableInitiatives(
        _ h: CompactHistory, scope: InitiativeScope, from: Int, to: Int, notUsedFor: String?
    ) -> Int {
        CheckLeaf.availableInitiatives(h, scope, from, to, notUsedFor.map(CatalogueCode.id))
    }
}

/// The one implementation of each check's meaning, shared by `Check.truth` and `CompiledCondition`.
enum CheckLeaf {
    @inline(__always)
    static func ratedConsecutively(_ h: CompactHistory, _ c: EvaluationContext, _ years: Int, _ minimum: Rating)
        -> Truth
    {
        guard c.year - years + 1 >= c.from else { return .fails }
        for y in (c.year - years + 1)...c.year {
            guard let r = h.rating(in: y), r >= minimum else { return .fails }
        }
        return .holds
    }

    @inline(__always)
    static func ratedOnce(_ h: CompactHistory, _ c: EvaluationContext, _ rating: Rating, _ within: Int) -> Truth {
        guard max(c.year - within + 1, c.from) <= c.year else { return .fails }
        for y in max(c.year - within + 1, c.from)...c.year {
            if let r = h.rating(in: y), r >= rating { return .holds }
        }
        return .fails
    }

    @inline(__always)
    static func titleConsecutively(_ h: CompactHistory, _ c: EvaluationContext, _ code: UInt16, _ times: Int) -> Truth {
        guard c.year - times + 1 >= c.from else { return .fails }
        for y in (c.year - times + 1)...c.year where !h.holds(code, in: y) { return .fails }
        return .holds
    }

    @inline(__always)
    static func titleCount(_ h: CompactHistory, _ c: EvaluationContext, _ code: UInt16, _ times: Int, _ within: Int)
        -> Truth
    {
        var n = 0
        guard max(c.year - within + 1, c.from) <= c.year else { return .fails }
        for y in max(c.year - within + 1, c.from)...c.year where h.holds(code, in: y) { n += 1 }
        return n >= times ? .holds : .fails
    }

    @inline(__always)
    static func consecutiveAwards(
        _ h: CompactHistory, _ c: EvaluationContext, _ code: UInt16, _ times: Int, _ spacing: Int, _ latestWithin: Int
    ) -> Truth {
        awardChainEnd(h, code, times, spacing, c.year - latestWithin, c.year, c.from) != nil ? .holds : .fails
    }

    /// The latest award of `code` in `from...to` that ends a whole chain of `times` awards `spacing` years apart,
    /// none of them before `floor`.
    static func awardChainEnd(
        _ h: CompactHistory, _ code: UInt16, _ times: Int, _ spacing: Int, _ from: Int, _ to: Int, _ floor: Int
    ) -> Int? {
        guard from <= to else { return nil }
        for end in stride(from: to, through: from, by: -1) where h.holds(code, in: end) {
            guard end - (max(times, 1) - 1) * spacing >= floor else { return nil }
            var whole = true
            for k in 1..<max(times, 1) where !h.holds(code, in: end - k * spacing) {
                whole = false
                break
            }
            if whole { return end }
        }
        return nil
    }

    @inline(__always)
    static func heldBefore(_ h: CompactHistory, _ c: EvaluationContext, _ code: UInt16, _ yearsAfter: Int) -> Truth {
        for a in h.achievements
        where a.codeID == code && a.year >= c.from && a.year <= c.year - yearsAfter && a.counts(meritOnly: true) {
            return .holds
        }
        return .fails
    }

    @inline(__always)
    static func initiatives(
        _ h: CompactHistory, _ c: EvaluationContext, _ count: Int, _ scope: InitiativeScope, _ within: Int,
        _ notUsedFor: UInt16?
    ) -> Truth {
        availableInitiatives(h, scope, max(c.year - within + 1, c.from), c.year, notUsedFor) >= count ? .holds : .fails
    }

    /// Initiatives of at least `scope` in the years, less one for each year a title `notUsedFor` rested on one.
    static func availableInitiatives(
        _ h: CompactHistory, _ scope: InitiativeScope, _ from: Int, _ to: Int, _ notUsedFor: UInt16?
    ) -> Int {
        guard from <= to else { return 0 }
        var total = 0
        for y in from...to {
            var n = 0
            for i in h.initiatives where i.year == y && i.scope >= scope { n += 1 }
            if n > 0, let code = notUsedFor, h.holds(code, in: y), h.rating(in: y) != .excellent { n -= 1 }
            total += n
        }
        return total
    }

    /// A discipline overlapping the window, or one still running (no proposal while it lasts), fails.
    @inline(__always)
    static func noDiscipline(_ h: CompactHistory, _ c: EvaluationContext, _ within: Int) -> Truth {
        let start = c.windowStart(within)
        let end = c.yearEnd
        for d in h.discipline where d.to == nil || d.overlaps(start, end) { return .fails }
        return .holds
    }

    @inline(__always)
    static func noPending(_ h: CompactHistory, _ c: EvaluationContext) -> Truth {
        for p in h.pending where p.span.overlaps(c.referenceDate, c.referenceDate) { return .fails }
        return .holds
    }

    @inline(__always)
    static func memberShare(_ h: CompactHistory, _ measure: MemberMeasure, _ percent: Int, _ strictlyAbove: Bool)
        -> Truth
    {
        guard let m = h.members, m.total > 0, let n = Check.count(m, measure) else { return .unknown }
        // Integer arithmetic: 70% of 40 is exactly 28, with no rounding at the boundary.
        return (strictlyAbove ? n * 100 > percent * m.total : n * 100 >= percent * m.total) ? .holds : .fails
    }

    @inline(__always)
    static func memberCount(_ h: CompactHistory, _ measure: MemberMeasure, _ atLeast: Int) -> Truth {
        guard let m = h.members, let n = Check.count(m, measure) else { return .unknown }
        return n >= atLeast ? .holds : .fails
    }

    @inline(__always)
    static func noMemberDisciplined(_ h: CompactHistory, _ manualIfAny: Bool) -> Truth {
        guard let n = h.members?.disciplined else { return .unknown }
        return n == 0 ? .holds : (manualIfAny ? .unknown : .fails)
    }
}
