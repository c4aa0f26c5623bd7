import Foundation
import Testing
import ThiDuaCore
import ThiDuaTestSupport
import VaporTesting

@testable import ThiDuaWeb

/// A form on a page as a browser would send it: where it posts and its hidden fields (the CSRF token included).
struct PageForm {
    var action: String
    var fields: [String: String]

    /// Every POST form of the page.
    static func all(in html: String) -> [PageForm] {
        let formRegex = try! NSRegularExpression(pattern: #"(?s)<form([^>]*)>(.*?)</form>"#)
        let inputRegex = try! NSRegularExpression(pattern: #"<input([^>]*)>"#)
        func group(_ m: NSTextCheckingResult, _ i: Int, _ text: String) -> String {
            Range(m.range(at: i), in: text).map { String(text[$0]) } ?? ""
        }
        func attribute(_ name: String, _ attrs: String) -> String? {
            guard let r = attrs.range(of: " \(name)=\"([^\"]*)\"", options: .regularExpression) else { return nil }
            return unescape(String(attrs[r].dropFirst(name.count + 3).dropLast()))
        }
        return formRegex.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap { m in
            let attrs = group(m, 1, html)
            let body = group(m, 2, html)
            guard attrs.contains(#"method="post""#), let action = attribute("action", attrs) else { return nil }
            var fields: [String: String] = [:]
            for i in inputRegex.matches(in: body, range: NSRange(body.startIndex..., in: body)) {
                let input = group(i, 1, body)
                guard input.contains(#"type="hidden""#), let name = attribute("name", input) else { continue }
                fields[name] = attribute("value", input) ?? ""
            }
            return PageForm(action: action, fields: fields)
        }
    }

    /// The confirmation page's form: the one that sends `confirm=yes`.
    static func confirmation(in html: String) -> PageForm? {
        all(in: html).first { $0.fields["confirm"] == "yes" }
    }

    static func unescape(_ s: String) -> String {
        s.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}

/// Actions that cannot be undone in one click ask first, on a page of their own that works without JavaScript:
/// the first post shows what will happen and changes nothing; the page's form (the same fields and `confirm=yes`)
/// does it.
@Suite struct ConfirmationTests {
    /// What every first step must look like: a page, a form back to the same path carrying the first post's
    /// fields and `confirm=yes`, and a way back.
    static func expectConfirmationPage(
        _ res: TestingHTTPResponse, action: String, cancel: String, carried: [String: String],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> PageForm {
        let html = res.body.string
        #expect(res.status == .ok, "\(res.status)", sourceLocation: sourceLocation)
        #expect(res.headers.first(name: .contentType) == "text/html; charset=utf-8", sourceLocation: sourceLocation)
        let form = try #require(
            PageForm.confirmation(in: html), "a form that posts confirm=yes", sourceLocation: sourceLocation)
        #expect(form.action == action, sourceLocation: sourceLocation)
        for (name, value) in carried {
            #expect(form.fields[name] == value, "field \(name)", sourceLocation: sourceLocation)
        }
        #expect(
            Set(form.fields.keys) == Set(carried.keys).union(["confirm", CSRF.field]), "nothing else is carried",
            sourceLocation: sourceLocation)
        #expect(form.fields[CSRF.field]?.isEmpty == false, sourceLocation: sourceLocation)
        #expect(
            html.contains("href=\"\(cancel)\">Không, quay lại</a>"), "a way back to \(cancel)",
            sourceLocation: sourceLocation)
        #expect(!html.contains("<script"), "no JavaScript needed", sourceLocation: sourceLocation)
        #expect(PagesTests.unlabelledInputs(html).isEmpty, sourceLocation: sourceLocation)
        return form
    }

    @Test(arguments: DatabaseKind.available)
    func stoppingAUnitAsksFirstAndChangesNothingUntilConfirmed(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup: the fields of the unit page's form
            let admin = try await Client.browser(app, "admin")
            let unit = try #require(try await app.store.units.find(code: "DV05"))
            let id = unit.id.uuidString.lowercased()
            let path = "/don-vi/\(id)/ngung-hoat-dong"
            let fields = ["version": String(unit.version), "on": "2024-06-30"]
            let auditBefore = try await app.store.audit.head().seq
            // MUT 1: the button on the unit page
            let ask = try await admin.send(.POST, path, form: fields)
            // validation 1: a question, and nothing changed
            let form = try Self.expectConfirmationPage(ask, action: path, cancel: "/don-vi/\(id)", carried: fields)
            #expect(ask.body.string.contains("Ghi “\(unit.name)” ngừng hoạt động từ ngày 30/06/2024?"))
            #expect(try await app.store.units.find(unit.id) == unit)
            #expect(try await app.store.audit.head().seq == auditBefore, "not even an audit event")
            // MUT 2: the confirmation page's own form, as the browser sends it
            let done = try await admin.send(.POST, form.action, form: form.fields)
            // validation 2
            #expect(done.status == .seeOther)
            #expect(try await app.store.units.find(unit.id)?.activeTo == LocalDate(year: 2024, month: 6, day: 30))
        }
    }

    @Test(arguments: DatabaseKind.available)
    func dissolvingABlocAsksTheAdminFirstAndRefusesAnOfficerOutright(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup: the demo's cluster
            let bloc = try #require(try await app.store.blocs.find(code: "CTD-TN"))
            let id = bloc.id.uuidString.lowercased()
            let path = "/khoi-thi-dua/\(id)/giai-the"
            let fields = ["version": String(bloc.version), "on": "2025-01-01"]
            let officer = try await Client.browser(app, "canbo01")
            let admin = try await Client.browser(app, "admin")
            // MUT 1: a unit officer's first step
            let refused = try await officer.send(.POST, path, form: fields)
            // validation 1: refused before any question is asked
            #expect(refused.status == .forbidden)
            #expect(PageForm.confirmation(in: refused.body.string) == nil)
            #expect(!refused.body.string.contains("Không, quay lại"))
            // MUT 2: the admin's first step
            let ask = try await admin.send(.POST, path, form: fields)
            // validation 2
            let form = try Self.expectConfirmationPage(
                ask, action: path, cancel: "/khoi-thi-dua/\(id)", carried: fields)
            #expect(ask.body.string.contains("Giải thể “\(bloc.name)” từ ngày 01/01/2025?"))
            #expect(try await app.store.blocs.find(bloc.id) == bloc)
            // MUT 3: an officer cannot use the admin's confirmation either
            let forged = try await officer.send(.POST, path, form: fields.merging(["confirm": "yes"]) { $1 })
            #expect(forged.status == .forbidden)
            #expect(try await app.store.blocs.find(bloc.id)?.activeTo == nil)
            // MUT 4: the admin confirms
            let done = try await admin.send(.POST, form.action, form: form.fields)
            // validation 4
            #expect(done.status == .seeOther)
            #expect(try await app.store.blocs.find(bloc.id)?.activeTo == LocalDate(year: 2025, month: 1, day: 1))
        }
    }

    @Test(arguments: DatabaseKind.available)
    func stoppingToFollowAPersonAsksFirst(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup
            let person = try await demoPerson(app, unit: "DV01")
            let id = person.id.uuidString.lowercased()
            let path = "/nhan-su/\(id)/ngung-theo-doi"
            let fields = ["version": String(person.version), "status": "retired"]
            let officer = try await Client.browser(app, "canbo01")
            let stranger = try await Client.browser(app, "canbo02")
            // MUT 1
            let ask = try await officer.send(.POST, path, form: fields)
            let strangerAsk = try await stranger.send(.POST, path, form: fields)
            // validation 1
            let form = try Self.expectConfirmationPage(ask, action: path, cancel: "/nhan-su/\(id)", carried: fields)
            #expect(ask.body.string.contains("Ghi “\(person.fullName)” là “đã nghỉ hưu” và ngừng theo dõi?"))
            #expect(strangerAsk.status == .notFound || strangerAsk.status == .forbidden, "\(strangerAsk.status)")
            #expect(!strangerAsk.body.string.contains(person.fullName))
            #expect(try await app.store.people.find(person.id) == person)
            // MUT 2
            let done = try await officer.send(.POST, form.action, form: form.fields)
            // validation 2
            #expect(done.status == .seeOther)
            #expect(try await app.store.people.find(person.id)?.status == .retired)
        }
    }

