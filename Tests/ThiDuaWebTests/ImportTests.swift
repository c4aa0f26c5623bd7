import Foundation
import Testing
import ThiDuaCore
import ThiDuaDocuments
import ThiDuaTestSupport
import VaporTesting

@testable import ThiDuaWeb

@Suite struct ImportTests {
    static let admin = Application.commandLineAccount

    static func importRows(
        _ app: Application, _ kind: ImportKind, _ rows: [[String]], account: Account = admin,
        dryRun: Bool = false
    ) async throws -> ImportReport {
        try await ImportExport.run(
            kind, data: CSVWriter.write(rows), fileName: "\(kind.rawValue).csv", store: app.store,
            account: account, limitBytes: 20 << 20, dryRun: dryRun)
    }

    struct PersonFacts: Hashable {
        var id: UUID
        var name: [UInt8]
        var unit: String
        var birth: Int?
        var position: String
        var status: Person.Status
        var category: Person.Category
    }

    static func facts(_ app: Application) async throws -> Set<PersonFacts> {
        let units = Dictionary(
            try await app.store.units.directory().map { ($0.id, $0.code) }, uniquingKeysWith: { a, _ in a })
        return Set(
            try await app.store.everyPerson().map {
                PersonFacts(
                    id: $0.id, name: Array($0.fullName.utf8), unit: units[$0.unitID] ?? "?", birth: $0.birthYear,
                    position: $0.position, status: $0.status, category: $0.category)
            })
    }

    @Test(arguments: DatabaseKind.available)
    func theDemosExportedPeopleImportIntoAFreshDatabaseAsTheSamePeople(database: DatabaseKind) async throws {
        // setup: export from the demo
        let (units, people, expected) = try await withTestApp(database) { app in
            (
                try await ImportExport.export(.units, format: .xlsx, store: app.store, account: Self.admin),
                try await ImportExport.export(.people, format: .xlsx, store: app.store, account: Self.admin),
                try await Self.facts(app)
            )
        }
        try await withTestApp(database, demo: false) { app in
            // MUT
            let u = try await ImportExport.run(
                .units, data: units, fileName: "don-vi.xlsx", store: app.store, account: Self.admin,
                limitBytes: 20 << 20, dryRun: false)
            let p = try await ImportExport.run(
                .people, data: people, fileName: "can-bo.xlsx", store: app.store, account: Self.admin,
                limitBytes: 20 << 20, dryRun: false)
            let again = try await ImportExport.run(
                .people, data: people, fileName: "can-bo.xlsx", store: app.store, account: Self.admin,
                limitBytes: 20 << 20, dryRun: false)
            // validation
            #expect(u.problems.isEmpty && u.created == 24, "\(u.problems.prefix(3))")
            #expect(p.problems.isEmpty && p.created == expected.count, "\(p.problems.prefix(3))")
            #expect(try await Self.facts(app) == expected)
            #expect(again.created == 0 && again.updated == 0 && again.unchanged == expected.count)
            let head = try await app.store.audit.head()
            #expect(try await AuditService(store: app.store).verify() == .intact(count: Int(head.seq)))
        }
    }

