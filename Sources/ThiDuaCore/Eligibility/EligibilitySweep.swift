import Foundation

/// "Who is eligible for X in year Y" over many subjects: a unit, a bloc or the whole organization.
public struct EligibilitySweep: Sendable {
    public var engine: EligibilityEngine

    public init(engine: EligibilityEngine) {
        self.engine = engine
    }

    /// How a subject's merit compares, for ranking when a quota binds: higher is better, field by field.
    public struct Merit: Sendable, Hashable, Comparable {
        /// The evaluation year's rating (excellent 3 … failed 0, unknown -1).
        public var rating: Int
        /// Initiatives of the window, weighted by scope (national 3, ministry 2, grassroots 1).
        public var initiatives: Int
        /// Consecutive years rated excellent, ending in the evaluation year.
        public var excellentStreak: Int

        public static func < (a: Merit, b: Merit) -> Bool {
            (a.rating, a.initiatives, a.excellentStreak) < (b.rating, b.initiatives, b.excellentStreak)
        }

        public var vietnamese: String {
            let ratingText = rating >= 0 ? Rating(rank: rating).phrase : "chưa có xếp loại"
            return "xếp loại “\(ratingText)”, điểm sáng kiến \(initiatives), \(excellentStreak) năm liên tục xuất sắc"
        }
    }

    public struct Row: Sendable {
        public var subject: CompactHistory
        public var result: EligibilityResult
        public var merit: Merit
        /// Women, or a collective of at least 70% women: first on equal merit.
        public var priority: Bool
        /// 1-based place among those eligible or to be checked; nil for the not eligible.
        public var rank: Int?
        /// Whether the place is within the quota; nil when no quota applies.
        public var withinQuota: Bool?
        /// Why this row stands where it does, when a tie was broken.
        public var note: String?
        /// The person's unit (a collective's own name), and birth year: filled by the service.
        public var unitName: String?
        public var birthYear: Int?
    }

    public struct QuotaOutcome: Sendable {
        public var quota: Quota
        /// Subjects holding (or, when none is recorded, eligible for) the base title.
        public var base: Int
        public var baseIsRecorded: Bool
        public var cap: Int
        public var binds: Bool
    }

    public struct Result: Sendable {
        public var code: String
        public var year: Int
        public var regime: LegalRegime
        /// The day the year's achievements are considered, which chose the regime.
        public var proposalDate: LocalDate
        public var rows: [Row]
        public var quota: QuotaOutcome?
        /// About the scope, e.g. a bloc's member list taken from an earlier year.
        public var note: String?

        public func count(_ outcome: EligibilityResult.Outcome) -> Int {
            rows.filter { $0.result.outcome == outcome }.count
        }
    }

    /// One code over the subjects, with reasons; ranked, and the quota applied when one binds.
    public func run(_ subjects: [CompactHistory], entry: CatalogueEntry, year: Int) -> Result {
        let context = engine.context(year: year)
        var rows = subjects.filter { entry.subjectKinds.contains($0.kind) }.map { s in
            Row(
                subject: s, result: engine.evaluate(s, entry: entry, year: year),
                merit: Self.merit(s, year: year, window: entry.window),
                priority: Self.hasPriority(s))
        }
        let order: [EligibilityResult.Outcome: Int] = [.eligible: 0, .manualCheck: 1, .notEligible: 2]
        rows.sort { a, b in
            if a.result.outcome != b.result.outcome { return order[a.result.outcome]! < order[b.result.outcome]! }
            if a.merit != b.merit { return a.merit > b.merit }
            if a.priority != b.priority { return a.priority }
            return VietnameseText.namesAreInIncreasingOrder(a.subject.name, b.subject.name)
        }
        var rank = 0
        for i in rows.indices where rows[i].result.outcome != .notEligible {
            rank += 1
            rows[i].rank = rank
        }
        var quotaOutcome: QuotaOutcome?
        if let quota = entry.quota(regime: context.regime, settings: engine.settings),
            let baseEntry = Catalogue.entry(quota.of)
        {
            let recorded = subjects.filter { $0.holds(quota.of, in: year, meritOnly: false) }.count
            let base =
                recorded > 0
                ? recorded
                : subjects.filter { s in
                    baseEntry.subjectKinds.contains(s.kind)
                        && engine.outcome(
                            s, baseEntry.condition(for: s.kind, regime: context.regime, settings: engine.settings),
                            context) == .eligible
                }.count
            let cap = quota.cap(base: base)
            let candidates = rows.filter { $0.result.outcome == .eligible }.count
            quotaOutcome = QuotaOutcome(
                quota: quota, base: base, baseIsRecorded: recorded > 0, cap: cap, binds: candidates > cap)
            var placed = 0
            for i in rows.indices where rows[i].result.outcome == .eligible {
                placed += 1
                rows[i].withinQuota = placed <= cap
                if placed > cap {
                    rows[i].note = [
                        rows[i].note,
                        "Ngoài chỉ tiêu \(quota.percent)% (tối đa \(cap) trên \(base) \(Catalogue.shortName(quota.of))); xếp theo thành tích: \(rows[i].merit.vietnamese).",
                    ]
                    .compactMap { $0 }.joined(separator: " ")
                }
            }
        }
        // The women-first rule only decides something when the quota cuts the list.
        if quotaOutcome?.binds == true {
            for i in rows.indices.dropFirst() where rows[i].rank != nil {
                let (a, b) = (rows[i - 1], rows[i])
                if a.result.outcome == b.result.outcome, a.merit == b.merit, a.priority != b.priority {
                    rows[i - 1].note = [
                        "Bằng thành tích với người xếp sau; được ưu tiên vì là nữ hoặc tập thể có từ 70% nữ (\(context.regime.decree), Điều 4).",
                        a.note,
                    ]
                    .compactMap { $0 }.joined(separator: " ")
                }
            }
        }
        return Result(
            code: entry.code, year: year, regime: context.regime, proposalDate: context.referenceDate, rows: rows,
            quota: quotaOutcome)
    }

