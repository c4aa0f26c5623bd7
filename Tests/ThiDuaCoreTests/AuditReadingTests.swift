import Foundation
import Testing

@testable import ThiDuaCore

/// The audit log as a reader sees it: Vietnamese names, changed fields only, values as users write them,
/// names instead of UUIDs, and no crash on whatever the log holds.
@Suite struct AuditReadingTests {
    let unitA = UUID(uuidString: "11111111-1111-1111-1111-111111111111")!
    let unitB = UUID(uuidString: "22222222-2222-2222-2222-222222222222")!
    let person = UUID(uuidString: "33333333-3333-3333-3333-333333333333")!
    let bloc = UUID(uuidString: "44444444-4444-4444-4444-444444444444")!

    /// An event holding the JSON the store writes for a change.
    func event<Old: Encodable, New: Encodable>(_ action: AuditEvent.Action, _ entity: String, old: Old?, new: New?)
        -> AuditEvent
    {
        let change = AuditChange(action, entity: entity, id: "x", unitID: nil, old: old, new: new)
        return event(action, entity, oldValue: change.oldValue, newValue: change.newValue)
    }

    func event(_ action: AuditEvent.Action, _ entity: String, oldValue: String?, newValue: String?, id: String = "x")
        -> AuditEvent
    {
        AuditEvent(
            seq: 1, atMillis: 0, actor: "admin", action: action, entity: entity, entityID: id, unitID: nil,
            oldValue: oldValue, newValue: newValue, previousHash: AuditChain.genesis)
    }

    /// No readable part may show a UUID.
    func showsNoUUID(_ r: AuditReading) -> Bool {
        let texts = [r.entity, r.action, r.record] + r.fields.flatMap { [$0.label, $0.before ?? "", $0.value] }
        return !texts.contains { $0.range(of: "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-", options: .regularExpression) != nil }
    }

