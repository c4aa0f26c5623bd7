import Foundation
import Testing
import ThiDuaCore
import ThiDuaTestSupport
import VaporTesting

@testable import ThiDuaWeb

/// Each role's home lists what it must do and by when, and a task goes once it is done.
@Suite struct HomeTasksTests {
    @Test(arguments: DatabaseKind.available)
    func registrationsAndPactsComeAndGoFromTheHomePages(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup: the demo's movement open for registration today
            let today = LocalDate.today()
            let year = today.year
            let open = try #require(
                try await app.store.movements.list(MovementFilter()).first {
                    $0.status == .launched && ($0.registrationDeadline.map { $0 >= today } ?? false)
                }, "the demo has a movement open for registration relative to today")
            let officer = try await Client.browser(app, "canbo01")
            let secretary = try await Client.browser(app, "thuky")
            let bloc = try #require(try await app.store.blocs.find(code: DemoData.blocCode))
            // MUT, validation: before anything is done
            var home = try await officer.send(.GET, "/").body.string
            #expect(home.contains("Việc cần làm"))
            #expect(home.contains("Đăng ký thi đua: \(open.title)"))
            #expect(home.contains("hạn \(open.registrationDeadline!.vietnamese)"))
            #expect(home.contains("/phong-trao/\(open.id.uuidString.lowercased())/dang-ky"))
            var secretaryHome = try await secretary.send(.GET, "/").body.string
            #expect(secretaryHome.contains("Theo dõi đăng ký “\(open.title)”: còn 15/15 đơn vị chưa đăng ký"))
            #expect(secretaryHome.contains("Soạn giao ước thi đua năm \(year) của \(bloc.name)"))
            // the secretary writes the year's pact; the officer registers
            let pact = try await secretary.send(
                .POST, "/khoi-thi-dua/\(bloc.id)/giao-uoc",
                form: ["year": String(year), "version": "0", "text": "Điều 1. Thi đua."])
            #expect(pact.status == .seeOther)
            let canbo = try #require(try await app.store.accounts.find(username: "canbo01"))
            let registered = try await officer.send(
                .POST, "/phong-trao/\(open.id)/dang-ky",
                form: ["version": "0", "unitID": canbo.unitID!.uuidString, "collective": "TTLDTT"])
            #expect(registered.status == .ok || registered.status == .seeOther, "\(registered.status)")
            #expect(try await app.store.registrations.find(movement: open.id, unit: canbo.unitID!) != nil)
            // validation: the done tasks are gone, the new one shows
            home = try await officer.send(.GET, "/").body.string
            #expect(!home.contains("Đăng ký thi đua: \(open.title)"))
            #expect(home.contains("Ký giao ước thi đua năm \(year) của \(bloc.name)"))
            secretaryHome = try await secretary.send(.GET, "/").body.string
            #expect(secretaryHome.contains("còn 14/15 đơn vị chưa đăng ký"))
            #expect(secretaryHome.contains("Giao ước thi đua năm \(year): còn 15/15 đơn vị chưa ký"))
            #expect(!secretaryHome.contains("Soạn giao ước"))
        }
    }

    @Test(arguments: DatabaseKind.available)
    func theHomeCountIsTheCountOfTheListItLinksTo(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup
            let admin = try await Client.browser(app, "admin")
            // MUT
            let home = try await admin.send(.GET, "/").body.string
            let link = try #require(
                home.range(of: #"href="/nhan-su?trang-thai=working""#), "the card links to the people at work")
            let list = try await admin.send(.GET, "/nhan-su?trang-thai=working").body.string
            // validation: the card's number is the list's count (363 and 369 before)
            let stat = home[..<link.lowerBound].components(separatedBy: #"<p class="stat">"#).last?.prefix {
                $0.isNumber
            }
            let count = try #require(stat.flatMap { Int($0) })
            #expect(list.contains("Có \(count) người."))
            #expect(home.contains("Cán bộ đang công tác"))
        }
    }

    @Test(arguments: DatabaseKind.available)
    func theMovementFormNamesAnniversariesWithoutAYearThatMayChange(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            let form = try await Client.browser(app, "admin").send(.GET, "/phong-trao/moi").body.string
            let select = try #require(
                form.components(separatedBy: #"name="anniversaryID""#).dropFirst().first?.components(
                    separatedBy: "</select>"
                ).first)
            #expect(select.contains("Ngày Quốc khánh (02/9/1945)"))
            #expect(
                !select.contains("Kỷ niệm"), "no “Kỷ niệm N năm” computed for the year shown when the page was drawn")
        }
    }
}
