import Foundation

/// What the chair sets up: the question, who is on the ballot and who votes.
public struct BallotDraft: Sendable, Hashable {
    public var question: String
    public var candidateUnits: [UUID]
    public var seats: Int
    public var maxChoices: Int
    /// The member units present, who each cast one vote.
    public var voterUnits: [UUID]
    public var rule: VoteRule
    public var selfVoteAllowed: Bool
    public var mode: Ballot.Mode

    public init(
        question: String, candidateUnits: [UUID], seats: Int, maxChoices: Int, voterUnits: [UUID],
        rule: VoteRule = .blocDefault, selfVoteAllowed: Bool = true, mode: Ballot.Mode = .electronic
    ) {
        self.question = question
        self.candidateUnits = candidateUnits
        self.seats = seats
        self.maxChoices = maxChoices
        self.voterUnits = voterUnits
        self.rule = rule
        self.selfVoteAllowed = selfVoteAllowed
        self.mode = mode
    }
}

/// A ballot as one account sees it: the number who voted while it is open, the count and every stored ballot
/// (receipt hash and choices) once closed.
public struct BallotView: Sendable, Hashable {
    public var ballot: Ballot
    public var votesCast: Int
    /// Once closed, for anyone to recount; empty before.
    public var papers: [StoredBallot]
    public var hasVoted: Bool
    public var canVote: Bool
    public var canChair: Bool
}

/// Sets up, opens, receives, closes and counts ballots. The chair is the bloc's secretary (or the admin) or the
/// officer of the bloc's head unit for the ballot's year.
public struct BallotService: UseCases {
    public let store: any DataStore
    public let account: Account

    public init(store: any DataStore, account: Account) {
        self.store = store.acting(as: account.username)
        self.account = account
    }

    var policy: AccessPolicy { AccessPolicy(account: account) }

    /// The most voters and candidates one ballot may have: a ballot's count is one request's work.
    public static let maxVoters = 1000

    public func list(bloc: UUID, year: Int) async throws -> [Ballot] {
        guard try await readsBloc(bloc) else { throw DomainError.forbidden }
        return try await store.ballots.list(bloc: bloc, year: year)
    }

