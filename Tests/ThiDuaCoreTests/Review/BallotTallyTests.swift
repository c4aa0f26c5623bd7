import Foundation
import Testing

@testable import ThiDuaCore

/// Counting a ballot: validity, quorum, threshold, seats, the runoff, paper counts, receipts and the set's hash.
@Suite struct BallotTallyTests {
    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))! }
    static let a = id(1), b = id(2), c = id(3)

    static func question(seats: Int = 1, maxChoices: Int = 1, rule: VoteRule = .blocDefault) -> BallotQuestion {
        BallotQuestion(
            question: "Suy tôn đơn vị dẫn đầu Khối năm 2022", candidates: [a, b, c], seats: seats,
            maxChoices: maxChoices,
            rule: rule)
    }

    static func ballots(_ pattern: [[UUID]]) -> [StoredBallot] {
        pattern.enumerated().map { StoredBallot(receiptHash: BallotReceipt.hash("R\($0.offset)"), choices: $0.element) }
    }

    @Test func theMajorityOfTheElectorateElects() {
        // 15 member units, 12 vote: a 9, b 3. More than half of 15 is 8 or more.
        let t = Self.question().tally(
            Self.ballots(Array(repeating: [Self.a], count: 9) + Array(repeating: [Self.b], count: 3)), electorate: 15)
        #expect(t.cast == 12)
        #expect(t.quorumMet)  // 12 ≥ 2/3 of 15 (10)
        #expect(t.elected == [Self.a])
        #expect(t.candidates[0].shareHundredths == 6000)  // 9/15
        #expect(t.candidates[1].passes == false)
    }

    @Test func belowTheQuorumNobodyIsElected() {
        let t = Self.question().tally(Self.ballots(Array(repeating: [Self.a], count: 9)), electorate: 15)
        #expect(!t.quorumMet)  // 9 × 3 < 2 × 15
        #expect(t.elected.isEmpty)
        // exactly two thirds is enough: a percentage (67%) would have refused 10 of 15
        let ok = Self.question().tally(Self.ballots(Array(repeating: [Self.a], count: 10)), electorate: 15)
        #expect(ok.quorumMet && ok.elected == [Self.a])
        #expect(Fraction(parsing: "2/3") == Fraction(2, 3) && Fraction(parsing: "67 %") == Fraction(67, 100))
        #expect(Fraction(parsing: "4/3") == nil && Fraction(parsing: "1/0") == nil && Fraction(parsing: "x") == nil)
    }

    @Test func theThresholdAtItsBoundary() {
        // The council's 90% of 10 members: 9 votes pass, 8 do not.
        let rule = VoteRule.councilNinety
        let q = BallotQuestion(
            question: "CSTĐ cấp bộ", candidates: [Self.a, Self.b], seats: 2, maxChoices: 2, rule: rule)
        let t = q.tally(Self.ballots(Array(repeating: [Self.a, Self.b], count: 8) + [[Self.a]]), electorate: 10)
        #expect(t.candidates.map(\.votes) == [9, 8])
        #expect(t.elected == [Self.a])
    }

    @Test func invalidBallotsCountAsCastNotAsVotes() {
        let t = Self.question().tally(
            Self.ballots([[Self.a], [Self.a, Self.b], [Self.a, Self.a], [Self.id(99)], []]), electorate: 5)
        #expect(t.cast == 5)
        #expect(t.invalid == 3)
        #expect(t.valid == 2)  // [a], and a blank ballot
        #expect(t.candidates[0].votes == 1)
    }

    @Test func aTieOnTheLastSeatOpensARunoff() {
        var rule = VoteRule.blocDefault
        rule.strictlyAbove = false  // "từ 50% trở lên"
        let q = Self.question(seats: 2, maxChoices: 2, rule: rule)
        let pattern: [[UUID]] =
            Array(repeating: [Self.a, Self.b], count: 6) + Array(repeating: [Self.a, Self.c], count: 6)
        let t = q.tally(Self.ballots(pattern), electorate: 12)
        #expect(t.elected == [Self.a])
        #expect(Set(t.runoff) == [Self.b, Self.c])
        // The runoff among the tied, for the one seat left.
        let runoff = BallotQuestion(
            question: "Bỏ phiếu lại", candidates: t.runoff, seats: 1, maxChoices: 1, rule: q.rule)
        let second = runoff.tally(
            Self.ballots(Array(repeating: [Self.b], count: 7) + Array(repeating: [Self.c], count: 5)), electorate: 12)
        #expect(second.elected == [Self.b])
        #expect(second.runoff.isEmpty)
    }

    @Test func aTieWithinTheSeatsElectsBoth() {
        let q = Self.question(seats: 2, maxChoices: 2)
        let t = q.tally(Self.ballots(Array(repeating: [Self.a, Self.b], count: 10)), electorate: 12)
        #expect(Set(t.elected) == [Self.a, Self.b])
        #expect(t.runoff.isEmpty)
    }

    @Test func aPaperCountIsCountedTheSameWay() {
        let paper = PaperCount(
            cast: 13, invalid: 1, votes: [Self.a: 11, Self.b: 1], countingBoard: ["Nguyễn Văn A", "Trần Thị B"])
        let t = Self.question().tally(paper, electorate: 15)
        #expect(t.valid == 12)
        #expect(t.elected == [Self.a])
        #expect(t.ballotSetHash == nil)
        // A count that cannot be right is refused by name.
        let q = Self.question()
        #expect(q.check(paper, electorate: 15).isEmpty)
        #expect(
            q.check(PaperCount(cast: 16, invalid: 0, votes: [:], countingBoard: ["A"]), electorate: 15).map(\.field)
                == ["cast"])
        #expect(
            q.check(PaperCount(cast: 10, invalid: 11, votes: [:], countingBoard: ["A"]), electorate: 15).map(\.field)
                == ["invalid"])
        #expect(
            q.check(PaperCount(cast: 10, invalid: 0, votes: [Self.a: 11], countingBoard: ["A"]), electorate: 15).map(
                \.field) == ["votes"])
        #expect(
            q.check(PaperCount(cast: 10, invalid: 0, votes: [Self.id(9): 1], countingBoard: ["A"]), electorate: 15).map(
                \.field) == ["votes"])
        #expect(
            q.check(PaperCount(cast: 10, invalid: 0, votes: [:], countingBoard: []), electorate: 15).map(\.field) == [
                "countingBoard"
            ])
    }

    @Test func theBallotSetHashIgnoresOrderAndChangesWithAnyChoice() {
        let q = Self.question()
        let set = Self.ballots([[Self.a], [Self.b], [Self.a]])
        let h1 = q.tally(set, electorate: 3).ballotSetHash
        #expect(h1 == q.tally(set.reversed(), electorate: 3).ballotSetHash)
        var changed = set
        changed[1].choices = [Self.c]
        #expect(h1 != q.tally(changed, electorate: 3).ballotSetHash)
        #expect(h1?.count == 64)
    }

    @Test func aReceiptIsShownOnceAndOnlyItsHashIsKept() {
        var rng = SplitMix64(seed: 42)
        let r = BallotReceipt.make(using: &rng)
        #expect(r.count == 19)
        #expect(r.split(separator: "-").count == 4)
        #expect(!r.contains("0") && !r.contains("O") && !r.contains("1") && !r.contains("I"))
        #expect(BallotReceipt.hash(r) == BallotReceipt.hash(r.lowercased()))
        #expect(BallotReceipt.make(using: &rng) != r)
    }

    @Test func aBadQuestionOrRuleIsRefused() {
        #expect(throws: DomainError.self) { try Self.question(seats: 4).validated() }
        #expect(throws: DomainError.self) { try Self.question(maxChoices: 0).validated() }
        var rule = VoteRule.blocDefault
        rule.thresholdPercent = 100
        #expect(throws: DomainError.self) { try Self.question(rule: rule).validated() }
        #expect(Self.question().check([Self.a, Self.b]) == "Chỉ được chọn tối đa 1 ứng viên.")
        #expect(VoteRule.blocDefault.vietnamese == "trên 50% tổng số người có quyền biểu quyết")
    }

    @Test func absurdFiguresNeitherTrapNorElect() {
        let paper = PaperCount(
            cast: Int.max, invalid: Int.min, votes: [Self.a: Int.max, Self.b: Int.min], countingBoard: ["A"])
        let t = Self.question().tally(paper, electorate: Int.max)
        #expect(t.invalid == 0)
        #expect(t.candidates.allSatisfy { $0.votes >= 0 && $0.votes <= t.cast })
        #expect(!Self.question().check(paper, electorate: 15).isEmpty)
    }
}
