import Foundation
import ThiDuaCore
import Vapor

enum PersonController {
    struct FormBody: Content {
        var fullName: String?
        var gender: String?
        var category: String?
        var birthYear: String?
        var unitID: String?
        var position: String?
        var status: String?
        var version: Int?

        /// Keeps what was typed even when a field is malformed, so the form can show it again.
        func draft() -> (PersonDraft, [FieldError]) {
            var errors: [FieldError] = []
            var year: Int?
            if let raw = birthYear?.trimmingCharacters(in: .whitespaces), !raw.isEmpty {
                year = Int(raw)
                if year == nil { errors.append(FieldError("birthYear", "Năm sinh phải là số, ví dụ 1985.")) }
            }
            let unit = (try? optionalUUID(unitID, field: "unitID", message: "")) ?? nil
            let draft = PersonDraft(
                fullName: fullName ?? "", gender: gender ?? "", birthYear: year, unitID: unit,
                position: position ?? "", status: status, category: category ?? "")
            guard !errors.isEmpty else { return (draft, []) }
            // Report the other fields' problems in the same round, not one at a time.
            do {
                _ = try draft.validated(unitID: unit ?? UUID())
            } catch DomainError.invalid(let more) {
                errors += more.filter { m in !errors.contains { $0.field == m.field } }
            } catch {}
            return (draft, errors)
        }
    }

    @Sendable static func index(req: Request) async throws -> Response {
        let service = try req.peopleService()
        let query = req.pageListQuery()
        let unitID = req.query[String.self, at: PageQuery.unit].flatMap(UUID.init(uuidString:))
        let status = req.query[String.self, at: PageQuery.status].flatMap(Person.Status.init(rawValue:))
        let scope = try await service.scope()
        let units = try await req.store.units.directory().filter { scope.contains($0.id) }
        let account = try req.requireAccount()
        let page = try await service.list(query, unitID: unitID, status: status)
        if let last = req.redirectPastLastPage(page) { return last }
        let model = PeopleIndex.Model(
            layout: .init(request: req, title: "Cán bộ", section: .people),
            page: page,
            query: query.text, unitID: unitID, status: status, units: units,
            canCreate: AccessPolicy(account: account).canCreatePeople)
        return HTMLResponse.make(PeopleIndex.render(model))
    }

    @Sendable static func show(req: Request) async throws -> Response {
        try await page(req, errors: [], status: .ok)
    }

    @Sendable static func new(req: Request) async throws -> Response {
        let account = try req.requireAccount()
        guard AccessPolicy(account: account).canCreatePeople else { throw DomainError.forbidden }
        return try await form(
            req, id: nil, version: 1,
            draft: PersonDraft(fullName: "", gender: "", unitID: account.unitID), errors: [], message: nil)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let body = try req.form().decode(FormBody.self)
        let (draft, parseErrors) = body.draft()
        do {
            if !parseErrors.isEmpty { throw DomainError.invalid(parseErrors) }
            let person = try await req.peopleService().create(draft, since: req.today)
            req.flash("Đã thêm “\(person.fullName)”.")
            return req.redirect(to: SiteURL.person(.value(person.id)).path)
        } catch {
            let (fields, message) = try formProblems(error)
            return try await form(
                req, id: nil, version: 1, draft: draft, errors: fields, message: message, birthYearText: body.birthYear)
        }
    }

    @Sendable static func edit(req: Request) async throws -> Response {
        let detail = try await req.peopleService().detail(try req.uuid(SiteURL.personKey, what: "người này"))
        guard detail.canEdit else { throw DomainError.forbidden }
        let p = detail.person
        return try await form(
            req, id: p.id, version: p.version,
            draft: PersonDraft(
                fullName: p.fullName, gender: p.gender.rawValue, birthYear: p.birthYear,
                unitID: p.unitID, position: p.position, status: p.status.rawValue, category: p.category.rawValue),
            errors: [], message: nil)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let id = try req.uuid(SiteURL.personKey, what: "người này")
        let body = try req.form().decode(FormBody.self)
        let (draft, parseErrors) = body.draft()
        do {
            if !parseErrors.isEmpty { throw DomainError.invalid(parseErrors) }
            let person = try await req.peopleService().update(id, version: body.version ?? 0, draft)
            req.flash("Đã lưu thông tin “\(person.fullName)”.")
            return req.redirect(to: SiteURL.person(.value(id)).path)
        } catch {
            let (fields, message) = try formProblems(error)
            return try await form(
                req, id: id, version: body.version ?? 0, draft: draft, errors: fields, message: message,
                birthYearText: body.birthYear)
        }
    }

