import Foundation
import Testing
import ThiDuaCore
import ThiDuaDocuments
import ThiDuaTestSupport
import VaporTesting

@testable import ThiDuaWeb

/// A person's category (“Đối tượng”) through the form, the API, the import and the export.
@Suite struct PersonCategoryWebTests {
    struct ErrorBody: Decodable {
        var reason: String
        var fields: [FieldError]?
    }

    static func body(_ res: ClientResponse) -> String { res.body.map { String(buffer: $0) } ?? "" }

    static func person(_ app: Application, named name: String) async throws -> Person? {
        try await app.store.people.list(PeopleFilter(query: ListQuery(text: VietnameseText.searchKey(name))))
            .items.first { $0.person.fullName == name }?.person
    }

    @Test(arguments: DatabaseKind.available)
    func theFormOffersTheSixCategoriesAndKeepsTheChoiceThroughARealServer(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup
            let officer = try await Client.browser(app, "canbo01")
            let blank = try await officer.send(.GET, "/nhan-su/moi").body.string
            // MUT: add a worker, then make them a cooperative member, through a real server
            let (shown, edit, editedShown) = try await withRunningServer(app) { base in
                let shown = try await officer.live(
                    .POST, base, "/nhan-su/moi",
                    form: [
                        "fullName": "Lò Văn Thợ", "gender": "male", "birthYear": "1988", "position": "Nhân viên",
                        "category": "worker",
                    ])
                let created = try #require(try await Self.person(app, named: "Lò Văn Thợ"))
                let edit = try await officer.live(.GET, base, "/nhan-su/\(created.id)/sua")
                let editedShown = try await officer.live(
                    .POST, base, "/nhan-su/\(created.id)/sua",
                    form: [
                        "fullName": "Lò Văn Thợ", "gender": "male", "birthYear": "1988", "position": "Nhân viên",
                        "status": "working", "category": "cooperativeMember", "version": String(created.version),
                    ])
                return (shown, edit, editedShown)
            }
            // validation: a labelled select with the six choices, public employee chosen for a new person
            #expect(blank.contains(#"<label for="f-category">Đối tượng"#))
            #expect(blank.contains(#"<select id="f-category" name="category" required>"#))
            for category in Person.Category.allCases {
                #expect(blank.contains(#"<option value="\#(category.rawValue)""#), "\(category)")
                #expect(blank.contains(">\(category.vietnamese)</option>"), "\(category)")
            }
            #expect(blank.contains(#"<option value="publicEmployee" selected>Viên chức</option>"#))
            #expect(PagesTests.unlabelledInputs(blank).isEmpty)
            // the person page says it, the edit form shows it chosen, and the store has it
            #expect(shown.status == .ok)
            #expect(Self.body(shown).contains("<dt>Đối tượng</dt><dd>Công nhân, người lao động</dd>"))
            #expect(Self.body(edit).contains(#"<option value="worker" selected>Công nhân, người lao động</option>"#))
            #expect(editedShown.status == .ok)
            #expect(Self.body(editedShown).contains("<dt>Đối tượng</dt><dd>Thành viên hợp tác xã</dd>"))
            let person = try #require(try await Self.person(app, named: "Lò Văn Thợ"))
            #expect(person.category == .cooperativeMember)
            #expect(person.version == 2)
        }
    }

    @Test(arguments: DatabaseKind.available)
    func aBadCategoryInTheFormOrTheAPIIsRefusedInVietnameseAndStoresNothing(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup
            let browser = try await Client.browser(app, "canbo01")
            let api = try await Client.api(app, "canbo01")
            let own = try await demoPerson(app, unit: "DV01")
            let before = try await app.store.people.count(inUnit: own.unitID)
            let head = try await app.store.audit.head()
            // MUT
            let form = try await browser.send(
                .POST, "/nhan-su/moi",
                form: ["fullName": "Lò Thị Sai", "gender": "female", "category": "soldier"])
            let formEdit = try await browser.send(
                .POST, "/nhan-su/\(own.id)/sua",
                form: [
                    "fullName": own.fullName, "gender": own.gender.rawValue, "status": "working",
                    "category": "Viên chức", "version": String(own.version),
                ])
            let created = try await api.send(
                .POST, "/api/v1/people",
                rawBody: #"{"fullName": "Lò Thị Sai", "gender": "female", "category": "soldier"}"#)
            let updated = try await api.send(
                .PUT, "/api/v1/people/\(own.id)",
                rawBody:
                    #"{"fullName": "Lò Thị Sai", "gender": "female", "category": "bộ đội", "version": \#(own.version)}"#
            )
            // validation
            #expect(form.status == .unprocessableEntity)
            #expect(form.body.string.contains("Đối tượng không hợp lệ."))
            #expect(form.body.string.contains(#"id="f-category-error""#))
            #expect(formEdit.status == .unprocessableEntity)
            #expect(formEdit.body.string.contains("Đối tượng không hợp lệ."))
            for res in [created, updated] {
                #expect(res.status == .unprocessableEntity)
                let error = try res.content.decode(ErrorBody.self)
                #expect(error.fields?.map(\.field) == ["category"])
                #expect(error.fields?.first?.message == "Đối tượng không hợp lệ.")
            }
            #expect(try await app.store.people.count(inUnit: own.unitID) == before)
            #expect(try await app.store.people.find(own.id) == own)
            #expect(try await app.store.audit.head().seq == head.seq)
        }
    }

    @Test(arguments: DatabaseKind.available)
    func theAPIAcceptsAndReturnsTheCategory(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup
            let api = try await Client.api(app, "canbo01")
            struct New: Encodable {
                var fullName: String
                var gender: String
                var category: String?
            }
            struct Edit: Encodable {
                var fullName: String
                var gender: String
                var category: String
                var version: Int
            }
            // MUT
            let farmer = try await api.send(
                .POST, "/api/v1/people", json: New(fullName: "Lò Văn Nông", gender: "male", category: "farmer"))
            let plain = try await api.send(
                .POST, "/api/v1/people", json: New(fullName: "Lò Văn Thường", gender: "male"))
            let id = try farmer.content.decode(Person.self).id
            let edited = try await api.send(
                .PUT, "/api/v1/people/\(id)",
                json: Edit(fullName: "Lò Văn Nông", gender: "male", category: "civilServant", version: 1))
            let detail = try await api.send(.GET, "/api/v1/people/\(id)")
            // validation
            #expect(farmer.status == .created)
            #expect(try farmer.content.decode(Person.self).category == .farmer)
            #expect(farmer.body.string.contains(#""category":"farmer""#))
            #expect(plain.status == .created)
            #expect(try plain.content.decode(Person.self).category == .publicEmployee)
            #expect(edited.status == .ok)
            #expect(try edited.content.decode(Person.self).category == .civilServant)
            struct Detail: Decodable { var person: Person }
            #expect(try detail.content.decode(Detail.self).person.category == .civilServant)
            #expect(try await app.store.people.find(id)?.category == .civilServant)
        }
    }

    @Test(arguments: DatabaseKind.available)
    func theImportReadsCodesAndVietnameseNamesAndNamesABadCategory(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup: each category as its code, as its Vietnamese name, and without diacritics or case
            let header = ["Họ và tên", "Giới tính", "Mã đơn vị", "Đối tượng"]
            let givens = ["An", "Bình", "Cường", "Dũng", "Giang", "Hải"]
            var rows = [header]
            var expected: [String: Person.Category] = [:]
            for (i, category) in Person.Category.allCases.enumerated() {
                for (middle, cell) in [
                    ("Văn", category.rawValue), ("Đức", category.vietnamese),
                    ("Minh", VietnameseText.searchKey(category.vietnamese).uppercased()),
                    ("Quang", category.rawValue.uppercased()),
                ] {
                    let name = "Lò \(middle) \(givens[i])"
                    rows.append([name, "Nam", "DV01", cell])
                    expected[name] = category
                }
            }
            rows.append(["Lò Thị Trống", "Nữ", "DV01", ""])
            expected["Lò Thị Trống"] = .publicEmployee
            let head = try await app.store.audit.head()
            // MUT
            let bad = try await ImportTests.importRows(
                app, .people, rows + [["Lò Văn Lính", "Nam", "DV01", "Bộ đội"]])
            let afterBad = try await app.store.audit.head()
            let good = try await ImportTests.importRows(app, .people, rows)
            // validation: the bad row is named in Vietnamese and nothing is written
            #expect(bad.problems.count == 1)
            let problem = try #require(bad.problems.first)
            #expect(problem.row == rows.count + 1)
            #expect(problem.column == "Đối tượng")
            #expect(problem.value == "Bộ đội")
            #expect(problem.message.hasPrefix("Đối tượng phải là một trong: Cán bộ, công chức; Viên chức;"))
            #expect(afterBad.seq == head.seq)
            // the good file: every spelling, and an empty cell is a public employee
            #expect(good.problems.isEmpty, "\(good.problems.prefix(3))")
            #expect(good.created == expected.count)
            for (name, category) in expected {
                #expect(try await Self.person(app, named: name)?.category == category, "\(name)")
            }
        }
    }

    @Test(arguments: DatabaseKind.available)
    func exportedCategoriesImportBackAndAFileWithoutTheColumnKeepsThem(database: DatabaseKind) async throws {
        // setup: one person of each category in the demo
        let (units, csv, xlsx, expected, oldFile) = try await withTestApp(database) { app in
            let dv01 = try #require(try await app.store.units.find(code: "DV01"))
            let people = try await app.store.people.list(PeopleFilter(query: ListQuery(perPage: 6), unitID: dv01.id))
                .items.map(\.person)
            for (person, category) in zip(people, Person.Category.allCases) {
                var p = person
                p.category = category
                _ = try await app.store.people.update(p)
            }
            let everyone = try await app.store.everyPerson()
            let csv = try await ImportExport.export(.people, format: .csv, store: app.store, account: ImportTests.admin)
            let xlsx = try await ImportExport.export(
                .people, format: .xlsx, store: app.store, account: ImportTests.admin)
            // An export made before the column existed: the same file without it.
            let table = try CSVReader.read(csv)
            let column = try #require(table.first?.firstIndex(of: "Đối tượng"))
            let oldFile = table.map { row in row.enumerated().filter { $0.offset != column }.map(\.element) }
            let units = try await ImportExport.export(
                .units, format: .csv, store: app.store, account: ImportTests.admin)
            return (
                units, csv, xlsx, Dictionary(uniqueKeysWithValues: everyone.map { ($0.id, $0.category) }), oldFile
            )
        }
        #expect(Set(expected.values) == Set(Person.Category.allCases))
        for (data, name) in [(csv, "can-bo.csv"), (xlsx, "can-bo.xlsx")] {
            try await withTestApp(database, demo: false) { app in
                // MUT
                _ = try await ImportExport.run(
                    .units, data: units, fileName: "don-vi.csv", store: app.store, account: ImportTests.admin,
                    limitBytes: 20 << 20, dryRun: false)
                let first = try await ImportExport.run(
                    .people, data: data, fileName: name, store: app.store, account: ImportTests.admin,
                    limitBytes: 20 << 20, dryRun: false)
                let old = try await ImportTests.importRows(app, .people, oldFile)
                // validation: the categories come back, and an old file changes none of them
                #expect(first.problems.isEmpty && first.created == expected.count, "\(first.problems.prefix(3))")
                let imported = try await app.store.everyPerson()
                #expect(Dictionary(uniqueKeysWithValues: imported.map { ($0.id, $0.category) }) == expected)
                #expect(old.problems.isEmpty && old.unchanged == expected.count && old.updated == 0)
            }
        }
    }
}
