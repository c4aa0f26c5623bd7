/// What an evaluation is about: the year, the day that decides what is pending, and the regime.
public struct EvaluationContext: Sendable {
    public var year: Int
    public var referenceDate: LocalDate
    public var regime: LegalRegime

    public init(year: Int, referenceDate: LocalDate, regime: LegalRegime) {
        self.year = year
        self.referenceDate = referenceDate
        self.regime = regime
    }

    /// First day of a window of `years` years ending in the evaluation year.
    func windowStart(_ years: Int) -> LocalDate { LocalDate(year: year - years + 1, month: 1, day: 1)! }
    var yearEnd: LocalDate { LocalDate(year: year, month: 12, day: 31)! }
}

extension Condition {
    /// The answer, without building any text: this is the sweep's hot path.
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
        }
    }
}

extension Check {
    public func truth(_ h: CompactHistory, _ c: EvaluationContext) -> Truth {
        switch self {
        case .ratedConsecutively(let years, let minimum):
            for y in (c.year - years + 1)...c.year {
                guard let r = h.rating(in: y), r >= minimum else { return .fails }
            }
            return .holds
        case .ratedOnce(let rating, let within):
            for y in (c.year - within + 1)...c.year {
                if let r = h.rating(in: y), r >= rating { return .holds }
            }
            return .fails
        case .titleConsecutively(let code, let times):
            for y in (c.year - times + 1)...c.year where !h.holds(code, in: y) { return .fails }
            return .holds
        case .titleCount(let code, let times, let within):
            var n = 0
            for y in (c.year - within + 1)...c.year where h.holds(code, in: y) { n += 1 }
            return n >= times ? .holds : .fails
        case .consecutiveAwards(let code, let times, let spacing, let latestWithin):
            return Check.awardChainEnd(h, code: code, times: times, spacing: spacing, from: c.year - latestWithin, to: c.year) != nil ? .holds : .fails
        case .heldBefore(let code, let yearsAfter):
            for a in h.achievements where a.code == code && a.year <= c.year - yearsAfter && a.counts(meritOnly: true) { return .holds }
            return .fails
        case .initiatives(let count, let scope, let within, let notUsedFor):
            return Check.availableInitiatives(h, scope: scope, from: c.year - within + 1, to: c.year, notUsedFor: notUsedFor) >= count ? .holds : .fails
        case .noDiscipline(let within):
            let start = c.windowStart(within)
            for d in h.discipline where d.to == nil || d.overlaps(start, c.yearEnd) { return .fails }
            return .holds
        case .noPending:
            for p in h.pending where p.span.overlaps(c.referenceDate, c.referenceDate) { return .fails }
            return .holds
        case .memberShare(let measure, let percent, let strictlyAbove):
            guard let m = h.members, m.total > 0, let n = Check.count(m, measure) else { return .unknown }
            // Integer arithmetic: 70% of 40 is exactly 28, with no rounding at the boundary.
            return (strictlyAbove ? n * 100 > percent * m.total : n * 100 >= percent * m.total) ? .holds : .fails
        case .memberCount(let measure, let atLeast):
            guard let m = h.members, let n = Check.count(m, measure) else { return .unknown }
            return n >= atLeast ? .holds : .fails
        case .noMemberDisciplined(let manualIfAny):
            guard let n = h.members?.disciplined else { return .unknown }
            return n == 0 ? .holds : (manualIfAny ? .unknown : .fails)
        case .subjectKind(let kind):
            return h.kind == kind ? .holds : .fails
        case .manual:
            return .unknown
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
    static func awardChainEnd(_ h: CompactHistory, code: String, times: Int, spacing: Int, from: Int, to: Int) -> Int? {
        var latest: Int?
        for a in h.achievements where a.code == code && a.year >= from && a.year <= to && a.counts(meritOnly: true) {
            latest = max(latest ?? a.year, a.year)
        }
        guard let end = latest else { return nil }
        for k in 1..<max(times, 1) where !h.holds(code, in: end - k * spacing) { return nil }
        return end
    }

    /// Initiatives of at least `scope` in the years, less one for each year a title `notUsedFor` rested on one.
    static func availableInitiatives(_ h: CompactHistory, scope: InitiativeScope, from: Int, to: Int, notUsedFor: String?) -> Int {
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
}
