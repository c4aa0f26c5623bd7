import Foundation

/// Turns checked rows into the writes an import will make, with a problem per wrong cell.
struct ImportPlanner: Sendable {
    let kind: ImportKind
    let account: Account
    let store: any DataStore
    let today: LocalDate

    typealias Row = (Int, [String: String])

    func plan(_ rows: [Row], progress: @escaping @Sendable (Int, Int) -> Void) async throws -> ImportPlan {
        let units = try await store.units.directory()
        guard kind != .units else { return planUnits(rows, Lookup(units: units, people: [], account: account)) }
        // Only the people the file can refer to: those of the units it names, and those it names by id.
        let (unitIDs, people) = try await referenced(rows, units: units)
        let lookup = Lookup(units: units, people: people, account: account)
        switch kind {
        case .units: return planUnits(rows, lookup)
        case .people: return planPeople(rows, lookup)
        case .ratings, .initiatives, .awards:
            let codes = Dictionary(
                (AwardCode.builtIns + (try await store.history.customCodes())).map { ($0.code, $0) },
                uniquingKeysWith: { a, _ in a })
            let entryKind: HistoryEntry.Kind = kind == .ratings ? .rating : kind == .initiatives ? .initiative : .award
            let existing =
                try await store.history.entries(of: .collective, subjects: unitIDs)
                + (try await store.history.entries(of: .person, subjects: people.map(\.id)))
            return planHistory(
                rows, lookup, entryKind: entryKind, existing: existing.filter { $0.kind == entryKind }, codes: codes)
        }
    }

    /// The units the rows name (by code or by name) and the people they may refer to.
    private func referenced(_ rows: [Row], units: [OrgUnit]) async throws -> (units: [UUID], people: [Person]) {
        let byCode = Dictionary(units.map { ($0.code, $0.id) }, uniquingKeysWith: { a, _ in a })
        let byName = Dictionary(
            units.map { (VietnameseText.searchKey($0.name), $0.id) }, uniquingKeysWith: { a, _ in a })
        var unitIDs = Set<UUID>()
        var personIDs = Set<UUID>()
        for (_, r) in rows {
            let raw = r["unit"] ?? ""
            if let id = byCode[raw.uppercased()] ?? byName[VietnameseText.searchKey(raw)] { unitIDs.insert(id) }
            if let id = r["id"].flatMap(UUID.init(uuidString:)) { personIDs.insert(id) }
        }
        let inUnits = try await store.people.people(inUnits: Array(unitIDs), status: nil)
        let known = Set(inUnits.map(\.id))
        let byID = try await store.people.find(ids: Array(personIDs.subtracting(known)))
        return (Array(unitIDs), inUnits + byID)
    }

    struct Lookup: Sendable {
        var unitsByCode: [String: OrgUnit]
        var peopleByID: [UUID: Person]
        var peopleByUnitAndName: [String: [Person]]
        var scope: UnitScope

