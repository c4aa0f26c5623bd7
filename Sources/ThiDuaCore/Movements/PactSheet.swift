extension PactService.Status {
    /// Who has signed the pact, as spreadsheet rows.
    public var sheet: [[SheetValue]] {
        [["Đơn vị", "Người ký", "Ngày ký"].map(SheetValue.text)]
            + members.map { m in
                [
                    .text(m.unit.name), .text(m.signature?.signedBy ?? "Chưa ký"),
                    m.signature.map { .date($0.signedOn) } ?? .empty,
                ]
            }
    }
}
