import Foundation

/// The results of a bloc's review as the command line and the API print them: a stable JSON contract. Points
/// and shares are decimals (87.5 points, 66.67 %).
public struct ReviewResultsDocument: Codable, Sendable, Hashable {
    public struct Unit: Codable, Sendable, Hashable {
        public var code: String
        public var name: String
        public var selfScore: Decimal
        public var finalScore: Decimal
        public var rank: Int
        public var band: String?
    }

    public struct BallotResult: Codable, Sendable, Hashable {
        public var id: UUID
        public var question: String
        public var electorate: Int
        public var cast: Int
        public var quorumMet: Bool
        /// The rule, in words: "trên 50% tổng số người có quyền biểu quyết".
        public var threshold: String
        public var candidates: [Candidate]
    }

    public struct Candidate: Codable, Sendable, Hashable {
        public var code: String
        public var name: String
        public var votes: Int
        public var share: Decimal
        public var elected: Bool
    }

    public var bloc: String
    public var year: Int
    public var maxScore: Decimal
    public var units: [Unit]
    /// Closed ballots only: an open ballot has no result yet.
    public var ballots: [BallotResult]

    public init(_ results: ReviewResults, ballots: [Ballot]) {
        func points(_ hundredths: Int) -> Decimal { Decimal(hundredths) / 100 }
        bloc = results.bloc.code
        year = results.year
        maxScore = points(results.criteria.set.maxScore)
        let units = Dictionary(results.units.map { ($0.unit.id, $0.unit) }, uniquingKeysWith: { a, _ in a })
        self.units = results.rows.map { row in
            Unit(
                code: units[row.unit]?.code ?? "", name: row.name, selfScore: points(row.selfTotal),
                finalScore: points(row.total), rank: row.rank, band: row.band)
        }
        self.ballots = ballots.compactMap { b in
            b.result.map { r in
                BallotResult(
                    id: b.id, question: b.question.question, electorate: r.electorate, cast: r.cast,
                    quorumMet: r.quorumMet, threshold: b.question.rule.vietnamese,
                    candidates: r.candidates.map { c in
                        let candidate = b.candidate(c.candidate)
                        return Candidate(
                            code: candidate?.code ?? "", name: candidate?.name ?? "", votes: c.votes,
                            share: Decimal(c.shareHundredths) / 100, elected: c.elected)
                    })
            }
        }
    }

    public func json() -> Data {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return (try? e.encode(self)) ?? Data("{}".utf8)
    }
}
