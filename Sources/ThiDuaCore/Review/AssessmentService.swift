import Foundation

/// What an officer enters for one criterion of their unit's self-assessment.
public struct AssessmentLineInput: Sendable, Hashable {
    public var code: String
    public var points: Int?
    /// nil keeps the explanation saved before.
    public var explanation: String?

    public init(code: String, points: Int?, explanation: String? = nil) {
        self.code = code
        self.points = points
        self.explanation = explanation
    }
}

/// A self-assessment as one account sees it, with what that account may do.
public struct AssessmentView: Sendable, Hashable {
    public var criteria: ReviewCriteria
    public var settings: ReviewSettings
    /// Version 0 while nothing was saved.
    public var assessment: UnitAssessment
    public var canEdit: Bool
    /// This account's unit was assigned to score the unit, and may do so now.
    public var canReview: Bool
    /// The results are published: nothing changes any more.
    public var published: Bool
    /// The secretary may send the submitted assessment back.
    public var canSendBack: Bool
}

/// The officers' side of the review: their unit's self-assessment with evidence, its submission, and the
/// cross-scoring of the units they were assigned.
public struct AssessmentService: UseCases {
    public let store: any DataStore
    public let account: Account

    public init(store: any DataStore, account: Account) {
        self.store = store.acting(as: account.username)
        self.account = account
    }

    var policy: AccessPolicy { AccessPolicy(account: account) }
    var access: ReviewAccess { ReviewAccess(store: store, policy: policy) }

    public static let maxExplanation = 2000

    public func view(bloc: UUID, year: Int, unit: UUID) async throws -> AssessmentView {
        let review = try await ReviewService.current(store, bloc: bloc, year: year)
        guard try await access.seesAssessment(of: unit, in: review, bloc: bloc, year: year) else {
            throw DomainError.forbidden
        }
        guard let criteria = try await store.reviewCriteria.find(bloc: bloc, year: year) else {
            throw DomainError.notFound("bảng tiêu chí chấm điểm năm \(year)")
        }
        let assessment =
            try await store.assessments.find(bloc: bloc, year: year, unit: unit)
            ?? UnitAssessment(blocID: bloc, year: year, unitID: unit, version: 0)
        let reviewer = policy.actingUnit.map { review.reviewers(of: unit).contains($0) } ?? false
        return AssessmentView(
            criteria: criteria, settings: review.settings, assessment: assessment,
            canEdit: assesses(unit) && criteria.isLocked && assessment.isEditable && review.publishedOn == nil,
            canReview: reviewer && assessment.status == .submitted && review.publishedOn == nil,
            published: review.publishedOn != nil,
            canSendBack: access.runs(bloc: bloc) && assessment.status == .submitted && review.publishedOn == nil)
    }

    /// The unit's officer (or the admin, as operator) assesses it.
    func assesses(_ unit: UUID) -> Bool { policy.actingUnit == unit || policy.canManageOrganization }

    /// Saves the scores and explanations given; other lines keep theirs. Version 0 creates the assessment.
    public func save(bloc: UUID, year: Int, unit: UUID, lines: [AssessmentLineInput], version: Int) async throws
        -> UnitAssessment
    {
        try await edit(bloc: bloc, year: year, unit: unit, version: version) { a, criteria in
            var errors: [FieldError] = []
            for input in lines {
                guard let c = criteria.set.criterion(input.code) else {
                    errors.append(FieldError("code", "Không có tiêu chí “\(input.code)” trong bảng."))
                    continue
                }
                if let p = input.points, let message = c.check(p) { errors.append(FieldError(c.code, message)) }
                let explanation = input.explanation.map(VietnameseText.normalized)
                if let explanation, explanation.count > Self.maxExplanation {
                    errors.append(FieldError(c.code, "Tiêu chí \(c.code): giải trình dài quá 2.000 ký tự."))
                }
                if let i = a.lines.firstIndex(where: { $0.code == c.code }) {
                    a.lines[i].points = input.points
                    if let explanation { a.lines[i].explanation = explanation }
                } else {
                    a.lines.append(AssessmentLine(code: c.code, points: input.points, explanation: explanation ?? ""))
                }
            }
            if !errors.isEmpty { throw DomainError.invalid(errors) }
        }
    }

