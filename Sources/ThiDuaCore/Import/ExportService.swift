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
        let scope = try await AccessPolicy(account: account).peopleScope { bloc in
            try await store.blocs.unitIDs(inBloc: bloc)
        }
        let units = try await store.units.all()
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
            return header
                + (try await store.people.all()).filter { scope.contains($0.unitID) }.map { p in
                    [
                        .text(p.id.uuidString.lowercased()), .text(p.fullName), .text(p.gender.vietnamese),
                        p.birthYear.map(SheetValue.int) ?? .empty,
                        .text(unitByID[p.unitID]?.code ?? ""), t(p.position), .text(p.status.vietnamese),
                    ]
                }
        case .ratings, .initiatives, .awards:
            let entryKind: HistoryEntry.Kind = kind == .ratings ? .rating : kind == .initiatives ? .initiative : .award
            let people = Dictionary((try await store.people.all()).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            var rows = header
            for e in try await store.history.entries(kind: entryKind) {
                let person = e.subjectKind == .person ? people[e.subjectID] : nil
                guard let unitID = person?.unitID ?? (e.subjectKind == .collective ? e.subjectID : nil),
                    scope.contains(unitID)
                else { continue }
                let subject: [SheetValue] = [
                    t(person?.id.uuidString.lowercased() ?? ""), .text(e.subjectKind.vietnamese),
                    t(person?.fullName ?? ""),
                    person?.birthYear.map(SheetValue.int) ?? .empty, .text(unitByID[unitID]?.code ?? ""),
                ]
                let year = e.year.map(SheetValue.int) ?? .empty
                switch kind {
                case .ratings:
                    rows.append(subject + [year, .text(e.rating?.vietnamese ?? e.value)])
                case .initiatives:
                    rows.append(
                        subject + [
                            year, .text(e.title), .text(e.scope?.vietnamese ?? e.value), t(e.authority),
                            t(e.decisionNumber), d(e.decisionDate),
                        ])
                default:
                    rows.append(
                        subject + [
                            year, .text(e.value), .text((e.commendationType ?? .regular).vietnamese),
                            t(e.decisionNumber),
                            d(e.decisionDate), t(e.authority), e.revoked ? .text("Có") : .empty,
                        ])
                }
            }
            return rows
        }
    }
}
