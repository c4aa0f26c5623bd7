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
        let pairs = req.formPairs()
        let movementID = try MovementController.id(req)
        let version = Int(pairs.first { $0.0 == "version" }?.1 ?? "") ?? 0
        guard let unitID = UUID(uuidString: pairs.first { $0.0 == "unitID" }?.1 ?? "") else {
            throw DomainError.notFound("đơn vị")
        }
        var individual: [UUID: [String]] = [:]
        for (name, value) in pairs where name.hasPrefix("p-") {
            guard let id = UUID(uuidString: String(name.dropFirst(2))) else { continue }
            individual[id, default: []].append(value)
        }
        do {
            let (_, warnings) = try await req.registrationService().register(
                movementID, unit: unitID, collective: pairs.filter { $0.0 == "collective" }.map(\.1),
                individual: individual, version: version, today: req.today)
            if warnings.isEmpty {
                req.flash("Đã lưu đăng ký thi đua.")
                return req.redirect(
                    to: SiteURL.movementRegistration(.value(movementID)).path(query: [
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
        let (m, list) = try await req.registrationService().participation(try MovementController.id(req))
        let people = Dictionary(
            try await req.store.people.people(inUnits: list.map(\.unit.id), status: nil).map { ($0.id, $0.fullName) },
            uniquingKeysWith: { a, _ in a })
        var rows: [[SheetValue]] = [
            ["Đơn vị", "Đối tượng", "Danh hiệu, hình thức đăng ký", "Người đăng ký", "Ngày đăng ký"].map(
                SheetValue.text)
        ]
        for p in list {
            guard let r = p.registration else {
                rows.append([.text(p.unit.name), .text("—"), .text("Chưa đăng ký"), .empty, .empty])
                continue
            }
            if !r.collectiveCodes.isEmpty {
                rows.append([
                    .text(p.unit.name), .text("Tập thể"),
                    .text(r.collectiveCodes.map { Catalogue.entry($0)?.name ?? $0 }.joined(separator: "; ")),
                    .text(r.registeredBy), .date(r.registeredOn),
                ])
            }
            for t in r.individual {
                rows.append([
                    .text(p.unit.name), .text(people[t.personID] ?? ""),
                    .text(t.codes.map { Catalogue.entry($0)?.name ?? $0 }.joined(separator: "; ")),
                    .text(r.registeredBy), .date(r.registeredOn),
                ])
            }
        }
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
        let account = try req.requireAccount()
        let service = try req.registrationService()
        let (m, list) = try await service.participation(try MovementController.id(req))
        // The officer's own unit; the admin picks one with ?don-vi=.
        let chosen =
            unitID
            ?? (account.role == .unitOfficer
                ? account.unitID : req.query[String.self, at: "don-vi"].flatMap(UUID.init(uuidString:)))
        var form: RegistrationPage.UnitForm?
        if let chosen, account.role == .unitOfficer || account.role == .admin,
            let unit = list.first(where: { $0.unit.id == chosen })?.unit
        {
            let people = try await req.store.people.people(inUnits: [chosen], status: .working)
                .sorted { VietnameseText.namesAreInIncreasingOrder($0.fullName, $1.fullName) }
            form = .init(
                unit: unit, people: people, registration: try await service.registration(m.id, unit: chosen),
                personCodes: m.registrableCodes(for: .person), collectiveCodes: m.registrableCodes(for: .collective),
                warnings: warnings, closed: m.registrationClosed(on: req.today, byAdmin: account.role == .admin))
        }
        let model = RegistrationPage.Model(
            layout: .init(
                request: req, title: "Đăng ký thi đua", section: .movements,
                trail: [(m.title, SiteURL.movement(.value(m.id)).path)]),
            movement: m, participation: list, form: form, errors: errors, message: message, csrf: req.csrf)
        return HTMLResponse.make(RegistrationPage.render(model), status: status)
    }
}
