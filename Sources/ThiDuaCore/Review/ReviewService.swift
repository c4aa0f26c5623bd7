import Foundation

/// The secretary's side of the year-end review: the scoring rules, the cross-scoring assignment, decisions on
/// differing scores, returning an assessment, and publishing the results.
public struct ReviewService: UseCases {
    public let store: any DataStore
    public let account: Account

    public init(store: any DataStore, account: Account) {
        self.store = store.acting(as: account.username)
        self.account = account
    }

    var access: ReviewAccess { ReviewAccess(store: store, policy: AccessPolicy(account: account)) }

    /// The stored review, or a new one with default settings (version 0, not stored yet).
    public func review(bloc: UUID, year: Int) async throws -> BlocReview {
        guard try await access.reads(bloc: bloc) else { throw DomainError.forbidden }
        return try await Self.current(store, bloc: bloc, year: year)
    }

    static func current(_ store: any DataStore, bloc: UUID, year: Int) async throws -> BlocReview {
        guard try await store.blocs.find(bloc) != nil else { throw DomainError.notFound("khối thi đua") }
        try BlocMembership.validateYear(year)
        return try await store.blocReviews.find(bloc: bloc, year: year)
            ?? BlocReview(blocID: bloc, year: year, version: 0)
    }

    public func saveSettings(bloc: UUID, year: Int, _ settings: ReviewSettings, version: Int) async throws
        -> BlocReview
    {
        let settings = try settings.validated()
        return try await change(bloc: bloc, year: year, version: version) { review in review.settings = settings }
    }

    /// Every member unit is scored by `reviewersPerUnit` others, never itself, mutual pairs avoided where the bloc
    /// is large enough. Replaces the assignment; refused once a reviewer has scored.
    public func assignAutomatically(bloc: UUID, year: Int, version: Int, seed: UInt64? = nil) async throws
        -> BlocReview
    {
        let members = try await store.blocs.members(of: bloc, year: year).filter(\.membership.confirmed).map(\.unit.id)
        guard members.count >= 2 else {
            throw DomainError.invalid([FieldError("assignments", "Khối cần ít nhất 2 đơn vị để chấm chéo.")])
        }
        let seed = seed ?? UInt64.random(in: 0...UInt64.max)
        return try await change(bloc: bloc, year: year, version: version) { review in
            let map = ReviewerAssignment.balanced(members, perUnit: review.settings.reviewersPerUnit, seed: seed)
            review.assignments = members.map { ReviewAssignment(unit: $0, reviewers: map[$0] ?? []) }
        } check: { s, _ in
            try await s.refuseIfScored(bloc: bloc, year: year)
        }
    }

    /// The secretary names the reviewers of one unit by hand.
    public func setReviewers(bloc: UUID, year: Int, unit: UUID, reviewers: [UUID], version: Int) async throws
        -> BlocReview
    {
        let members = Set(try await store.blocs.members(of: bloc, year: year).map(\.unit.id))
        var errors: [FieldError] = []
        if !members.contains(unit) { errors.append(FieldError("unit", "Đơn vị không thuộc khối trong năm \(year).")) }
        if reviewers.contains(unit) { errors.append(FieldError("reviewers", "Đơn vị không tự chấm chéo chính mình.")) }
        if !reviewers.allSatisfy(members.contains) {
            errors.append(FieldError("reviewers", "Đơn vị chấm chéo phải là thành viên của khối trong năm \(year)."))
        }
        if Set(reviewers).count != reviewers.count { errors.append(FieldError("reviewers", "Đơn vị chấm bị trùng.")) }
        if reviewers.count > ReviewSettings.maxReviewersPerUnit {
            errors.append(FieldError("reviewers", "Tối đa \(ReviewSettings.maxReviewersPerUnit) đơn vị chấm."))
        }
        if !errors.isEmpty { throw DomainError.invalid(errors) }
        return try await change(bloc: bloc, year: year, version: version) { review in
            review.assignments.removeAll { $0.unit == unit }
            review.assignments.append(ReviewAssignment(unit: unit, reviewers: reviewers))
        }
    }

