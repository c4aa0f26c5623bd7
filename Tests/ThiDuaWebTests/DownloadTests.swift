import Foundation
import Testing
import ThiDuaCore
import ThiDuaTestSupport
import VaporTesting

@testable import ThiDuaWeb

/// Every file the site hands out is an attachment with its type and a name, and is never cached.
@Suite struct DownloadTests {
    @Test func everyDownloadIsAnUncachedAttachment() async throws {
        try await withTestApp(.sqlite) { app in
            // setup
            let admin = try await Client.browser(app, "admin")
            let m = try #require(
                try await app.store.movements.list(MovementFilter()).first {
                    $0.title == "Phong trào thi đua năm 2023 của Khối thi đua"
                })
            let bloc = try #require(try await app.store.blocs.find(code: DemoData.blocCode))
            let files: [(String, String, String)] = [
                ("/phong-trao/\(m.id)/ke-hoach.docx", "wordprocessingml", "ke-hoach-phat-dong-2023-1.docx"),
                ("/phong-trao/\(m.id)/dang-ky.xlsx", "spreadsheetml", "dang-ky-thi-dua-2023.xlsx"),
                ("/khoi-thi-dua/\(bloc.id)/giao-uoc.xlsx?nam=2022", "spreadsheetml", "giao-uoc-2022.xlsx"),
                ("/xet-dieu-kien/danh-sach.xlsx?ma=LDTT&nam=2024", "spreadsheetml", "xet-dieu-kien-ldtt-2024.xlsx"),
                ("/tep-mau/people?dinh-dang=csv", "text/csv", ".csv"),
                ("/xuat-du-lieu/units?dinh-dang=xlsx", "spreadsheetml", ".xlsx"),
            ]
            for (path, type, name) in files {
                // MUT
                let res = try await admin.send(.GET, path)
                // validation
                #expect(res.status == .ok, "\(path)")
                #expect(
                    res.headers.contentType?.description.contains(type) == true,
                    "\(path): \(res.headers.contentType?.description ?? "none")")
                let disposition = res.headers.first(name: .contentDisposition) ?? ""
                #expect(
                    disposition.hasPrefix("attachment; filename=\"") && disposition.hasSuffix("\(name)\""),
                    "\(path): \(disposition)")
                #expect(res.headers.first(name: .cacheControl) == "no-store", "\(path)")
                #expect(res.body.readableBytes > 0, "\(path)")
            }
        }
    }
}
