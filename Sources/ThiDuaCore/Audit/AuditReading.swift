import Foundation

/// An audit event as a reader sees it: the table and action in Vietnamese, the record's name, and the fields
/// that changed with their values as users read them. Names of the records a value points to (its unit, its
/// person…) come from `names`, looked up by the caller for a whole page (`references(in:)`); a UUID is never
/// shown. The raw JSON stays the evidence; this is only a reading of it.
public struct AuditReading: Hashable, Sendable {
    /// The kinds of record that stored values point to by UUID.
    public enum Reference: String, CaseIterable, Hashable, Sendable {
        case unit, person, bloc, movement, anniversary

        /// Says what is missing when a name is not found.
        var vietnamese: String {
            switch self {
            case .unit: return "đơn vị"
            case .person: return "cán bộ"
            case .bloc: return "khối thi đua"
            case .movement: return "phong trào"
            case .anniversary: return "ngày kỷ niệm"
            }
        }
    }

    public struct Field: Hashable, Sendable {
        public var label: String
        /// The value before an update; nil when the event has one value per field (create, delete, withdraw, restore).
        public var before: String?
        public var value: String

        public init(label: String, before: String? = nil, value: String) {
            self.label = label
            self.before = before
            self.value = value
        }
    }

    /// The table, e.g. "Đơn vị".
    public var entity: String
    /// "Thêm", "Sửa"…
    public var action: String
    /// The record's name, e.g. a unit's name or "Đánh giá, xếp loại năm 2023: Hoàn thành tốt nhiệm vụ – Nguyễn Văn An".
    public var record: String
    /// For an update, the fields whose value differs; otherwise the fields that hold something.
    public var fields: [Field]

    /// Texts longer than this are cut: the raw JSON keeps them whole.
    public static let maxValueLength = 200

    public init(_ event: AuditEvent, names: [UUID: String] = [:], codes: [AwardCode] = AwardCode.builtIns) {
        let reader = Reader(
            entity: event.entity, names: names,
            codes: Dictionary(codes.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first }))
        let old = Self.object(event.oldValue)
        let new = Self.object(event.newValue)
        entity = Self.entityNames[event.entity] ?? event.entity
        action = event.action.vietnamese
        record = reader.recordName(event.action == .delete ? old ?? new : new ?? old, id: event.entityID)
        switch (event.action, old, new) {
        case (.update, let old?, let new?): fields = reader.differences(old, new)
        case (.create, _, let value?), (.withdraw, _, let value?), (.delete, let value?, _), (.restore, let value?, _):
            // A withdrawal's new value and a restore's old one carry the reason.
            fields = reader.values(value)
        default:
            fields = (new ?? old).map(reader.values) ?? []
        }
    }

    /// The records that a page of events points to, by kind, so that their names are looked up in one go.
    public static func references(in events: [AuditEvent]) -> [Reference: Set<UUID>] {
        var found: [Reference: Set<UUID>] = [:]
        func collect(_ o: AuditFieldNames.Object, _ entity: String) {
            for spec in AuditFieldNames.fields(of: entity, in: o) {
                switch spec.format {
                case .reference(let kind):
                    if let id = o[spec.key]?.text.flatMap(UUID.init(uuidString:)) {
                        found[kind, default: []].insert(id)
                    }
                case .individualTargets:
                    guard case .array(let targets)? = o[spec.key] else { continue }
                    for t in targets {
                        if let id = t["personID"]?.text.flatMap(UUID.init(uuidString:)) {
                            found[.person, default: []].insert(id)
                        }
                    }
                default:
                    continue
                }
            }
            // A withdrawn history entry: the entry inside names the record.
            if case .object(let inner)? = o["entry"] { collect(inner, entity) }
        }
        for e in events {
            for o in [object(e.oldValue), object(e.newValue)].compactMap({ $0 }) { collect(o, e.entity) }
        }
        return found
    }

    /// The stored JSON as an object; nil when it is not one. Settings are stored as a JSON string holding
    /// the document, so a string is read once more.
    static func object(_ text: String?) -> AuditFieldNames.Object? {
        guard let text, let value = try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) else { return nil }
        switch value {
        case .object(let o): return o
        case .string(let inner) where inner != text: return object(inner)
        default: return nil
        }
    }
}

/// Reads the values of one table.
private struct Reader {
    typealias Object = AuditFieldNames.Object
    let entity: String
    let names: [UUID: String]
    let codes: [String: String]

    /// The fields of a value, known ones first in reading order, then any other key by name.
    func specs(_ o: Object) -> [AuditFieldSpec] {
        let known = AuditFieldNames.fields(of: entity, in: o)
        let listed = Set(known.map(\.key))
        let others = o.keys.filter { !listed.contains($0) }.sorted().map { AuditFieldSpec($0, $0, .guess) }
        return (known + others).filter { $0.format != .hidden && !AuditFieldNames.isBookkeeping($0.key) }
    }

    func values(_ o: Object) -> [AuditReading.Field] {
        specs(o).compactMap { spec in
            guard let v = o[spec.key], !v.isBlank else { return nil }
            return AuditReading.Field(label: spec.label, value: read(v, spec.format))
        }
    }

    func differences(_ old: Object, _ new: Object) -> [AuditReading.Field] {
        let oldFormats = Dictionary(specs(old).map { ($0.key, $0.format) }, uniquingKeysWith: { first, _ in first })
        var seen = Set<String>()
        // Labels from the new value; a key only the old value had comes after.
        let all = (specs(new) + specs(old)).filter { seen.insert($0.key).inserted }
        return all.compactMap { spec in
            guard old[spec.key] ?? .null != new[spec.key] ?? .null else { return nil }
            let before = read(old[spec.key], oldFormats[spec.key] ?? spec.format)
            let after = read(new[spec.key], spec.format)
            // Two spellings of one value (e.g. a missing flag and false) are no change to a reader.
            return before == after ? nil : AuditReading.Field(label: spec.label, before: before, value: after)
        }
    }

