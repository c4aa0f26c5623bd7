import Foundation

/// Reads rows (the header first), checks every row, and writes all of them in one transaction, or
/// nothing at all when any row is wrong. Records already in the database (by natural key) are updated
/// when they differ and left alone when they do not, so a second import of a file changes nothing.
public struct ImportService: Sendable {
    public let store: any DataStore
    public let account: Account
    public let today: LocalDate

    public init(store: any DataStore, account: Account, today: LocalDate = .today()) {
        self.store = store.acting(as: account.username)
        self.account = account
        self.today = today
    }

    public func run(
        _ kind: ImportKind, rows: [[String]], dryRun: Bool = false,
        progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }
    ) async throws -> ImportReport {
        let policy = AccessPolicy(account: account)
        guard policy.importKinds.contains(kind) else { throw DomainError.forbidden }
        var report = ImportReport(
            kind: kind, rows: 0, created: 0, updated: 0, unchanged: 0, problems: [], dryRun: dryRun)
        guard let header = rows.first else {
            report.problems = [
                ImportProblem(row: 1, column: "", value: "", message: "Tệp không có dòng tiêu đề. Hãy dùng tệp mẫu.")
            ]
            return report
        }
        let (columns, headerProblems) = Self.mapHeader(header, kind)
        guard headerProblems.isEmpty else {
            report.problems = headerProblems
            return report
        }
        let data = rows.dropFirst().enumerated().compactMap { offset, cells -> (Int, [String: String])? in
            guard cells.contains(where: { cell in cell.unicodeScalars.contains { !FoldTable.isWhitespace($0) } }) else {
                return nil
            }
            var record: [String: String] = [:]
            // A column the header has is in every record, empty when a short row stops before it; only a column
            // the file lacks is missing (`nil`).
            for (index, key) in columns {
                record[key] = index < cells.count ? VietnameseText.normalized(cells[index]) : ""
            }
            return (offset + 2, record)
        }
        report.rows = data.count
        // A control, bidirectional or zero-width character is refused in a file as in a form.
        var unsafe: [ImportProblem] = []
        for (row, record) in data where unsafe.count < 100 {
            for (key, value) in record.sorted(by: { $0.key < $1.key }) {
                guard let s = UnsafeCharacters.first(in: value) else { continue }
                let header = kind.columns.first { $0.key == key }?.header ?? key
                unsafe.append(
                    ImportProblem(
                        row: row, column: header,
                        value: value.unicodeScalars.filter { !UnsafeCharacters.isUnsafe($0) }.map(String.init).joined(),
                        message:
                            "Ô có ký tự ẩn hoặc ký tự điều khiển (\(UnsafeCharacters.code(s))) không được phép. Hãy gõ lại nội dung ô này."
                    ))
            }
        }
        guard unsafe.isEmpty else {
            report.problems = unsafe
            return report
        }
        let plan = try await ImportPlanner(kind: kind, account: account, store: store, today: today).plan(
            data, progress: progress)
        report.problems = plan.problems
        report.unchanged = plan.unchanged
        report.created = plan.writes.filter(\.isCreate).count
        report.updated = plan.writes.count - report.created
        guard plan.problems.isEmpty, !dryRun else {
            if !plan.problems.isEmpty { (report.created, report.updated, report.unchanged) = (0, 0, 0) }
            return report
        }
        let writes = plan.writes
        let total = writes.count
        let since = today
        try await store.transaction { tx in
            // New people go in batches; everything else one by one, in file order.
            var batch: [Person] = []
            var done = 0
            func flush() async throws {
                guard !batch.isEmpty else { return }
                try await tx.people.insertMany(batch, since: since)
                done += batch.count
                batch.removeAll(keepingCapacity: true)
                progress(done, total)
            }
            for write in writes {
                if let person = write.newPerson {
                    batch.append(person)
                    if batch.count == 1000 { try await flush() }
                    continue
                }
                try await flush()
                try await write.apply(tx)
                done += 1
                if done % 1000 == 0 || done == total { progress(done, total) }
            }
            try await flush()
        }
        return report
    }

    /// Matches header cells to the kind's columns, ignoring case and diacritics.
    static func mapHeader(_ header: [String], _ kind: ImportKind) -> ([(Int, String)], [ImportProblem]) {
        var mapping: [(Int, String)] = []
        var problems: [ImportProblem] = []
        var seen: Set<String> = []
        for (index, cell) in header.enumerated() {
            let key = VietnameseText.searchKey(cell)
            guard !key.isEmpty else { continue }
            guard
                let column = kind.columns.first(where: { c in
                    ([c.header] + c.aliases).contains { VietnameseText.searchKey($0) == key }
                })
            else {
                problems.append(
                    ImportProblem(
                        row: 1, column: cell, value: cell,
                        message:
                            "Cột “\(cell)” không có trong mẫu \(kind.vietnamese.lowercased()). Các cột dùng được: \(kind.columns.map(\.header).joined(separator: ", "))."
                    ))
                continue
            }
            if seen.contains(column.key) {
                problems.append(
                    ImportProblem(
                        row: 1, column: cell, value: cell, message: "Cột “\(column.header)” xuất hiện hai lần."))
            }
            seen.insert(column.key)
            mapping.append((index, column.key))
        }
        for column in kind.columns where column.required && !seen.contains(column.key) {
            problems.append(
                ImportProblem(
                    row: 1, column: column.header, value: "", message: "Thiếu cột bắt buộc “\(column.header)”."))
        }
        return (mapping, problems)
    }
}

/// One change an import will make.
struct ImportWrite: Sendable {
    var isCreate: Bool
    /// Set for a new person, so that the import can insert them in batches.
    var newPerson: Person? = nil
    var apply: @Sendable (any DataStore) async throws -> Void
}

struct ImportPlan: Sendable {
    var writes: [ImportWrite] = []
    var problems: [ImportProblem] = []
    var unchanged = 0
}