        init(units: [OrgUnit], people: [Person], account: Account) {
            unitsByCode = Dictionary(units.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
            peopleByID = Dictionary(people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            peopleByUnitAndName = Dictionary(grouping: people) { Lookup.key($0.unitID, $0.fullName) }
            scope = AccessPolicy(account: account).importScope
        }

        static func key(_ unit: UUID, _ name: String) -> String {
            unit.uuidString + "|" + VietnameseText.normalized(name)
        }
    }

    private func problem(_ row: Int, _ column: String, _ value: String?, _ message: String) -> ImportProblem {
        let header = kind.columns.first { $0.key == column }?.header ?? column
        return ImportProblem(row: row, column: header, value: value ?? "", message: message)
    }

    /// Maps a draft's field errors to the file's columns.
    private func problems(_ error: any Error, row: Int, record: [String: String]) -> [ImportProblem] {
        guard case DomainError.invalid(let fields) = error else {
            return [problem(row, "", "", (error as? DomainError)?.message ?? "Dòng không hợp lệ.")]
        }
        return fields.map { f in
            let key = ["parentID": "parent", "unitID": "unit"][f.field] ?? f.field
            return problem(row, key, record[key], f.message)
        }
    }

    private func unit(_ code: String?, row: Int, _ lookup: Lookup, into problems: inout [ImportProblem]) -> OrgUnit? {
        let raw = code ?? ""
        let byCode = lookup.unitsByCode[raw.uppercased()]
        let byName =
            byCode == nil
            ? lookup.unitsByCode.values.first { VietnameseText.searchKey($0.name) == VietnameseText.searchKey(raw) }
            : nil
        guard let unit = byCode ?? byName else {
            problems.append(
                problem(
                    row, "unit", raw,
                    raw.isEmpty
                        ? "Thiếu mã đơn vị." : "Không có đơn vị mã “\(raw)”. Hãy nhập đơn vị trước, hoặc sửa mã."))
            return nil
        }
        guard lookup.scope.contains(unit.id) else {
            problems.append(
                problem(
                    row, "unit", raw,
                    "Đơn vị “\(unit.name)” không thuộc phạm vi của bạn: chỉ nhập dữ liệu của đơn vị mình."))
            return nil
        }
        return unit
    }

    // MARK: units

    private func planUnits(_ rows: [Row], _ lookup: Lookup) -> ImportPlan {
        var plan = ImportPlan()
        // First pass: every code of the file gets its id, so a parent may stand anywhere in the file.
        var ids = lookup.unitsByCode.mapValues(\.id)
        var parentCode: [String: String] = [:]
        var firstRow: [String: Int] = [:]
        var unique: [Row] = []
        for (row, r) in rows {
            let code = (r["code"] ?? "").uppercased()
            if let first = firstRow[code], !code.isEmpty {
                plan.problems.append(problem(row, "code", r["code"], "Mã đơn vị trùng với dòng \(first)."))
                continue
            }
            firstRow[code] = row
            if ids[code] == nil { ids[code] = UUID() }
            if let p = r["parent"], !p.isEmpty { parentCode[code] = p.uppercased() }
            unique.append((row, r))
        }
        var creates: [(depth: Int, unit: OrgUnit)] = []
        let kinds = ChoiceMatcher(OrgUnit.Kind.allCases, code: \.rawValue, name: \.vietnamese)
        for (row, r) in unique {
            let code = (r["code"] ?? "").uppercased()
            let kindText = r["kind"] ?? ""
            let kindValue = kinds.match(kindText)?.rawValue ?? kindText
            var parentID: UUID?
            if let p = parentCode[code] {
                guard let id = ids[p] else {
                    plan.problems.append(
                        problem(
                            row, "parent", r["parent"],
                            "Không có đơn vị cấp trên mã “\(r["parent"] ?? "")” (trong cơ sở dữ liệu hoặc trong tệp)."))
                    continue
                }
                parentID = id
            }
            let existing = lookup.unitsByCode[code]
            do {
                var unit = try OrgUnitDraft(
                    code: code, name: r["name"] ?? "", shortName: r["shortName"] ?? "", kind: kindValue,
                    parentID: parentID, activeFrom: r["activeFrom"]
                ).validated(id: ids[code] ?? UUID(), version: existing?.version ?? 1)
                if let to = r["activeTo"], !to.isEmpty {
                    guard let d = LocalDate(to) else {
                        throw DomainError.invalid([
                            FieldError("activeTo", "Ngày ngừng hoạt động không hợp lệ. Nhập dạng dd/mm/yyyy.")
                        ])
                    }
                    unit.activeTo = d
                }
                if let existing {
                    if existing == unit {
                        plan.unchanged += 1
                        continue
                    }
                    let u = unit
                    plan.writes.append(ImportWrite(isCreate: false) { tx in _ = try await tx.units.update(u) })
                } else {
                    // Depth within the file: a parent is written before its children.
                    var depth = 0
                    var up = parentCode[code]
                    while let p = up, depth < 50, lookup.unitsByCode[p] == nil {
                        depth += 1
                        up = parentCode[p]
                    }
                    if depth == 50 {
                        plan.problems.append(problem(row, "parent", r["parent"], "Đơn vị cấp trên tạo thành vòng lặp."))
                        continue
                    }
                    creates.append((depth, unit))
                }
            } catch {
                plan.problems += problems(error, row: row, record: r)
            }
        }
        for (_, u) in creates.sorted(by: { $0.depth < $1.depth }) {
            plan.writes.append(ImportWrite(isCreate: true) { tx in try await tx.units.insert(u) })
        }
        return plan
    }

    // MARK: people

    private func planPeople(_ rows: [Row], _ lookup: Lookup) -> ImportPlan {
        var plan = ImportPlan()
        var seen: [String: Int] = [:]
        let genders = ChoiceMatcher(Person.Gender.allCases, code: \.rawValue, name: \.vietnamese)
        let statuses = ChoiceMatcher(Person.Status.allCases, code: \.rawValue, name: \.vietnamese)
        let categories = ChoiceMatcher(Person.Category.allCases, code: \.rawValue, name: \.vietnamese)
        for (row, r) in rows {
            guard let unit = unit(r["unit"], row: row, lookup, into: &plan.problems) else { continue }
            var birthYear: Int?
            if let b = r["birthYear"], !b.isEmpty {
                guard let y = Int(b) else {
                    plan.problems.append(problem(row, "birthYear", b, "Năm sinh phải là số, ví dụ 1985."))
                    continue
                }
                birthYear = y
            }
            let gender = genders.match(r["gender"] ?? "")
            let statusText = r["status"] ?? ""
            let status = statusText.isEmpty ? Person.Status.working : statuses.match(statusText)
            var existing: Person?
            let nameKey = Lookup.key(unit.id, r["fullName"] ?? "")
            if let idText = r["id"], !idText.isEmpty {
                guard let id = UUID(uuidString: idText) else {
                    plan.problems.append(
                        problem(row, "id", idText, "Mã định danh không hợp lệ; để trống nếu là người mới."))
                    continue
                }
                existing = lookup.peopleByID[id]
                if let e = existing, !lookup.scope.contains(e.unitID) {
                    plan.problems.append(problem(row, "id", idText, "Người này không thuộc đơn vị của bạn."))
                    continue
                }
            } else {
                let candidates = (lookup.peopleByUnitAndName[nameKey] ?? []).filter {
                    birthYear == nil || $0.birthYear == birthYear
                }
                if candidates.count > 1 {
                    plan.problems.append(
                        problem(
                            row, "fullName", r["fullName"],
                            "Có \(candidates.count) người cùng họ tên ở đơn vị này; hãy thêm cột Mã định danh (lấy từ tệp xuất)."
                        ))
                    continue
                }
                existing = candidates.first
            }
            let id = existing?.id ?? r["id"].flatMap(UUID.init(uuidString:)) ?? UUID()
            let key = id.uuidString
            let rowKey = nameKey + "|\(birthYear ?? 0)"
            if let first = seen[key] ?? seen[rowKey] {
                plan.problems.append(problem(row, "fullName", r["fullName"], "Trùng với dòng \(first)."))
                continue
            }
            seen[key] = row
            seen[rowKey] = row
            // An empty cell means public employee; a file without the column (made before it) keeps what is stored.
            let category: Person.Category? =
                switch r["category"] {
                case nil: existing?.category ?? .publicEmployee
                case ""?: .publicEmployee
                case let text?: categories.match(text)
                }
            do {
                var errors: [FieldError] = []
                if gender == nil { errors.append(FieldError("gender", "Giới tính phải là Nam hoặc Nữ.")) }
                if category == nil {
                    errors.append(
                        FieldError(
                            "category",
                            "Đối tượng phải là một trong: "
                                + Person.Category.allCases.map(\.vietnamese).joined(separator: "; ")
                                + " (để trống nếu là viên chức)."))
                }
                if status == nil {
                    errors.append(
                        FieldError("status", "Trạng thái phải là: đang công tác, đã nghỉ hưu hoặc đã chuyển công tác."))
                }
                if !errors.isEmpty { throw DomainError.invalid(errors) }
                let person = try PersonDraft(
                    fullName: r["fullName"] ?? "", gender: gender!.rawValue, birthYear: birthYear, unitID: unit.id,
                    position: r["position"] ?? "", status: status!.rawValue, category: category!.rawValue
                )
                .validated(id: id, version: existing?.version ?? 1, currentYear: today.year)
                if let existing {
                    if existing.unitID != person.unitID {
                        plan.problems.append(
                            problem(
                                row, "unit", r["unit"],
                                "Người này đang ở đơn vị khác; hãy dùng chức năng Chuyển đơn vị."))
                        continue
                    }
                    if existing == person {
                        plan.unchanged += 1
                        continue
                    }
                    plan.writes.append(ImportWrite(isCreate: false) { tx in _ = try await tx.people.update(person) })
                } else {
                    let since = today
                    plan.writes.append(
                        ImportWrite(isCreate: true, newPerson: person) { tx in
                            try await tx.people.insert(person, since: since)
                        })
                }
            } catch {
                plan.problems += problems(error, row: row, record: r)
            }
        }
        return plan
    }

    // MARK: histories

    private func planHistory(
        _ rows: [Row], _ lookup: Lookup, entryKind: HistoryEntry.Kind, existing: [HistoryEntry],
        codes: [String: AwardCode]
    ) -> ImportPlan {
        var plan = ImportPlan()
        func naturalKey(_ e: HistoryEntry) -> String {
            let base = "\(e.subjectKind.rawValue)|\(e.subjectID.uuidString)|\(e.year ?? 0)"
            switch e.kind {
            case .initiative: return base + "|" + VietnameseText.searchKey(e.title)
            case .award: return base + "|" + e.value
            default: return base
            }
        }
        let stored = Dictionary(existing.map { (naturalKey($0), $0) }, uniquingKeysWith: { a, _ in a })
        var seen: [String: Int] = [:]
        for (row, r) in rows {
            let subjectText = VietnameseText.searchKey(r["subjectKind"] ?? "")
            let subjectKind: SubjectKind =
                ["tap the", "collective", "tt"].contains(subjectText) ? .collective : .person
            guard let unit = unit(r["unit"], row: row, lookup, into: &plan.problems) else { continue }
            var subjectID = unit.id
            if subjectKind == .person {
                if let idText = r["id"], !idText.isEmpty {
                    guard let id = UUID(uuidString: idText), let p = lookup.peopleByID[id], p.unitID == unit.id else {
                        plan.problems.append(
                            problem(row, "id", idText, "Không có người mang mã định danh này ở đơn vị “\(unit.code)”."))
                        continue
                    }
                    subjectID = p.id
                } else {
                    let name = r["fullName"] ?? ""
                    let birth = Int(r["birthYear"] ?? "")
                    let candidates = (lookup.peopleByUnitAndName[Lookup.key(unit.id, name)] ?? []).filter {
                        birth == nil || $0.birthYear == birth
                    }
                    guard candidates.count == 1 else {
                        plan.problems.append(
                            problem(
                                row, "fullName", name,
                                candidates.isEmpty
                                    ? (name.isEmpty
                                        ? "Thiếu họ và tên (hoặc ghi Đối tượng là Tập thể)."
                                        : "Không có “\(name)” ở đơn vị “\(unit.code)”. Hãy nhập cán bộ trước.")
                                    : "Có \(candidates.count) người tên “\(name)” ở đơn vị này; hãy thêm Năm sinh hoặc Mã định danh."
                            ))
                        continue
                    }
                    subjectID = candidates[0].id
                }
            }
            let draft = HistoryDraft(
                kind: entryKind.rawValue, year: r["year"] ?? "", value: r["value"] ?? "", title: r["title"] ?? "",
                decisionNumber: r["decisionNumber"] ?? "", decisionDate: r["decisionDate"] ?? "",
                authority: r["authority"] ?? "", commendationType: r["commendationType"] ?? "",
                revoked: ["co", "x", "true", "1", "da thu hoi"].contains(VietnameseText.searchKey(r["revoked"] ?? "")))
            do {
                var entry = try draft.validated(
                    subjectKind: subjectKind, subjectID: subjectID, codes: codes, today: today)
                let key = naturalKey(entry)
                if let first = seen[key] {
                    plan.problems.append(
                        problem(
                            row, "year", r["year"],
                            entryKind == .rating
                                ? "Trùng xếp loại năm \(r["year"] ?? "") với dòng \(first): mỗi năm chỉ có một xếp loại."
                                : "Trùng với dòng \(first)."))
                    continue
                }
                seen[key] = row
                if let old = stored[key] {
                    entry.id = old.id
                    entry.version = old.version
                    if old == entry {
                        plan.unchanged += 1
                        continue
                    }
                    let e = entry
                    plan.writes.append(ImportWrite(isCreate: false) { tx in _ = try await tx.history.update(e) })
                } else {
                    let (e, owner) = (entry, unit.id)
                    plan.writes.append(
                        ImportWrite(isCreate: true) { tx in try await tx.history.insert(e, ownerUnitID: owner) })
                }
            } catch {
                plan.problems += problems(error, row: row, record: r)
            }
        }
        return plan
    }
}

/// Matches a cell to one of a fixed set of choices by code or by Vietnamese name (without case or
/// diacritics), with each name's search key computed once rather than for every row.
struct ChoiceMatcher<Choice> {
    private let choices: [(choice: Choice, code: String, key: String)]

    init(_ all: [Choice], code: (Choice) -> String, name: (Choice) -> String) {
        choices = all.map { ($0, code($0), VietnameseText.searchKey(name($0))) }
    }

    /// The code as stored, or the code or the Vietnamese name without regard to case or diacritics.
    func match(_ text: String) -> Choice? {
        if let exact = choices.first(where: { $0.code == text }) { return exact.choice }
        let key = VietnameseText.searchKey(text)
        return (choices.first { $0.key == key } ?? choices.first { VietnameseText.searchKey($0.code) == key })?.choice
    }
}