    public func create(bloc: UUID, year: Int, _ draft: BallotDraft) async throws -> Ballot {
        guard try await chairs(bloc: bloc, year: year) else { throw DomainError.forbidden }
        try BlocMembership.validateYear(year)
        var errors: [FieldError] = []
        if draft.voterUnits.isEmpty || draft.voterUnits.count > Self.maxVoters {
            errors.append(FieldError("voters", "Chọn từ 1 đến \(Self.maxVoters) đơn vị có mặt để biểu quyết."))
        }
        if Set(draft.voterUnits).count != draft.voterUnits.count {
            errors.append(FieldError("voters", "Đơn vị biểu quyết bị trùng."))
        }
        let question = BallotQuestion(
            question: draft.question, candidates: draft.candidateUnits, seats: draft.seats,
            maxChoices: draft.maxChoices, rule: draft.rule)
        do { _ = try question.validated() } catch DomainError.invalid(let e) { errors += e }
        if !errors.isEmpty { throw DomainError.invalid(errors) }
        let units = try await store.units.find(ids: Array(Set(draft.candidateUnits + draft.voterUnits)))
        let byID = Dictionary(units.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        guard draft.candidateUnits.allSatisfy({ byID[$0] != nil }), draft.voterUnits.allSatisfy({ byID[$0] != nil })
        else { throw DomainError.invalid([FieldError("candidates", "Có đơn vị không tồn tại.")]) }
        let ballot = Ballot(
            blocID: bloc, year: year, question: try question.validated(),
            candidates: draft.candidateUnits.map {
                BallotCandidate(id: $0, code: byID[$0]!.code, name: byID[$0]!.name)
            },
            electorate: draft.voterUnits.map { BallotVoter(unitID: $0, name: byID[$0]!.name) },
            selfVoteAllowed: draft.selfVoteAllowed, mode: draft.mode)
        try await store.ballots.insert(ballot)
        return ballot
    }

    public func view(_ id: UUID) async throws -> BallotView {
        let ballot = try await readable(id)
        let papers =
            ballot.status == .closed && ballot.mode == .electronic ? try await store.ballots.papers(of: id) : []
        let voter = ballot.voter(for: account)
        var hasVoted = false
        if let voter { hasVoted = try await store.ballots.voters(of: id).contains(voter.key) }
        return BallotView(
            ballot: ballot, votesCast: try await store.ballots.votesCast(in: id), papers: papers, hasVoted: hasVoted,
            canVote: voter != nil && !hasVoted && ballot.status == .open && ballot.mode == .electronic,
            canChair: try await chairs(ballot))
    }

    public func open(_ id: UUID, version: Int, today: LocalDate = .today()) async throws -> Ballot {
        try await inTransaction { s in
            var ballot = try await s.chaired(id)
            guard ballot.version == version else { throw DomainError.staleVersion("Cuộc bỏ phiếu") }
            guard ballot.mode == .electronic else {
                throw DomainError.conflict("Cuộc bỏ phiếu giấy không mở trên hệ thống: hãy nhập kết quả kiểm phiếu.")
            }
            guard ballot.status == .draft else { throw DomainError.conflict("Cuộc bỏ phiếu đã được mở từ trước.") }
            ballot.status = .open
            ballot.openedOn = today
            return try await s.store.ballots.update(ballot)
        }
    }

    /// Casts the account's vote; returns the receipt code, which is shown once and stored only as its hash.
    public func cast(_ id: UUID, choices: [UUID]) async throws -> String {
        var rng = SystemRandomNumberGenerator()
        let receipt = BallotReceipt.make(using: &rng)
        try await inTransaction { s in
            let ballot = try await s.readable(id)
            let voter = ballot.voter(for: s.account)
            if let refusal = ballot.refusal(choices, by: voter) {
                throw DomainError.invalid([FieldError("choices", refusal)])
            }
            guard let voter else { throw DomainError.forbidden }
            if try await s.store.ballots.voters(of: id).contains(voter.key) {
                throw DomainError.conflict("\(voter.name) đã bỏ phiếu: mỗi người chỉ bỏ một phiếu.")
            }
            try await s.store.ballots.cast(
                ballot: id, voter: voter, StoredBallot(receiptHash: BallotReceipt.hash(receipt), choices: choices))
        }
        return receipt
    }

    /// Closes an open electronic ballot and counts it; the stored ballots are rewritten in receipt-hash order.
    public func close(_ id: UUID, version: Int, today: LocalDate = .today()) async throws -> Ballot {
        let closed = try await inTransaction { s in
            var ballot = try await s.chaired(id)
            guard ballot.version == version else { throw DomainError.staleVersion("Cuộc bỏ phiếu") }
            guard ballot.status == .open else { throw DomainError.conflict("Chỉ đóng được cuộc bỏ phiếu đang mở.") }
            try await s.store.ballots.rewriteInHashOrder(ballot: id)
            let papers = try await s.store.ballots.papers(of: id)
            ballot.result = ballot.question.tally(papers, electorate: ballot.electorate.count)
            ballot.status = .closed
            ballot.closedOn = today
            return try await s.store.ballots.update(ballot)
        }
        try await store.ballots.forgetCastingOrder()
        return closed
    }

    /// Records a paper ballot's count, checked against the electorate and the candidates; closes the ballot.
    public func enterPaperCount(_ id: UUID, version: Int, _ paper: PaperCount, today: LocalDate = .today())
        async throws -> Ballot
    {
        try await inTransaction { s in
            var ballot = try await s.chaired(id)
            guard ballot.version == version else { throw DomainError.staleVersion("Cuộc bỏ phiếu") }
            guard ballot.mode == .paper else {
                throw DomainError.conflict("Cuộc bỏ phiếu điện tử được kiểm từ các phiếu đã bỏ.")
            }
            guard ballot.status != .closed else { throw DomainError.conflict("Đã nhập kết quả kiểm phiếu.") }
            let errors = ballot.question.check(paper, electorate: ballot.electorate.count)
            if !errors.isEmpty { throw DomainError.invalid(errors) }
            var paper = paper
            paper.countingBoard = paper.countingBoard.map(VietnameseText.normalized).filter { !$0.isEmpty }
            ballot.paper = paper
            ballot.result = ballot.question.tally(paper, electorate: ballot.electorate.count)
            ballot.status = .closed
            ballot.closedOn = today
            return try await s.store.ballots.update(ballot)
        }
    }

    /// A new ballot among the candidates tied on the last seat, for the seats still open, same electorate.
    public func runoff(_ id: UUID) async throws -> Ballot {
        try await inTransaction { s in
            let ballot = try await s.chaired(id)
            guard let result = ballot.result, !result.runoff.isEmpty else {
                throw DomainError.conflict("Không có trường hợp bằng phiếu ở suất cuối: không cần bỏ phiếu lại.")
            }
            if try await s.store.ballots.list(bloc: ballot.blocID ?? UUID(), year: ballot.year).contains(where: {
                $0.runoffOf == id
            }) {
                throw DomainError.conflict("Đã tạo cuộc bỏ phiếu lại cho cuộc này.")
            }
            let seats = max(1, ballot.question.seats - result.elected.count)
            let question = BallotQuestion(
                question: "Bỏ phiếu lại: " + ballot.question.question, candidates: result.runoff, seats: seats,
                maxChoices: seats, rule: ballot.question.rule)
            let new = Ballot(
                blocID: ballot.blocID, year: ballot.year, question: question,
                candidates: ballot.candidates.filter { result.runoff.contains($0.id) }, electorate: ballot.electorate,
                selfVoteAllowed: ballot.selfVoteAllowed, mode: ballot.mode, runoffOf: id)
            try await s.store.ballots.insert(new)
            return new
        }
    }

    /// Counts the stored ballots again and compares with the recorded count; the differences, in Vietnamese.
    public func verify(_ id: UUID) async throws -> [String] {
        let ballot = try await readable(id)
        guard ballot.status == .closed, let recorded = ballot.result else {
            return ["Cuộc bỏ phiếu chưa kết thúc: chưa có kết quả để đối chiếu."]
        }
        guard ballot.mode == .electronic else { return [] }
        let recount = ballot.question.tally(try await store.ballots.papers(of: id), electorate: ballot.electorate.count)
        var differences: [String] = []
        if recount.cast != recorded.cast {
            differences.append("Số phiếu: đã ghi \(recorded.cast), đếm lại \(recount.cast).")
        }
        if recount.ballotSetHash != recorded.ballotSetHash {
            differences.append(
                "Mã băm tập phiếu: đã ghi \(recorded.ballotSetHash ?? "(không có)"), tính lại \(recount.ballotSetHash ?? "")."
            )
        }
        for c in recount.candidates {
            let was = recorded.candidates.first { $0.candidate == c.candidate }
            if was?.votes != c.votes || was?.elected != c.elected {
                differences.append(
                    "\(ballot.candidate(c.candidate)?.name ?? c.candidate.uuidString): đã ghi \(was?.votes ?? 0) phiếu, đếm lại \(c.votes)."
                )
            }
        }
        let voters = try await store.ballots.voters(of: id).count
        if voters != recount.cast {
            differences.append("Danh sách cử tri ghi \(voters) người đã bỏ phiếu, nhưng có \(recount.cast) phiếu.")
        }
        return differences
    }

    // MARK: - Rights

    func readable(_ id: UUID) async throws -> Ballot {
        guard let ballot = try await store.ballots.find(id) else { throw DomainError.notFound("cuộc bỏ phiếu") }
        if ballot.voter(for: account) != nil { return ballot }
        var reads = policy.reviewsCommendations
        if let bloc = ballot.blocID { reads = try await readsBloc(bloc) }
        guard reads else { throw DomainError.notFound("cuộc bỏ phiếu") }
        return ballot
    }

    func chaired(_ id: UUID) async throws -> Ballot {
        let ballot = try await readable(id)
        guard try await chairs(ballot) else { throw DomainError.forbidden }
        return ballot
    }

    func chairs(_ ballot: Ballot) async throws -> Bool {
        guard let bloc = ballot.blocID else { return policy.canManageOrganization }
        return try await chairs(bloc: bloc, year: ballot.year)
    }

    func chairs(bloc: UUID, year: Int) async throws -> Bool {
        try await ReviewAccess(store: store, policy: policy).chairs(bloc: bloc, year: year)
    }

    func readsBloc(_ bloc: UUID) async throws -> Bool {
        try await ReviewAccess(store: store, policy: policy).reads(bloc: bloc)
    }
}
