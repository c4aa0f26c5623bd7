import Foundation

/// Everything the review report (báo cáo tổng kết) says that comes from the data: the year's movements with
/// their anniversary labels, registrations and the pact, the scoring and the vote, the titles and awards of the
/// year counted from the histories, and next year's movement; with the secretary's written parts.
public struct ReviewReportData: Sendable, Hashable {
    public struct MovementLine: Sendable, Hashable {
        public var title: String
        /// "Kỷ niệm 92 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930-03/02/2022)"
        public var anniversaryLabel: String?
        public var kind: Movement.Kind
        public var registered: Int
    }

    public var results: ReviewResults
    public var ballots: [Ballot]
    public var movements: [MovementLine]
    public var pactSigned: Int
    /// Award or title code → people of the bloc's units with it in the year.
    public var awards: [GroupCount]
    public var ratings: [GroupCount]
    public var nextMovement: Movement?
    public var narrative: ReviewNarrative
}

extension ReviewResultsService {
    public func reportData(bloc: UUID, year: Int) async throws -> ReviewReportData {
        let results = try await results(bloc: bloc, year: year)
        let units = results.units.map(\.unit.id)
        let anniversaries = Dictionary(
            try await store.anniversaries.directory().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var lines: [ReviewReportData.MovementLine] = []
        let movements = try await store.movements.list(
            MovementFilter(year: year, scopeKind: .bloc, scopeID: bloc, publicOnly: true))
        for m in movements.sorted(by: { $0.periodFrom < $1.periodFrom }) {
            let label = m.anniversaryID.flatMap { anniversaries[$0]?.occurrence(in: year)?.label }
            lines.append(
                ReviewReportData.MovementLine(
                    title: m.title, anniversaryLabel: label, kind: m.kind,
                    registered: try await store.registrations.list(movement: m.id).count))
        }
        var pactSigned = 0
        if let pact = try await store.pacts.find(bloc: bloc, year: year) {
            pactSigned = try await store.pacts.signatures(of: pact.id).count
        }
        let next = try await store.movements.list(
            MovementFilter(year: year + 1, scopeKind: .bloc, scopeID: bloc, publicOnly: true)
        ).first { $0.kind == .regular }
        return ReviewReportData(
            results: results, ballots: try await store.ballots.list(bloc: bloc, year: year), movements: lines,
            pactSigned: pactSigned,
            awards: try await store.reports.personEntries(.award, years: year...year, inUnits: units),
            ratings: try await store.reports.personEntries(.rating, years: year...year, inUnits: units),
            nextMovement: next, narrative: results.review.narrative ?? ReviewNarrative())
    }
}
