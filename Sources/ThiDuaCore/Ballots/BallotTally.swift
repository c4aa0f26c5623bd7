import Foundation

/// The count of one ballot (bỏ phiếu kín) from its ballots, which carry no voter: who is elected, whether the
/// quorum was met, and the candidates of a runoff when the last seat is tied. Electronic and paper ballots are
/// counted the same way; a paper count enters the totals directly (`PaperCount`).
public struct BallotTally: Sendable, Hashable, Codable {
    public struct CandidateResult: Sendable, Hashable, Codable {
        public var candidate: UUID
        public var votes: Int
        /// Votes over the rule's denominator, in hundredths of a percent (66,67% is 6667).
        public var shareHundredths: Int
        public var passes: Bool
        public var elected: Bool
    }

    public var electorate: Int
    public var cast: Int
    public var valid: Int
    public var invalid: Int
    public var quorumMet: Bool
    public var candidates: [CandidateResult]
    /// Tied on the last seat among those who pass: a runoff among them decides.
    public var runoff: [UUID]
    /// SHA-256 of the ballot set (each ballot's receipt hash and choices, sorted): anyone can recount.
    public var ballotSetHash: String?

    public var elected: [UUID] { candidates.filter(\.elected).map(\.candidate) }
}

/// One stored ballot: the hash of the receipt its voter was shown, and the choices. No voter, no time.
public struct StoredBallot: Sendable, Hashable, Codable {
    public var receiptHash: String
    public var choices: [UUID]

    public init(receiptHash: String, choices: [UUID]) {
        self.receiptHash = receiptHash
        self.choices = choices
    }

    /// The line the published result lists and the ballot set's hash is taken over.
    public var line: String {
        receiptHash + " " + choices.map { $0.uuidString.lowercased() }.sorted().joined(separator: ",")
    }
}

/// A count made on paper by the counting board (ban kiểm phiếu), entered by the secretary.
public struct PaperCount: Sendable, Hashable, Codable {
    public var cast: Int
    public var invalid: Int
    public var votes: [UUID: Int]
    /// The members of the counting board, as the minutes name them.
    public var countingBoard: [String]

    public init(cast: Int, invalid: Int, votes: [UUID: Int], countingBoard: [String]) {
        self.cast = cast
        self.invalid = invalid
        self.votes = votes
        self.countingBoard = countingBoard
    }
}

/// What a ballot asks: its candidates, seats, and how many choices one ballot may carry.
public struct BallotQuestion: Sendable, Hashable, Codable {
    public var question: String
    public var candidates: [UUID]
    public var seats: Int
    public var maxChoices: Int
    public var rule: VoteRule

    public init(question: String, candidates: [UUID], seats: Int, maxChoices: Int, rule: VoteRule) {
        self.question = question
        self.candidates = candidates
        self.seats = seats
        self.maxChoices = maxChoices
        self.rule = rule
    }

    /// A ballot's choices, or the Vietnamese reason it cannot be cast.
    public func check(_ choices: [UUID]) -> String? {
        if Set(choices).count != choices.count { return "Mỗi ứng viên chỉ được chọn một lần." }
        if choices.count > maxChoices { return "Chỉ được chọn tối đa \(maxChoices) ứng viên." }
        if choices.contains(where: { !candidates.contains($0) }) {
            return "Lựa chọn không có trong danh sách ứng viên."
        }
        return nil
    }

    public func validated() throws -> BallotQuestion {
        var errors: [FieldError] = []
        let text = VietnameseText.normalized(question)
        if text.isEmpty || text.count > 500 {
            errors.append(FieldError("question", "Nội dung bỏ phiếu phải có từ 1 đến 500 ký tự."))
        }
        if candidates.isEmpty { errors.append(FieldError("candidates", "Cần ít nhất một ứng viên.")) }
        if candidates.count > 500 { errors.append(FieldError("candidates", "Tối đa 500 ứng viên.")) }
        if Set(candidates).count != candidates.count { errors.append(FieldError("candidates", "Ứng viên bị trùng.")) }
        if !(1...max(1, candidates.count)).contains(seats) {
            errors.append(FieldError("seats", "Số người được chọn phải từ 1 đến số ứng viên."))
        }
        if !(1...max(1, candidates.count)).contains(maxChoices) {
            errors.append(FieldError("maxChoices", "Số lựa chọn tối đa trên một phiếu phải từ 1 đến số ứng viên."))
        }
        do { _ = try rule.validated() } catch DomainError.invalid(let e) { errors += e }
        if !errors.isEmpty { throw DomainError.invalid(errors) }
        var q = self
        q.question = text
        return q
    }

