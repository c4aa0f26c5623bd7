import Foundation

/// Stored histories turned into the engine's compact form.
public enum HistoryCompaction {
    /// A person's history.
    public static func person(_ p: Person, entries: [HistoryEntry]) -> CompactHistory {
        var h = subject(id: p.id.uuidString.lowercased(), name: p.fullName, kind: .person, entries: entries)
        h.gender = p.gender
        h.category = p.category
        return h
    }

    /// A unit as a collective, with its members' counts for the year drawn from their histories.
    public static func collective(
        _ unit: OrgUnit, entries: [HistoryEntry], members: [Person], memberEntries: [UUID: [HistoryEntry]], year: Int
    ) -> CompactHistory {
        var h = subject(id: unit.id.uuidString.lowercased(), name: unit.name, kind: .collective, entries: entries)
        h.members = memberCounts(members, memberEntries, year: year)
        return h
    }

    /// Members still working: how many completed their tasks, hold each title, were disciplined at
    /// warning level or above, and are women.
    public static func memberCounts(_ members: [Person], _ entries: [UUID: [HistoryEntry]], year: Int) -> MemberCounts {
        let working = members.filter { $0.status == .working }
        var counts = MemberCounts(
            total: working.count, completed: 0, disciplined: 0, women: working.filter { $0.gender == .female }.count)
        let yearStart = LocalDate(year: year, month: 1, day: 1)!
        let yearEnd = LocalDate(year: year, month: 12, day: 31)!
        for p in working {
            let own = entries[p.id] ?? []
            if own.contains(where: {
                $0.kind == .rating && $0.year == year && ($0.rating.map { $0 >= .completed } ?? false)
            }) {
                counts.completed! += 1
            }
            for code in Set(own.filter { $0.kind == .award && $0.year == year && !$0.revoked }.map(\.value)) {
                counts.titles[code, default: 0] += 1
            }
            let disciplined = own.contains { e in
                guard e.kind == .discipline, let form = e.disciplineForm, form != .reprimand, let from = e.from else {
                    return false
                }
                return DateSpan(from: from, to: e.to).overlaps(yearStart, yearEnd)
            }
            if disciplined { counts.disciplined! += 1 }
        }
        return counts
    }

    private static func subject(id: String, name: String, kind: SubjectKind, entries: [HistoryEntry]) -> CompactHistory
    {
        var ratings: [Int: Rating] = [:]
        var achievements: [Achievement] = []
        var initiatives: [InitiativeRecord] = []
        var discipline: [DateSpan] = []
        var pending: [PendingMatter] = []
        for e in entries {
            switch e.kind {
            case .rating:
                if let y = e.year, let r = e.rating { ratings[y] = r }
            case .award:
                if let y = e.year {
                    achievements.append(
                        Achievement(code: e.value, year: y, type: e.commendationType ?? .regular, revoked: e.revoked))
                }
            case .initiative:
                if let y = e.year, let s = e.scope { initiatives.append(InitiativeRecord(year: y, scope: s)) }
            case .discipline:
                if let from = e.from { discipline.append(DateSpan(from: from, to: e.to)) }
            case .pending:
                if let from = e.from, let k = e.pendingKind {
                    pending.append(PendingMatter(kind: k, span: DateSpan(from: from, to: e.to)))
                }
            }
        }
        return CompactHistory(
            id: id, name: name, kind: kind, ratings: ratings, achievements: achievements,
            initiatives: initiatives, discipline: discipline, pending: pending)
    }
}