    /// Adds a file of evidence to one criterion; the file is stored once by its SHA-256.
    public func attach(
        bloc: UUID, year: Int, unit: UUID, code: String, data: Data, filename: String, version: Int
    ) async throws -> UnitAssessment {
        let name = String(VietnameseText.normalized(filename).suffix(200))
        let file = try EvidenceFile.accept(data, filename: name)
        return try await edit(bloc: bloc, year: year, unit: unit, version: version) { a, criteria in
            guard criteria.set.criterion(code) != nil else {
                throw DomainError.invalid([FieldError("code", "Không có tiêu chí “\(code)” trong bảng.")])
            }
            let i =
                a.lines.firstIndex { $0.code == code }
                ?? {
                    a.lines.append(AssessmentLine(code: code, points: nil))
                    return a.lines.count - 1
                }()
            guard a.lines[i].evidence.count < EvidenceFile.maxPerLine else {
                throw DomainError.invalid([
                    FieldError("file", "Tiêu chí \(code) đã có \(EvidenceFile.maxPerLine) tệp minh chứng.")
                ])
            }
            a.lines[i].evidence.append(
                EvidenceRef(sha256: file.sha256, filename: name, kind: file.kind, size: file.data.count))
        } before: { s in
            try await s.store.evidence.store(file)
        }
    }

    public func detach(bloc: UUID, year: Int, unit: UUID, code: String, sha256: String, version: Int) async throws
        -> UnitAssessment
    {
        try await edit(bloc: bloc, year: year, unit: unit, version: version) { a, _ in
            guard let i = a.lines.firstIndex(where: { $0.code == code }),
                let j = a.lines[i].evidence.firstIndex(where: { $0.sha256 == sha256 })
            else { throw DomainError.notFound("tệp minh chứng") }
            a.lines[i].evidence.remove(at: j)
        }
    }

    /// Submits the assessment: every criterion scored, evidence where the table requires it; late after the
    /// deadline. It is read-only from then on.
    public func submit(bloc: UUID, year: Int, unit: UUID, version: Int, today: LocalDate = .today()) async throws
        -> UnitAssessment
    {
        try await edit(bloc: bloc, year: year, unit: unit, version: version, settings: true) { a, criteria in
            var errors: [FieldError] = []
            for c in criteria.set.groups.flatMap(\.criteria) where a.line(c.code)?.points == nil {
                errors.append(FieldError(c.code, "Tiêu chí \(c.code) chưa có điểm tự chấm."))
            }
            for c in criteria.set.criteria where c.evidenceRequired {
                if let line = a.line(c.code), (line.points ?? 0) > 0, line.evidence.isEmpty {
                    errors.append(FieldError(c.code, "Tiêu chí \(c.code) cần tệp minh chứng."))
                }
            }
            if !errors.isEmpty { throw DomainError.invalid(errors) }
            a.status = .submitted
            a.submittedOn = today
        }
    }

    /// A stored file, for those who may see the assessment that points to it.
    public func evidence(bloc: UUID, year: Int, unit: UUID, sha256: String) async throws -> (EvidenceRef, EvidenceFile)
    {
        let review = try await ReviewService.current(store, bloc: bloc, year: year)
        guard try await access.seesAssessment(of: unit, in: review, bloc: bloc, year: year),
            let a = try await store.assessments.find(bloc: bloc, year: year, unit: unit),
            let ref = a.lines.flatMap(\.evidence).first(where: { $0.sha256 == sha256 }),
            let file = try await store.evidence.find(sha256: sha256)
        else { throw DomainError.notFound("tệp minh chứng") }
        return (ref, file)
    }

    // MARK: - Cross-scoring

    /// The account's unit's scoring of `unit`; version 0 while nothing was saved.
    public func peerReview(bloc: UUID, year: Int, unit: UUID) async throws -> PeerReview {
        let reviewer = try await assignedReviewer(bloc: bloc, year: year, unit: unit)
        return try await store.peerReviews.find(bloc: bloc, year: year, reviewer: reviewer, unit: unit)
            ?? PeerReview(blocID: bloc, year: year, reviewerID: reviewer, unitID: unit, version: 0)
    }

