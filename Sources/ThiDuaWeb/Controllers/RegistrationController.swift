import Foundation
import ThiDuaCore
import ThiDuaDocuments
import Vapor

/// A movement's registrations: the unit's form, who has not registered, the export.
enum RegistrationController {
    @Sendable static func show(req: Request) async throws -> Response {
        try await page(req, unitID: nil, warnings: [], errors: [], message: nil, status: .ok)
    }

    @Sendable static func submit(req: Request) async throws -> Response {
        let form = req.form()
        let movementID = try MovementController.id(req)
        let version = try form.int("version") ?? 0
        guard let unitID = UUID(uuidString: form["unitID"] ?? "") else {
            throw DomainError.notFound("đơn vị")
        }
        var individual: [UUID: [String]] = [:]
        for (name, value) in form.pairs where name.hasPrefix("p-") {
            guard let id = UUID(uuidString: String(name.dropFirst(2))) else { continue }
            individual[id, default: []].append(value)
        }
        do {
            let (_, warnings) = try await req.registrationService().register(
                movementID, unit: unitID, collective: form.values("collective"),
                individual: individual, version: version, today: req.today)
            if warnings.isEmpty {
                req.flash("Đã lưu đăng ký thi đua.")
                return req.redirect(
                    to: SiteURL.movement(.value(movementID), .registration).path(query: [
                        ("don-vi", unitID.uuidString.lowercased())
                    ]))
            }
            return try await page(req, unitID: unitID, warnings: warnings, errors: [], message: nil, status: .ok)
        } catch {
            let (fields, message) = try formProblems(error)
            return try await page(
                req, unitID: unitID, warnings: [], errors: fields, message: message, status: .unprocessableEntity)
        }
    }

    @Sendable static func export(req: Request) async throws -> Response {
        let (m, rows) = try await req.registrationService().sheet(try MovementController.id(req))
        return xlsx(
            try SpreadsheetFile.write(rows, sheetName: "Đăng ký \(m.year)", format: .xlsx),
            name: "dang-ky-thi-dua-\(m.year).xlsx")
    }

    static func xlsx(_ data: Data, name: String) -> Response {
        .download(data, filename: name, contentType: SpreadsheetFormat.xlsx.contentType)
    }

    private static func page(
        _ req: Request, unitID: UUID?, warnings: [RegistrationWarning], errors: [FieldError], message: String?,
        status: HTTPResponseStatus
    ) async throws -> Response {
        let policy = AccessPolicy(account: try req.requireAccount())
        let service = try req.registrationService()
        let (m, list) = try await service.participation(try MovementController.id(req))
        // The officer's own unit; the admin picks one with ?don-vi=.
        let chosen =
            unitID ?? policy.actingUnit ?? req.query[String.self, at: "don-vi"].flatMap(UUID.init(uuidString:))
        var form: RegistrationPage.UnitForm?
        if let chosen, policy.canRegister(forUnit: chosen), let unit = list.first(where: { $0.unit.id == chosen })?.unit
        {
            let people = try await req.store.people.people(inUnits: [chosen], status: .working)
                .sorted { VietnameseText.namesAreInIncreasingOrder($0.fullName, $1.fullName) }
            form = .init(
                unit: unit, people: people, registration: try await service.registration(m.id, unit: chosen),
                personCodes: m.registrableCodes(for: .person), collectiveCodes: m.registrableCodes(for: .collective),
                warnings: warnings,
                closed: m.registrationClosed(on: req.today, lateAllowed: policy.registersAfterTheDeadline))
        }
        let model = RegistrationPage.Model(
            layout: .init(
                request: req, title: "Đăng ký thi đua", section: .movements,
                trail: [(m.title, SiteURL.movement(.value(m.id)).path)]),
            movement: m, participation: list, form: form, errors: errors, message: message, csrf: req.csrf)
        return HTMLResponse.make(RegistrationPage.render(model), status: status)
    }
}