    /// The secretary's final score of one criterion of one unit, with a reason.
    public func decide(
        bloc: UUID, year: Int, unit: UUID, code: String, points: Int, reason: String, version: Int,
        today: LocalDate = .today()
    ) async throws -> BlocReview {
        guard let table = try await store.reviewCriteria.find(bloc: bloc, year: year) else {
            throw DomainError.notFound("bảng tiêu chí chấm điểm")
        }
        guard let criterion = table.set.criterion(code) else {
            throw DomainError.invalid([FieldError("code", "Không có tiêu chí “\(code)” trong bảng.")])
        }
        let reason = VietnameseText.normalized(reason)
        var errors: [FieldError] = []
        if let message = criterion.check(points) { errors.append(FieldError("points", message)) }
        if reason.isEmpty || reason.count > 500 {
            errors.append(FieldError("reason", "Hãy ghi lý do quyết định điểm (tối đa 500 ký tự)."))
        }
        if !errors.isEmpty { throw DomainError.invalid(errors) }
        return try await change(bloc: bloc, year: year, version: version) { [account] review in
            review.decisions.removeAll { $0.unit == unit && $0.code == code }
            review.decisions.append(
                UnitDecision(
                    unit: unit, code: code, points: points, reason: reason, account: account.username, on: today))
        } check: { s, _ in
            guard try await s.store.blocs.members(of: bloc, year: year).contains(where: { $0.unit.id == unit }) else {
                throw DomainError.invalid([FieldError("unit", "Đơn vị không thuộc khối trong năm \(year).")])
            }
        }
    }

    /// Sends a submitted self-assessment back to its unit, with the reason; it becomes editable again.
    public func returnAssessment(
        bloc: UUID, year: Int, unit: UUID, reason: String, version: Int, today: LocalDate = .today()
    ) async throws -> UnitAssessment {
        guard access.runs(bloc: bloc) else { throw DomainError.forbidden }
        let reason = VietnameseText.normalized(reason)
        guard !reason.isEmpty, reason.count <= 500 else {
            throw DomainError.invalid([FieldError("reason", "Hãy ghi lý do trả lại (tối đa 500 ký tự).")])
        }
        return try await inTransaction { [account] s in
            guard var a = try await s.store.assessments.find(bloc: bloc, year: year, unit: unit) else {
                throw DomainError.notFound("bản tự chấm điểm")
            }
            guard a.version == version else { throw DomainError.staleVersion("Bản tự chấm điểm") }
            guard a.status == .submitted else { throw DomainError.conflict("Chỉ trả lại được bản đã nộp.") }
            if let review = try await s.store.blocReviews.find(bloc: bloc, year: year), review.publishedOn != nil {
                throw DomainError.conflict("Kết quả đã công bố: không trả lại bản tự chấm.")
            }
            a.status = .returned
            a.returns.append(AssessmentReturn(reason: reason, account: account.username, on: today))
            return try await s.store.assessments.update(a)
        }
    }

    /// Publishes the final table: the ranking goes to the bulletin and every member sees it. Refused while a
    /// final score waits for the secretary.
    public func publish(bloc: UUID, year: Int, version: Int, today: LocalDate = .today()) async throws -> BlocReview {
        let results = try await ReviewResultsService(store: store, account: account).results(bloc: bloc, year: year)
        if let waiting = results.rows.first(where: \.pending) {
            throw DomainError.conflict(
                "Còn điểm chờ thư ký quyết định (\(waiting.name)): quyết định xong mới công bố được.")
        }
        return try await change(bloc: bloc, year: year, version: version) { review in
            review.publishedOn = today
        }
    }

    // MARK: -

    /// Loads (or starts) the review, checks, applies the change and stores it, in one transaction.
    func change(
        bloc: UUID, year: Int, version: Int, _ apply: @escaping @Sendable (inout BlocReview) -> Void,
        check: @escaping @Sendable (ReviewService, BlocReview) async throws -> Void = { _, _ in }
    ) async throws -> BlocReview {
        guard access.runs(bloc: bloc) else { throw DomainError.forbidden }
        return try await inTransaction { s in
            var review = try await Self.current(s.store, bloc: bloc, year: year)
            guard review.version == version else { throw DomainError.staleVersion("Cuộc tổng kết của khối") }
            guard review.publishedOn == nil else {
                throw DomainError.conflict("Kết quả đã công bố: cách chấm, phân công và điểm không thay đổi được nữa.")
            }
            try await check(s, review)
            apply(&review)
            if version == 0 {
                review.version = 1
                try await s.store.blocReviews.insert(review)
                return review
            }
            return try await s.store.blocReviews.update(review)
        }
    }

    func refuseIfScored(bloc: UUID, year: Int) async throws {
        if try await !store.peerReviews.list(bloc: bloc, year: year).filter({ !$0.scores.isEmpty }).isEmpty {
            throw DomainError.conflict("Đã có đơn vị chấm chéo: không phân công lại tự động được.")
        }
    }
}
