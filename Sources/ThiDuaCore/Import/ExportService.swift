import Foundation

/// A typed cell, so that exports keep dates as dates and numbers as numbers.
public enum SheetValue: Hashable, Sendable {
    case empty
    case text(String)
    case int(Int)
    case date(LocalDate)

    public var text: String {
        switch self {
        case .empty: return ""
        case .text(let s): return s
        case .int(let n): return String(n)
        case .date(let d): return d.vietnamese
        }
    }
}

/// The lists as rows with the import headers, so that an export imports back as the same kind.
public struct ExportService: Sendable {
    public let store: any DataStore
    public let account: Account

    public init(store: any DataStore, account: Account) {
        self.store = store
        self.account = account
    }

    /// The header row of a kind: the template to fill.
    public static func template(_ kind: ImportKind) -> [[SheetValue]] {
        [kind.columns.map { .text($0.header) }]
    }

    public func rows(_ kind: ImportKind) async throws -> [[SheetValue]] {
        let scope = try await AccessPolicy(account: account).unitScope { bloc in
            try await store.blocs.unitIDs(inBloc: bloc)
        }
        let units = try await store.units.directory()
        let unitByID = Dictionary(units.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let header = Self.template(kind)
        func d(_ date: LocalDate?) -> SheetValue { date.map(SheetValue.date) ?? .empty }
        func t(_ s: String) -> SheetValue { s.isEmpty ? .empty : .text(s) }
        switch kind {
        case .units:
            return header
                + units.map { u in
                    [
                        .text(u.code), .text(u.name), t(u.shortName), .text(u.kind.vietnamese),
                        t(u.parentID.flatMap { unitByID[$0]?.code } ?? ""),
                        d(u.activeFrom), d(u.activeTo),
                    ]
                }
        case .people:
            var rows = header
            try await forEachBatch(units, scope) { _, people in
                rows += people.map { p in
                    [
                        .text(p.id.uuidString.lowercased()), .text(p.fullName), .text(p.gender.vietnamese),
                        p.birthYear.map(SheetValue.int) ?? .empty,
                        .text(unitByID[p.unitID]?.code ?? ""), t(p.position), .text(p.status.vietnamese),
                        .text(p.category.vietnamese),
                    ]
                }
            }
            return rows
        case .ratings, .initiatives, .awards:
            let entryKind: HistoryEntry.Kind = kind == .ratings ? .rating : kind == .initiatives ? .initiative : .award
            var rows = header
            try await forEachBatch(units, scope) { unitIDs, people in
                let collective = Dictionary(
                    grouping: try await store.history.entries(of: .collective, subjects: unitIDs)
                        .filter { $0.kind == entryKind }, by: \.subjectID)
                let personal = Dictionary(
                    grouping: try await store.history.entries(of: .person, subjects: people.map(\.id))
                        .filter { $0.kind == entryKind }, by: \.subjectID)
                func byYear(_ es: [HistoryEntry]) -> [HistoryEntry] {
                    es.sorted { ($0.year ?? 0, $0.id.uuidString) < ($1.year ?? 0, $1.id.uuidString) }
                }
                // Each unit's own entries, then its people's, in name order.
                for unit in unitIDs {
                    rows += byYear(collective[unit] ?? []).map { row($0, person: nil) }
                    for p in people where p.unitID == unit {
                        rows += byYear(personal[p.id] ?? []).map { row($0, person: p) }
                    }
                }
            }
            return rows

            func row(_ e: HistoryEntry, person: Person?) -> [SheetValue] {
                let unitID = person?.unitID ?? e.subjectID
                let subject: [SheetValue] = [
                    t(person?.id.uuidString.lowercased() ?? ""), .text(e.subjectKind.vietnamese),
                    t(person?.fullName ?? ""),
                    person?.birthYear.map(SheetValue.int) ?? .empty, .text(unitByID[unitID]?.code ?? ""),
                ]
                let year = e.year.map(SheetValue.int) ?? .empty
                switch kind {
                case .ratings:
                    return subject + [year, .text(e.rating?.vietnamese ?? e.value)]
                case .initiatives:
                    return subject + [
                        year, .text(e.title), .text(e.scope?.vietnamese ?? e.value), t(e.authority),
                        t(e.decisionNumber), d(e.decisionDate),
                    ]
                default:
                    return subject + [
                        year, .text(e.value), .text((e.commendationType ?? .regular).vietnamese),
                        t(e.decisionNumber),
                        d(e.decisionDate), t(e.authority), e.revoked ? .text("Có") : .empty,
                    ]
                }
            }
        }
    }

    /// The scope's units 50 at a time, each batch with its people (by unit code, then by name), so that an
    /// export never reads the whole people table at once.
    private func forEachBatch(
        _ units: [OrgUnit], _ scope: UnitScope, _ body: (_ units: [UUID], _ people: [Person]) async throws -> Void
    ) async throws {
        let ids = units.filter { scope.contains($0.id) }.map(\.id)
        for start in stride(from: 0, to: ids.count, by: 50) {
            let chunk = Array(ids[start..<min(start + 50, ids.count)])
            let order = Dictionary(chunk.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
            let people = try await store.people.people(inUnits: chunk, status: nil).sorted {
                order[$0.unitID] != order[$1.unitID]
                    ? (order[$0.unitID] ?? 0) < (order[$1.unitID] ?? 0)
                    : VietnameseText.namesAreInIncreasingOrder($0.fullName, $1.fullName)
            }
            try await body(chunk, people)
        }
    }
}