    /// A reviewer's scores of a submitted assessment, each within the criterion's maximum.
    public func score(
        bloc: UUID, year: Int, unit: UUID, scores: [String: Int], remarks: [String: String] = [:], version: Int
    ) async throws -> PeerReview {
        let reviewer = try await assignedReviewer(bloc: bloc, year: year, unit: unit)
        return try await inTransaction { s in
            guard let criteria = try await s.store.reviewCriteria.find(bloc: bloc, year: year) else {
                throw DomainError.notFound("bảng tiêu chí chấm điểm")
            }
            guard try await s.store.assessments.find(bloc: bloc, year: year, unit: unit)?.status == .submitted else {
                throw DomainError.conflict("Đơn vị chưa nộp bản tự chấm: chưa chấm chéo được.")
            }
            if try await s.store.blocReviews.find(bloc: bloc, year: year)?.publishedOn != nil {
                throw DomainError.conflict("Kết quả đã công bố: không sửa điểm.")
            }
            var errors: [FieldError] = []
            for (code, points) in scores.sorted(by: { $0.key < $1.key }) {
                guard let c = criteria.set.criterion(code) else {
                    errors.append(FieldError("code", "Không có tiêu chí “\(code)” trong bảng."))
                    continue
                }
                if let message = c.check(points) { errors.append(FieldError(code, message)) }
            }
            let remarks = remarks.mapValues(VietnameseText.normalized).filter { !$0.value.isEmpty }
            if remarks.contains(where: { $0.value.count > Self.maxExplanation || criteria.set.criterion($0.key) == nil }
            ) {
                errors.append(FieldError("remarks", "Nhận xét dài quá 2.000 ký tự hoặc không thuộc tiêu chí nào."))
            }
            if !errors.isEmpty { throw DomainError.invalid(errors) }
            guard
                var review = try await s.store.peerReviews.find(bloc: bloc, year: year, reviewer: reviewer, unit: unit)
            else {
                guard version == 0 else { throw DomainError.staleVersion("Phiếu chấm chéo") }
                let new = PeerReview(
                    blocID: bloc, year: year, reviewerID: reviewer, unitID: unit, scores: scores, remarks: remarks)
                try await s.store.peerReviews.insert(new)
                return new
            }
            guard review.version == version else { throw DomainError.staleVersion("Phiếu chấm chéo") }
            review.scores.merge(scores) { _, new in new }
            review.remarks.merge(remarks) { _, new in new }
            return try await s.store.peerReviews.update(review)
        }
    }

    /// The account's unit, when it was assigned to score `unit`.
    func assignedReviewer(bloc: UUID, year: Int, unit: UUID) async throws -> UUID {
        let review = try await ReviewService.current(store, bloc: bloc, year: year)
        guard let mine = policy.actingUnit, review.reviewers(of: unit).contains(mine) else {
            throw DomainError.forbidden
        }
        return mine
    }

    // MARK: -

    /// Loads (or starts) the unit's assessment, checks it may be edited, applies the change, stores it.
    func edit(
        bloc: UUID, year: Int, unit: UUID, version: Int, settings: Bool = false,
        _ apply: @escaping @Sendable (inout UnitAssessment, ReviewCriteria) throws -> Void,
        before: @escaping @Sendable (AssessmentService) async throws -> Void = { _ in }
    ) async throws -> UnitAssessment {
        guard assesses(unit) else { throw DomainError.forbidden }
        return try await inTransaction { s in
            guard let criteria = try await s.store.reviewCriteria.find(bloc: bloc, year: year) else {
                throw DomainError.notFound("bảng tiêu chí chấm điểm năm \(year)")
            }
            guard criteria.isLocked else {
                throw DomainError.conflict("Khối chưa mở chấm điểm năm \(year): chưa tự chấm được.")
            }
            guard try await s.store.blocs.members(of: bloc, year: year).contains(where: { $0.unit.id == unit }) else {
                throw DomainError.invalid([FieldError("unit", "Đơn vị không thuộc khối trong năm \(year).")])
            }
            let review = try await ReviewService.current(s.store, bloc: bloc, year: year)
            guard review.publishedOn == nil else { throw DomainError.conflict("Kết quả đã công bố: không sửa điểm.") }
            let stored = try await s.store.assessments.find(bloc: bloc, year: year, unit: unit)
            var a = stored ?? UnitAssessment(blocID: bloc, year: year, unitID: unit, version: 0)
            guard a.version == version else { throw DomainError.staleVersion("Bản tự chấm điểm") }
            guard a.isEditable else {
                throw DomainError.conflict("Bản tự chấm đã nộp: chỉ sửa được khi thư ký khối trả lại.")
            }
            try apply(&a, criteria)
            if settings, a.status == .submitted, let deadline = review.settings.deadline, let on = a.submittedOn {
                a.late = on > deadline
            }
            try await before(s)
            if stored == nil {
                a.version = 1
                try await s.store.assessments.insert(a)
                return a
            }
            return try await s.store.assessments.update(a)
        }
    }
}