    /// Outcome counts of every code over every subject, without reasons: the hot path for a national sweep.
    /// Conditions are compiled once per code and kind into flat plain values; the subjects are split over the
    /// machine's cores, each counting into its own tally, and the loop allocates nothing.
    public func counts(_ subjects: [CompactHistory], codes: [CatalogueEntry], year: Int) -> [String: [EligibilityResult
        .Outcome: Int]]
    {
        let context = engine.context(year: year)
        // Two plans per code (person, collective); nil where the code does not apply to that kind.
        let plans: [CompiledCondition.Plan?] = codes.flatMap { entry in
            [SubjectKind.person, .collective].map { kind in
                entry.subjectKinds.contains(kind)
                    ? CompiledCondition(entry.condition(for: kind, regime: context.regime, settings: engine.settings))
                        .plan() : nil
            }
        }
        defer { for plan in plans { plan?.deallocate() } }
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8, subjects.count / 10_000 + 1))
        let width = codes.count * 3
        let tallies = UnsafeMutableBufferPointer<Int>.allocate(capacity: width * workers)
        tallies.initialize(repeating: 0)
        defer { tallies.deallocate() }
        plans.withUnsafeBufferPointer { planBuffer in
            subjects.withUnsafeBufferPointer { buffer in
                // Each worker reads its own slice of subjects and writes its own slice of the tallies.
                let shared = UnsafeShared(subjects: buffer, plans: planBuffer, tallies: tallies)
                DispatchQueue.concurrentPerform(iterations: workers) { w in
                    let all = shared.subjects
                    let part = all.count * w / workers..<all.count * (w + 1) / workers
                    let tally = UnsafeMutableBufferPointer(rebasing: shared.tallies[(w * width)..<((w + 1) * width)])
                    for s in part {
                        let h = all.baseAddress! + s
                        let k = h.pointee.kind == .person ? 0 : 1
                        for i in 0..<(width / 3) {
                            guard let plan = shared.plans[i * 2 + k] else { continue }
                            switch plan.truth(h, context) {
                            case .holds: tally[i * 3] += 1
                            case .unknown: tally[i * 3 + 1] += 1
                            case .fails: tally[i * 3 + 2] += 1
                            }
                        }
                    }
                }
            }
        }
        var result: [String: [EligibilityResult.Outcome: Int]] = [:]
        for (i, entry) in codes.enumerated() {
            var sums = [0, 0, 0]
            for w in 0..<workers { for k in 0..<3 { sums[k] += tallies[w * width + i * 3 + k] } }
            result[entry.code] = [.eligible: sums[0], .manualCheck: sums[1], .notEligible: sums[2]]
        }
        return result
    }

    private struct UnsafeShared: @unchecked Sendable {
        let subjects: UnsafeBufferPointer<CompactHistory>
        let plans: UnsafeBufferPointer<CompiledCondition.Plan?>
        let tallies: UnsafeMutableBufferPointer<Int>
    }

    static func merit(_ s: CompactHistory, year: Int, window: Int) -> Merit {
        let rating = s.rating(in: year)?.rank ?? -1
        var initiatives = 0
        for i in s.initiatives where i.year > year - window && i.year <= year {
            initiatives += i.scope == .national ? 3 : i.scope == .ministry ? 2 : 1
        }
        var streak = 0
        while s.rating(in: year - streak) == .excellent { streak += 1 }
        return Merit(rating: rating, initiatives: initiatives, excellentStreak: streak)
    }

    static func hasPriority(_ s: CompactHistory) -> Bool {
        switch s.kind {
        case .person: return s.gender == .female
        case .collective:
            guard let m = s.members, let women = m.women, m.total > 0 else { return false }
            return women * 100 >= 70 * m.total
        }
    }
}