    @Test(arguments: DatabaseKind.available)
    func removingAMemberFromABlocAsksFirst(database: DatabaseKind) async throws {
        try await withTestApp(database) { app in
            // setup: DV02 in the demo bloc, 2023
            let bloc = try #require(try await app.store.blocs.find(code: DemoData.blocCode))
            let dv02 = try #require(try await app.store.units.find(code: "DV02"))
            let m = try #require(try await app.store.blocs.membership(bloc: bloc.id, unit: dv02.id, year: 2023))
            let blocPath = "/khoi-thi-dua/\(bloc.id.uuidString.lowercased())"
            let path = "\(blocPath)/thanh-vien/\(m.id.uuidString.lowercased())/xoa"
            let thuky = try await Client.browser(app, "thuky")
            // MUT 1: the link on the bloc page posts nothing but the form token
            let ask = try await thuky.send(.POST, path, form: [:])
            // validation 1
            let form = try Self.expectConfirmationPage(ask, action: path, cancel: "\(blocPath)?nam=2023", carried: [:])
            #expect(ask.body.string.contains("Bỏ “\(dv02.name)” khỏi “\(bloc.name)” năm 2023?"))
            #expect(try await app.store.blocs.membership(m.id) == m)
            // MUT 2
            let done = try await thuky.send(.POST, form.action, form: form.fields)
            // validation 2
            #expect(done.status == .seeOther)
            #expect(try await app.store.blocs.membership(m.id) == nil)
            #expect(
                try await app.store.blocs.membership(bloc: bloc.id, unit: dv02.id, year: 2022) != nil,
                "other years are kept")
        }
    }

    @Test func theBlocPagesOwnButtonsLeadToTheQuestionNotTheDeed() async throws {
        try await withTestApp(.sqlite) { app in
            // setup: the forms exactly as the bloc page renders them
            let admin = try await Client.browser(app, "admin")
            let bloc = try #require(try await app.store.blocs.find(code: DemoData.blocCode))
            let page = try await admin.send(.GET, "/khoi-thi-dua/\(bloc.id)?nam=2023")
            let forms = PageForm.all(in: page.body.string)
            let dissolve = try #require(forms.first { $0.action.hasSuffix("/giai-the") })
            let remove = try #require(forms.first { $0.action.hasSuffix("/xoa") })
            let membersBefore = try await app.store.blocs.members(of: bloc.id, year: 2023).count
            // MUT
            let first = try await admin.send(.POST, dissolve.action, form: dissolve.fields)
            let second = try await admin.send(.POST, remove.action, form: remove.fields)
            // validation
            #expect(first.status == .ok)
            #expect(second.status == .ok)
            #expect(PageForm.confirmation(in: first.body.string) != nil)
            #expect(PageForm.confirmation(in: second.body.string) != nil)
            #expect(try await app.store.blocs.find(bloc.id)?.activeTo == nil)
            #expect(try await app.store.blocs.members(of: bloc.id, year: 2023).count == membersBefore)
        }
    }
}
