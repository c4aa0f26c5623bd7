import Foundation

/// A count of one group in a report: e.g. the ratings "excellent" of 2022, or the people "working".
public struct GroupCount: Hashable, Sendable, Codable {
    public var year: Int?
    public var value: String
    public var count: Int

    public init(year: Int?, value: String, count: Int) {
        self.year = year
        self.value = value
        self.count = count
    }
}

/// Port for the statistics of reports: the database groups and counts (`GROUP BY … COUNT(*)`), so a report
/// never reads the rows it counts, however many people the organization has. `units` nil means every unit.
public protocol ReportQueries: Sendable {
    /// People by status (`Person.Status` raw values).
    func peopleByStatus(inUnits units: [UUID]?) async throws -> [GroupCount]
    /// People's history entries of one kind by year and value (a rating, an award code, an initiative scope),
    /// for the years in `years`; withdrawn entries are not in the table, so not counted.
    func personEntries(_ kind: HistoryEntry.Kind, years: ClosedRange<Int>, inUnits units: [UUID]?) async throws
        -> [GroupCount]
}