    /// The count of electronic ballots.
    public func tally(_ ballots: [StoredBallot], electorate: Int) -> BallotTally {
        var votes: [UUID: Int] = [:]
        var invalid = 0
        for b in ballots {
            if check(b.choices) != nil {
                invalid += 1
                continue
            }
            for c in b.choices { votes[c, default: 0] += 1 }
        }
        let lines = ballots.map(\.line).sorted().joined(separator: "\n")
        var t = count(votes: votes, cast: ballots.count, invalid: invalid, electorate: electorate)
        t.ballotSetHash = SHA256Hash.hex(lines)
        return t
    }

    /// What is wrong with a paper count, by field, in Vietnamese; empty when it can be right.
    public func check(_ paper: PaperCount, electorate: Int) -> [FieldError] {
        var errors: [FieldError] = []
        if !(0...electorate).contains(paper.cast) {
            errors.append(
                FieldError("cast", "Số phiếu thu về phải từ 0 đến \(electorate) (số người có quyền biểu quyết)."))
        }
        if paper.invalid < 0 || paper.invalid > max(paper.cast, 0) {
            errors.append(FieldError("invalid", "Số phiếu không hợp lệ phải từ 0 đến số phiếu thu về."))
        }
        let valid = max(0, paper.cast - max(paper.invalid, 0))
        if paper.votes.keys.contains(where: { !candidates.contains($0) })
            || paper.votes.values.contains(where: { $0 < 0 || $0 > valid })
            || paper.votes.values.reduce(0, { $0 + max($1, 0) }) > valid * maxChoices
        {
            errors.append(
                FieldError(
                    "votes",
                    "Số phiếu của mỗi ứng viên phải từ 0 đến số phiếu hợp lệ (\(valid)), và tổng không vượt số lựa chọn có thể."
                ))
        }
        let board = paper.countingBoard.map(VietnameseText.normalized).filter { !$0.isEmpty }
        if board.isEmpty || board.count > 20 || board.contains(where: { $0.count > 120 }) {
            errors.append(FieldError("countingBoard", "Ghi tên từ 1 đến 20 thành viên ban kiểm phiếu."))
        }
        return errors
    }

    /// The count of a paper ballot, from the counting board's figures (checked with `check(_:electorate:)`).
    public func tally(_ paper: PaperCount, electorate: Int) -> BallotTally {
        count(votes: paper.votes, cast: paper.cast, invalid: paper.invalid, electorate: electorate)
    }

    func count(votes: [UUID: Int], cast: Int, invalid: Int, electorate: Int) -> BallotTally {
        // Figures typed in are checked first (`check`); clamped here too, so that none can overflow the arithmetic.
        let limit = 1_000_000_000
        let electorate = min(max(electorate, 0), limit)
        let cast = min(max(cast, 0), limit)
        let invalid = min(max(invalid, 0), cast)
        let votes = votes.mapValues { min(max($0, 0), cast) }
        let valid = cast - invalid
        // Integer arithmetic: two thirds of 15 is exactly 10.
        let quorumMet = rule.quorum.isMet(by: cast, of: electorate) && cast > 0
        let base = rule.denominator == .electorate ? electorate : valid
        var results = candidates.map { c -> BallotTally.CandidateResult in
            let n = votes[c] ?? 0
            let passes =
                quorumMet && base > 0
                && (rule.strictlyAbove
                    ? n * 100 > rule.thresholdPercent * base : n * 100 >= rule.thresholdPercent * base)
            let share = base > 0 ? (n * 10_000 * 2 + base) / (2 * base) : 0
            return .init(candidate: c, votes: n, shareHundredths: share, passes: passes, elected: false)
        }
        // The seats go to those who pass, most votes first; a tie across the last seat goes to a runoff.
        let passing = results.filter(\.passes).sorted { $0.votes > $1.votes }
        var runoff: [UUID] = []
        var elected: Set<UUID> = []
        if passing.count <= seats {
            elected = Set(passing.map(\.candidate))
        } else {
            let cutoff = passing[seats - 1].votes
            let above = passing.filter { $0.votes > cutoff }
            let tied = passing.filter { $0.votes == cutoff }
            if above.count + tied.count <= seats {
                elected = Set((above + tied).map(\.candidate))
            } else {
                elected = Set(above.map(\.candidate))
                runoff = tied.map(\.candidate)
            }
        }
        for i in results.indices { results[i].elected = elected.contains(results[i].candidate) }
        return BallotTally(
            electorate: electorate, cast: cast, valid: valid, invalid: invalid, quorumMet: quorumMet,
            candidates: results, runoff: runoff, ballotSetHash: nil)
    }
}

/// The code a voter is shown once after casting, and its hash, which is all that is stored.
public enum BallotReceipt {
    /// 16 characters from an alphabet without look-alikes (no 0/O, 1/I/L), in groups of four.
    public static func make<G: RandomNumberGenerator>(using rng: inout G) -> String {
        let alphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")
        let chars = (0..<16).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }
        return stride(from: 0, to: 16, by: 4).map { String(chars[$0..<$0 + 4]) }.joined(separator: "-")
    }

    public static func hash(_ receipt: String) -> String { SHA256Hash.hex(receipt.uppercased()) }
}