    func recordName(_ o: Object?, id: String) -> String {
        let name: String
        switch entity {
        case "organization_settings":
            name = AuditReading.settingNames[id] ?? id
        case "history_entries":
            if case .object(let entry)? = o?["entry"] {
                return Reader(entity: entity, names: names, codes: codes).recordName(entry, id: id)
            }
            guard let o else { return "—" }
            let specs = Dictionary(
                AuditFieldNames.fields(of: entity, in: o).map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
            let kind = o["kind"].map { read($0, specs["kind"]?.format ?? .text) } ?? "—"
            let year = o["year"].flatMap { $0.isBlank ? nil : " năm " + read($0, .number) } ?? ""
            let value = o["value"].map { read($0, specs["value"]?.format ?? .text) } ?? "—"
            let subject = o["subjectID"].map { " – " + read($0, specs["subjectID"]?.format ?? .guess) } ?? ""
            name = "\(kind)\(year): \(value)\(subject)"
        case "bloc_memberships":
            name =
                "\(read(o?["unitID"], .reference(.unit))) – \(read(o?["blocID"], .reference(.bloc))), năm \(read(o?["year"], .number))"
        case "registrations":
            name = "\(read(o?["unitID"], .reference(.unit))) – \(read(o?["movementID"], .reference(.movement)))"
        case "pacts":
            name = "\(read(o?["blocID"], .reference(.bloc))), năm \(read(o?["year"], .number))"
        case "pact_signatures":
            name = read(o?["unitID"], .reference(.unit))
        case "accounts":
            let display = o?["displayName"]?.text ?? ""
            let user = o?["username"]?.text ?? "—"
            name = display.isEmpty ? user : "\(display) (\(user))"
        case "custom_award_codes":
            name = [o?["code"]?.text, o?["name"]?.text].compactMap { $0 }.joined(separator: " – ")
        default:
            name =
                ["fullName", "name", "title", "code", "username"].lazy.compactMap { o?[$0]?.text }.first { !$0.isEmpty }
                ?? "—"
        }
        return Self.cut(name.isEmpty ? "—" : name)
    }

    /// A value as a reader reads it, at most `maxValueLength` characters.
    func read(_ value: JSONValue?, _ format: AuditFormat) -> String {
        guard let value, !value.isBlank else { return "—" }
        return Self.cut(plain(value, format))
    }

    private func plain(_ value: JSONValue, _ format: AuditFormat) -> String {
        switch (format, value) {
        case (_, .null): return "—"
        case (.flag, .bool(let b)), (.guess, .bool(let b)): return b ? "Có" : "Không"
        case (.date, .string(let s)): return LocalDate(s)?.vietnamese ?? s
        case (.moment, .double(let seconds)):
            return LocalDate.today(now: Date(timeIntervalSinceReferenceDate: seconds)).vietnamese
        case (.moment, .int(let seconds)):
            return LocalDate.today(now: Date(timeIntervalSinceReferenceDate: Double(seconds))).vietnamese
        case (.choice(let names), .string(let s)): return names[s] ?? s
        case (.reference(let kind), .string(let s)):
            guard let id = UUID(uuidString: s) else { return s }
            return names[id] ?? "— (không tìm thấy \(kind.vietnamese))"
        case (.awardCode, .string(let s)): return codes[s] ?? s
        case (.awardCodes, .array(let items)): return items.map { plain($0, .awardCode) }.joined(separator: ", ")
        case (.lines, .array(let items)): return items.map { plain($0, .text) }.joined(separator: "; ")
        case (.statusHistory, .array(let steps)):
            let status = AuditFieldNames.choices(Movement.Status.self, \.vietnamese)
            return steps.map { step in
                let by = step["by"]?.text.map { " (\($0))" } ?? ""
                return "\(plain(step["status"] ?? .null, .choice(status))) \(plain(step["on"] ?? .null, .date))\(by)"
            }.joined(separator: "; ")
        case (.individualTargets, .array(let targets)):
            return targets.map { t in
                "\(plain(t["personID"] ?? .null, .reference(.person))): \(plain(t["codes"] ?? .array([]), .awardCodes))"
            }.joined(separator: "; ")
        case (.guess, .string(let s)):
            // A field no list names: a date or a record still reads as one, and a UUID is never shown.
            if s.count == 10, let day = LocalDate(s) { return day.vietnamese }
            if let id = UUID(uuidString: s) { return names[id] ?? "— (không rõ)" }
            return s
        case (.guess, .array(let items)): return items.map { plain($0, .guess) }.joined(separator: "; ")
        case (.guess, .object(let o)):
            return o.keys.sorted().filter { !AuditFieldNames.isBookkeeping($0) }
                .map { "\($0): \(plain(o[$0] ?? .null, .guess))" }.joined(separator: ", ")
        case (_, .string(let s)): return s
        case (_, .int(let i)): return String(i)
        case (_, .double(let d)): return String(d)
        case (_, .bool(let b)): return b ? "Có" : "Không"
        case (_, .array), (_, .object): return plain(value, .guess)
        }
    }

    static func cut(_ text: String) -> String {
        // One line: a list item is no place for a paragraph break.
        let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return line.count <= AuditReading.maxValueLength
            ? line : String(line.prefix(AuditReading.maxValueLength - 1)) + "…"
    }
}

extension JSONValue {
    /// Nothing to show: null, an empty text or an empty list.
    fileprivate var isBlank: Bool {
        switch self {
        case .null: return true
        case .string(let s): return s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        case .array(let a): return a.isEmpty
        default: return false
        }
    }
}
