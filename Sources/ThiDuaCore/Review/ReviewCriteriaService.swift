import Foundation

/// The bloc's criteria set: written by whoever runs the bloc's review, copied from last year, locked when scoring
/// opens; a change after that needs a reason.
public struct ReviewCriteriaService: UseCases {
    public let store: any DataStore
    public let account: Account

    public init(store: any DataStore, account: Account) {
        self.store = store.acting(as: account.username)
        self.account = account
    }

    var policy: AccessPolicy { AccessPolicy(account: account) }

    public func criteria(bloc: UUID, year: Int) async throws -> ReviewCriteria? {
        guard try await store.blocs.find(bloc) != nil else { throw DomainError.notFound("khối thi đua") }
        return try await store.reviewCriteria.find(bloc: bloc, year: year)
    }

    /// Writes the set; `version` 0 creates it. Once scoring has opened, `reason` is required and recorded.
    public func save(
        bloc: UUID, year: Int, set: CriteriaSet, version: Int, reason: String = "", today: LocalDate = .today()
    ) async throws -> ReviewCriteria {
        guard policy.runsReview(ofBloc: bloc) else { throw DomainError.forbidden }
        let set = try set.validated()
        let reason = VietnameseText.normalized(reason)
        return try await inTransaction { s in
            guard try await s.store.blocs.find(bloc) != nil else { throw DomainError.notFound("khối thi đua") }
            guard var current = try await s.store.reviewCriteria.find(bloc: bloc, year: year) else {
                guard version == 0 else { throw DomainError.staleVersion("Bảng tiêu chí chấm điểm") }
                let new = ReviewCriteria(blocID: bloc, year: year, set: set)
                try await s.store.reviewCriteria.insert(new)
                return new
            }
            guard current.version == version else { throw DomainError.staleVersion("Bảng tiêu chí chấm điểm") }
            if current.isLocked {
                guard !reason.isEmpty, reason.count <= 500 else {
                    throw DomainError.invalid([
                        FieldError(
                            "reason",
                            "Bảng tiêu chí đã khóa khi mở chấm điểm: hãy ghi lý do thay đổi (tối đa 500 ký tự).")
                    ])
                }
                current.changes.append(
                    CriteriaChange(version: version + 1, reason: reason, account: account.username, on: today))
            }
            current.set = set
            return try await s.store.reviewCriteria.update(current)
        }
    }

    /// Starts the year's table from last year's, unlocked.
    public func copyLastYear(bloc: UUID, year: Int) async throws -> ReviewCriteria {
        guard policy.runsReview(ofBloc: bloc) else { throw DomainError.forbidden }
        return try await inTransaction { s in
            guard try await s.store.reviewCriteria.find(bloc: bloc, year: year) == nil else {
                throw DomainError.conflict("Khối đã có bảng tiêu chí năm \(year).")
            }
            guard let last = try await s.store.reviewCriteria.find(bloc: bloc, year: year - 1) else {
                throw DomainError.invalid([
                    FieldError("year", "Khối chưa có bảng tiêu chí năm \(year - 1) để sao chép.")
                ])
            }
            let new = ReviewCriteria(blocID: bloc, year: year, set: last.set)
            try await s.store.reviewCriteria.insert(new)
            return new
        }
    }

    /// Opens scoring: the table is locked from today.
    public func openScoring(bloc: UUID, year: Int, version: Int, today: LocalDate = .today()) async throws
        -> ReviewCriteria
    {
        guard policy.runsReview(ofBloc: bloc) else { throw DomainError.forbidden }
        return try await inTransaction { s in
            guard var current = try await s.store.reviewCriteria.find(bloc: bloc, year: year) else {
                throw DomainError.notFound("bảng tiêu chí chấm điểm")
            }
            guard current.version == version else { throw DomainError.staleVersion("Bảng tiêu chí chấm điểm") }
            guard !current.isLocked else { throw DomainError.conflict("Đã mở chấm điểm từ trước.") }
            current.scoringOpenedOn = today
            return try await s.store.reviewCriteria.update(current)
        }
    }
}
