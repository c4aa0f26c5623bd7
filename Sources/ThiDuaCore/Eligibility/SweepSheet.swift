extension EligibilitySweep.Result {
    /// The sweep as spreadsheet rows, only the rows of one outcome when `outcome` is given: rank, subject, unit,
    /// birth year, outcome, quota, note, the conditions not met with their basis, and what needs confirming.
    public func sheet(outcome: EligibilityResult.Outcome? = nil) -> [[SheetValue]] {
        var rows: [[SheetValue]] = [
            [
                "TT", "Đối tượng", "Đơn vị", "Năm sinh", "Kết quả", "Chỉ tiêu", "Ghi chú", "Điều kiện chưa đạt",
                "Cần xác nhận",
            ]
            .map(SheetValue.text)
        ]
        for row in self.rows where outcome == nil || row.result.outcome == outcome {
            rows.append([
                row.rank.map(SheetValue.int) ?? .empty, .text(row.subject.name), .text(row.unitName ?? ""),
                row.birthYear.map(SheetValue.int) ?? .empty, .text(row.result.outcome.vietnamese),
                .text(row.withinQuota.map { $0 ? "Trong chỉ tiêu" : "Ngoài chỉ tiêu" } ?? ""), .text(row.note ?? ""),
                .text(
                    row.result.reasons.filter { $0.holds == false }.map { "\($0.text) (\($0.basis.citation))" }
                        .joined(separator: "\n")),
                .text(row.result.reasons.filter { $0.holds == nil }.map(\.text).joined(separator: "\n")),
            ])
        }
        return rows
    }
}
