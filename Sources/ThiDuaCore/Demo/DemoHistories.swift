import Foundation

/// Histories for the demo's bloc: the member units' people and the units themselves, 2020–2026, drawn from a
/// seeded generator so every machine gets the same data. Titles follow the ratings and initiatives the way a
/// unit would have decided them, so the eligibility pages show every outcome.
enum DemoHistories {
    static let years = 2020...2026

    static func entries(people: [Person], units: [UUID], rng: inout SplitMix64, today: LocalDate = .today()) -> [(
        entry: HistoryEntry, ownerUnitID: UUID
    )] {
        var out: [(entry: HistoryEntry, ownerUnitID: UUID)] = []
        func add(
            _ kind: SubjectKind, _ id: UUID, _ owner: UUID, _ entryKind: HistoryEntry.Kind, year: Int? = nil,
            value: String,
            title: String = "", from: LocalDate? = nil, to: LocalDate? = nil, type: CommendationType? = nil,
            revoked: Bool = false
        ) {
            let number = "\(10 + Int(rng.next() % 80))/QĐ-LMHTXVN"
            // The demo's values are the catalogue's own; one that is not would be a typo here, left out.
            guard let detail = HistoryEntry.Detail(kind: entryKind, value: value) else { return }
            out.append(
                (
                    HistoryEntry(
                        subjectKind: kind, subjectID: id, detail, year: year, title: title,
                        from: from, to: to,
                        decisionNumber: entryKind == .award && year != nil ? number : "",
                        decisionDate: entryKind == .award ? year.map { decisionDate(forYear: $0, today: today) } : nil,
                        authority: entryKind == .award ? "Liên minh Hợp tác xã Việt Nam" : "",
                        commendationType: entryKind == .award ? (type ?? .regular) : nil, revoked: revoked), owner
                ))
        }
        func chance(_ percent: UInt64) -> Bool { rng.next() % 1000 < percent * 10 }

        var complaintGiven = false
        var revokedGiven = false
        for p in people where p.status == .working {
            var cstdcs: [Int] = []
            if chance(4) { add(.person, p.id, p.unitID, .award, year: 2019, value: "BK_BO") }
            for y in years {
                if chance(3) { continue }  // a year not entered
                let roll = rng.next() % 100
                let rating: Rating = roll < 25 ? .excellent : roll < 83 ? .good : roll < 96 ? .completed : .failed
                add(.person, p.id, p.unitID, .rating, year: y, value: rating.rawValue)
                var initiative = false
                let i = rng.next() % 1000
                if i < 252 {
                    let scope: InitiativeScope = i < 220 ? .grassroots : i < 250 ? .ministry : .national
                    add(
                        .person, p.id, p.unitID, .initiative, year: y, value: scope.rawValue,
                        title: DemoHistories.initiativeTitles[
                            Int(rng.next() % UInt64(DemoHistories.initiativeTitles.count))])
                    initiative = true
                }
                guard rating >= .good else { continue }
                add(.person, p.id, p.unitID, .award, year: y, value: "LDTT")
                let qualifies = y >= 2024 ? (rating == .excellent || initiative) : initiative
                if qualifies && chance(60) {
                    let revoke = !revokedGiven && y == 2022 && chance(10)
                    revokedGiven = revokedGiven || revoke
                    add(.person, p.id, p.unitID, .award, year: y, value: "CSTDCS", revoked: revoke)
                    if !revoke { cstdcs.append(y) }
                }
            }
            // Bằng khen after two CSTĐCS in a row, the next year; a few unscheduled ones that do not count.
            if let y = cstdcs.first(where: { cstdcs.contains($0 + 1) }), y + 2 <= 2025, chance(50) {
                add(.person, p.id, p.unitID, .award, year: y + 2, value: "BK_BO")
            } else if chance(2) {
                add(.person, p.id, p.unitID, .award, year: 2022, value: "BK_BO", type: .unscheduled)
            }
            if chance(1) {
                let y = 2021 + Int(rng.next() % 4)
                add(
                    .person, p.id, p.unitID, .discipline,
                    value: chance(50) ? DisciplineForm.reprimand.rawValue : DisciplineForm.warning.rawValue,
                    from: LocalDate(year: y, month: 3, day: 1), to: LocalDate(year: y + 1, month: 3, day: 1))
            }
            if !complaintGiven && chance(2) {
                complaintGiven = true
                add(
                    .person, p.id, p.unitID, .pending, value: PendingKind.complaint.rawValue,
                    title: "Đơn thư đang được xác minh",
                    from: LocalDate(year: 2026, month: 10, day: 15))
            }
        }
        for unit in units {
            for y in years {
                let roll = rng.next() % 100
                let rating: Rating = roll < 40 ? .excellent : roll < 95 ? .good : .completed
                add(.collective, unit, unit, .rating, year: y, value: rating.rawValue)
                if rating == .excellent && chance(60) {
                    add(.collective, unit, unit, .award, year: y, value: "TTLDXS")
                } else if rating >= .good {
                    add(.collective, unit, unit, .award, year: y, value: "TTLDTT")
                }
            }
        }
        return out
    }

    /// A year's titles are decided on 15 January of the next year; this year's, not yet due, are dated today,
    /// so that no decision is ever in the future (history forms refuse such dates).
    static func decisionDate(forYear year: Int, today: LocalDate) -> LocalDate {
        let usual = LocalDate(year: year + 1, month: 1, day: 15) ?? today
        return usual > today ? today : usual
    }

    static let initiativeTitles = [
        "Số hóa hồ sơ thi đua, khen thưởng", "Quy trình thẩm định hồ sơ vay vốn trực tuyến",
        "Sổ tay hướng dẫn thành lập hợp tác xã",
        "Mô hình tư vấn chuyển đổi số cho hợp tác xã", "Cải tiến quy trình tiếp nhận đơn thư",
        "Bộ tiêu chí chấm điểm thi đua của khối",
        "Ứng dụng bản đồ số theo dõi hợp tác xã", "Chuẩn hóa mẫu báo cáo tài chính hợp tác xã",
    ]
}
