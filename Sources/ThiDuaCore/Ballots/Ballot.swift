import Foundation

/// A secret ballot (bỏ phiếu kín) as stored: the question, its candidates and electorate, its state, and the count
/// once closed. What each voter chose is never here: ballots are kept apart, without voter or time
/// (`BallotRepository.cast`).
public struct Ballot: Identifiable, Hashable, Sendable, Codable {
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        case draft, open, closed

        public var vietnamese: String {
            switch self {
            case .draft: return "Chưa mở"
            case .open: return "Đang bỏ phiếu"
            case .closed: return "Đã kết thúc"
            }
        }
    }

    public enum Mode: String, Sendable, Hashable, Codable, CaseIterable {
        /// Each voter casts on their own account.
        case electronic
        /// Voted on paper at the meeting; the secretary enters the counting board's figures.
        case paper

        public var vietnamese: String { self == .electronic ? "Bỏ phiếu điện tử" : "Bỏ phiếu giấy" }
    }

    public var id: UUID
    /// The bloc whose review holds the ballot; nil for the council's.
    public var blocID: UUID?
    public var year: Int
    public var question: BallotQuestion
    /// In the question's order, with the names the ballot shows.
    public var candidates: [BallotCandidate]
    public var electorate: [BallotVoter]
    public var selfVoteAllowed: Bool
    public var mode: Mode
    public var status: Status
    public var openedOn: LocalDate?
    public var closedOn: LocalDate?
    /// The count, written at the close.
    public var result: BallotTally?
    /// The counting board's figures, for a paper ballot.
    public var paper: PaperCount?
    /// The ballot whose tie on the last seat this one decides.
    public var runoffOf: UUID?
    public var version: Int

    public init(
        id: UUID = UUID(), blocID: UUID?, year: Int, question: BallotQuestion, candidates: [BallotCandidate],
        electorate: [BallotVoter], selfVoteAllowed: Bool, mode: Mode, status: Status = .draft,
        openedOn: LocalDate? = nil, closedOn: LocalDate? = nil, result: BallotTally? = nil, paper: PaperCount? = nil,
        runoffOf: UUID? = nil, version: Int = 1
    ) {
        self.id = id
        self.blocID = blocID
        self.year = year
        self.question = question
        self.candidates = candidates
        self.electorate = electorate
        self.selfVoteAllowed = selfVoteAllowed
        self.mode = mode
        self.status = status
        self.openedOn = openedOn
        self.closedOn = closedOn
        self.result = result
        self.paper = paper
        self.runoffOf = runoffOf
        self.version = version
    }

    public func candidate(_ id: UUID) -> BallotCandidate? { candidates.first { $0.id == id } }

    /// The voter an account casts for: its unit in a unit electorate, itself in a council.
    public func voter(for account: Account) -> BallotVoter? {
        let policy = AccessPolicy(account: account)
        return electorate.first { v in
            if let unit = v.unitID { return policy.actingUnit == unit }
            return v.username == account.username
        }
    }

    /// Why this voter may not cast these choices here, in Vietnamese; nil when they may.
    public func refusal(_ choices: [UUID], by voter: BallotVoter?) -> String? {
        guard mode == .electronic else { return "Cuộc bỏ phiếu này bỏ phiếu giấy tại hội nghị." }
        switch status {
        case .draft: return "Cuộc bỏ phiếu chưa mở."
        case .closed: return "Cuộc bỏ phiếu đã kết thúc: không nhận thêm phiếu."
        case .open: break
        }
        guard let voter else { return "Tài khoản này không có quyền biểu quyết trong cuộc bỏ phiếu này." }
        if !selfVoteAllowed, let unit = voter.unitID, choices.contains(unit) {
            return "Cuộc bỏ phiếu này không cho đơn vị tự bỏ phiếu cho mình."
        }
        return question.check(choices)
    }
}

public struct BallotCandidate: Hashable, Sendable, Codable, Identifiable {
    public var id: UUID
    public var code: String
    public var name: String

    public init(id: UUID, code: String, name: String) {
        self.id = id
        self.code = code
        self.name = name
    }
}

/// One member of the electorate: a member unit (cast by its officer) or a council member's account.
public struct BallotVoter: Hashable, Sendable, Codable {
    public var unitID: UUID?
    public var username: String?
    public var name: String

    public init(unitID: UUID? = nil, username: String? = nil, name: String) {
        self.unitID = unitID
        self.username = username
        self.name = name
    }

    /// How the voter roll names the voter.
    public var key: String { unitID.map { "unit:" + $0.uuidString.lowercased() } ?? "account:" + (username ?? "") }
}

/// What the audit log keeps of a vote: that the voter voted in this ballot, nothing of the content.
public struct CastVote: AuditedRecord, Sendable {
    public static var auditPolicy: AuditPolicy { .secret }
    public var ballotID: UUID
    public var auditContainerID: UUID? { ballotID }

    public init(ballotID: UUID) { self.ballotID = ballotID }
}

public protocol BallotRepository: Sendable {
    func list(bloc: UUID, year: Int) async throws -> [Ballot]
    func find(_ id: UUID) async throws -> Ballot?
    func insert(_ ballot: Ballot) async throws
    /// Saves when `ballot.version` is the stored one; returns it with the new version.
    func update(_ ballot: Ballot) async throws -> Ballot
    /// Marks the voter on the roll and stores the ballot apart, in the caller's transaction: a second vote by the
    /// same voter is refused by the roll's key. The audit log says only that the voter voted.
    func cast(ballot: UUID, voter: BallotVoter, _ paper: StoredBallot) async throws
    /// The voter roll's keys, sorted.
    func voters(of ballot: UUID) async throws -> [String]
    func votesCast(in ballot: UUID) async throws -> Int
    /// The stored ballots, in receipt-hash order.
    func papers(of ballot: UUID) async throws -> [StoredBallot]
    /// Writes the ballot's papers again in receipt-hash order, zeroing the deleted rows where the engine can, so
    /// that no stored order follows the casting order. In the closing transaction.
    func rewriteInHashOrder(ballot: UUID) async throws
    /// After the closing transaction: drops what the database file keeps of the old rows (SQLite's WAL frames,
    /// PostgreSQL's dead tuples).
    func forgetCastingOrder() async throws
}