    @Sendable static func deactivate(req: Request) async throws -> Response {
        let id = try req.uuid(SiteURL.personKey, what: "người này")
        let version = try req.form().int("version") ?? 0
        guard let status = Person.Status(rawValue: req.form()["status"] ?? "") else {
            throw DomainError.invalid([FieldError("status", "Hãy chọn “Đã nghỉ hưu” hoặc “Đã chuyển công tác”.")])
        }
        guard req.confirmed else {
            let detail = try await req.peopleService().detail(id)
            guard detail.canEdit else { throw DomainError.forbidden }
            let person = detail.person
            return req.confirmation(
                title: "Ngừng theo dõi",
                question: "Ghi “\(person.fullName)” là “\(status.vietnamese.lowercased())” và ngừng theo dõi?",
                consequences: [
                    "Người này không còn trong danh sách cán bộ đang làm việc và không được xét danh hiệu mới.",
                    "Quá trình công tác, thi đua và khen thưởng vẫn được giữ và vẫn tra cứu được.",
                ],
                confirmLabel: "Ngừng theo dõi", cancel: SiteURL.person(.value(id)).path, keep: ["version", "status"],
                section: .people)
        }
        let person = try await req.peopleService().deactivate(id, version: version, status: status)
        req.flash("“\(person.fullName)” đã chuyển sang trạng thái “\(status.vietnamese)”.")
        return req.redirect(to: SiteURL.person(.value(id)).path)
    }

    @Sendable static func move(req: Request) async throws -> Response {
        let id = try req.uuid(SiteURL.personKey, what: "người này")
        do {
            let version = try req.form().int("version") ?? 0
            var errors: [FieldError] = []
            let target =
                (try? optionalUUID(req.form()["toUnitID"], field: "toUnitID", message: ""))
                ?? nil
            if target == nil { errors.append(FieldError("toUnitID", "Hãy chọn đơn vị chuyển đến.")) }
            let day = LocalDate(req.form()["on"] ?? "")
            if day == nil { errors.append(FieldError("on", "Ngày chuyển không hợp lệ. Nhập dạng dd/mm/yyyy.")) }
            guard errors.isEmpty, let toUnit = target, let day else { throw DomainError.invalid(errors) }
            let position = req.form()["position"] ?? ""
            let person = try await req.peopleService().move(
                id, version: version, PersonMove(toUnitID: toUnit, position: position, on: day))
            req.flash("Đã chuyển “\(person.fullName)” sang đơn vị mới từ \(day.vietnamese).")
            return req.redirect(to: SiteURL.person(.value(id)).path)
        } catch {
            return try await page(req, errors: try formErrors(error), status: .unprocessableEntity)
        }
    }

    private static func page(_ req: Request, errors: [FieldError], status: HTTPResponseStatus) async throws -> Response
    {
        let detail = try await req.peopleService().detail(try req.uuid(SiteURL.personKey, what: "người này"))
        let history = try req.historyService()
        let model = PersonShow.Model(
            layout: .init(request: req, title: detail.person.fullName, section: .people),
            detail: detail, moveTargets: detail.canMove ? try await req.store.units.directory() : [],
            history: try await history.history(of: .person, detail.person.id),
            eligibility: .init(
                year: req.evaluationYear,
                results: try await req.eligibilityService().forPerson(detail.person.id, year: req.evaluationYear),
                action: SiteURL.person(.value(detail.person.id)).path),
            codes: try await history.codes(), errors: errors, csrf: req.csrf, today: req.today.iso)
        return HTMLResponse.make(PersonShow.render(model), status: status)
    }

    private static func form(
        _ req: Request, id: UUID?, version: Int, draft: PersonDraft,
        errors: [FieldError], message: String?, birthYearText: String? = nil
    ) async throws -> Response {
        let account = try req.requireAccount()
        // Only the admin picks a unit for a new person; an officer adds to their own unit.
        let units =
            id == nil && AccessPolicy(account: account).choosesUnitOfNewPeople
            ? try await req.store.units.directory().filter { $0.activeTo == nil } : []
        let model = PersonForm.Model(
            layout: .init(request: req, title: id == nil ? "Thêm người" : "Sửa thông tin", section: .people),
            id: id, version: version, draft: draft,
            choices: .init(birthYearText: birthYearText ?? draft.birthYear.map(String.init) ?? "", units: units),
            errors: errors, message: message, csrf: req.csrf)
        return HTMLResponse.make(
            PersonForm.render(model), status: errors.isEmpty && message == nil ? .ok : .unprocessableEntity)
    }
}