    @Test(arguments: DatabaseKind.available)
    func oneBadRowInAThousandWritesNothingAndIsNamed(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup
            let before = try await app.store.everyPerson().count
            let head = try await app.store.audit.head()
            var rows = [["Họ và tên", "Giới tính", "Năm sinh", "Mã đơn vị", "Chức vụ"]]
            let families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"]
            let middles = ["Văn", "Thị", "Đức", "Minh", "Quang", "Hữu", "Công", "Thanh", "Xuân", "Ngọc"]
            let givens = ["An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Lan", "Mai", "Nam", "Tâm"]
            for i in 0..<1000 {
                let name = "\(families[i / 100]) \(middles[i / 10 % 10]) Thử \(givens[i % 10])"
                rows.append([
                    name, i % 2 == 0 ? "Nam" : "Nữ", String(1970 + i % 30), String(format: "DV%02d", 1 + i % 15),
                    "Chuyên viên",
                ])
            }
            rows[500][3] = "DV99"
            // MUT
            let report = try await Self.importRows(app, .people, rows)
            // validation
            #expect(report.rows == 1000)
            #expect(report.problems.count == 1)
            #expect(report.problems.first?.row == 501)
            #expect(report.problems.first?.column == "Mã đơn vị")
            #expect(report.problems.first?.value == "DV99")
            #expect(report.problems.first?.message.contains("Không có đơn vị mã") == true)
            #expect(try await app.store.everyPerson().count == before)
            #expect(try await app.store.audit.head().seq == head.seq)
        }
    }

    @Test(arguments: DatabaseKind.available)
    func badHistoryRowsAreEachNamedInVietnamese(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup
            let person = try await demoPerson(app, unit: "DV01")
            let nfdName = person.fullName.decomposedStringWithCanonicalMapping
            _ = try await Self.importRows(
                app, .ratings,
                [["Họ và tên", "Mã đơn vị", "Năm", "Xếp loại"], [person.fullName, "DV01", "2022", "tốt"]])
            let rows = [
                ["Ho va ten", "MA DON VI", "nam", "Xep loai"],  // headers without diacritics or case
                [nfdName, "DV01", "2023", "Hoàn thành xuất sắc nhiệm vụ"],  // an NFD name finds the NFC person
                [person.fullName, "DV01", "2023", "good"],  // the same year twice in the file
                [person.fullName, "DV01", "2099", "good"],  // a year in the future
                [person.fullName, "DV77", "2021", "good"],  // an unknown unit
                ["Người Không Có", "DV01", "2021", "good"],  // an unknown person
                [person.fullName, "DV01", "2020", "tuyệt"],  // an unknown rating
            ]
            // MUT
            let report = try await Self.importRows(app, .ratings, rows)
            let dry = try await Self.importRows(app, .ratings, Array(rows.prefix(2)), dryRun: true)
            // validation
            #expect(report.problems.map(\.row) == [3, 4, 5, 6, 7])
            #expect(report.problems[0].message.contains("Trùng xếp loại năm 2023 với dòng 2"))
            #expect(report.problems[1].message.contains("tương lai"))
            #expect(report.problems[2].message.contains("DV77"))
            #expect(report.problems[4].column == "Xếp loại")
            #expect(dry.problems.isEmpty && dry.created == 1 && dry.dryRun)
            let entries = try await app.store.history.entries(of: .person, person.id)
            #expect(entries.map(\.year) == [2022], "nothing from the bad file, nothing from the dry run")
        }
    }

    @Test func unreadableFilesAreRefusedInVietnamese() async throws {
        try await withTestApp(.sqlite) { app in
            // setup
            func run(_ data: Data, _ name: String, limit: Int = 20 << 20) async throws -> ImportReport {
                try await ImportExport.run(
                    .people, data: data, fileName: name, store: app.store, account: Self.admin, limitBytes: limit,
                    dryRun: false)
            }
            let before = try await app.store.everyPerson().count
            // MUT
            let notZip = try await run(Data("không phải tệp nén".utf8), "can-bo.xlsx")
            let badUTF8 = try await run(Data([0x48, 0x6f, 0x0a, 0xff, 0xfe, 0x0a]), "can-bo.csv")
            let tooBig = try await run(Data(repeating: 0x41, count: 2048), "can-bo.csv", limit: 1024)
            let wrongType = try await run(Data("x".utf8), "can-bo.pdf")
            let noHeader = try await run(CSVWriter.write([["Tên lạ", "Cột khác"], ["a", "b"]]), "can-bo.csv")
            // validation
            #expect(notZip.problems.first?.message.contains(".xlsx") == true)
            #expect(badUTF8.problems.first?.message.contains("UTF-8") == true)
            #expect(tooBig.problems.first?.message.contains("giới hạn") == true)
            #expect(wrongType.problems.first?.message.contains(".xlsx hoặc .csv") == true)
            #expect(noHeader.problems.contains { $0.message.contains("Thiếu cột bắt buộc “Họ và tên”") })
            #expect(try await app.store.everyPerson().count == before)
        }
    }

    @Test func anOfficerImportsOnlyForTheirOwnUnit() async throws {
        try await withTestApp(.sqlite) { app in
            // setup
            let officer = try #require(try await app.store.accounts.find(username: "canbo01"))
            let rows = [
                ["Họ và tên", "Giới tính", "Mã đơn vị"], ["Lý Thị Mới", "Nữ", "DV01"], ["Lý Văn Khác", "Nam", "DV02"],
            ]
            // MUT
            let report = try await Self.importRows(app, .people, rows, account: officer)
            let units = try? await Self.importRows(
                app, .units, [["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"], ["X1", "Đơn vị X", "Cơ quan"]],
                account: officer)
            // validation
            #expect(report.problems.map(\.row) == [3])
            #expect(report.problems.first?.message.contains("không thuộc phạm vi") == true)
            #expect(units == nil, "an officer may not import units")
            #expect(try await app.store.people.list(PeopleFilter(query: ListQuery(text: "ly thi moi"))).total == 0)
        }
    }

    @Test func exportsNeutraliseFormulasAndKeepDatesAsDates() async throws {
        try await withTestApp(.sqlite) { app in
            // setup
            let admin = try await Client.api(app, "admin")
            _ = try await admin.send(
                .POST, "/api/v1/units",
                json: ["code": "F1", "name": "=HYPERLINK(\"http://x\")", "kind": "agency", "activeFrom": "06/01/2023"])
            // MUT
            let csv = try await ImportExport.export(.units, format: .csv, store: app.store, account: Self.admin)
            let xlsx = try await ImportExport.export(.units, format: .xlsx, store: app.store, account: Self.admin)
            // validation
            #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF], "UTF-8 BOM")
            #expect(String(decoding: csv, as: UTF8.self).contains("'=HYPERLINK"))
            let table = try #require(try XLSXReader.read(xlsx).first)
            let row = try #require(table.rows.first { $0.first == .text("F1") })
            #expect(row.contains(.date(LocalDate(year: 2023, month: 1, day: 6)!)))
            #expect(row.contains(.text("=HYPERLINK(\"http://x\")")), "text in xlsx is a string cell, never a formula")
        }
    }
}