    @Test func anUpdateShowsOnlyTheChangedFieldsInVietnamese() {
        // setup
        let old = OrgUnit(
            id: unitA, code: "DV01", name: "Hợp tác xã Cũ", shortName: "HTX Cũ", kind: .cooperative, parentID: unitB,
            version: 3)
        var new = old
        new.name = "Hợp tác xã Mới"
        new.kind = .enterprise
        new.activeTo = LocalDate(year: 2024, month: 12, day: 31)
        new.version = 4
        // MUT
        let r = AuditReading(event(.update, "org_units", old: old, new: new), names: [unitB: "Liên minh HTX tỉnh"])
        // validation
        #expect(r.entity == "Đơn vị")
        #expect(r.action == "Sửa")
        #expect(r.record == "Hợp tác xã Mới")
        #expect(
            r.fields == [
                AuditReading.Field(label: "Tên", before: "Hợp tác xã Cũ", value: "Hợp tác xã Mới"),
                AuditReading.Field(label: "Loại đơn vị", before: "Hợp tác xã", value: "Doanh nghiệp"),
                AuditReading.Field(label: "Ngày ngừng hoạt động", before: "—", value: "31/12/2024"),
            ])
    }

    @Test func aUUIDReadsAsTheNameOfItsRecordOrAsUnknown() {
        // setup
        let old = Person(id: person, fullName: "Nguyễn Văn An", gender: .male, birthYear: 1980, unitID: unitA)
        var new = old
        new.unitID = unitB
        new.status = .moved
        // MUT
        let known = AuditReading(
            event(.update, "people", old: old, new: new), names: [unitA: "Hợp tác xã A", unitB: "Hợp tác xã B"])
        let unknown = AuditReading(event(.update, "people", old: old, new: new), names: [unitA: "Hợp tác xã A"])
        // validation
        #expect(known.record == "Nguyễn Văn An")
        #expect(
            known.fields == [
                AuditReading.Field(label: "Đơn vị", before: "Hợp tác xã A", value: "Hợp tác xã B"),
                AuditReading.Field(label: "Trạng thái", before: "Đang công tác", value: "Đã chuyển công tác"),
            ])
        #expect(unknown.fields.first?.value == "— (không tìm thấy đơn vị)")
        #expect(showsNoUUID(known))
        #expect(showsNoUUID(unknown))
    }

    @Test func aCreateListsTheFieldsThatHoldSomething() {
        // setup
        let entry = HistoryEntry(
            subjectKind: .person, subjectID: person, .award(code: "CSTDCS"), year: 2022,
            decisionNumber: "15/QĐ-LMHTXVN", decisionDate: LocalDate(year: 2022, month: 3, day: 5),
            commendationType: .thematic)
        // MUT
        let r = AuditReading(
            event(.create, "history_entries", old: nil as HistoryEntry?, new: entry), names: [person: "Nguyễn Văn An"])
        // validation
        #expect(r.entity == "Quá trình thi đua, khen thưởng")
        #expect(r.action == "Thêm")
        #expect(r.record == "Danh hiệu, khen thưởng đã có năm 2022: Chiến sĩ thi đua cơ sở – Nguyễn Văn An")
        #expect(
            r.fields.map(\.label) == [
                "Cá nhân", "Loại thông tin", "Năm", "Danh hiệu, hình thức khen thưởng", "Số quyết định",
                "Ngày quyết định", "Loại hình khen thưởng", "Đã thu hồi",
            ])
        #expect(
            r.fields.map(\.value) == [
                "Nguyễn Văn An", "Danh hiệu, khen thưởng đã có", "2022", "Chiến sĩ thi đua cơ sở", "15/QĐ-LMHTXVN",
                "05/03/2022", "Theo chuyên đề, theo đợt", "Không",
            ])
        #expect(r.fields.allSatisfy { $0.before == nil })
    }

    @Test func anOrganizationsOwnCodeReadsByItsName() {
        // setup
        let own = AwardCode(
            code: "GK_LM", name: "Giấy khen của Liên minh", kind: .award, subjectKind: nil, builtIn: false)
        let entry = HistoryEntry(subjectKind: .collective, subjectID: unitA, .award(code: "GK_LM"), year: 2021)
        // MUT
        let r = AuditReading(
            event(.create, "history_entries", old: nil as HistoryEntry?, new: entry), names: [unitA: "Hợp tác xã A"],
            codes: AwardCode.builtIns + [own])
        // validation
        #expect(r.record == "Danh hiệu, khen thưởng đã có năm 2021: Giấy khen của Liên minh – Hợp tác xã A")
        #expect(r.fields.first == AuditReading.Field(label: "Tập thể", value: "Hợp tác xã A"))
    }

    @Test func aWithdrawalShowsTheReasonAndARestoreToo() {
        // setup
        let entry = HistoryEntry(subjectKind: .person, subjectID: person, .rating(.excellent), year: 2023)
        let at = Date(timeIntervalSince1970: 1_718_000_000)  // 10/06/2024 in Vietnam
        let withdrawn = WithdrawnEntry(entry: entry, reason: "Nhập nhầm người", withdrawnBy: "canbo01", withdrawnAt: at)
        // MUT
        let withdraw = AuditReading(
            event(.withdraw, "history_entries", old: entry, new: withdrawn), names: [person: "Nguyễn Văn An"])
        let restore = AuditReading(
            event(.restore, "history_entries", old: withdrawn, new: entry), names: [person: "Nguyễn Văn An"])
        // validation
        #expect(withdraw.action == "Rút")
        #expect(withdraw.record == "Đánh giá, xếp loại năm 2023: Hoàn thành xuất sắc nhiệm vụ – Nguyễn Văn An")
        #expect(
            withdraw.fields == [
                AuditReading.Field(label: "Lý do rút", value: "Nhập nhầm người"),
                AuditReading.Field(label: "Người rút", value: "canbo01"),
                AuditReading.Field(label: "Ngày rút", value: "10/06/2024"),
            ])
        #expect(restore.action == "Khôi phục")
        #expect(restore.record == withdraw.record)
        #expect(restore.fields == withdraw.fields)
    }

    @Test func settingsStoredAsTextReadAsTheirFields() throws {
        // setup: the store records a setting's JSON text, so the event holds a JSON string of a JSON document
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let old = String(decoding: try encoder.encode(EligibilitySettings()), as: UTF8.self)
        let new = String(
            decoding: try encoder.encode(
                EligibilitySettings(referenceMonth: 1, referenceDay: 1, coBoRequiresTTLDXS: true)), as: UTF8.self)
        let change = AuditChange(
            .update, entity: "organization_settings", id: "eligibility", unitID: nil, old: old, new: new)
        // MUT
        let r = AuditReading(
            event(
                .update, "organization_settings", oldValue: change.oldValue, newValue: change.newValue,
                id: "eligibility"))
        // validation
        #expect(r.entity == "Cài đặt")
        #expect(r.record == "Cài đặt xét điều kiện")
        #expect(
            r.fields == [
                AuditReading.Field(label: "Tháng tham chiếu", before: "12", value: "1"),
                AuditReading.Field(label: "Ngày tham chiếu", before: "31", value: "1"),
                AuditReading.Field(
                    label: "Cờ thi đua cấp bộ đòi hỏi Tập thể lao động xuất sắc", before: "Không", value: "Có"),
            ])
    }

    @Test func listsAndLongTextsReadAsOneShortLine() throws {
        // setup
        let from = try #require(LocalDate(year: 2025, month: 1, day: 1))
        let old = Movement(
            year: 2025, kind: .thematic, scopeKind: .bloc, scopeID: bloc, title: "Thi đua 2025", periodFrom: from,
            periodTo: from)
        var new = old
        new.codes = ["LDTT", "TTLDXS"]
        new.targets = ["Tăng doanh thu", "Không có tai nạn"]
        new.results = String(repeating: "Kết quả tốt. ", count: 40)
        new.status = .launched
        new.history = [Movement.StatusChange(status: .launched, on: from, by: "admin")]
        // MUT
        let r = AuditReading(event(.update, "movements", old: old, new: new))
        let value = Dictionary(uniqueKeysWithValues: r.fields.map { ($0.label, $0.value) })
        // validation
        #expect(value["Danh hiệu, hình thức hướng tới"] == "Lao động tiên tiến, Tập thể lao động xuất sắc")
        #expect(value["Chỉ tiêu"] == "Tăng doanh thu; Không có tai nạn")
        #expect(value["Trạng thái"] == "Đã phát động")
        #expect(value["Quá trình"] == "Đã phát động 01/01/2025 (admin)")
        #expect(value["Kết quả"]?.count == AuditReading.maxValueLength)
        #expect(value["Kết quả"]?.hasSuffix("…") == true)
        #expect(!r.fields.contains { $0.label == "Khối thi đua" })
    }

    @Test func anUnknownTableOrFieldStillReads() {
        // setup
        let extra =
            #"{"code":"DV09","colour":"đỏ","enabled":true,"id":"\#(unitA)","kind":"cooperative","name":"Hợp tác xã C","ownerID":"\#(unitB)","since":"2024-03-05","version":2}"#
        // MUT
        let unknownTable = AuditReading(event(.create, "widgets", oldValue: nil, newValue: extra))
        let unknownKey = AuditReading(
            event(.create, "org_units", oldValue: nil, newValue: extra), names: [unitB: "Hợp tác xã B"])
        // validation
        #expect(unknownTable.entity == "widgets")
        #expect(unknownTable.record == "Hợp tác xã C")
        #expect(unknownTable.fields.map(\.label) == ["code", "colour", "enabled", "kind", "name", "ownerID", "since"])
        #expect(
            unknownTable.fields.map(\.value) == [
                "DV09", "đỏ", "Có", "cooperative", "Hợp tác xã C", "— (không rõ)", "05/03/2024",
            ])
        #expect(
            unknownKey.fields.map(\.label) == ["Mã", "Tên", "Loại đơn vị", "colour", "enabled", "ownerID", "since"])
        #expect(unknownKey.fields.first { $0.label == "ownerID" }?.value == "Hợp tác xã B")
        #expect(showsNoUUID(unknownTable))
        #expect(showsNoUUID(unknownKey))
    }

    @Test(arguments: [
        ("{not json", "[1, 2"), ("[1,2]", "\"text\""), (nil, nil), ("", "null"),
        (#"{"unitID": 12, "fullName": ["a"], "status": {"x": null}}"#, #"{"unitID": true, "fullName": null}"#),
    ])
    func malformedValuesDoNotCrash(old: String?, new: String?) {
        // setup
        let events = AuditEvent.Action.allCases.map { event($0, "people", oldValue: old, newValue: new) }
        // MUT
        let readings = events.map { AuditReading($0) }
        let references = AuditReading.references(in: events)
        // validation
        #expect(readings.allSatisfy { $0.entity == "Cán bộ" && !$0.record.isEmpty })
        #expect(references.isEmpty)
    }

    @Test func referencesNameEveryRecordAPageShows() {
        // setup
        let movement = UUID()
        let registration = Registration(
            movementID: movement, unitID: unitA, collectiveCodes: ["TTLDXS"],
            individual: [.init(personID: person, codes: ["LDTT"])], registeredBy: "canbo01",
            registeredOn: LocalDate(year: 2025, month: 2, day: 1)!)
        let membership = BlocMembership(blocID: bloc, unitID: unitB, year: 2025)
        let entry = HistoryEntry(subjectKind: .collective, subjectID: unitB, .rating(.good), year: 2023)
        let withdrawn = WithdrawnEntry(entry: entry, reason: "Trùng", withdrawnBy: "admin", withdrawnAt: Date())
        let events = [
            event(.create, "registrations", old: nil as Registration?, new: registration),
            event(.delete, "bloc_memberships", old: membership, new: nil as BlocMembership?),
            event(.withdraw, "history_entries", old: entry, new: withdrawn),
        ]
        let names = [
            movement: "Thi đua 2025", unitA: "Hợp tác xã A", unitB: "Hợp tác xã B", person: "Nguyễn Văn An",
            bloc: "Khối 1",
        ]
        // MUT
        let references = AuditReading.references(in: events)
        let readings = events.map { AuditReading($0, names: names) }
        // validation
        #expect(references == [.movement: [movement], .unit: [unitA, unitB], .person: [person], .bloc: [bloc]])
        #expect(
            readings.map(\.record) == [
                "Hợp tác xã A – Thi đua 2025", "Hợp tác xã B – Khối 1, năm 2025",
                "Đánh giá, xếp loại năm 2023: Hoàn thành tốt nhiệm vụ – Hợp tác xã B",
            ])
        #expect(
            readings[0].fields.first { $0.label == "Đăng ký cá nhân" }?.value == "Nguyễn Văn An: Lao động tiên tiến")
        #expect(readings[1].fields.first { $0.label == "Vai trò" }?.value == "Thành viên")
    }

    @Test func everyAuditedTableHasAVietnameseName() {
        // setup: the tables the store audits (FluentAuditRepository and the repositories)
        let tables = [
            "org_units", "blocs", "bloc_memberships", "people", "history_entries", "accounts", "custom_award_codes",
            "organization_settings", "anniversaries", "movements", "registrations", "pacts", "pact_signatures",
            "exemplary_models",
        ]
        // MUT
        let names = tables.map { AuditReading(event(.create, $0, oldValue: nil, newValue: "{}")).entity }
        // validation
        #expect(Set(AuditReading.entities.map(\.table)) == Set(tables))
        #expect(zip(tables, names).allSatisfy { $0 != $1 })
        #expect(Set(names).count == tables.count)
    }
}
