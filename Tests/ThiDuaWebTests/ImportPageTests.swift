import Foundation
import Testing
import ThiDuaCore
import ThiDuaDocuments
import ThiDuaTestSupport
import VaporTesting

@testable import ThiDuaWeb

@Suite struct ImportPageTests {
    @Test(arguments: DatabaseKind.available)
    func anOfficerUploadsAFileAndSeesTheReport(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup
            let officer = try await Client.browser(app, "canbo01")
            let good = CSVWriter.write([
                ["Họ và tên", "Giới tính", "Năm sinh", "Mã đơn vị"], ["Lý Thị Tải Lên", "Nữ", "1991", "DV01"],
            ])
            let bad = CSVWriter.write([
                ["Họ và tên", "Giới tính", "Năm sinh", "Mã đơn vị"], ["Lý Văn Sai", "Nam", "năm", "DV01"],
            ])
            // MUT
            let dry = try await officer.upload(
                "/nhap-du-lieu", fields: ["kind": "people", "dryRun": "true"], fileField: "file",
                fileName: "can-bo.csv", data: good)
            let ok = try await officer.upload(
                "/nhap-du-lieu", fields: ["kind": "people"], fileField: "file", fileName: "can-bo.csv", data: good)
            let refused = try await officer.upload(
                "/nhap-du-lieu", fields: ["kind": "people"], fileField: "file", fileName: "can-bo.csv", data: bad)
            let units = try await officer.upload(
                "/nhap-du-lieu", fields: ["kind": "units"], fileField: "file", fileName: "don-vi.csv", data: good)
            // validation
            #expect(dry.body.string.contains("dữ liệu chưa được ghi vào hệ thống"))
            #expect(ok.status == .ok)
            #expect(ok.body.string.contains("thêm 1"))
            #expect(ok.body.string.contains("<li>Đã ghi 1/1 dòng</li>"), "progress lines come before the report")
            #expect(ok.body.string.hasSuffix("</html>"))
            #expect(refused.body.string.contains("không ghi gì cả"))
            #expect(refused.body.string.contains("Năm sinh phải là số"))
            #expect(refused.body.string.contains("<td data-label=\"Dòng\">2</td>"))
            #expect(units.status == .forbidden)
            #expect(try await app.store.people.list(PeopleFilter(query: ListQuery(text: "ly thi tai len"))).total == 1)
            #expect(try await app.store.people.list(PeopleFilter(query: ListQuery(text: "ly van sai"))).total == 0)
        }
    }

    @Test func aLargeUploadThroughARealServerKeepsItsFormToken() async throws {
        try await withTestApp(.sqlite) { app in
            // setup: big enough to arrive in several chunks, so the body is streamed, not collected up front
            let officer = try await Client.browser(app, "canbo01")
            var rows = [["Họ và tên", "Giới tính", "Năm sinh", "Mã đơn vị", "Chức vụ"]]
            for i in 0..<3000 {
                rows.append([
                    "Trần \(["Văn", "Thị", "Đức"][i % 3]) Luồng \(["An", "Bình", "Chi", "Dung", "Giang"][i / 3 % 5]) \(["Hà", "Khoa", "Lan", "Minh"][i / 15 % 4]) \(["Phú", "Quý", "Sang"][i / 60 % 3])",
                    i % 3 == 1 ? "Nữ" : "Nam", String(1960 + i % 50), "DV01",
                    String(repeating: "Chuyên viên ", count: 4),
                ])
            }
            let data = CSVWriter.write(rows)
            #expect(data.count > 150_000)
            // MUT
            let res = try await officer.upload(
                "/nhap-du-lieu", fields: ["kind": "people", "dryRun": "true"], fileField: "file",
                fileName: "can-bo.csv", data: data, running: true)
            // validation
            #expect(res.status == .ok)
            #expect(res.body.string.contains("id=\"ket-qua\""), "the import ran and reported")
            #expect(!res.body.string.contains("Biểu mẫu đã hết hạn"))
        }
    }

    @Test func exportsAndTemplatesDownloadAsFiles() async throws {
        try await withTestApp(.sqlite) { app in
            // setup
            let officer = try await Client.browser(app, "canbo01")
            let dv01 = try #require(try await app.store.units.find(code: "DV01"))
            // MUT
            let xlsx = try await officer.send(.GET, "/xuat-du-lieu/people?dinh-dang=xlsx")
            let template = try await officer.send(.GET, "/tep-mau/ratings?dinh-dang=csv")
            // validation
            #expect(xlsx.headers.first(name: .contentType) == SpreadsheetFormat.xlsx.contentType)
            #expect(xlsx.headers.first(name: .contentDisposition)?.contains("can-bo.xlsx") == true)
            let table = try #require(try XLSXReader.read(Data(buffer: xlsx.body)).first)
            #expect(table.rows.first?.map(\.string) == ImportKind.people.columns.map(\.header))
            let count = try await app.store.people.count(inUnit: dv01.id)
            #expect(table.rows.count == count + 1, "an officer exports only their own unit")
            #expect(
                template.body.string.hasPrefix(
                    "\u{FEFF}Mã định danh,Đối tượng,Họ và tên,Năm sinh,Mã đơn vị,Năm,Xếp loại"))
        }
    }
}
