extension ReviewResults {
    /// The final table as spreadsheet rows: one row per unit, in rank order, then one per criterion of each unit
    /// with the self-score, each reviewer's score, the final score and how it was reached.
    public var sheet: [[SheetValue]] {
        func points(_ p: Int?) -> SheetValue { p.map { .text(VietnameseNumber.hundredths($0)) } ?? .empty }
        var rows: [[SheetValue]] = [
            [.text("Bảng tổng hợp kết quả chấm điểm năm \(year) – \(bloc.name)")],
            [.text("Thang điểm"), points(criteria.set.maxScore)],
            [],
            [
                .text("Hạng"), .text("Mã đơn vị"), .text("Đơn vị"), .text("Tự chấm"), .text("Điểm tiêu chí"),
                .text("Điểm thưởng"), .text("Điểm trừ"), .text("Tổng điểm"), .text("Xếp loại"),
                .text("Quy tắc xếp hạng"),
            ],
        ]
        rows += rankingRows(self.rows)
        rows.append([])
        rows.append([
            .text("Mã đơn vị"), .text("Tiêu chí"), .text("Tự chấm"), .text("Điểm chấm chéo"), .text("Điểm cuối cùng"),
            .text("Cách tính"),
        ])
        for u in units {
            for c in u.criteria {
                let reviewers = c.reviewerScores.sorted { (names[$0.key] ?? "") < (names[$1.key] ?? "") }.map {
                    "\(names[$0.key] ?? ""): \(VietnameseNumber.hundredths($0.value))"
                }
                rows.append([
                    .text(u.unit.code), .text(c.code), points(c.selfScore), .text(reviewers.joined(separator: "; ")),
                    points(c.final), .text(c.note),
                ])
            }
        }
        return rows
    }

    private func rankingRows(_ ranking: [ReviewRanking.Row]) -> [[SheetValue]] {
        ranking.map { r in
            [
                .int(r.rank), .text(unit(r.unit)?.unit.code ?? ""), .text(r.name),
                .text(VietnameseNumber.hundredths(r.selfTotal)), .text(VietnameseNumber.hundredths(r.criteriaTotal)),
                .text(VietnameseNumber.hundredths(r.bonus)), .text(VietnameseNumber.hundredths(r.penalty)),
                .text(VietnameseNumber.hundredths(r.total)), .text(r.band ?? ""),
                .text(r.pending ? "Còn điểm chờ thư ký quyết định" : (r.tieRule ?? "")),
            ]
        }
    }
}
